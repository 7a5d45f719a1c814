"""The SDR's tables (all `sdr_*`)."""

from app.modules.sdr.models.cadences import Cadence
from app.modules.sdr.models.campaigns import (
    Campaign,
    CampaignStatus,
    Enrollment,
    EnrollmentStatus,
    FinishReason,
    Message,
    MessageStatus,
)
from app.modules.sdr.models.suppression import Suppression, SuppressionKind, SuppressionReason
from app.modules.sdr.models.tasks import Task, TaskKind, TaskOutcome

__all__ = ["Cadence", "Campaign", "CampaignStatus", "Enrollment", "EnrollmentStatus",
           "FinishReason", "Message", "MessageStatus", "Suppression", "SuppressionKind",
           "SuppressionReason", "Task", "TaskKind", "TaskOutcome"]
