# Two entry points for a fresh machine: `make demo` (the main job) and `make test`.
# Both create .venv and install the package on first use.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test lint format typecheck bench eval train pipeline-cv clean

# constraints.txt pins every dependency to the versions the suite last passed with (-W error).
$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/eventscope demo

# Runs tests/ and the doctests of src/eventscope (testpaths and --doctest-modules: pyproject.toml).
test: $(STAMP)
	$(BIN)/python -m pytest -W error -q

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks tools
	$(BIN)/ruff format --check src tests benchmarks tools
	$(BIN)/mypy

typecheck: $(STAMP)
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff format src tests benchmarks tools
	$(BIN)/ruff check --fix src tests benchmarks tools

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py

# Retrain the shipped event classifier from ../shared (fixed seeds), printing its 5-fold CV.
train: $(STAMP)
	$(BIN)/python tools/train_classifier.py --cv 5

# 5-fold CV of the whole pipeline on the ConfliBERT sentences (each fold coded by a model
# trained as `make train` does without that fold; nothing is written). ~3 min on 2 cores.
pipeline-cv: $(STAMP)
	$(BIN)/python tools/train_classifier.py --pipeline-cv 5 --no-write

eval: $(STAMP)
	$(BIN)/eventscope evaluate --dev-sets

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
