"""Per-organization wordings of registered prompts (Admin, through the API).

An override is a new version of a prompt defined in code (app/ai/prompts.py): same id, the
next version number, and only variables the code's prompt has (the callers fill those).
`for_organization` is what prompt builders call: the organization's latest version when it
is newer than the code's, else the code's.
"""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.ai import prompts
from app.ai.models import PromptVersion
from app.ai.prompts import Prompt, PromptError
from app.core import audit
from app.core.db import unit_of_work
from app.core.errors import NotFound, ValidationFailed
from app.identity.actor import Actor


def _prompt(row: PromptVersion) -> Prompt:
    return Prompt(row.prompt_id, row.version, row.template, row.description)


async def _latest(session: AsyncSession, organization_id: uuid.UUID, prompt_id: str
                  ) -> PromptVersion | None:
    return (await session.scalars(
        select(PromptVersion).where(PromptVersion.organization_id == organization_id,
                                    PromptVersion.prompt_id == prompt_id)
        .order_by(PromptVersion.version.desc()).limit(1))).first()


async def for_organization(organization_id: uuid.UUID, prompt_id: str) -> Prompt:
    """The prompt to render for this organization (raises PromptError when unknown)."""
    code = prompts.get(prompt_id)
    async with unit_of_work(read_only=True) as session:
        row = await _latest(session, organization_id, prompt_id)
    return _prompt(row) if row is not None and row.version > code.version else code


async def list_versions(session: AsyncSession, organization_id: uuid.UUID) -> list[Prompt]:
    rows = await session.scalars(select(PromptVersion).where(
        PromptVersion.organization_id == organization_id))
    return sorted([*prompts.all_prompts(), *map(_prompt, rows)],
                  key=lambda p: (p.id, p.version))


async def add_version(session: AsyncSession, actor: Actor, prompt_id: str, template: str,
                      description: str) -> Prompt:
    try:
        code = prompts.get(prompt_id)
    except PromptError:
        raise NotFound(f"No prompt {prompt_id!r}") from None
    draft = Prompt(prompt_id, 0, template, description)
    unknown = sorted(set(draft.variables) - set(code.variables))
    if unknown:
        raise ValidationFailed.on("template", f"Unknown variables {', '.join(unknown)}; "
                                              f"available: {', '.join(code.variables)}")
    newest = (await session.execute(select(func.max(PromptVersion.version)).where(
        PromptVersion.organization_id == actor.organization_id,
        PromptVersion.prompt_id == prompt_id))).scalar_one() or 0
    row = PromptVersion(organization_id=actor.organization_id, prompt_id=prompt_id,
                        version=max(newest, code.version) + 1, template=template,
                        description=description)
    session.add(row)
    await session.flush()
    await audit.record(session, actor, "ai.prompt_version.created", "ai_prompt_version", row.id,
                       after=audit.snapshot(row))
    return _prompt(row)
