"""RBAC: every route declares a guard; a role x route matrix checked over HTTP; the seed's
permission matrix; cross-organization access is 404."""

from __future__ import annotations

import uuid

import pytest
from fastapi.routing import APIRoute, APIWebSocketRoute, iter_route_contexts
from starlette.routing import WebSocketRoute

from app.config import get_settings
from app.identity.deps import ROUTE_GUARD_ATTR
from app.identity.roles import ROLE_PERMISSIONS, Permission, Role
from tests.access import PUBLIC, collect_route_access

# Every route of the app, by operation id, and who may call it (each area's route_access.py).
# A new route that is not listed fails the test: decide who may call it, then list it.
EXPECTED = collect_route_access()

# The seed's "Matriz de Permissoes" (001, 2.1) for the rows that map one-to-one onto our modules.
SEED_MATRIX = """
              Admin  Diretor  Comercial  Agente_IA  Cliente
hunter         RW      RW        R          RW         -
sdr            RW      RW        R          RW         -
crm            RW      RW        RW         R          -
contracts      RW      RW        R          -          R
projects       RW      RW        R          -          R
finance        RW      R         -          -          R
content        RW      RW        R          RW         R
social         RW      RW        R          RW         -
analytics      RW      RW        R          R          R
"""


def _guard_of(dependant) -> dict | None:
    def walk(dependant):
        guard = getattr(dependant.call, ROUTE_GUARD_ATTR, None)
        if guard is not None:
            return guard
        for sub in dependant.dependencies:
            found = walk(sub)
            if found is not None:
                return found
        return None

    return walk(dependant) if dependant is not None else None


def _route_guard(route) -> dict | None:
    original = route.original_route
    return (_guard_of(getattr(original, "dependant", None))
            or getattr(getattr(original, "endpoint", None), ROUTE_GUARD_ATTR, None))


def _all_routes(app):
    """Every route with its full path (FastAPI nests included routers; flatten them)."""
    return list(iter_route_contexts(app.routes))


def _api_routes(app):
    return [r for r in _all_routes(app) if isinstance(r.original_route, APIRoute)]


class TestEveryRouteIsGuarded:
    def test_every_route_declares_a_guard(self, app):
        routes = [r for r in _all_routes(app) if isinstance(
            r.original_route, APIRoute | APIWebSocketRoute | WebSocketRoute)]
        assert len(routes) >= len(EXPECTED)
        unguarded = [r.path for r in routes if _route_guard(r) is None]
        assert unguarded == []

    def test_every_route_is_in_the_expected_matrix(self, app):
        ids = {r.operation_id for r in _api_routes(app)}
        assert ids - set(EXPECTED) == set(), "list the new routes in a route_access.py"
        assert set(EXPECTED) - ids == set(), "EXPECTED lists routes that no longer exist"

    def test_operation_ids_are_module_verb_and_unique(self, app):
        ids = [r.operation_id for r in _api_routes(app)]
        assert len(ids) == len(set(ids))
        assert all(i and ":" in i for i in ids)

    def test_declared_guards_agree_with_the_matrix(self, app):
        for route in _api_routes(app):
            guard = _guard_of(route.original_route.dependant)
            expected = EXPECTED[route.operation_id]
            if expected == PUBLIC:
                assert "public" in guard, route.operation_id
            else:
                allowed = {role for role in Role
                           if all(p in ROLE_PERMISSIONS[role] for p in guard["permissions"])
                           and (guard["roles"] is None or role in guard["roles"])}
                assert allowed == set(expected), route.operation_id


class TestSeedMatrix:
    def test_role_permissions_match_the_seed(self):
        header, *rows = [line.split() for line in SEED_MATRIX.strip().splitlines()]
        for module, *cells in rows:
            for role_name, cell in zip(header, cells, strict=True):
                perms = ROLE_PERMISSIONS[Role(role_name)]
                assert (Permission(f"{module}:read") in perms) == ("R" in cell), (module,
                                                                                  role_name)
                assert (Permission(f"{module}:write") in perms) == ("W" in cell), (module,
                                                                                   role_name)


def _sample_path(path: str) -> str:
    return "/".join(str(uuid.uuid4()) if part.startswith("{") else part
                    for part in path.split("/"))


@pytest.fixture
async def members(org, make_member):
    company = uuid.uuid4()
    return {role: await make_member(org, role,
                                    client_company_id=company if role is Role.cliente else None)
            for role in Role}


class TestRoleRouteMatrixOverHttp:
    async def test_each_role_is_allowed_or_denied_as_expected(self, app, client, members,
                                                              monkeypatch):
        # hundreds of requests per member in a few seconds: the rate limit (tested on its
        # own) would answer 429 and hide the permission answers this test reads
        monkeypatch.setattr(get_settings().rate_limit, "enabled", False)
        surprises = []
        for route in _api_routes(app):
            expected = EXPECTED[route.operation_id]
            if expected == PUBLIC or route.path.startswith("/api/v1/auth/"):
                continue
            method = sorted(route.methods - {"HEAD"})[0]
            path = _sample_path(route.path)
            for role, member in members.items():
                r = await client.request(method, path, headers=member.headers,
                                         json={} if method in ("POST", "PATCH", "PUT") else None)
                denied = r.status_code == 403
                if denied == (role in expected):
                    surprises.append(f"{role.value} {method} {route.path} -> {r.status_code}")
                assert r.status_code != 401, (role, route.path, r.text)
        assert surprises == []

    async def test_anonymous_is_401_on_every_guarded_route(self, app, client):
        for route in _api_routes(app):
            if EXPECTED[route.operation_id] == PUBLIC:
                continue
            method = sorted(route.methods - {"HEAD"})[0]
            r = await client.request(method, _sample_path(route.path))
            assert r.status_code == 401, route.path


class TestCrossOrganization:
    async def test_another_organizations_records_are_404(self, client, make_org, make_member,
                                                         admin):
        other_admin = await make_member(await make_org(), Role.admin)
        key = (await client.post("/api/v1/admin/api-keys", json={"name": "key-1"},
                                 headers=admin.headers)).json()
        for method, path in [("GET", f"/api/v1/admin/users/{admin.user_id}"),
                             ("PATCH", f"/api/v1/admin/users/{admin.user_id}"),
                             ("DELETE", f"/api/v1/admin/api-keys/{key['id']}")]:
            r = await client.request(method, path, headers=other_admin.headers,
                                     json={"full_name": "Hacker"} if method == "PATCH" else None)
            assert r.status_code == 404, (method, path)
        # and nothing changed
        me = await client.get(f"/api/v1/admin/users/{admin.user_id}", headers=admin.headers)
        assert me.json()["full_name"] != "Hacker"
        keys = (await client.get("/api/v1/admin/api-keys", headers=admin.headers)).json()
        assert key["id"] in [k["id"] for k in keys["items"]]
