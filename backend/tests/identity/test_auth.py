"""Login, refresh rotation with reuse detection, logout, forged tokens, brute-force limits."""

from __future__ import annotations

import asyncio
import base64
import json
import time

import jwt
import pytest

from app.config import get_settings
from app.identity.roles import Role


def _forge(claims: dict, key: str | None = None, alg: str = "HS256") -> str:
    s = get_settings().auth
    now = int(time.time())
    body = {"iss": s.issuer, "aud": s.audience, "iat": now, "nbf": now, "exp": now + 600,
            "typ": "access", "jti": "x", **claims}
    return jwt.encode(body, key or s.secret_key, algorithm=alg)


def _alg_none(claims: dict) -> str:
    def b64(d: dict) -> str:
        return base64.urlsafe_b64encode(json.dumps(d).encode()).decode().rstrip("=")

    return f"{b64({'alg': 'none', 'typ': 'JWT'})}.{b64(claims)}."


class TestLogin:
    async def test_login_returns_tokens_and_me_shows_the_role(self, client, org, make_member):
        member = await make_member(org, Role.diretor)
        r = await client.get("/api/v1/auth/me", headers=member.headers)
        assert r.status_code == 200
        body = r.json()
        assert body["email"] == member.email
        assert body["role"] == "Diretor"
        assert body["organization"]["id"] == str(org.id)
        assert "crm:write" in body["permissions"] and "admin:write" not in body["permissions"]

    async def test_bad_password_is_401_problem(self, client, org, make_member):
        member = await make_member(org, login=False)
        r = await client.post("/api/v1/auth/login",
                              json={"email": member.email, "password": "wrong-one-1"})
        assert r.status_code == 401
        assert r.headers["content-type"].startswith("application/problem+json")
        assert r.json()["code"] == "unauthorized"
        assert r.json()["request_id"] == r.headers["x-request-id"]

    async def test_unknown_email_is_indistinguishable(self, client):
        r = await client.post("/api/v1/auth/login",
                              json={"email": "nobody@example.test", "password": "whatever1"})
        assert r.status_code == 401
        assert r.json()["detail"] == "Wrong e-mail or password"

    async def test_malformed_login_gets_field_errors(self, client):
        r = await client.post("/api/v1/auth/login", json={"email": "not-an-email"})
        assert r.status_code == 422
        fields = {e["field"] for e in r.json()["errors"]}
        assert fields == {"email", "password"}

    async def test_sixth_attempt_in_a_minute_is_429_with_retry_after(self, client, org,
                                                                      make_member):
        member = await make_member(org, login=False)
        codes = []
        for _ in range(6):
            r = await client.post("/api/v1/auth/login",
                                  json={"email": member.email, "password": "bad-password-1"})
            codes.append(r.status_code)
        assert codes == [401] * 5 + [429]
        assert 1 <= int(r.headers["retry-after"]) <= 60
        # even the right password is refused until the window passes
        r = await client.post("/api/v1/auth/login",
                              json={"email": member.email, "password": member.password})
        assert r.status_code == 429

    async def test_50_concurrent_bad_logins_let_at_most_5_through(self, client, org,
                                                                   make_member):
        member = await make_member(org, login=False)
        results = await asyncio.gather(*[
            client.post("/api/v1/auth/login",
                        json={"email": member.email, "password": "bad-password-1"})
            for _ in range(50)])
        codes = [r.status_code for r in results]
        assert codes.count(401) <= 5
        assert codes.count(429) >= 45

    async def test_disabled_user_cannot_log_in(self, client, org, make_member, admin):
        member = await make_member(org, Role.comercial, login=False)
        r = await client.patch(f"/api/v1/admin/users/{member.user_id}",
                               json={"is_active": False}, headers=admin.headers)
        assert r.status_code == 200
        r = await client.post("/api/v1/auth/login",
                              json={"email": member.email, "password": member.password})
        assert r.status_code == 401


