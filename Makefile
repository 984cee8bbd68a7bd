# Two commands a new user needs: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install clean bench eval

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/foedus code examples/seoul-considers-arms-for-ukraine.txt --date 2024-06-20

test: install
	$(BIN)/python -m pytest -q

eval: install
	$(BIN)/foedus eval ../shared/benchmarks/event-coding/cases.jsonl

bench: install
	$(BIN)/python bench/bench_code.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
