"""Deciding, row by row, what an import does, and doing it (unless it is a dry run).

A company row matches an existing company by CNPJ, else by domain (unless both have CNPJs
and they differ); a contact row by any of its e-mails or phones. Matches are looked up in
the organization (one query per key kind and batch) and among the rows already imported in
this run, so a CNPJ written two ways or an e-mail in another case is one record. A row that
matches two different records, or one the importer may not edit (another owner's), is
rejected with the reason; a row that fails validation too. A match is then merged by the
policy: `fill_empty` fills empty fields and reports differing values as kept, `overwrite`
takes the file's values, `skip` leaves it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core import audit, events
from app.core.identifiers import fold
from app.identity.actor import Actor
from app.modules.crm.events import CompanyCreated, ContactCreated
from app.modules.crm.importing.rows import ParsedRow, parse_company, parse_contact
from app.modules.crm.merging import union
from app.modules.crm.models import (
    Company,
    Contact,
    CustomFieldDefinition,
    Entity,
    LeadSource,
    RecordType,
    RowAction,
    Tag,
)
from app.modules.crm.records import remember, scope_of
from app.modules.crm.repository import CompanyRepository, ContactRepository
from app.modules.crm.schemas.imports import MergePolicy
from app.modules.crm.tags import tag_key

_EMPTY = (None, "", {}, [])
Record = Company | Contact


@dataclass
class Outcome:
    row_number: int
    action: RowAction
    record_id: uuid.UUID | None = None
    messages: list[dict[str, str]] = field(default_factory=list)


def _keys(entity: Entity, values: dict[str, Any]) -> list[tuple[str, str]]:
    if entity == Entity.company:
        return [(k, values[k]) for k in ("cnpj", "domain") if values.get(k)]
    return ([("email", e["address"]) for e in values.get("emails", [])]
            + [("phone", p["number"]) for p in values.get("phones", [])])


def _company_keys(company: Company) -> list[tuple[str, str]]:
    keys = [(k, getattr(company, k)) for k in ("cnpj", "domain") if getattr(company, k)]
    return keys + [("name", fold(n)) for n in (company.legal_name, company.trade_name) if n]


def _record_keys(record: Record) -> list[tuple[str, str]]:
    if isinstance(record, Company):
        return _company_keys(record)
    return ([("email", e["address"]) for e in record.emails]
            + [("phone", p["number"]) for p in record.phones])


class Planner:
    def __init__(self, session: AsyncSession, actor: Actor, entity: Entity,
                 mapping: dict[str, str], policy: MergePolicy,
                 definitions: list[CustomFieldDefinition], tags: dict[str, Tag], *,
                 dry_run: bool) -> None:
        self.session, self.actor, self.entity = session, actor, entity
        self.mapping, self.policy, self.definitions = mapping, policy, definitions
        self.tags, self.dry_run = tags, dry_run
        self.owner = scope_of(actor).owner_id
        self.seen: dict[tuple[str, str], Record] = {}  # this run's records, by key
        self.companies: dict[tuple[str, str], Company] = {}  # contacts' companies, by key

    # -- lookups ----------------------------------------------------------------------

    async def _prefetch(self, parsed: list[ParsedRow]) -> None:
        org = self.actor.organization_id
        keys = [k for row in parsed if not row.errors for k in _keys(self.entity, row.values)]
        if self.entity == Entity.company:
            repo = CompanyRepository(self.session)
            found: list[Record] = [
                *await repo.by_cnpjs(org, [v for k, v in keys if k == "cnpj"]),
                *await repo.by_domains(org, [v for k, v in keys if k == "domain"])]
        else:
            found = list(await ContactRepository(self.session).by_emails_or_phones(
                org, [v for k, v in keys if k == "email"], [v for k, v in keys if k == "phone"]))
            company_keys = [(k.removeprefix("company_"), v) for row in parsed
                            for k, v in row.company.items() if k != "company"]
            repo = CompanyRepository(self.session)
            for company in [
                    *await repo.by_cnpjs(org, [v for k, v in company_keys if k == "cnpj"]),
                    *await repo.by_domains(org, [v for k, v in company_keys if k == "domain"])]:
                for key in _company_keys(company):
                    self.companies.setdefault(key, company)
        for record in found:
            for key in _record_keys(record):
                self.seen.setdefault(key, record)

    def _match(self, row: ParsedRow) -> tuple[Record | None, list[dict[str, str]]]:
        matches: dict[uuid.UUID, tuple[Record, str]] = {}
        cnpj = row.values.get("cnpj")
        for kind, value in _keys(self.entity, row.values):
            record = self.seen.get((kind, value))
            if record is None or (kind == "domain" and cnpj and record.cnpj not in (None,
                                                                                    cnpj)):
                continue  # a company of the same domain with another CNPJ is another one
            matches.setdefault(record.id, (record, kind))
        if len(matches) > 1:
            described = ", ".join(f"{rid} by {kind}" for rid, (_, kind) in matches.items())
            return None, [{"field": "row", "message": f"matches different records: "
                                                      f"{described}"}]
        if not matches:
            return None, []
        record, kind = next(iter(matches.values()))
        if self.owner is not None and record.owner_id != self.owner:
            return None, [{"field": kind, "message": f"matches a record of another owner "
                                                     f"({record.id})"}]
        return record, [{"field": kind, "message": f"matched an existing record by {kind}"}]

    # -- writes -----------------------------------------------------------------------

    def _tag_ids(self, names: list[str]) -> list[uuid.UUID]:
        ids = []
        for name in names:
            key = tag_key(name)
            tag = self.tags.get(key)
            if tag is None:
                tag = self.tags[key] = Tag(id=uuid.uuid4(), name=name, key=key,
                                           organization_id=self.actor.organization_id)
                if not self.dry_run:
                    self.session.add(tag)
            ids.append(tag.id)
        return ids

    async def _created(self, record: Record, index: dict[tuple[str, str], Any]) -> None:
        record.refresh_lookups()
        for key in _record_keys(record):
            index.setdefault(key, record)
        if self.dry_run:
            return
        self.session.add(record)
        org, actor = self.actor.organization_id, self.actor
        if isinstance(record, Company):
            await audit.record(self.session, actor, "crm.company.created", "crm_company",
                               record.id, after={"legal_name": record.legal_name,
                                                 "cnpj": record.cnpj, "import": True})
            remember(self.session, actor, RecordType.company, record.id, "created")
            await events.publish(self.session, CompanyCreated(
                organization_id=org, company_id=record.id, legal_name=record.legal_name,
                cnpj=record.cnpj, domain=record.domain, owner_id=record.owner_id))
        else:
            await audit.record(self.session, actor, "crm.contact.created", "crm_contact",
                               record.id, after={"name": record.name, "import": True})
            remember(self.session, actor, RecordType.contact, record.id, "created")
            await events.publish(self.session, ContactCreated(
                organization_id=org, contact_id=record.id, company_id=record.company_id,
                owner_id=record.owner_id))

    async def _company_of(self, row: ParsedRow) -> tuple[uuid.UUID | None, str | None]:
        """The contact's company: found by CNPJ, domain or (among this run's) name, or new."""
        given = row.company
        for key in (("cnpj", given.get("company_cnpj")), ("domain", given.get("company_domain")),
                    ("name", fold(given.get("company", "")))):
            company = self.companies.get(key) if key[1] else None
            if company is not None:
                if self.owner is not None and company.owner_id != self.owner:
                    return None, f"the company {company.id} belongs to another owner"
                return company.id, None
        if not given.get("company"):
            return None, None
        company = Company(id=uuid.uuid4(), organization_id=self.actor.organization_id,
                          legal_name=given["company"][:200], cnpj=given.get("company_cnpj"),
                          domain=given.get("company_domain"), owner_id=self.actor.user_id,
                          address={}, phones=[], tag_ids=[], custom_fields={})
        await self._created(company, self.companies)
        return company.id, None

    def _merge(self, record: Record, row: ParsedRow) -> tuple[dict[str, Any],
                                                               list[dict[str, str]]]:
        """The changes a matched row makes under the policy, and the values it kept."""
        changes: dict[str, Any] = {}
        kept: list[dict[str, str]] = []

        def offer(name: str, current: Any, new: Any, apply: Any) -> None:
            if new in _EMPTY or current == new:
                return
            if current in _EMPTY or self.policy == MergePolicy.overwrite:
                apply(new)
            else:
                kept.append({"field": name, "message": f"kept {current!r}; the file has "
                                                       f"{new!r}"})

        scalars = {k: v for k, v in row.values.items()
                   if k not in ("phones", "emails", "address", "tag_ids", "custom_fields")}
        for name, new in scalars.items():
            offer(name, getattr(record, name), new,
                  lambda v, n=name: changes.__setitem__(n, v))
        if isinstance(record, Company) and row.values.get("address"):
            address = dict(record.address)
            for name, new in row.values["address"].items():
                offer(f"address.{name}", address.get(name), new,
                      lambda v, n=name: address.__setitem__(n, v))
            if address != record.address:
                changes["address"] = address
        custom = dict(record.custom_fields)
        for name, new in row.custom.items():
            offer(f"custom_fields.{name}", custom.get(name), new,
                  lambda v, n=name: custom.__setitem__(n, v))
        if custom != record.custom_fields:
            changes["custom_fields"] = custom
        for name, key in (("phones", "number"), ("emails", "address")):
            if row.values.get(name):
                merged = union(getattr(record, name), row.values[name], key)
                if len(merged) != len(getattr(record, name)):
                    changes[name] = merged
        tags = list(dict.fromkeys([*record.tag_ids, *self._tag_ids(row.tag_names)]))
        if tags != record.tag_ids:
            changes["tag_ids"] = tags
        return changes, kept

    async def _update(self, record: Record, row: ParsedRow, changes: dict[str, Any]) -> None:
        for key in _keys(self.entity, row.values):  # the row's new e-mails and phones too
            self.seen.setdefault(key, record)
        if self.dry_run:
            return
        before = audit.snapshot(record)
        for name, value in changes.items():
            setattr(record, name, value)
        record.refresh_lookups()
        kind = "company" if isinstance(record, Company) else "contact"
        await audit.record(self.session, self.actor, f"crm.{kind}.updated", f"crm_{kind}",
                           record.id, before=before, after=audit.snapshot(record))

    async def _new(self, row: ParsedRow) -> Record:
        org, owner = self.actor.organization_id, self.actor.user_id
        common = {"id": uuid.uuid4(), "organization_id": org, "owner_id": owner,
                  "custom_fields": row.custom, "tag_ids": self._tag_ids(row.tag_names)}
        if self.entity == Entity.company:
            return Company(**{"address": {}, "phones": [], **row.values}, **common)
        values = {"emails": [], "phones": [], "lead_source": LeadSource.import_, **row.values}
        return Contact(**values, **common)

    # -- the batch --------------------------------------------------------------------

    async def run(self, batch: list[tuple[int, dict[str, str]]]) -> list[Outcome]:
        parse = parse_company if self.entity == Entity.company else parse_contact
        parsed = [parse(raw, self.mapping, self.definitions) for _, raw in batch]
        await self._prefetch(parsed)
        outcomes = []
        for (number, _), row in zip(batch, parsed, strict=True):
            outcomes.append(await self._row(number, row))
        if not self.dry_run:
            await self.session.flush()
        return outcomes

    async def _row(self, number: int, row: ParsedRow) -> Outcome:
        if row.errors:
            return Outcome(number, RowAction.rejected, messages=row.errors)
        record, messages = self._match(row)
        if record is None and messages:
            return Outcome(number, RowAction.rejected, messages=messages)
        if self.entity == Entity.contact:
            company_id, problem = await self._company_of(row)
            if problem:
                return Outcome(number, RowAction.rejected,
                               messages=[{"field": "company", "message": problem}])
            if company_id is not None:
                row.values["company_id"] = company_id
        if record is None:
            created = await self._new(row)
            await self._created(created, self.seen)
            return Outcome(number, RowAction.created, created.id)
        if self.policy == MergePolicy.skip:
            return Outcome(number, RowAction.skipped, record.id,
                           messages + [{"field": "row", "message": "exists; skipped by the "
                                                                   "merge policy"}])
        changes, kept = self._merge(record, row)
        if not changes:
            return Outcome(number, RowAction.skipped, record.id,
                           messages + kept + [{"field": "row", "message": "nothing new"}])
        await self._update(record, row, changes)
        return Outcome(number, RowAction.updated, record.id, messages + kept)
