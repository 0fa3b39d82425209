# Build, preview and test the site. Everything installs into .venv from the lock (uv.lock, exported to
# requirements/*.txt with the sha256 hashes of every package), made from pyproject.toml by `make lock`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1
# uv installs only what the lock names, each file checked against its hashes; the project itself is
# installed editable without its dependencies, built by the locked setuptools (nothing else downloaded).
# Each also writes Python's bytecode (--compile-bytecode): where PYTHONDONTWRITEBYTECODE is set (as on our
# machines) Python would otherwise compile every module it imports again in every build (~0.4 s of CPU each).
UV_INSTALL = $(BIN)/uv pip install --quiet --require-hashes --no-build-isolation --compile-bytecode --python
UV_SYNC = $(BIN)/uv pip sync --quiet --require-hashes --no-build-isolation --compile-bytecode --python
UV_PROJECT = $(BIN)/uv pip install --quiet --no-deps --no-build-isolation --compile-bytecode -e . --python
REQ := requirements

.PHONY: config-check site publish example example-pdf serve test quick lint clean system-deps mark-translated pdf benchmark search-recall lock bytecode

# The installer (uv), pip and setuptools, installed by the new venv's pip from the lock's requirements/tools.txt (hashes required).
$(BIN)/uv: $(REQ)/tools.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --require-hashes --no-deps -r $(REQ)/tools.txt
	touch $@

# The site's environment: exactly the packages of requirements/site.txt (sync removes any other).
$(BIN)/mkdocs: $(BIN)/uv $(REQ)/site.txt pyproject.toml
	$(UV_SYNC) $(BIN)/python $(REQ)/site.txt
	$(UV_PROJECT) $(BIN)/python
	touch $@

# The bytecode of the project's own hooks, as uv writes the installed packages' (see UV_INSTALL): only what
# changed is compiled again; Python checks each file's date and size before it uses its bytecode.
bytecode: $(BIN)/mkdocs
	$(BIN)/python -m compileall -q hooks

$(VENV)/.test-deps: $(BIN)/mkdocs $(REQ)/test.txt
	$(UV_INSTALL) $(BIN)/python -r $(REQ)/test.txt
	touch $@

## make lock: after a change of the dependencies in pyproject.toml, lock every package of every environment
## again with its hashes (uv.lock, requirements/*.txt); versions already locked stay unless UPGRADE=1
lock: $(BIN)/uv
	$(BIN)/uv lock $(if $(UPGRADE),--upgrade)
	$(BIN)/uv export --quiet --frozen --no-emit-project --only-group tools -o $(REQ)/tools.txt
	$(BIN)/uv export --quiet --frozen --no-emit-project --no-dev --group tools -o $(REQ)/site.txt
	for extra in test pdf properdocs zensical; do \
	  $(BIN)/uv export --quiet --frozen --no-emit-project --no-dev --group tools --extra $$extra \
	    -o $(REQ)/$$extra.txt || exit 1; \
	done

# mkdocs.yml's own slips (a tab, a full-width space or colon, a missing colon), told in Japanese and English at
# the line before MkDocs reads the file (it loads no hook before): hooks/lib/sitebuild/configcheck.py. Run first
# by site, serve and publish (the last of their prerequisites).
config-check: $(BIN)/mkdocs
	@$(BIN)/python -m sitebuild.configcheck mkdocs.yml

## make site: build the whole site (both languages) into site/, failing on any warning. Without SITE_URL it is
## not for publication: no canonical or hreflang links, sitemaps or feeds (the build says so)
site: $(BIN)/mkdocs node_modules/.installed bytecode config-check
	$(BIN)/mkdocs build --strict

## make publish SITE_URL=https://…/: build site/ for publication at that address; stops without it (scripts/publish.py)
publish: $(BIN)/mkdocs node_modules/.installed bytecode config-check
	$(BIN)/python scripts/publish.py

$(VENV)/.pdf-deps: $(BIN)/mkdocs $(REQ)/pdf.txt
	$(UV_INSTALL) $(BIN)/python -r $(REQ)/pdf.txt
	touch $@

## make pdf: build the PDF booklets (Japanese, English) into docs/pdf/ with WeasyPrint, then site/ linking them
pdf: $(VENV)/.pdf-deps system-deps node_modules/.installed bytecode
	$(BIN)/python scripts/build_pdf.py
	$(BIN)/mkdocs build --strict

## make example-pdf: the FICTIONAL sample's PDF booklets (with the results, each page marked as a sample) into pdf-example/
example-pdf: $(VENV)/.pdf-deps system-deps node_modules/.installed bytecode
	$(BIN)/python scripts/build_pdf.py --config mkdocs.example.yml

