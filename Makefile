# Build, preview and test the site. Everything installs into .venv from pyproject.toml.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1

.PHONY: site example serve test quick lint clean system-deps mark-translated pdf benchmark search-recall

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

$(VENV)/.pdf-deps: $(BIN)/mkdocs pyproject.toml
	$(BIN)/pip install --quiet -e ".[pdf]"
	touch $@

## make pdf: build the PDF booklets (Japanese, English) into docs/pdf/ with WeasyPrint, then site/ linking them
pdf: $(VENV)/.pdf-deps system-deps
	$(BIN)/python scripts/build_pdf.py
	$(BIN)/mkdocs build --strict

## make example: build the site with the FICTIONAL sample outcome (examples/outcome.yml) into site-example/,
## every page marked as a sample (mkdocs.example.yml)
example: $(BIN)/mkdocs
	$(BIN)/mkdocs build --strict -f mkdocs.example.yml

## make serve: preview at http://127.0.0.1:8000/ while editing
serve: $(BIN)/mkdocs
	$(BIN)/mkdocs serve

# Debian packages the browser, print, PDF, web-server and validator tests use (installed when missing, as root):
# Chromium, Japanese fonts, poppler (pdffonts, pdftotext), pango for WeasyPrint, nginx (tests/test_nginx.py,
# deploy/nginx.conf) and Java for the W3C Nu HTML Checker.
SYSTEM_PACKAGES := chromium fonts-noto-cjk poppler-utils libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core \
	nginx default-jre-headless
system-deps:
	@missing=""; for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing Debian packages:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else echo "Please install these Debian packages first:$$missing" >&2; exit 1; fi; \
	fi

# Test tools from npm (package.json, package-lock.json): the Nu HTML Checker (vnu-jar) and ESLint.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts
	touch $@

# ProperDocs (the maintained fork of MkDocs 1.x) in an environment of its own, with the same site packages.
.venv-properdocs/.installed: pyproject.toml
	$(PYTHON) -m venv .venv-properdocs
	.venv-properdocs/bin/pip install --quiet --upgrade pip
	.venv-properdocs/bin/pip install --quiet -e ".[properdocs]"
	touch $@

## make lint: ruff (Python lint and format check, config in pyproject.toml) and ESLint (eslint.config.js)
lint: $(VENV)/.test-deps node_modules/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	node_modules/.bin/eslint .

## make test: install the test tools (Debian's Chromium, fonts, nginx, Java; npm's checkers; ProperDocs), lint, run the whole test suite
test: $(VENV)/.test-deps system-deps node_modules/.installed .venv-properdocs/.installed lint
	$(BIN)/python -m pytest $(PYTEST_ARGS)

## make quick: the tests that need only Python (no Chromium, poppler, WeasyPrint, nginx or Java): a first check
QUICK := not browser and not pdf and not nginx and not validator and not properdocs
quick: $(VENV)/.test-deps
	$(BIN)/python -m pytest -m "$(QUICK)" $(PYTEST_ARGS)

## make benchmark: build and preview timings, 10/100/1,000-page corpus, page bytes, search (BENCHMARKS.md)
benchmark: $(VENV)/.test-deps system-deps
	PYTHONPATH=tests $(BIN)/python scripts/benchmark.py $(BENCHMARK_ARGS)

## make search-recall: how many of tests/search_queries.yml the search finds (ARGS="--engine material" for Material's)
search-recall: $(VENV)/.test-deps system-deps
	PYTHONPATH=tests $(BIN)/python scripts/search_recall.py $(ARGS)

## make mark-translated PAGE=docs/x.en.md: record that the English page translates the current Japanese page
mark-translated: $(BIN)/mkdocs
	$(BIN)/python scripts/mark_translated.py $(PAGE)

clean:
	rm -rf site
