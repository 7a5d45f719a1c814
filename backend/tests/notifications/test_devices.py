"""Push devices: registered by token (again: refreshed, by someone else: taken over),
listed and removed by their own user, refused with a field error when the token is not an
Expo push token."""

from __future__ import annotations

from sqlalchemy import func, select

from app.core.audit.models import AuditEntry
from app.identity.roles import Role
from app.notifications.models import Device
from tests.notifications.conftest import push_token

DEVICES = "/api/v1/devices"


async def _register(client, member, token: str, **extra):
    return await client.post(DEVICES, json={"expo_push_token": token, "platform": "android",
                                            **extra}, headers=member.headers)


class TestRegistration:
    async def test_registering_again_refreshes_the_same_device(self, client, org, session,
                                                               make_member):
        campo = await make_member(org, Role.campo)
        token = push_token()

        first = await _register(client, campo, token, name="Moto G")
        again = await _register(client, campo, token, name="Moto G (2)")

        assert first.status_code == again.status_code == 200
        assert again.json()["id"] == first.json()["id"]
        assert again.json()["last_seen_at"] > first.json()["last_seen_at"]
        listed = (await client.get(DEVICES, headers=campo.headers)).json()
        assert [(d["id"], d["name"]) for d in listed] == [(first.json()["id"], "Moto G (2)")]
        audited = await session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.entity_id == first.json()["id"]))
        assert audited == 1  # a refresh is not a new registration

    async def test_a_phone_that_changes_hands_follows_its_new_user(self, client, org,
                                                                   make_member, session):
        before, after = await make_member(org, Role.campo), await make_member(org, Role.campo)
        token = push_token()
        await _register(client, before, token)

        await _register(client, after, token)

        assert (await client.get(DEVICES, headers=before.headers)).json() == []
        assert len((await client.get(DEVICES, headers=after.headers)).json()) == 1
        owners = (await session.scalars(select(Device.user_id).where(
            Device.expo_push_token == token))).all()
        assert owners == [after.user_id]

    async def test_a_token_that_is_not_expos_is_a_field_error(self, client, admin):
        r = await _register(client, admin, "fcm:abc123", platform="blackberry")

        assert r.status_code == 422
        assert {e["field"] for e in r.json()["errors"]} == {"expo_push_token", "platform"}
        assert (await client.get(DEVICES, headers=admin.headers)).json() == []


class TestRemoval:
    async def test_only_its_user_removes_a_device(self, client, org, admin, make_member):
        campo = await make_member(org, Role.campo)
        device = (await _register(client, campo, push_token())).json()

        by_other = await client.delete(f"{DEVICES}/{device['id']}", headers=admin.headers)
        by_owner = await client.delete(f"{DEVICES}/{device['id']}", headers=campo.headers)

        assert (by_other.status_code, by_owner.status_code) == (404, 204)
        assert (await client.get(DEVICES, headers=campo.headers)).json() == []

    async def test_an_api_key_has_no_devices(self, client, admin):
        created = await client.post("/api/v1/admin/api-keys",
                                    json={"name": "Automação", "role": "Diretor"},
                                    headers=admin.headers)
        key = created.json()["key"]

        r = await client.post(DEVICES, json={"expo_push_token": push_token(),
                                             "platform": "android"},
                              headers={"X-API-Key": key})

        assert r.status_code == 403
