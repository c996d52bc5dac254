"""environment.yml and pyproject.toml list the same dependencies; seeds match shared/ byte for byte."""
from __future__ import annotations

import re
import tomllib

import pytest
import yaml

from analysis import config

from .conftest import SHARED

_NAME = re.compile(r"^([A-Za-z0-9_.\-]+)(\[[^\]]*\])?\s*(.*)$")


def _split(requirement: str) -> tuple[str, str]:
    m = _NAME.match(requirement.strip())
    return m.group(1).lower().replace("_", "-"), m.group(3).replace(" ", "")


def test_environment_yml_lists_the_same_dependencies_as_pyproject():
    project = tomllib.loads((config.PROJECT_ROOT / "pyproject.toml").read_text())["project"]
    wanted = dict(_split(r) for r in project["dependencies"] + project["optional-dependencies"]["test"])
    env = yaml.safe_load((config.PROJECT_ROOT / "environment.yml").read_text())
    conda = [d for d in env["dependencies"] if isinstance(d, str)]
    pip = [d for d in env["dependencies"] if isinstance(d, dict)]
    listed = dict(_split(d) for d in conda if not d.startswith(("python", "pip")))
    assert listed == wanted
    assert env["channels"] == ["conda-forge"]
    assert pip and pip[0]["pip"][-1] == "-e ."


def test_seeds_are_byte_identical_to_the_shared_seeds():
    shared = SHARED / "seeds"
    if not shared.is_dir():
        pytest.skip(f"{shared} is not beside the project")
    ours = sorted(p.name for p in config.SEEDS_DIR.glob("*.txt"))
    assert ours == sorted(p.name for p in shared.glob("*.txt"))
    for name in ours:
        assert (config.SEEDS_DIR / name).read_bytes() == (shared / name).read_bytes(), name
