# The two commands a new user needs: `make check` and `make test`.
# Both set themselves up (a .venv beside this file) from nothing but python3.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

# .venv is an editable install, so plain Python (hatch_build.py). The build a user's `pip install` makes
# where a C compiler is found, compiled with mypyc, is installed into its own venv and tested there too.
COMPILED := .venv-compiled
CSTAMP := $(COMPILED)/.installed
CAN_COMPILE := $(shell $(PYTHON) -c "import os, shutil, sysconfig; cc = (sysconfig.get_config_var('CC') or 'cc').split()[0]; print('yes' if shutil.which(cc) and os.path.exists(os.path.join(sysconfig.get_paths()['include'], 'Python.h')) else 'no')")

.PHONY: check test lint typecheck pytest test-compiled compiled bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

check: $(STAMP)
	$(BIN)/aifigures check seeds/ --references seeds/references.csv || test $$? -eq 1

test: lint typecheck pytest test-compiled

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks hatch_build.py
	$(BIN)/ruff format --check src tests benchmarks hatch_build.py

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/python -m pytest -q

# built from a copy of the sources, so that a build that is stopped halfway leaves no compiled module
# beside a .py file in src/ (it would be imported instead; tests/test_layout.py checks src/ has none)
$(CSTAMP): pyproject.toml hatch_build.py $(shell find src/aifigures -name "*.py" -o -name "*.toml")
	test -x $(COMPILED)/bin/python || $(PYTHON) -m venv $(COMPILED)
	rm -rf build/mypyc && mkdir -p build/mypyc
	cp -R pyproject.toml README.md hatch_build.py src build/mypyc/
	find build/mypyc \( -name '*.so' -o -name '*.pyd' -o -name __pycache__ \) -prune -exec rm -rf {} +
	$(COMPILED)/bin/python -m pip install --quiet './build/mypyc[test,bench]'
	$(COMPILED)/bin/python -c "from aifigures.extract import grammar as g; assert not g.__file__.endswith('.py'), g.__file__"
	touch $(CSTAMP)

compiled: $(CSTAMP)

# the same tests against the compiled build (the doctests of src/ run in `pytest`, on the sources)
test-compiled:
ifeq ($(CAN_COMPILE),yes)
	$(MAKE) $(CSTAMP)
	$(COMPILED)/bin/python -m pytest -q -p no:cacheprovider tests README.md docs
else
	@echo "test-compiled: no C compiler or Python headers here, so the mypyc build is neither built nor tested"
endif

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
ifeq ($(CAN_COMPILE),yes)
	$(MAKE) $(CSTAMP)
	$(BIN)/python benchmarks/extract_speed.py --compiled $(COMPILED)/bin/python
else
	$(BIN)/python benchmarks/extract_speed.py
endif
	$(BIN)/python benchmarks/normalise_speed.py
	$(BIN)/python benchmarks/check_speed.py

clean:
	rm -rf $(VENV) $(COMPILED) build dist .mypy_cache .pytest_cache .ruff_cache
