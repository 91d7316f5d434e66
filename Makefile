# movement-graph: `make run` builds the bundled corpus into out/, `make test` runs every test.
# Both work on a fresh machine: they create .venv and install everything they need.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test install system-deps check bench clean

run: $(STAMP)
	$(BIN)/movement-graph build data/corpus --out out

test: $(STAMP) system-deps
	$(BIN)/python -m pytest -q

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q -c constraints.txt -e '.[dev,notebook,dask]'
	touch $(STAMP)

install: $(STAMP)

# Debian packages the browser tests need (headless Chromium).  Installed only when
# missing; needs root (CI runs as root), as apt-get does.
system-deps:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing chromium (Debian package) for the browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

check: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy src

bench: $(STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf out .pytest_cache
