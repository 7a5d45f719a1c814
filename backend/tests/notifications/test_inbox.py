"""A user's inbox over HTTP: only their own notifications, newest first, unread filter and
count, marking read one or all."""

from __future__ import annotations

import uuid

from app.identity.roles import Role
from tests.notifications.conftest import notify

INBOX = "/api/v1/notifications"


class TestInbox:
    async def test_each_user_sees_only_their_own_newest_first(self, client, org, admin,
                                                              make_member, make_org):
        colleague = await make_member(org, Role.diretor)
        stranger = await make_member(await make_org(), Role.admin)
        first = await notify(admin, title="Primeira")
        second = await notify(admin, title="Segunda", body="Detalhe", link="/agents/approvals",
                              data={"approval_id": "a1"})
        await notify(colleague, title="Do colega")

        mine = (await client.get(INBOX, headers=admin.headers)).json()["items"]
        theirs = (await client.get(INBOX, headers=colleague.headers)).json()["items"]
        strangers = (await client.get(INBOX, headers=stranger.headers)).json()["items"]

        assert [n["id"] for n in mine] == [str(second), str(first)]
        assert mine[0] | {"id": None, "created_at": None} == {
            "id": None, "kind": "test.kind", "title": "Segunda", "body": "Detalhe",
            "link": "/agents/approvals", "data": {"approval_id": "a1"}, "created_at": None,
            "read_at": None}
        assert [n["title"] for n in theirs] == ["Do colega"] and strangers == []

    async def test_pages_follow_the_cursor(self, client, admin):
        ids = [await notify(admin, title=f"N{i}") for i in range(5)]

        page = (await client.get(INBOX, params={"limit": 3}, headers=admin.headers)).json()
        rest = (await client.get(INBOX, params={"limit": 3, "cursor": page["next_cursor"]},
                                 headers=admin.headers)).json()

        assert [n["id"] for n in page["items"] + rest["items"]] == [str(i) for i in ids[::-1]]
        assert rest["next_cursor"] is None


class TestReading:
    async def test_read_one_then_all_moves_the_unread_count(self, client, admin):
        first, _, _ = [await notify(admin, title=f"N{i}") for i in range(3)]

        async def unread() -> int:
            r = await client.get(f"{INBOX}/unread-count", headers=admin.headers)
            return r.json()["count"]

        assert await unread() == 3
        r = await client.post(f"{INBOX}/{first}/read", headers=admin.headers)
        assert r.status_code == 200 and r.json()["read_at"] is not None
        again = await client.post(f"{INBOX}/{first}/read", headers=admin.headers)
        assert again.json()["read_at"] == r.json()["read_at"]  # reading twice changes nothing
        assert await unread() == 2
        only_unread = await client.get(INBOX, params={"unread": "true"}, headers=admin.headers)
        assert str(first) not in {n["id"] for n in only_unread.json()["items"]}

        r = await client.post(f"{INBOX}/read-all", headers=admin.headers)
        assert r.json() == {"count": 2} and await unread() == 0

    async def test_someone_elses_notification_is_not_found(self, client, org, admin,
                                                           make_member):
        colleague = await make_member(org, Role.comercial)
        theirs = await notify(colleague)

        r = await client.post(f"{INBOX}/{theirs}/read", headers=admin.headers)
        missing = await client.post(f"{INBOX}/{uuid.uuid4()}/read", headers=admin.headers)

        assert (r.status_code, missing.status_code) == (404, 404)
        counted = await client.get(f"{INBOX}/unread-count", headers=colleague.headers)
        assert counted.json()["count"] == 1
