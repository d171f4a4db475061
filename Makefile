# spacegraph: `make demo` and `make test` set everything up on a fresh clone (Python 3 and make only).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
CHROMIUM ?= /usr/bin/chromium

.PHONY: help install demo test lint fmt browser eval-seeds eval-dev eval-test bench clean

help:
	@echo "make demo        build out/graph.ttl and out/graph.html from the sample corpus"
	@echo "make test        run the test suite (sets up .venv and Chromium first)"
	@echo "make lint        ruff"
	@echo "make eval-dev    accuracy on the development split; eval-test on the held-back test split"
	@echo "make eval-seeds  accuracy on ../shared/corpus/seeds"
	@echo "make bench       speed and memory benchmarks"

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c requirements.lock -e '.[model,dev]'
	touch $@

install: $(STAMP)

demo: install
	$(BIN)/spacegraph build corpus/sample/articles -o out

# The HTML view is tested in a real browser: Debian's Chromium, never a downloaded one.
browser:
	@test -x $(CHROMIUM) || { \
	  echo "installing Debian's chromium for the browser tests"; \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else sudo -n apt-get update -qq && sudo -n DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; fi; } \
	  || echo "could not install chromium: browser tests will be skipped"

test: install browser
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check src tests benchmarks

fmt: install
	$(BIN)/ruff check --fix src tests benchmarks

eval-seeds: install
	$(BIN)/spacegraph build ../shared/corpus/seeds -o out/seeds --no-html
	$(BIN)/spacegraph eval out/seeds/graph.ttl ../shared/gold

eval-dev: install
	$(BIN)/spacegraph build corpus/dev/articles -o out/dev --no-html
	$(BIN)/spacegraph eval out/dev/graph.ttl corpus/dev/gold

eval-test: install
	$(BIN)/spacegraph build corpus/test/articles -o out/test --no-html
	$(BIN)/spacegraph eval out/test/graph.ttl corpus/test/gold

bench: install
	$(BIN)/python benchmarks/bench_pipeline.py
	$(BIN)/python benchmarks/bench_store.py

clean:
	rm -rf $(VENV) out/*.ttl out/*.html out/dev out/test out/seeds .pytest_cache
