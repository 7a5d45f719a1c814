"""Sorting and filtering helpers that list endpoints build on."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.dialects import postgresql

from app.core.audit.models import AuditEntry
from app.core.errors import ValidationFailed
from app.core.filtering import SortSpec, apply_filters

ALLOWED = {"seq": AuditEntry.seq, "occurred_at": AuditEntry.occurred_at}


def _sql(stmt) -> str:
    return str(stmt.compile(dialect=postgresql.dialect()))


class TestSortSpec:
    def test_leading_minus_means_descending_and_default_applies(self):
        spec = SortSpec.parse("-occurred_at", ALLOWED, default="seq")
        assert spec.column is AuditEntry.occurred_at and spec.descending
        assert SortSpec.parse(None, ALLOWED, default="seq") == SortSpec(AuditEntry.seq, False)

    def test_a_column_outside_the_allow_list_is_a_field_error(self):
        with pytest.raises(ValidationFailed) as refused:
            SortSpec.parse("password_hash", ALLOWED, default="seq")
        assert refused.value.errors[0].field == "sort"
        assert "occurred_at, seq" in refused.value.errors[0].message


class TestApplyFilters:
    def test_values_lists_and_ranges(self):
        stmt = apply_filters(select(AuditEntry.id), {
            AuditEntry.action: "crm.deal.won",
            AuditEntry.entity_type: ["deal", "lead"],
            AuditEntry.seq: (10, None),
            AuditEntry.actor_id: None,
        })
        sql = _sql(stmt)
        assert "core_audit_entry.action = " in sql
        assert "core_audit_entry.entity_type IN" in sql
        assert "core_audit_entry.seq >= " in sql and "seq <=" not in sql
        assert "actor_id" not in sql.split("WHERE", 1)[1]
