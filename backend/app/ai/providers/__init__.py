"""LLM providers behind one small interface; the router picks them by the model's catalog
entry and the configured keys (see `resolve`)."""
