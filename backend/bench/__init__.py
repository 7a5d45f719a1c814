"""`make bench`: throughput and latency of the API next to a raw ASGI + asyncpg baseline."""
