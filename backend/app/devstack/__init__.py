"""One-command development stack.

    python -m app.devstack run                        # everything, like `make run`
    python -m app.devstack services --env-file PATH   # data services only (tests)

For DATABASE_URL, REDIS_URL and S3_ENDPOINT, whichever is not configured (in
the environment or a .env file) is replaced by an embedded server with its
data under DATA_DIR (see app.devstack.services). QDRANT_URL left empty means
qdrant-client local mode in DATA_DIR/qdrant: nothing to start.

`run` then migrates, seeds the demo data, and supervises the API, the Celery
worker and beat (and the web dashboard when frontend/ exists). Ctrl-C or
SIGTERM stops everything; a child that dies on its own stops everything too,
with a non-zero exit status.
"""
