"""The ledger of LLM calls: one row per provider request, cache hit or refusal."""