## make example: build the site with the FICTIONAL sample outcome (examples/outcome.yml) into site-example/,
## every page marked as a sample (mkdocs.example.yml)
example: $(BIN)/mkdocs node_modules/.installed bytecode
	$(BIN)/mkdocs build --strict -f mkdocs.example.yml

## make serve: preview at http://127.0.0.1:8000/ while editing
serve: $(BIN)/mkdocs node_modules/.installed bytecode config-check
	$(BIN)/mkdocs serve

# Debian packages the browser, print, PDF, web-server and validator tests use (installed when missing, as root):
# Chromium, Japanese fonts, poppler (pdffonts, pdftotext), pango for WeasyPrint, nginx (tests/test_nginx.py,
# deploy/nginx.conf), Java for the W3C Nu HTML Checker, strace (tests/test_search_index.py holds Pagefind's writes back)
# shellcheck (actionlint checks the workflows' shell with it, `make lint`) and LibreOffice Calc
# (tests/test_workbook.py: workbooks saved by a spreadsheet program, `soffice --convert-to xlsx`).
SYSTEM_PACKAGES := chromium fonts-noto-cjk poppler-utils libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core \
	nginx default-jre-headless strace shellcheck libreoffice-calc-nogui
system-deps:
	@missing=""; for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing Debian packages:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else echo "Please install these Debian packages first:$$missing" >&2; exit 1; fi; \
	fi

# From npm (package.json, package-lock.json, with integrity hashes): Pagefind, the site's search indexer, and the
# test tools, the Nu HTML Checker (vnu-jar) and ESLint.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts
	touch $@

# ProperDocs (the maintained fork of MkDocs 1.x) in an environment of its own, with the same site packages.
.venv-properdocs/.installed: $(BIN)/uv $(REQ)/properdocs.txt pyproject.toml
	$(PYTHON) -m venv .venv-properdocs
	$(UV_SYNC) .venv-properdocs/bin/python $(REQ)/properdocs.txt
	$(UV_PROJECT) .venv-properdocs/bin/python
	touch $@

# Zensical (tried as a second renderer of the prepared Japanese site: tests/test_zensical.py) in an environment of
# its own, with the site's packages (the prepare and check stages run there too) and Zensical's.
.venv-zensical/.installed: $(BIN)/uv $(REQ)/zensical.txt pyproject.toml
	$(PYTHON) -m venv .venv-zensical
	$(UV_SYNC) .venv-zensical/bin/python $(REQ)/zensical.txt
	$(UV_PROJECT) .venv-zensical/bin/python
	touch $@

## make lint: ruff (Python lint and format check, config in pyproject.toml), ESLint (eslint.config.js) and actionlint
## (the GitHub workflows in .github/workflows/: syntax, expressions, permissions, the actions' inputs; the shell of
## each run: step too with Debian's shellcheck, which `make test` installs)
lint: $(VENV)/.test-deps node_modules/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	node_modules/.bin/eslint .
	$(BIN)/actionlint

## make test: install the test tools (Debian's Chromium, fonts, nginx, Java; npm's checkers; ProperDocs; Zensical), lint, run the whole test suite
# The tests run on every core (pytest-xdist); each site variant is built once per run and shared (tests/conftest.py).
XDIST := -n auto --dist loadgroup
test: $(VENV)/.test-deps system-deps node_modules/.installed .venv-properdocs/.installed .venv-zensical/.installed lint bytecode
	$(BIN)/python -m pytest $(XDIST) $(PYTEST_ARGS)

## make quick: the tests that need only Python (no Chromium, poppler, WeasyPrint, nginx or Java): a first check
QUICK := not browser and not pdf and not nginx and not validator and not properdocs and not zensical and not load
quick: $(VENV)/.test-deps bytecode
	$(BIN)/python -m pytest $(XDIST) -m "$(QUICK)" $(PYTEST_ARGS)

## make benchmark: build and preview timings, 10/100/1,000-page corpus, page bytes, search, results pages
## (scripts/bench, BENCHMARKS.md); BENCHMARK_ARGS="--before REV" for before | after | ratio from one run
benchmark: $(VENV)/.test-deps system-deps bytecode
	PYTHONPATH=tests:scripts $(BIN)/python -m bench $(BENCHMARK_ARGS)

## make search-recall: how many of tests/search_queries.yml the search finds (ARGS="--engine material" for Material's)
search-recall: $(VENV)/.test-deps system-deps
	PYTHONPATH=tests $(BIN)/python scripts/search_recall.py $(ARGS)

## make mark-translated PAGE=docs/x.en.md: record that the English page translates the current Japanese page
mark-translated: $(BIN)/mkdocs
	$(BIN)/python scripts/mark_translated.py $(PAGE)

## make clean: remove the built site and the build cache (.venv/.build-cache: the bill of materials, compiled templates, ふりがな)
clean:
	rm -rf site $(VENV)/.build-cache
