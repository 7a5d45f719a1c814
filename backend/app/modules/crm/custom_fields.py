"""Custom field definitions (typed: text, number, money, date, select, multi-select, boolean),
the validation of a record's values against them on every write, and list conditions on
them.

    values = await custom_fields.validated(session, org_id, Entity.deal, body.custom_fields,
                                           current=deal.custom_fields)
"""

from __future__ import annotations

import re
import uuid
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core import audit
from app.core.errors import Conflict, FieldError, ValidationFailed
from app.identity.actor import Actor
from app.modules.crm.models import CustomFieldDefinition, CustomFieldType, Entity
from app.modules.crm.records import invalid, not_found
from app.modules.crm.repository import CustomCondition, CustomFieldRepository
from app.modules.crm.schemas.settings import (
    CHOICE_TYPES,
    CustomFieldCreate,
    CustomFieldUpdate,
)

_CONDITION = re.compile(r"^([a-z][a-z0-9_]*)(>=|<=|=)(.*)$")
_TRUE = {"true", "1", "sim", "s", "yes", "y", "x"}
_FALSE = {"false", "0", "nao", "não", "n", "no", ""}
RANGED = frozenset({CustomFieldType.number, CustomFieldType.money, CustomFieldType.date})
MAX_TEXT = 2000


def _parse_date(value: Any) -> str:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, pattern).date().isoformat()
        except ValueError:
            continue
    raise ValueError("a date is YYYY-MM-DD or dd/mm/yyyy")


def _parse_decimal(value: Any) -> Decimal:
    if isinstance(value, bool):
        raise ValueError("not a number")
    text = str(value).strip()
    if "," in text:  # Brazilian writing: 1.234,56
        text = text.replace(".", "").replace(",", ".")
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise ValueError("not a number") from None
    if not number.is_finite():
        raise ValueError("not a number")
    return number


def _split(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(v).strip() for v in value]
    return [part.strip() for part in str(value).split(",") if part.strip()]


def coerce(definition: CustomFieldDefinition, value: Any) -> Any:
    """The value as stored for this field (JSON), or ValueError saying why not."""
    kind = definition.type
    if kind == CustomFieldType.text:
        text = str(value)
        if len(text) > MAX_TEXT:
            raise ValueError(f"at most {MAX_TEXT} characters")
        return text
    if kind == CustomFieldType.number:
        number = _parse_decimal(value)
        return int(number) if number == number.to_integral_value() else float(number)
    if kind == CustomFieldType.money:
        return str(_parse_decimal(value).quantize(Decimal("0.01")))
    if kind == CustomFieldType.date:
        return _parse_date(value)
    if kind == CustomFieldType.boolean:
        if isinstance(value, bool):
            return value
        folded = str(value).strip().lower()
        if folded in _TRUE | _FALSE:
            return folded in _TRUE
        raise ValueError("not true or false")
    choices = _split(value) if kind == CustomFieldType.multi_select else [str(value).strip()]
    unknown = [c for c in choices if c not in definition.options]
    if unknown:
        raise ValueError(f"not an option: {', '.join(unknown)} "
                         f"(options: {', '.join(definition.options)})")
    return list(dict.fromkeys(choices)) if kind == CustomFieldType.multi_select else choices[0]


def check(definitions: list[CustomFieldDefinition], values: dict[str, Any] | None,
          current: dict[str, Any] | None = None) -> tuple[dict[str, Any], list[FieldError]]:
    """`current` with `values` applied (None removes a value), and what is wrong with it."""
    by_key = {d.key: d for d in definitions}
    result = dict(current or {})
    errors = []
    for key, value in (values or {}).items():
        field = f"custom_fields.{key}"
        definition = by_key.get(key)
        if definition is None:
            errors.append(FieldError(field=field, message="no such custom field",
                                     type="unknown_field"))
        elif value is None or value == "" or value == []:
            result.pop(key, None)
        else:
            try:
                result[key] = coerce(definition, value)
            except ValueError as exc:
                errors.append(FieldError(field=field, message=str(exc), type="value_error"))
    for definition in definitions:
        if definition.required and definition.key not in result and not any(
                e.field == f"custom_fields.{definition.key}" for e in errors):
            errors.append(FieldError(field=f"custom_fields.{definition.key}",
                                     message="required", type="missing"))
    return result, errors


