"""One CSV row as the values of a company or contact, validated by the same schemas as the
API (a bad CNPJ, phone or e-mail rejects the row with the field and the reason)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from app.core.identifiers import fold, normalize_cnpj, normalize_domain
from app.modules.crm import custom_fields
from app.modules.crm.importing.fields import CUSTOM_PREFIX
from app.modules.crm.models import CompanySize, CustomFieldDefinition, LeadSource, LegalBasis
from app.modules.crm.schemas.companies import CompanyCreate
from app.modules.crm.schemas.contacts import ContactCreate

_LIST_SPLIT = re.compile(r"[;,]")
_SIZES = {"mei": CompanySize.mei, "me": CompanySize.micro, "micro": CompanySize.micro,
          "microempresa": CompanySize.micro, "epp": CompanySize.small,
          "pequena": CompanySize.small, "small": CompanySize.small,
          "media": CompanySize.medium, "medio": CompanySize.medium,
          "medium": CompanySize.medium, "grande": CompanySize.large,
          "large": CompanySize.large, "demais": CompanySize.large}
_SOURCES = {fold(s.value): s for s in LeadSource} | {"importacao": LeadSource.import_,
                                                       "indicacao": LeadSource.referral,
                                                       "evento": LeadSource.event,
                                                       "outro": LeadSource.other}
_BASES = {fold(b.value): b for b in LegalBasis} | {
    "consentimento": LegalBasis.consent, "legitimo interesse": LegalBasis.legitimate_interest,
    "contrato": LegalBasis.contract, "obrigacao legal": LegalBasis.legal_obligation}
ADDRESS = ("street", "number", "complement", "district", "city", "state", "cep")


@dataclass
class ParsedRow:
    values: dict[str, Any] = field(default_factory=dict)  # the schema's fields
    custom: dict[str, Any] = field(default_factory=dict)
    tag_names: list[str] = field(default_factory=list)
    company: dict[str, str] = field(default_factory=dict)  # contacts: the company columns
    errors: list[dict[str, str]] = field(default_factory=list)


def gather(row: dict[str, str], mapping: dict[str, str]) -> dict[str, list[str]]:
    """field -> the non-empty values of the columns mapped to it."""
    values: dict[str, list[str]] = {}
    for column, target in mapping.items():
        value = (row.get(column) or "").strip()
        if value:
            values.setdefault(target, []).append(value)
    return values


def _one(values: dict[str, list[str]], name: str) -> str | None:
    found = values.get(name)
    return found[0] if found else None


def _phones(values: dict[str, list[str]]) -> list[dict[str, Any]]:
    phones = [{"number": p, "whatsapp": False} for p in values.get("phone", [])]
    return phones + [{"number": p, "whatsapp": True} for p in values.get("whatsapp", [])]


def _choice(table: dict[str, Any], raw: str | None, name: str, row: ParsedRow) -> Any:
    if raw is None:
        return None
    choice = table.get(" ".join(fold(raw).split()))
    if choice is None:
        row.errors.append({"field": name, "message": f"unknown value {raw!r}"})
    return choice


def _errors(exc: ValidationError) -> list[dict[str, str]]:
    return [{"field": ".".join(str(p) for p in e["loc"]) or "row",
             "message": e["msg"].removeprefix("Value error, ")} for e in exc.errors()]


def _common(values: dict[str, list[str]], definitions: list[CustomFieldDefinition],
            row: ParsedRow) -> None:
    raw_custom = {name.removeprefix(CUSTOM_PREFIX): vals if len(vals) > 1 else vals[0]
                  for name, vals in values.items() if name.startswith(CUSTOM_PREFIX)}
    row.custom, errors = custom_fields.check(definitions, raw_custom)
    row.errors += [{"field": e.field, "message": e.message} for e in errors]
    row.tag_names = list(dict.fromkeys(
        name.strip() for raw in values.get("tags", []) for name in _LIST_SPLIT.split(raw)
        if name.strip()))


def parse_company(raw: dict[str, str], mapping: dict[str, str],
                  definitions: list[CustomFieldDefinition]) -> ParsedRow:
    values, row = gather(raw, mapping), ParsedRow()
    data: dict[str, Any] = {name: _one(values, name) for name in (
        "legal_name", "trade_name", "cnpj", "industry", "cnae", "website", "domain")}
    data["size"] = _choice(_SIZES, _one(values, "size"), "size", row)
    address = {name: _one(values, name) for name in ADDRESS if _one(values, name)}
    if address:
        data["address"] = address
    if values.get("phone") or values.get("whatsapp"):
        data["phones"] = _phones(values)
    _common(values, definitions, row)
    _validate(CompanyCreate, data, row)
    if row.values.get("website") and not row.values.get("domain"):
        row.values["domain"] = normalize_domain(row.values["website"])  # a key to match by
    return row


def parse_contact(raw: dict[str, str], mapping: dict[str, str],
                  definitions: list[CustomFieldDefinition]) -> ParsedRow:
    values, row = gather(raw, mapping), ParsedRow()
    data: dict[str, Any] = {"name": _one(values, "name"), "job_title": _one(values,
                                                                            "job_title")}
    data["lead_source"] = _choice(_SOURCES, _one(values, "lead_source"), "lead_source", row)
    data["legal_basis"] = _choice(_BASES, _one(values, "legal_basis"), "legal_basis", row)
    data["hunter_score"] = _one(values, "hunter_score")
    if values.get("email"):
        data["emails"] = [{"address": e} for e in values["email"]]
    if values.get("phone") or values.get("whatsapp"):
        data["phones"] = _phones(values)
    _common(values, definitions, row)
    _validate(ContactCreate, data, row)
    for name, normalize in (("company_cnpj", normalize_cnpj),
                            ("company_domain", normalize_domain)):
        given = _one(values, name)
        if given:
            try:
                row.company[name] = normalize(given)
            except ValueError as exc:
                row.errors.append({"field": name, "message": str(exc)})
    if _one(values, "company"):
        row.company["company"] = _one(values, "company") or ""
    return row


def _validate(schema: type[CompanyCreate] | type[ContactCreate], data: dict[str, Any],
              row: ParsedRow) -> None:
    present = {k: v for k, v in data.items() if v is not None}
    try:
        validated = schema.model_validate(present)
    except ValidationError as exc:
        row.errors += _errors(exc)
        return
    row.values = validated.model_dump(exclude_unset=True)
    if isinstance(validated, CompanyCreate) and validated.address:
        row.values["address"] = validated.address.model_dump(exclude_none=True)  # as the API
