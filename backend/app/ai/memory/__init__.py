"""Agent memory, as the seed describes it: short-term in Redis (session, recent interactions,
task context, with their TTLs) and long-term in Qdrant (leads, content, contracts,
knowledge_base), every entry scoped to one organization."""

from app.ai.memory.points import Collection, EmbedderMismatch, FilterValue
from app.ai.memory.short_term import Interaction, ShortTermMemory, short_term_memory
from app.ai.memory.vector_memory import Hit, Record, VectorMemory, vector_memory

__all__ = ["Collection", "EmbedderMismatch", "FilterValue", "Hit", "Interaction", "Record",
           "ShortTermMemory", "VectorMemory", "short_term_memory", "vector_memory"]
