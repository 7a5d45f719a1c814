"""Live updates: Redis pub/sub fan-out (hub) and the `/ws` endpoint (router)."""
