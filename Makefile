# The README's commands. `make demo` and `make test` are all a new user needs.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip

.PHONY: demo test lint typecheck unit venv install install-dev eval bench clean compiled pure compiled-status test-compiled

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

venv: $(BIN)/python

install: venv
	$(PIP) install --quiet -e .

install-dev: venv
	$(PIP) install --quiet -e '.[dev]'

## Run the main job on the bundled example and print the summary.
demo: install
	rm -f demo.db
	$(BIN)/newsledger --db sqlite:///demo.db report examples/border-2025 -o report.html

## Lint, type-check and run the whole (fast) test suite.
test: install-dev lint typecheck unit

lint:
	$(BIN)/ruff check src tests eval benchmarks
	$(BIN)/ruff format --check src tests eval benchmarks

typecheck:
	$(BIN)/mypy

unit:
	$(BIN)/pytest -q

## Accuracy against the dev sets in ../shared/data (when present).
eval: install-dev
	$(BIN)/python -m eval all

## Speed and memory against the reference tools (on demand; not part of `make test`).
bench: install-dev
	$(BIN)/python -m benchmarks all

## Optional speed-up: compile the hot modules with mypyc, in place (about 2 minutes on 2 cores).
## Every entry point then runs them compiled; `make pure` goes back. Not part of `make test`.
compiled: install-dev
	$(BIN)/python tools/compile.py build

pure:
	$(BIN)/python tools/compile.py clean

compiled-status:
	$(BIN)/python tools/compile.py status

## The test suite against the compiled build (CI runs it after `make test`); pure Python after.
test-compiled: compiled
	$(BIN)/pytest -q; status=$$?; $(BIN)/python tools/compile.py clean; exit $$status

clean:
	rm -rf $(VENV) demo.db* report.html .mypy_cache .ruff_cache .pytest_cache
