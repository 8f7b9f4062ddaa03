# Two commands: `make run` serves the portal with demo data, `make test` runs every test.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
FLASK := $(BIN)/flask --app app

.PHONY: run test lint bench eval clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-app: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	@touch $@ $(VENV)/.installed-app

run: $(VENV)/.installed-app
	@$(BIN)/python -m hiring.syscheck
	$(FLASK) db upgrade
	$(FLASK) demo load
	@echo
	@echo "  The portal is at http://127.0.0.1:5000  (stop it with Ctrl+C)"
	@echo
	$(FLASK) run --host 127.0.0.1 --port 5000

test: $(VENV)/.installed-test
	@$(BIN)/python -m hiring.syscheck
	$(BIN)/ruff check hiring tests bench app.py
	$(BIN)/pytest

lint: $(VENV)/.installed-test
	$(BIN)/ruff check hiring tests bench app.py

bench: $(VENV)/.installed-test
	@for script in bench/bench_*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

# The checkers against the corpus of real published text in tests/data/real.
eval: $(VENV)/.installed-test
	$(BIN)/python bench/eval_checkers.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
