"""The AI layer: one LLM router (providers, offline engine, fallbacks, breakers, limits,
cache, ledger), prompts, CrewAI crews run in Celery, embeddings and vector memory, and the
safety rules every agent obeys. CrewAI is imported only on worker code paths."""
