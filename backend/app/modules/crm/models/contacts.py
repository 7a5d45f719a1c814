"""Contacts (crm_contact): people, with their e-mails, phones and LGPD basis."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, Index, SmallInteger, String, text
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import Mapped, mapped_column

from app.core.identifiers import fold
from app.core.models import OrganizationScopedModel
from app.modules.crm.models.columns import RecordColumns, array_index, trigram_index


class LeadSource(StrEnum):
    manual = "manual"
    import_ = "import"
    hunter = "hunter"
    sdr = "sdr"
    website = "website"
    referral = "referral"
    event = "event"
    other = "other"


class LegalBasis(StrEnum):
    """LGPD art. 7 bases for processing a contact's data."""

    consent = "consent"
    legitimate_interest = "legitimate_interest"
    contract = "contract"
    legal_obligation = "legal_obligation"


class Contact(RecordColumns, OrganizationScopedModel):
    __tablename__ = "crm_contact"
    __table_args__ = (
        CheckConstraint("hunter_score BETWEEN 0 AND 100", name="hunter_score_range"),
        Index("ix_crm_contact_company", "company_id"),
        Index("ix_crm_contact_owner", "organization_id", "owner_id"),
        Index("ix_crm_contact_name", "organization_id", "name", "id"),
        Index("ix_crm_contact_created", "organization_id", "created_at", "id"),
        array_index("crm_contact", "match_keys"),
        trigram_index("crm_contact"),
        array_index("crm_contact", "tag_ids"),
    )

    name: Mapped[str] = mapped_column(String(200), nullable=False)
    # [{"address": "ana@x.com.br", "label": "work", "primary": true}], addresses lower case
    emails: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, nullable=False, default=list,
                                                         server_default=text("'[]'::jsonb"))
    # [{"number": "+5511987654321", "label": "mobile", "whatsapp": true}], E.164
    phones: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, nullable=False, default=list,
                                                         server_default=text("'[]'::jsonb"))
    job_title: Mapped[str | None] = mapped_column(String(120), nullable=True)
    company_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("crm_company.id", ondelete="SET NULL"), nullable=True)
    lead_source: Mapped[LeadSource] = mapped_column(String(20), nullable=False,
                                                    default=LeadSource.manual)
    hunter_score: Mapped[int | None] = mapped_column(SmallInteger, nullable=True)
    # per-field provenance from hunter: {"email": {"source": "site", "at": "..."}}
    hunter_provenance: Mapped[dict[str, Any] | None] = mapped_column(JSONB, nullable=True)
    legal_basis: Mapped[LegalBasis | None] = mapped_column(String(30), nullable=True)
    opted_out_at: Mapped[datetime | None] = mapped_column(nullable=True)
    # its e-mails and phones as stored: what dedup (imports, lead conversion) looks up
    match_keys: Mapped[list[str]] = mapped_column(ARRAY(String), nullable=False, default=list,
                                                  server_default=text("'{}'::varchar[]"))

    def refresh_lookups(self) -> None:
        """The search text and match keys, from the name, e-mails and phones."""
        emails = [e["address"] for e in self.emails or []]
        phones = [p["number"] for p in self.phones or []]
        self.search_text = fold(" ".join([self.name, *emails,
                                          *(p.lstrip("+") for p in phones)]))
        self.match_keys = sorted({*emails, *phones})
