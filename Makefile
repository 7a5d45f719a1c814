# Somos Produtora - developer entry points. `make help` lists them.
SHELL := /bin/bash
.DEFAULT_GOAL := help
# `pip install --user uv` puts uv here; make it visible to every recipe
export PATH := $(HOME)/.local/bin:$(PATH)

BACKEND := backend
UV_RUN := cd $(BACKEND) && uv run --frozen
ARGS ?=
# optional backend extras to install besides the embedded servers, e.g. EXTRAS="embedded minilm"
EXTRAS ?= embedded

.PHONY: help install run test lint migrate seed bench api worker beat api-client

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-9s %s\n", $$1, $$2}'

install: ## install uv (if missing) and the backend with the embedded servers
	@command -v uv >/dev/null 2>&1 || python3 -m pip install --user uv \
		|| python3 -m pip install uv \
		|| python3 -m pip install --user --break-system-packages uv
	cd $(BACKEND) && uv sync --frozen $(addprefix --extra ,$(EXTRAS))

run: install ## the whole stack on embedded services (Ctrl-C stops it)
	$(UV_RUN) python -m app.devstack run

test: install ## ruff + import-linter + pytest (make test ARGS="-k name -x")
	bash scripts/test.sh $(ARGS)

lint: ## ruff check + import-linter
	$(UV_RUN) ruff check app tests bench
	@if [ -f $(BACKEND)/.importlinter ]; then $(UV_RUN) lint-imports; fi

migrate: ## alembic upgrade head against DATABASE_URL
	$(UV_RUN) alembic upgrade head

seed: ## create the demo tenant, users and API key
	$(UV_RUN) python -m app.cli seed-demo

bench: install ## HTTP vs raw asyncpg baseline, LLM router, embeddings, vector search; writes docs/benchmarks.md (ARGS="--only ai")
	bash scripts/bench.sh $(ARGS)

api: ## only the API, with auto-reload (services from the environment)
	$(UV_RUN) uvicorn app.main:app --reload --host 127.0.0.1 --port $${API_PORT:-8000}

worker: ## only the Celery worker
	$(UV_RUN) celery -A app.worker.celery_app worker -Q default,agents,integrations -l INFO

beat: ## only Celery beat
	$(UV_RUN) celery -A app.worker.celery_app beat -l INFO

api-client: install ## regenerate the API's TypeScript types for frontend/ and mobile/
	bash scripts/api-client.sh
