"""Short-term memory in Redis: the seed's lifetimes (session 30 min, recent interactions
24 h, task context 1 h), newest interactions first and capped, and one organization never
reading another's."""

from __future__ import annotations

import uuid

import pytest

from app.ai.memory import Interaction, short_term_memory
from app.ai.memory.short_term import MAX_INTERACTIONS

pytestmark = pytest.mark.usefixtures("forget_keys")


@pytest.fixture
def org_id() -> uuid.UUID:
    return uuid.uuid4()


@pytest.fixture
async def forget_keys(redis, org_id):
    yield
    keys = [key async for key in redis.scan_iter(f"ai:memory:{org_id}:*")]
    if keys:
        await redis.delete(*keys)


def key(org_id: uuid.UUID, kind: str, id: str) -> str:
    return f"ai:memory:{org_id}:{kind}:{id}"


class TestSession:
    async def test_context_lives_30_minutes_after_its_last_use(self, redis, org_id):
        await short_term_memory.remember_session(org_id, "s1", {"lead": "Ana", "step": 2})
        assert 1795 <= await redis.ttl(key(org_id, "session", "s1")) <= 1800

        await redis.expire(key(org_id, "session", "s1"), 60)  # 29 minutes later...
        context = await short_term_memory.session_context(org_id, "s1")

        assert context == {"lead": "Ana", "step": 2}
        assert 1795 <= await redis.ttl(key(org_id, "session", "s1")) <= 1800

    async def test_unknown_or_other_organizations_session_is_none(self, org_id):
        await short_term_memory.remember_session(org_id, "s1", {"lead": "Ana"})

        assert await short_term_memory.session_context(org_id, "s2") is None
        assert await short_term_memory.session_context(uuid.uuid4(), "s1") is None


class TestRecentInteractions:
    async def test_newest_first_for_24_hours(self, redis, org_id):
        for n in range(3):
            await short_term_memory.push_interaction(
                org_id, "lead-1", Interaction("whatsapp_in", f"mensagem {n}", data={"n": n}))

        recent = await short_term_memory.recent_interactions(org_id, "lead-1")

        assert [(i.kind, i.text, i.data) for i in recent] == [
            ("whatsapp_in", f"mensagem {n}", {"n": n}) for n in (2, 1, 0)]
        assert recent[0].at >= recent[1].at >= recent[2].at
        assert recent[0].at.tzinfo is not None
        ttl = await redis.ttl(key(org_id, "interactions", "lead-1"))
        assert 24 * 3600 - 5 <= ttl <= 24 * 3600

    async def test_the_list_is_capped(self, org_id):
        for n in range(MAX_INTERACTIONS + 5):
            await short_term_memory.push_interaction(org_id, "lead-2",
                                                     Interaction("email_out", f"e-mail {n}"))

        recent = await short_term_memory.recent_interactions(org_id, "lead-2")

        assert len(recent) == MAX_INTERACTIONS
        assert recent[0].text == f"e-mail {MAX_INTERACTIONS + 4}"
        assert recent[-1].text == "e-mail 5"
        assert [i.text for i in await short_term_memory.recent_interactions(
            org_id, "lead-2", limit=2)] == [f"e-mail {MAX_INTERACTIONS + 4}",
                                           f"e-mail {MAX_INTERACTIONS + 3}"]

    async def test_another_organization_sees_none(self, org_id):
        await short_term_memory.push_interaction(org_id, "lead-1", Interaction("call", "ok"))

        assert await short_term_memory.recent_interactions(uuid.uuid4(), "lead-1") == []


class TestTaskContext:
    async def test_lives_one_hour(self, redis, org_id):
        await short_term_memory.remember_task(org_id, "task-9", {"partial": ["a", "b"]})

        assert await short_term_memory.task_context(org_id, "task-9") == {"partial": ["a", "b"]}
        assert 3595 <= await redis.ttl(key(org_id, "task", "task-9")) <= 3600
        assert await short_term_memory.task_context(uuid.uuid4(), "task-9") is None
