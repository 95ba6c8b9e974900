# Two commands matter: `make lab` (learners) and `make test` (everyone, and CI).
PYTHON ?= python3
VENV ?= .venv
BIN := $(abspath $(VENV))/bin
STAMP := $(VENV)/.installed
LAB_ARGS ?=
WORK ?= work
ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root,)
export PATH := $(BIN):$(PATH)

.PHONY: lab lab-instructor test build data workspace install clean freeze bench

lab: install data workspace ## set up everything, then start JupyterLab on your workspace (work/)
	JUPYTER_CONFIG_PATH=$(CURDIR)/jupyter/learner $(BIN)/jupyter lab --ServerApp.root_dir=$(WORK) $(ROOT_FLAG) $(LAB_ARGS)

lab-instructor: install data ## JupyterLab on the course root, with nbgrader's formgrader
	$(BIN)/jupyter lab $(ROOT_FLAG) $(LAB_ARGS)

test: install data ## the whole test suite
	$(BIN)/pytest

build: install data ## regenerate source/, release/ and solutions/ from curriculum/
	$(BIN)/autograde build

data: install ## generate datasets/retail.duckdb (kept if it exists)
	$(BIN)/autograde data

workspace: install ## copy new release notebooks into work/ (never overwrites)
	$(BIN)/autograde workspace --dir $(WORK)

install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "make: Python 3.11+ is needed (set PYTHON=python3.11)")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
	touch $(STAMP)

bench: install data ## measure check latency, cohort throughput, dataset and course build; writes BENCHMARKS.md
	$(BIN)/python bench/run.py $(BENCH)

freeze: install ## pin the versions installed now as the verified set
	{ echo '# Versions verified together (pip install -c constraints.txt -e ".[test]"); refresh with `make freeze`.'; \
	  $(BIN)/python -m pip freeze --exclude-editable | grep -v '^autograde'; } > constraints.txt

clean: ## remove generated data and caches (never work/)
	rm -rf datasets/*.duckdb datasets/*.tmp .pytest_cache build *.egg-info gradebook.db
