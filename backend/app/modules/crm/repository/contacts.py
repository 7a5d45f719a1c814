"""Every query of contacts."""

from __future__ import annotations

import uuid

from sqlalchemy import Select, String, cast, func, literal, select, update
from sqlalchemy.dialects.postgresql import ARRAY, UUID, array, insert

from app.core.filtering import apply_filters
from app.identity.actor import Scope
from app.modules.crm.models import (
    Activity,
    Contact,
    DealContact,
    LeadConversion,
    RecordEvent,
    RecordType,
)
from app.modules.crm.repository.scoping import (
    CustomCondition,
    ScopedRecords,
    any_tag,
    custom_field_filters,
    matching,
    scoped,
)
from app.modules.crm.schemas.contacts import ContactFilters


class ContactRepository(ScopedRecords[Contact]):
    model = Contact

    def list_query(self, scope: Scope, filters: ContactFilters,
                   custom: list[CustomCondition]) -> Select:
        stmt = scoped(select(Contact), Contact, scope)
        if filters.q:
            stmt = stmt.where(matching(Contact.search_text, filters.q))
        if filters.ids:
            stmt = stmt.where(Contact.id.in_(filters.ids))
        if filters.tag_ids:
            stmt = stmt.where(any_tag(Contact.tag_ids, filters.tag_ids))
        if filters.opted_out is not None:
            stmt = stmt.where(Contact.opted_out_at.is_not(None) if filters.opted_out
                              else Contact.opted_out_at.is_(None))
        if filters.hunter_score_min is not None:
            stmt = stmt.where(Contact.hunter_score >= filters.hunter_score_min)
        stmt = apply_filters(stmt, {
            Contact.owner_id: filters.owner_id,
            Contact.company_id: filters.company_id,
            Contact.lead_source: filters.lead_source,
            Contact.created_at: (filters.created_from, filters.created_to),
        })
        return custom_field_filters(stmt, Contact.custom_fields, custom)

    async def by_emails_or_phones(self, organization_id: uuid.UUID, emails: list[str],
                                  phones: list[str]) -> list[Contact]:
        """Contacts of the organization with any of these e-mails or phones (normalised).
        One index lookup per key: `match_keys && <hundreds of keys>` is estimated to match
        most rows and planned as a scan comparing every row with every key."""
        keys = list(dict.fromkeys([*emails, *phones]))
        if not keys:
            return []
        wanted = (func.unnest(cast(array(keys), ARRAY(String))).table_valued("key")
                  .render_derived(name="wanted"))
        stmt = (select(Contact)
                .join(wanted, Contact.match_keys.contains(array([wanted.c.key])))
                .where(Contact.organization_id == organization_id)
                .order_by(Contact.created_at))
        return list((await self.session.scalars(stmt)).unique().all())

    async def repoint(self, organization_id: uuid.UUID, target_id: uuid.UUID,
                      duplicate_ids: list[uuid.UUID]) -> None:
        target = literal(target_id, type_=UUID(as_uuid=True))
        await self.session.execute(
            insert(DealContact).from_select(
                ["deal_id", "contact_id"],
                select(DealContact.deal_id, target).distinct()
                .where(DealContact.contact_id.in_(duplicate_ids)))
            .on_conflict_do_nothing())
        for model in (Activity, LeadConversion):
            await self.session.execute(
                update(model).where(model.organization_id == organization_id,
                                    model.contact_id.in_(duplicate_ids))
                .values(contact_id=target_id))
        await self.session.execute(
            update(RecordEvent).where(RecordEvent.organization_id == organization_id,
                                      RecordEvent.record_type == RecordType.contact,
                                      RecordEvent.record_id.in_(duplicate_ids))
            .values(record_id=target_id))
