"""Admin management of users, roles, client-portal invitations; the audit log they leave."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from app.core.audit.schemas import AuditEntryRead
from app.core.pagination import Page
from app.identity.roles import Role


class TestUsers:
    async def test_create_list_and_get(self, client, admin):
        r = await client.post("/api/v1/admin/users", headers=admin.headers, json={
            "email": "Nova@Example.test", "full_name": "Nova Pessoa", "password": "senha-forte-1",
            "role": "Comercial"})
        assert r.status_code == 201, r.text
        created = r.json()
        assert created["email"] == "nova@example.test"
        listed = await client.get("/api/v1/admin/users?role=Comercial", headers=admin.headers)
        assert [u["email"] for u in listed.json()["items"]] == ["nova@example.test"]
        one = await client.get(f"/api/v1/admin/users/{created['user_id']}",
                               headers=admin.headers)
        assert one.json()["role"] == "Comercial"

    async def test_weak_password_and_missing_client_company_are_field_errors(self, client,
                                                                              admin):
        r = await client.post("/api/v1/admin/users", headers=admin.headers, json={
            "email": "ana.nova@example.test", "full_name": "Ana", "password": "12345678",
            "role": "Cliente"})
        assert r.status_code == 422
        fields = {e["field"] for e in r.json()["errors"]}
        assert "password" in fields
        # (a search for "a@example.test" would also find admin-...a@example.test)
        listed = await client.get("/api/v1/admin/users?q=ana.nova@", headers=admin.headers)
        assert listed.json()["items"] == []  # nothing half-written

    async def test_duplicate_member_is_conflict(self, client, admin):
        body = {"email": "dup@example.test", "full_name": "Dup", "password": "senha-forte-1",
                "role": "Campo"}
        assert (await client.post("/api/v1/admin/users", headers=admin.headers,
                                  json=body)).status_code == 201
        r = await client.post("/api/v1/admin/users", headers=admin.headers, json=body)
        assert r.status_code == 409 and r.json()["errors"][0]["field"] == "email"

    async def test_pagination_walks_every_member_once(self, client, org, make_member, admin):
        for _ in range(5):
            await make_member(org, Role.campo, login=False)
        seen, cursor = [], None
        while True:
            url = "/api/v1/admin/users?limit=2" + (f"&cursor={cursor}" if cursor else "")
            page = (await client.get(url, headers=admin.headers)).json()
            seen += [u["user_id"] for u in page["items"]]
            cursor = page["next_cursor"]
            if not cursor:
                break
        assert len(seen) == len(set(seen)) == 6

    async def test_bad_cursor_is_a_field_error(self, client, admin):
        r = await client.get("/api/v1/admin/users?cursor=%%%", headers=admin.headers)
        assert r.status_code == 422 and r.json()["errors"][0]["field"] == "cursor"

    async def test_admin_cannot_demote_themself(self, client, admin):
        r = await client.patch(f"/api/v1/admin/users/{admin.user_id}", json={"role": "Campo"},
                               headers=admin.headers)
        assert r.status_code == 422

    async def test_roles_matrix_is_published(self, client, admin):
        roles = {r["role"]: r for r in
                 (await client.get("/api/v1/admin/roles", headers=admin.headers)).json()}
        assert set(roles) == {r.value for r in Role}
        assert "crm:write" in roles["Comercial"]["permissions"]
        assert roles["Comercial"]["owner_scoped_modules"] == ["crm", "hunter", "sdr"]
        assert "finance:read" in roles["Cliente"]["permissions"]


class TestInvitations:
    async def test_client_invite_link_works_once(self, client, admin):
        company = uuid.uuid4()
        r = await client.post("/api/v1/admin/invitations", headers=admin.headers, json={
            "email": "cliente@empresa.test", "full_name": "Cliente Um", "role": "Cliente",
            "client_company_id": str(company)})
        assert r.status_code == 201, r.text
        invite = r.json()
        assert "/portal/invite?token=" in invite["invite_url"]
        token = invite["invite_url"].split("token=")[1]
        accepted = await client.post("/api/v1/auth/invitations/accept",
                                     json={"token": token, "password": "minha-senha-9"})
        assert accepted.status_code == 201
        again = await client.post("/api/v1/auth/invitations/accept",
                                  json={"token": token, "password": "minha-senha-9"})
        assert again.status_code == 422 and again.json()["errors"][0]["field"] == "token"
        login = await client.post("/api/v1/auth/login", json={
            "email": "cliente@empresa.test", "password": "minha-senha-9"})
        me = await client.get("/api/v1/auth/me", headers={
            "Authorization": f"Bearer {login.json()['access_token']}"})
        assert me.json()["role"] == "Cliente"
        assert me.json()["client_company_id"] == str(company)

    async def test_revoked_invitation_cannot_be_accepted(self, client, admin):
        r = await client.post("/api/v1/admin/invitations", headers=admin.headers, json={
            "email": "staff@empresa.test", "full_name": "Staff", "role": "Campo"})
        invite = r.json()
        await client.delete(f"/api/v1/admin/invitations/{invite['id']}", headers=admin.headers)
        token = invite["invite_url"].split("token=")[1]
        r = await client.post("/api/v1/auth/invitations/accept",
                              json={"token": token, "password": "minha-senha-9"})
        assert r.status_code == 422


class TestAuditLog:
    async def test_admin_actions_are_audited_with_request_context(self, client, admin):
        r = await client.post("/api/v1/admin/users", headers={**admin.headers,
                                                              "User-Agent": "pytest-agent"},
                              json={"email": "aud@example.test", "full_name": "Aud",
                                    "password": "senha-forte-1", "role": "Campo"})
        request_id = r.headers["x-request-id"]
        log = await client.get("/api/v1/admin/audit?action=identity.*&entity_type=membership",
                               headers=admin.headers)
        assert log.status_code == 200
        entry = next(e for e in log.json()["items"] if e["request_id"] == request_id)
        assert entry["action"] == "identity.membership.created"
        assert entry["actor_type"] == "user" and entry["actor_id"] == str(admin.user_id)
        assert entry["ip"] == "203.0.113.7" and entry["user_agent"] == "pytest-agent"
        assert entry["after"]["role"] == "Campo"

    async def test_pages_match_the_declared_schema_and_walk_every_entry(self, client, admin):
        for n in range(3):
            await client.post("/api/v1/admin/api-keys", json={"name": f"key-{n}"},
                              headers=admin.headers)
        seen, cursor = [], None
        while True:
            url = "/api/v1/admin/audit?limit=2" + (f"&cursor={cursor}" if cursor else "")
            r = await client.get(url, headers=admin.headers)
            page = Page[AuditEntryRead].model_validate_json(r.content)  # the OpenAPI model
            seen += [e.seq for e in page.items]
            cursor = page.next_cursor
            if not cursor:
                break
        assert len(seen) >= 4 and seen == sorted(seen, reverse=True)
        assert len(set(seen)) == len(seen)

    async def test_update_records_before_and_after(self, client, org, make_member, admin):
        member = await make_member(org, Role.campo, login=False)
        await client.patch(f"/api/v1/admin/users/{member.user_id}", json={"role": "Diretor"},
                           headers=admin.headers)
        log = await client.get("/api/v1/admin/audit?action=identity.membership.updated",
                               headers=admin.headers)
        entry = log.json()["items"][0]
        assert entry["before"]["role"] == "Campo" and entry["after"]["role"] == "Diretor"

    async def test_audit_entries_cannot_be_changed(self, session, admin):
        with pytest.raises(DBAPIError, match="append-only"):
            await session.execute(text("UPDATE core_audit_entry SET action = 'x'"))

    async def test_secrets_never_reach_the_audit_log(self, client, admin):
        await client.post("/api/v1/admin/api-keys", json={"name": "k1"}, headers=admin.headers)
        log = await client.get("/api/v1/admin/audit?action=identity.api_key.created",
                               headers=admin.headers)
        after = log.json()["items"][0]["after"]
        assert "secret_hash" not in after and after["prefix"]

    async def test_other_organizations_entries_are_invisible(self, client, make_org,
                                                             make_member, admin):
        other = await make_member(await make_org(), Role.admin)
        log = await client.get("/api/v1/admin/audit", headers=other.headers)
        assert all(e["actor_id"] != str(admin.user_id) for e in log.json()["items"])


class TestUserSearch:
    async def test_search_matches_name_or_email_and_treats_wildcards_literally(
            self, client, org, make_member, admin):
        member = await make_member(org, Role.campo, login=False)
        found = await client.get(f"/api/v1/admin/users?q={member.email[:12].upper()}",
                                 headers=admin.headers)
        assert [u["user_id"] for u in found.json()["items"]] == [str(member.user_id)]
        wildcard = await client.get("/api/v1/admin/users?q=%25", headers=admin.headers)
        assert wildcard.json()["items"] == []
