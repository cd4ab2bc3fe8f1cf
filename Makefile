# The two commands a new user needs: `make check` and `make test`.
# Both set themselves up (a .venv beside this file) from nothing but python3.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: check test lint typecheck pytest bench score clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

check: $(STAMP)
	$(BIN)/aifigures check seeds/ --references seeds/references.csv || test $$? -eq 1

test: lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	$(BIN)/python benchmarks/extract_speed.py
	$(BIN)/python benchmarks/normalise_speed.py
	$(BIN)/python benchmarks/check_speed.py

score: $(STAMP)
	$(BIN)/python ../shared/tools/score.py --system aifigures

clean:
	rm -rf $(VENV) build dist .mypy_cache .pytest_cache .ruff_cache
