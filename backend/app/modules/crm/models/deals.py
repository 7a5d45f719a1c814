"""Deals (crm_deal), the contacts on each (crm_deal_contact) and lead conversions
(crm_lead_conversion, one per source lead)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.core.identifiers import fold
from app.core.models import Base, OrganizationScopedModel
from app.modules.crm.models.columns import RecordColumns, array_index, trigram_index
from app.modules.crm.models.contacts import LeadSource
from app.modules.crm.models.pipelines import Stage


class DealStatus(StrEnum):
    open = "open"
    won = "won"
    lost = "lost"


class DealContact(Base):
    __tablename__ = "crm_deal_contact"
    __table_args__ = (Index("ix_crm_deal_contact_contact", "contact_id"),)

    deal_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("crm_deal.id", ondelete="CASCADE"), primary_key=True)
    contact_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("crm_contact.id", ondelete="CASCADE"), primary_key=True)


class Deal(RecordColumns, OrganizationScopedModel):
    """`position` is the deal's place in its stage: 0..n-1 without gaps, unique per stage
    (checked at commit); `version` grows with every change, for optimistic concurrency."""

    __tablename__ = "crm_deal"
    __table_args__ = (
        CheckConstraint("value >= 0", name="value_not_negative"),
        CheckConstraint("probability BETWEEN 0 AND 100", name="probability_range"),
        UniqueConstraint("stage_id", "position", name="uq_crm_deal_stage_position",
                         deferrable=True, initially="DEFERRED"),
        # the board's totals read it alone (index-only scan)
        Index("ix_crm_deal_board", "pipeline_id", "stage_id", "owner_id",
              postgresql_include=["organization_id", "value", "probability"]),
        Index("ix_crm_deal_owner", "organization_id", "owner_id"),
        Index("ix_crm_deal_company", "company_id"),
        Index("ix_crm_deal_created", "organization_id", "created_at", "id"),
        Index("ix_crm_deal_value", "organization_id", "value", "id"),
        trigram_index("crm_deal"),
        array_index("crm_deal", "tag_ids"),
    )

    title: Mapped[str] = mapped_column(String(200), nullable=False)
    value: Mapped[Decimal] = mapped_column(Numeric(14, 2), nullable=False, default=Decimal(0))
    pipeline_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("crm_pipeline.id", ondelete="RESTRICT"), nullable=False)
    stage_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("crm_stage.id", ondelete="RESTRICT"), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    status: Mapped[DealStatus] = mapped_column(String(10), nullable=False,
                                               default=DealStatus.open)
    company_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("crm_company.id", ondelete="SET NULL"), nullable=True)
    expected_close_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    probability: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    probability_override: Mapped[int | None] = mapped_column(SmallInteger, nullable=True)
    source: Mapped[LeadSource] = mapped_column(String(20), nullable=False,
                                               default=LeadSource.manual)
    lost_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    won_at: Mapped[datetime | None] = mapped_column(nullable=True)
    lost_at: Mapped[datetime | None] = mapped_column(nullable=True)

    contact_links: Mapped[list[DealContact]] = relationship(
        lazy="raise", cascade="all, delete-orphan", passive_deletes=True)

    @property
    def contact_ids(self) -> list[uuid.UUID]:
        return [link.contact_id for link in self.contact_links]

    @property
    def weighted_value(self) -> Decimal:
        return (Decimal(self.value) * self.probability / 100).quantize(Decimal("0.01"))

    def enter(self, stage: Stage, now: datetime, lost_reason: str | None) -> None:
        """Put the deal in `stage` (position aside): status, won/lost time, probability.
        A lost stage needs a reason (checked by the caller)."""
        self.stage_id = stage.id
        status = (DealStatus.won if stage.is_won else DealStatus.lost if stage.is_lost
                  else DealStatus.open)
        if status != self.status:
            self.won_at = now if status == DealStatus.won else None
            self.lost_at = now if status == DealStatus.lost else None
        self.status = status
        self.lost_reason = (lost_reason or self.lost_reason) if status == DealStatus.lost \
            else None
        self.reprice(stage)

    def reprice(self, stage: Stage) -> None:
        """Effective probability: 100 when won, 0 when lost, else the override or the
        stage's."""
        if self.status == DealStatus.won:
            self.probability = 100
        elif self.status == DealStatus.lost:
            self.probability = 0
        else:
            self.probability = (self.probability_override if self.probability_override
                                is not None else stage.probability)

    def refresh_lookups(self) -> None:
        """The folded text the trigram search reads."""
        self.search_text = fold(self.title)


class LeadConversion(OrganizationScopedModel):
    """A lead turned into company, contact and deal; the source id makes it happen once."""

    __tablename__ = "crm_lead_conversion"
    __table_args__ = (UniqueConstraint("organization_id", "source", "source_id"),)

    source: Mapped[str] = mapped_column(String(20), nullable=False)
    source_id: Mapped[str] = mapped_column(String(200), nullable=False)
    company_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("crm_company.id", ondelete="SET NULL"), nullable=True)
    contact_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("crm_contact.id", ondelete="SET NULL"), nullable=True)
    deal_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("crm_deal.id", ondelete="SET NULL"), nullable=True)


class StageTotal(OrganizationScopedModel):
    """Per stage and owner: how many deals, their value and their value × probability. Kept
    by the database (trigger `crm_deal_stage_totals` on crm_deal, in the migration), so
    every write path, COPY included, keeps it right; the board sums it instead of
    aggregating every deal of the pipeline."""

    __tablename__ = "crm_stage_total"
    __table_args__ = (
        UniqueConstraint("stage_id", "owner_id", postgresql_nulls_not_distinct=True),
        Index("ix_crm_stage_total_pipeline", "pipeline_id", "owner_id"),
    )

    pipeline_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("crm_pipeline.id", ondelete="CASCADE"), nullable=False)
    stage_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("crm_stage.id", ondelete="CASCADE"), nullable=False)
    # no foreign key: a deleted owner's deals lose their owner (SET NULL), which the trigger
    # moves to the no-owner row, leaving the old row at zero
    owner_id: Mapped[uuid.UUID | None] = mapped_column(nullable=True)
    deals: Mapped[int] = mapped_column(Integer, nullable=False)
    total_value: Mapped[Decimal] = mapped_column(Numeric(16, 2), nullable=False)
    # Σ value × probability (÷ 100 when read)
    weighted_cents: Mapped[Decimal] = mapped_column(Numeric(20, 2), nullable=False)
