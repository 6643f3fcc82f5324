# Two entry points for a fresh machine: `make demo` (the main job) and `make test`.
# Both create .venv and install the package on first use.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test lint format typecheck bench eval train clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/eventscope demo

test: $(STAMP)
	$(BIN)/python -m pytest -W error -q

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks tools
	$(BIN)/ruff format --check src tests benchmarks tools
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff format src tests benchmarks tools
	$(BIN)/ruff check --fix src tests benchmarks tools

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py

# Retrain the shipped event classifier from ../shared (fixed seeds), printing its 5-fold CV.
train: $(STAMP)
	$(BIN)/python tools/train_classifier.py --cv 5

eval: $(STAMP)
	$(BIN)/eventscope evaluate --dev-sets

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
