"""Shared fixtures for the format readers' tests: the fixture folder, and a network that refuses."""
from __future__ import annotations

import socket
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parents[1] / "data" / "formats"


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a connection fails the test."""
    def refuse(*args, **kwargs):
        raise AssertionError("a reader tried to use the network")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
