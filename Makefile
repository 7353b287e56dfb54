# Two commands do all set-up on a fresh machine:
#   make app    — install into .venv and serve the page at http://127.0.0.1:7860
#   make test   — install into .venv (+ Debian's chromium and LibreOffice for browser and
#                 document tests) and run every test
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: app test lint chromium libreoffice axe bench test-real

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	# The CPU build of torch; a looser spec can pull a multi-GB CUDA build.
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -e '.[test]'
	touch $@

# On first run app.py downloads the active preset's models (progress bars) before serving.
app: $(STAMP)
	$(PY) app.py

chromium:
	@command -v chromium >/dev/null 2>&1 || { $(SUDO) apt-get update -q && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium; }

# LibreOffice headless: tests check that every .docx pl2en writes converts to PDF.
libreoffice:
	@command -v soffice >/dev/null 2>&1 || { $(SUDO) apt-get update -q && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q libreoffice-writer-nogui; }

# axe-core (npm) for the accessibility tests, into the git-ignored .axe/.
AXE_VERSION := 4.14.1
axe:
	@test -f .axe/node_modules/axe-core/axe.min.js || \
		npm install --prefix .axe --no-audit --no-fund --no-save axe-core@$(AXE_VERSION)

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m mypy
	$(VENV)/bin/lint-imports

test: $(STAMP) chromium libreoffice axe lint
	$(PY) -m pytest

bench: $(STAMP)
	$(PY) -m service.dev.bench

# Needs the network once: ~2.5 GB of models into models/ (the folder tests/test_real.py
# reads) and sacrebleu's WMT20 test set.
test-real: export PL2EN_MODELS_DIR := $(CURDIR)/models
test-real: $(STAMP)
	$(VENV)/bin/pl2en models download --preset all
	$(PY) -m pytest -m real
	$(VENV)/bin/pl2en eval --testset wmt20 --limit 200 --preset quality
	$(VENV)/bin/pl2en eval --testset wmt20 --limit 200 --preset fast
