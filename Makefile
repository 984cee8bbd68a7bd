# Two commands a new user needs: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install clean bench eval eval-tune lint docs docs-check

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml constraints.txt
	$(BIN)/pip install --quiet -c constraints.txt -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/foedus code examples/seoul-considers-arms-for-ukraine.txt --date 2024-06-20

# ruff (likely bugs), mypy (types: configured in pyproject.toml [tool.mypy]), then the tests.
test: install
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

# Accuracy (docs/benchmarks.md): the in-repo measure split, never used for tuning; the shared PLOVER
# benchmark too when it is present (it lives outside the repository).
GOLD := src/foedus/data/gold
BENCHMARK ?= ../shared/benchmarks/event-coding/cases.jsonl

eval: install
	$(BIN)/foedus eval $(GOLD)/devset_measure.jsonl
	@if [ -f "$(BENCHMARK)" ]; then echo; echo "== $(BENCHMARK)"; $(BIN)/foedus eval "$(BENCHMARK)"; \
	else echo; echo "Shared benchmark not found at $(BENCHMARK): skipped (set BENCHMARK=... to run it)."; fi

# The tune split: the one to look at while changing coding rules.
eval-tune: install
	$(BIN)/foedus eval $(GOLD)/devset_tune.jsonl --misses 30

# The examples marked <!-- example: run --> in README.md and docs/*.md (scripts/update_doc_examples.py):
# `make docs` reruns them and rewrites their output; `make docs-check` only says (with a diff) whether it is stale.
docs: install
	$(BIN)/python scripts/update_doc_examples.py

docs-check: install
	$(BIN)/python scripts/update_doc_examples.py --check

bench: install
	$(BIN)/python bench/bench_code.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info

lint: install
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/mypy
