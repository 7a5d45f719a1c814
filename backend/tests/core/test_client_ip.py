"""The client IP that rate limits and the audit log see: X-Forwarded-For counts only when the
connection comes from a trusted proxy (the dashboard's server, nginx)."""

from __future__ import annotations

import httpx
import pytest

from app.core.middleware import client_ip
from app.identity.roles import Role

LOOPBACK = frozenset({"127.0.0.1", "::1"})


async def _audited_ip(app, admin, member, peer: str, forwarded: str) -> str | None:
    transport = httpx.ASGITransport(app=app, client=(peer, 50000))
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as through:
        r = await through.patch("/api/v1/auth/me", json={"full_name": f"Nome via {peer}"},
                                headers={**member.headers, "X-Forwarded-For": forwarded})
        assert r.status_code == 200, r.text
        audit = await through.get("/api/v1/admin/audit", headers=admin.headers,
                                  params={"action": "identity.user.profile_updated"})
    return audit.json()["items"][0]["ip"]


class TestClientIp:
    async def test_a_trusted_proxy_names_the_client(self, app, org, admin, make_member):
        member = await make_member(org, Role.comercial)

        ip = await _audited_ip(app, admin, member, "127.0.0.1", "198.51.100.9")

        assert ip == "198.51.100.9"

    async def test_anyone_else_cannot_choose_their_ip(self, app, org, admin, make_member):
        member = await make_member(org, Role.comercial)

        ip = await _audited_ip(app, admin, member, "203.0.113.7", "198.51.100.9")

        assert ip == "203.0.113.7"

    @pytest.mark.parametrize(("forwarded", "expected"), [
        ("198.51.100.9, 127.0.0.1", "198.51.100.9"),   # two trusted hops
        ("10.0.0.1, 198.51.100.9", "198.51.100.9"),    # the nearest untrusted hop wins
        ("127.0.0.1", "127.0.0.1"),                    # only proxies: the farthest one
        ("  ", "127.0.0.1"),
    ])
    def test_the_nearest_untrusted_hop(self, forwarded, expected):
        assert client_ip("127.0.0.1", forwarded, LOOPBACK) == expected
