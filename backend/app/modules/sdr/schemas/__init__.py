"""The SDR's request and response shapes (public)."""

from app.modules.sdr.schemas.outreach import (
    ApprovalEdit,
    BulkApproval,
    BulkApproved,
    CampaignCreate,
    CampaignDetail,
    CampaignMetrics,
    CampaignRead,
    Conversation,
    Decided,
    EnrollmentRead,
    Funnel,
    ManualMessage,
    MessageRead,
    NotDecided,
    PersonalData,
    SdrApproval,
    SdrTask,
    StepFunnel,
    TaskCompletion,
)
from app.modules.sdr.schemas.setup import (
    MESSAGE_STEPS,
    Acceptance,
    Accepted,
    CadenceCreate,
    CadenceRead,
    CadenceStep,
    ReplyClass,
    StepKind,
    SuppressionCreate,
    SuppressionRead,
)

__all__ = ["MESSAGE_STEPS", "Acceptance", "Accepted", "ApprovalEdit", "BulkApproval",
           "BulkApproved", "CadenceCreate", "CadenceRead", "CadenceStep", "CampaignCreate",
           "CampaignDetail", "CampaignMetrics", "CampaignRead", "Conversation",
           "Decided", "EnrollmentRead", "Funnel", "ManualMessage", "MessageRead",
           "NotDecided", "PersonalData", "SdrApproval", "SdrTask", "StepFunnel",
           "SuppressionCreate", "SuppressionRead", "ReplyClass", "StepKind", "TaskCompletion"]
