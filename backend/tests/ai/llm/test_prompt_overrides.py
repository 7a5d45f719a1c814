"""An organization's own wording of a prompt: a newer version, for that organization only."""

from __future__ import annotations

from sqlalchemy import select

from app.ai import prompt_overrides
from app.ai.types import PromptRef
from app.core.audit.models import AuditEntry
from app.core.db import get_sessionmaker

URL = "/api/v1/agents/prompts/inbound.classify/versions"
TEMPLATE = "Rótulos: {labels}. Responda só com um deles.\n{quoted_reply}"


class TestPromptOverrides:
    async def test_admin_saves_a_version_used_only_by_that_organization(
            self, client, org, admin, make_org):
        r = await client.post(URL, headers=admin.headers,
                              json={"template": TEMPLATE, "description": "mais curto"})
        assert r.status_code == 201, r.text
        assert (r.json()["version"], r.json()["variables"]) == (2, ["labels", "quoted_reply"])

        mine = await prompt_overrides.for_organization(org.id, "inbound.classify")
        theirs = await prompt_overrides.for_organization((await make_org()).id,
                                                         "inbound.classify")
        assert (mine.ref, mine.render(labels="a, b", quoted_reply="> oi")) == (
            PromptRef("inbound.classify", 2), "Rótulos: a, b. Responda só com um deles.\n> oi")
        assert theirs.ref == PromptRef("inbound.classify", 1)

        r = await client.post(URL, headers=admin.headers, json={"template": TEMPLATE + "!"})
        assert r.json()["version"] == 3
        r = await client.get("/api/v1/agents/prompts", headers=admin.headers)
        assert [p["version"] for p in r.json() if p["id"] == "inbound.classify"] == [1, 2, 3]
        async with get_sessionmaker()() as session:
            actions = (await session.scalars(select(AuditEntry.action).where(
                AuditEntry.organization_id == org.id))).all()
        assert actions.count("ai.prompt_version.created") == 2

    async def test_unknown_variables_and_prompts_are_refused(self, client, admin):
        r = await client.post(URL, headers=admin.headers,
                              json={"template": "Olá {lead_cpf}: {labels}"})
        assert r.status_code == 422 and "lead_cpf" in r.json()["detail"]
        r = await client.post("/api/v1/agents/prompts/nope.nothing/versions",
                              headers=admin.headers, json={"template": "x"})
        assert r.status_code == 404
