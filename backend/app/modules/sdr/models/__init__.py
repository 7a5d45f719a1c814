"""The SDR's tables (all `sdr_*`)."""

from app.modules.sdr.models.suppression import Suppression, SuppressionKind, SuppressionReason

__all__ = ["Suppression", "SuppressionKind", "SuppressionReason"]
