"""Inbound webhooks: each source is one small file (a verifier, an external-id extractor, a
normaliser); `receive` stores a verified delivery once, `process` applies it once."""