class TestRefresh:
    async def test_refresh_rotates_and_old_token_is_dead(self, client, admin):
        r = await client.post("/api/v1/auth/refresh", json={"refresh_token": admin.refresh_token})
        assert r.status_code == 200
        new = r.json()
        assert new["refresh_token"] != admin.refresh_token
        me = await client.get("/api/v1/auth/me",
                              headers={"Authorization": f"Bearer {new['access_token']}"})
        assert me.status_code == 200
        again = await client.post("/api/v1/auth/refresh",
                                  json={"refresh_token": new["refresh_token"]})
        assert again.status_code == 200

    async def test_reusing_a_rotated_token_revokes_the_family(self, client, admin):
        first = await client.post("/api/v1/auth/refresh",
                                  json={"refresh_token": admin.refresh_token})
        assert first.status_code == 200
        current = first.json()["refresh_token"]
        replay = await client.post("/api/v1/auth/refresh",
                                   json={"refresh_token": admin.refresh_token})
        assert replay.status_code == 401
        assert "reused" in replay.json()["detail"]
        # the legitimate holder's newest token died with the family
        r = await client.post("/api/v1/auth/refresh", json={"refresh_token": current})
        assert r.status_code == 401

    async def test_50_concurrent_refreshes_give_exactly_one_success(self, client, admin):
        results = await asyncio.gather(*[
            client.post("/api/v1/auth/refresh", json={"refresh_token": admin.refresh_token})
            for _ in range(50)])
        codes = [r.status_code for r in results]
        assert codes.count(200) == 1
        assert codes.count(401) == 49

    async def test_logout_revokes_the_refresh_token(self, client, admin):
        r = await client.post("/api/v1/auth/logout", json={"refresh_token": admin.refresh_token})
        assert r.status_code == 204
        r = await client.post("/api/v1/auth/refresh", json={"refresh_token": admin.refresh_token})
        assert r.status_code == 401

    async def test_access_token_cannot_be_used_to_refresh(self, client, admin):
        r = await client.post("/api/v1/auth/refresh", json={"refresh_token": admin.access_token})
        assert r.status_code == 401

    async def test_role_change_revokes_existing_sessions(self, client, org, make_member,
                                                         admin):
        member = await make_member(org, Role.diretor)
        r = await client.patch(f"/api/v1/admin/users/{member.user_id}",
                               json={"role": "Comercial"}, headers=admin.headers)
        assert r.status_code == 200 and r.json()["role"] == "Comercial"
        r = await client.post("/api/v1/auth/refresh",
                              json={"refresh_token": member.refresh_token})
        assert r.status_code == 401
        me = await client.get("/api/v1/auth/me", headers=member.headers)
        assert me.json()["role"] == "Comercial"  # role is read per request, not from the token


class TestForgedTokens:
    @pytest.fixture
    def claims(self, admin):
        return {"sub": str(admin.user_id), "org": str(admin.organization_id), "role": "Admin"}

    async def _me(self, client, token):
        return await client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {token}"})

    async def test_genuine_forgery_baseline_is_accepted(self, client, claims):
        assert (await self._me(client, _forge(claims))).status_code == 200

    @pytest.mark.parametrize("case", ["alg_none", "wrong_key", "wrong_audience", "expired",
                                      "refresh_as_access", "tampered_role", "garbage"])
    async def test_rejected(self, client, admin, claims, case):
        token = {
            "alg_none": lambda: _alg_none({**claims, "typ": "access", "exp": 9999999999,
                                           "aud": "somos", "iss": "somos-api", "jti": "x",
                                           "iat": 1}),
            "wrong_key": lambda: _forge(claims, key="another-secret-another-secret-xx"),
            "wrong_audience": lambda: _forge({**claims, "aud": "someone-else"}),
            "expired": lambda: _forge({**claims, "exp": int(time.time()) - 5,
                                       "iat": int(time.time()) - 900}),
            "refresh_as_access": lambda: admin.refresh_token,
            "tampered_role": lambda: admin.access_token.rsplit(".", 2)[0] + "."
            + base64.urlsafe_b64encode(json.dumps({**claims, "role": "Admin", "x": 1})
                                       .encode()).decode().rstrip("=")
            + "." + admin.access_token.rsplit(".", 1)[1],
            "garbage": lambda: "not-a-token",
        }[case]()
        r = await self._me(client, token)
        assert r.status_code == 401, case
        assert r.json()["code"] == "unauthorized"

    async def test_missing_credentials(self, client):
        r = await client.get("/api/v1/auth/me")
        assert r.status_code == 401
        assert r.headers["www-authenticate"] == "Bearer"


class TestProfile:
    async def test_a_user_changes_their_own_language_and_name(self, client, org, make_member,
                                                              admin):
        member = await make_member(org, Role.campo)

        r = await client.patch("/api/v1/auth/me", json={"locale": "en", "full_name": "Rui C."},
                               headers=member.headers)

        assert r.status_code == 200, r.text
        assert (r.json()["locale"], r.json()["full_name"]) == ("en", "Rui C.")
        again = (await client.get("/api/v1/auth/me", headers=member.headers)).json()
        assert again["locale"] == "en" and again["role"] == "Campo"
        audit = await client.get("/api/v1/admin/audit",
                                 params={"action": "identity.user.profile_updated"},
                                 headers=admin.headers)
        [entry] = audit.json()["items"]
        assert (entry["before"]["locale"], entry["after"]["locale"]) == ("pt-BR", "en")

    async def test_an_unknown_language_changes_nothing(self, client, org, make_member):
        member = await make_member(org, Role.comercial)

        r = await client.patch("/api/v1/auth/me", json={"locale": "fr", "role": "Admin"},
                               headers=member.headers)

        assert r.status_code == 422
        assert [e["field"] for e in r.json()["errors"]] == ["locale"]
        me = (await client.get("/api/v1/auth/me", headers=member.headers)).json()
        assert (me["locale"], me["role"]) == ("pt-BR", "Comercial")
