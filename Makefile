# Build, preview and test the site. Everything installs into .venv from pyproject.toml.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1

.PHONY: site serve test clean

$(BIN)/mkdocs: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.test-deps: $(BIN)/mkdocs pyproject.toml
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@

## make site: build the whole site (both languages) into site/, failing on any warning
site: $(BIN)/mkdocs
	$(BIN)/mkdocs build --strict

## make serve: preview at http://127.0.0.1:8000/ while editing
serve: $(BIN)/mkdocs
	$(BIN)/mkdocs serve

## make test: install the test tools and run the whole test suite
test: $(VENV)/.test-deps
	$(BIN)/python -m pytest $(PYTEST_ARGS)

clean:
	rm -rf site
