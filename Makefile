# Two commands for a fresh clone: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
DEV_KEY := .dev-secret-key
DEV_ENV = DJANGO_DEBUG=true DJANGO_SECRET_KEY="$$(cat $(DEV_KEY))"

.PHONY: run test serve bench bench-web lint venv dump-seed check check-pages fuzz backup restore audit

# One virtualenv, installed from the locks: requirements.txt (runtime: run, serve and the commands)
# and requirements-dev.txt (the runtime lock plus the test and tooling packages: test, lint, CI).
# A stamp per lock reinstalls when that lock changes.
$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements-dev.txt $(VENV)/.installed
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

venv: $(VENV)/.installed-dev

$(DEV_KEY):
	$(PYTHON) -c "import secrets; print(secrets.token_urlsafe(50))" > $@
	chmod 600 $@

run: $(VENV)/.installed $(DEV_KEY)
	$(DEV_ENV) $(PY) manage.py migrate --noinput
	$(DEV_ENV) $(PY) manage.py load_seed
	$(DEV_ENV) $(PY) manage.py ensure_admin
	@echo "Public site: http://127.0.0.1:8000/   Admin: http://127.0.0.1:8000/admin/"
	$(DEV_ENV) $(PY) manage.py runserver 127.0.0.1:8000

test: venv
	$(PY) -m pytest -m "not sweep and not slow" $(PYTEST_ARGS)

# The whole-site sweeps (every page, route and parameter) and the tests that take seconds each (an
# archive generated at 10 times, whole round trips, editing sessions in Chromium): their own CI step,
# outside make test's three-minute budget. make test plus make check-pages is the whole suite.
check-pages: venv
	$(PY) -m pytest -m "sweep or slow" $(PYTEST_ARGS)

# A long fuzz, not part of CI: FUZZ_REQUESTS requests with arbitrary text over every public route and
# parameter, and FUZZ_FILES malformed spreadsheet archives imported (dry run and real), generated from
# FUZZ_SEED (the same seed gives the same run). Prints the counts, server errors and partial writes.
# On PostgreSQL: DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres make fuzz
FUZZ_SEED ?= 1
FUZZ_REQUESTS ?= 5000
FUZZ_FILES ?= 500
fuzz: venv
	FUZZ_SEED=$(FUZZ_SEED) FUZZ_REQUESTS=$(FUZZ_REQUESTS) FUZZ_FILES=$(FUZZ_FILES) $(PY) -m pytest -s -q $(PYTEST_ARGS) \
		tests/test_fuzz_requests.py::test_long_request_fuzz tests/test_import_fuzz.py::test_long_import_fuzz

# The checks CI runs besides the tests (the pre-commit hooks run the same tools on changed files).
lint: venv
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m djhtml --check templates

check: $(VENV)/.installed $(DEV_KEY)
	$(DEV_ENV) $(PY) manage.py check_archive

dump-seed: $(VENV)/.installed $(DEV_KEY)
	$(DEV_ENV) $(PY) manage.py dump_seed

# Production-like: gunicorn (threaded workers) + whitenoise, settings from the environment.
SERVE_ARGS := --workers 2 -k gthread --threads 4
serve: $(VENV)/.installed
	$(PY) manage.py collectstatic --noinput
	$(PY) -m gunicorn sco_site.wsgi --bind 127.0.0.1:8000 $(SERVE_ARGS)

# Benchmarks (not part of CI): import_archive / loaddata and export_archive / dumpdata with each step's
# time and peak memory, at each scale of BENCH_SCALE in turn, each on a new temporary SQLite database.
BENCH_SCALE ?= 100 1000
BENCH_ENV = DATABASE_URL=sqlite:///$(CURDIR)/.bench.sqlite3 DJANGO_DEBUG=true DJANGO_SECRET_KEY=bench-only
bench: $(VENV)/.installed
	@for scale in $(BENCH_SCALE); do \
		rm -f .bench.sqlite3; \
		$(BENCH_ENV) $(PY) manage.py migrate --noinput -v0 && \
		$(BENCH_ENV) $(PY) manage.py bench_archive --scale $$scale || { rm -f .bench.sqlite3; exit 1; }; \
	done
	rm -f .bench.sqlite3

# The public pages as readers meet them (not part of CI): gunicorn as `make serve` runs it, in
# production settings, on a free port, without and with Redis, measured with wrk (installed with
# apt when missing); then every page's size and uncached render time at each scale of BENCH_SCALE
# (default "1 100 1000": the seed plus generate_archive --scale N), and the workers' memory under
# load. On a temporary SQLite database, or on DATABASE_URL (a scratch database: it is emptied).
BENCH_WEB_SCALE = $(if $(filter command line environment,$(origin BENCH_SCALE)),$(BENCH_SCALE),1 100 1000)
BENCH_WEB_DB = $(or $(DATABASE_URL),sqlite:///$(CURDIR)/.bench-web.sqlite3)
BENCH_WEB_ENV = env -u DJANGO_DEBUG DATABASE_URL=$(BENCH_WEB_DB) DJANGO_SECRET_KEY="$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(50))')" \
	DJANGO_ALLOWED_HOSTS=127.0.0.1,localhost,testserver DJANGO_BEHIND_PROXY=true
bench-web: $(VENV)/.installed
	command -v wrk >/dev/null || apt-get install -y wrk || { apt-get update && apt-get install -y wrk; }
	rm -f .bench-web.sqlite3
	$(BENCH_WEB_ENV) $(PY) manage.py collectstatic --noinput -v0
	$(BENCH_WEB_ENV) $(PY) manage.py migrate --noinput -v0
	$(BENCH_WEB_ENV) $(PY) manage.py bench_web --scales "$(BENCH_WEB_SCALE)" --gunicorn-args "$(SERVE_ARGS)"
	rm -f .bench-web.sqlite3

# The whole site (archive, history, users and groups) in one file and back: docs/operations.md.
# Settings from the environment (DATABASE_URL …); without DJANGO_SECRET_KEY, the development ones.
CMD_ENV = $(if $(DJANGO_SECRET_KEY),,$(DEV_ENV))
BACKUP_NAME := backups/sco-archive-$(shell date -u +%Y%m%dT%H%M%SZ).zip
FILE ?= $(BACKUP_NAME)
backup: $(VENV)/.installed $(DEV_KEY)
	mkdir -p $(dir $(FILE))
	$(CMD_ENV) $(PY) manage.py backup $(FILE)

# make restore FILE=backups/….zip [REPLACE=1]: migrates the database, then restores into it.
restore: $(VENV)/.installed $(DEV_KEY)
	@test -f "$(FILE)" || { echo "Give the backup to restore: make restore FILE=backups/sco-archive-….zip [REPLACE=1]"; exit 2; }
	$(CMD_ENV) $(PY) manage.py migrate --noinput
	$(CMD_ENV) $(PY) manage.py restore $(FILE) $(if $(REPLACE),--replace)

# Known vulnerabilities in every locked package (pip-audit, pinned here and installed into .venv on
# first use). It asks PyPI's vulnerability data over the network, which CI machines cannot reach:
# not part of CI. --strict fails on a package it could not check, so no answer is never a pass.
PIP_AUDIT := pip-audit==2.10.1
audit: $(VENV)/.installed-dev
	$(PY) -m pip install --quiet "$(PIP_AUDIT)"
	$(VENV)/bin/pip-audit --strict --no-deps --disable-pip -r requirements.txt -r requirements-dev.txt
