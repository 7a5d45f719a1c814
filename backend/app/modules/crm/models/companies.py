"""Companies (crm_company): one row per legal entity, CNPJ unique per organization."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from sqlalchemy import Index, String, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from app.core.identifiers import fold
from app.core.models import OrganizationScopedModel
from app.modules.crm.models.columns import RecordColumns, array_index, trigram_index


class CompanySize(StrEnum):
    """Porte: MEI, micro, small (EPP), medium, large."""

    mei = "mei"
    micro = "micro"
    small = "small"
    medium = "medium"
    large = "large"


class Company(RecordColumns, OrganizationScopedModel):
    __tablename__ = "crm_company"
    __table_args__ = (
        Index("uq_crm_company_cnpj", "organization_id", "cnpj", unique=True,
              postgresql_where=text("cnpj IS NOT NULL")),
        Index("ix_crm_company_domain", "organization_id", "domain"),
        Index("ix_crm_company_owner", "organization_id", "owner_id"),
        Index("ix_crm_company_legal_name", "organization_id", "legal_name", "id"),
        Index("ix_crm_company_created", "organization_id", "created_at", "id"),
        trigram_index("crm_company"),
        array_index("crm_company", "tag_ids"),
    )

    legal_name: Mapped[str] = mapped_column(String(200), nullable=False)
    trade_name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    cnpj: Mapped[str | None] = mapped_column(String(14), nullable=True)
    industry: Mapped[str | None] = mapped_column(String(120), nullable=True)
    cnae: Mapped[str | None] = mapped_column(String(7), nullable=True)
    size: Mapped[CompanySize | None] = mapped_column(String(10), nullable=True)
    website: Mapped[str | None] = mapped_column(String(300), nullable=True)
    domain: Mapped[str | None] = mapped_column(String(253), nullable=True)
    address: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False, default=dict,
                                                    server_default=text("'{}'::jsonb"))
    phones: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, nullable=False, default=list,
                                                         server_default=text("'[]'::jsonb"))

    def refresh_lookups(self) -> None:
        """The folded text the trigram search reads."""
        phones = [p["number"].lstrip("+") for p in self.phones or []]
        self.search_text = fold(" ".join(filter(None, [
            self.legal_name, self.trade_name, self.cnpj, self.domain, *phones])))