async def definitions(session: AsyncSession, organization_id: uuid.UUID,
                      entity: Entity) -> list[CustomFieldDefinition]:
    return await CustomFieldRepository(session).of_entity(organization_id, entity)


async def validated(session: AsyncSession, organization_id: uuid.UUID, entity: Entity,
                    values: dict[str, Any] | None, current: dict[str, Any] | None = None
                    ) -> dict[str, Any]:
    result, errors = check(await definitions(session, organization_id, entity), values,
                           current)
    if errors:
        raise invalid(errors)
    return result


async def conditions(session: AsyncSession, organization_id: uuid.UUID, entity: Entity,
                     raw: list[str]) -> list[CustomCondition]:
    """`["budget>=1000", "segment=Varejo"]` as typed conditions (422 on `custom` when one
    names no field of the entity or has a value of the wrong type)."""
    if not raw:
        return []
    by_key = {d.key: d for d in await definitions(session, organization_id, entity)}
    parsed = []
    for condition in raw:
        match = _CONDITION.match(condition.strip())
        definition = by_key.get(match.group(1)) if match else None
        if match is None or definition is None:
            raise ValidationFailed.on("custom", f"{condition!r}: use key=value, key>=value or "
                                                f"key<=value with a custom field's key")
        _, op, value = match.groups()
        if op != "=" and definition.type not in RANGED:
            raise ValidationFailed.on("custom", f"{definition.key} is not a number, money or "
                                                "date field")
        try:
            if definition.type == CustomFieldType.multi_select:
                parsed.append(CustomCondition(definition.key, "has", coerce(definition,
                                                                            value)[0]))
                continue
            typed = coerce(definition, value)
        except (ValueError, IndexError) as exc:
            raise ValidationFailed.on("custom", f"{condition!r}: {exc}") from None
        parsed.append(CustomCondition(definition.key, op, typed, numeric=definition.type in (
            CustomFieldType.number, CustomFieldType.money)))
    return parsed


async def create(session: AsyncSession, actor: Actor, body: CustomFieldCreate
                 ) -> CustomFieldDefinition:
    existing = await definitions(session, actor.organization_id, body.entity)
    if any(d.key == body.key for d in existing):
        raise Conflict(f"The {body.entity} field {body.key!r} exists",
                       errors=[FieldError(field="key", message="already exists",
                                          type="duplicate")])
    definition = CustomFieldDefinition(organization_id=actor.organization_id,
                                       **body.model_dump())
    session.add(definition)
    await session.flush()
    await audit.record(session, actor, "crm.custom_field.created", "crm_custom_field",
                       definition.id, after=audit.snapshot(definition))
    return definition


async def _get(session: AsyncSession, actor: Actor, field_id: uuid.UUID
               ) -> CustomFieldDefinition:
    definition = await CustomFieldRepository(session).get(actor.organization_id, field_id)
    if definition is None:
        raise not_found("Custom field")
    return definition


async def update(session: AsyncSession, actor: Actor, field_id: uuid.UUID,
                 body: CustomFieldUpdate) -> CustomFieldDefinition:
    definition = await _get(session, actor, field_id)
    before = audit.snapshot(definition)
    changes = body.model_dump(exclude_unset=True, exclude_none=True)
    if "options" in changes:
        if definition.type not in CHOICE_TYPES:
            raise ValidationFailed.on("options", "Only select fields have options")
        removed = set(definition.options) - set(changes["options"])
        if removed:
            raise ValidationFailed.on("options", f"Options in use cannot be removed: "
                                                 f"{', '.join(sorted(removed))}")
    for name, value in changes.items():
        setattr(definition, name, value)
    await audit.record(session, actor, "crm.custom_field.updated", "crm_custom_field",
                       definition.id, before=before, after=audit.snapshot(definition))
    return definition


async def delete(session: AsyncSession, actor: Actor, field_id: uuid.UUID) -> None:
    """The definition goes, and so do the values records had for it."""
    definition = await _get(session, actor, field_id)
    await CustomFieldRepository(session).drop_values(definition)
    await audit.record(session, actor, "crm.custom_field.deleted", "crm_custom_field",
                       definition.id, before=audit.snapshot(definition))
    await session.delete(definition)


async def list_definitions(session: AsyncSession, actor: Actor, entity: Entity | None
                           ) -> list[CustomFieldDefinition]:
    return await CustomFieldRepository(session).of_entity(actor.organization_id, entity)
