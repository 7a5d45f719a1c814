"""The offline engine: answers without a model, from the facts the caller passes.

Deterministic (same request, same text), honest (every `Completion` it makes has
`offline=True`, provider "offline", model "offline-v1"; prose also ends with `OFFLINE_MARK`,
a line the UI shows and a human reviewer sees before anything is sent), and useful: it
fills pt-BR templates with the lead's or client's facts, explains scores from their
breakdown, classifies Portuguese replies by rules and extracts contacts by regex.
Classification and extraction answers are machine-read, so they carry no mark in the text:
`Completion.offline` and the ledger row say who wrote them.
"""

from app.ai.offline.engine import OFFLINE_MARK, OfflineProvider

__all__ = ["OFFLINE_MARK", "OfflineProvider"]
