"""`/ws` on a real uvicorn server: who may connect, the heartbeat, and events committed
by another process arriving at the right users only."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

from app.core.realtime import hub as realtime_hub
from app.identity.roles import Role
from tests.core.conftest import BACKEND, child_env, free_port, run_script

PING_INTERVAL = 0.5


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    port = free_port()
    fd, log_path = tempfile.mkstemp(prefix="uvicorn-", suffix=".log")
    with os.fdopen(fd, "wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "app.main:app", "--host", "127.0.0.1",
             "--port", str(port), "--log-level", "warning"],
            cwd=BACKEND, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
            env=child_env(REALTIME__PING_INTERVAL_SECONDS=str(PING_INTERVAL),
                          REALTIME__REAUTH_INTERVAL_SECONDS="1"))
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/health/live", timeout=1).is_success:
                    break
            except httpx.TransportError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start:\n" + Path(log_path).read_text()[-3000:])
            time.sleep(0.2)
        yield f"ws://127.0.0.1:{port}/ws"
    finally:
        print(Path(log_path).read_text()[-5000:])  # shown by pytest when a test failed
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


async def receive(ws: ClientConnection, within: float = 5.0) -> dict:
    return json.loads(await asyncio.wait_for(ws.recv(), within))


async def next_event(ws: ClientConnection, within: float = 20.0) -> dict:
    """The next event message, skipping heartbeats."""
    deadline = time.monotonic() + within
    while True:
        message = await receive(ws, max(deadline - time.monotonic(), 0.01))
        if message["type"] == "event":
            return message


async def subscribers(redis, channel: str) -> int:
    return dict(await redis.pubsub_numsub(channel)).get(channel, 0)


async def connected(url: str, token: str) -> ClientConnection:
    ws = await connect(f"{url}?token={token}")
    assert await receive(ws) == {"type": "ready"}
    return ws


async def publish_from_another_process(statements: str) -> None:
    """Commit events in a separate interpreter: outbox, commit, relay, Redis, server, socket."""
    done = await asyncio.to_thread(run_script, f"""
import asyncio, uuid
from app.core import events
from app.core.db import unit_of_work
from app.core.events import relay
from tests.core.sample_events import SampleBroadcast, SampleForClient

async def main():
{statements}
    await relay.drain()

asyncio.run(main())
""")
    assert done.returncode == 0, done.stderr


class TestConnecting:
    async def test_a_signed_in_user_gets_ready_then_heartbeats_and_pongs(
            self, server, org, make_member, redis):
        member = await make_member(org, Role.comercial)
        async with await connected(server, member.access_token) as ws:
            assert await receive(ws, PING_INTERVAL * 4) == {"type": "ping"}
            assert await receive(ws, PING_INTERVAL * 4) == {"type": "ping"}

            await ws.send(json.dumps({"type": "ping"}))
            replies = [await receive(ws) for _ in range(3)]
            assert {"type": "pong"} in replies

            channel = realtime_hub.user_channel(member.user_id)
            assert await subscribers(redis, channel) == 1

        # a clean close leaves no subscription behind on the server
        deadline = time.monotonic() + 5
        while await subscribers(redis, channel):
            assert time.monotonic() < deadline, "the server kept the subscription"
            await asyncio.sleep(0.1)

    async def test_the_authorization_header_works_too(self, server, admin):
        async with connect(server, additional_headers=admin.headers) as ws:
            assert await receive(ws) == {"type": "ready"}

    @pytest.mark.parametrize("query", ["?token=not-a-token", ""])
    async def test_a_bad_or_missing_token_is_closed_with_4401(self, server, query):
        async with connect(f"{server}{query}") as ws:
            with pytest.raises(ConnectionClosed) as closed:
                await receive(ws)
        assert closed.value.rcvd.code == 4401
        assert closed.value.rcvd.reason

    async def test_a_deactivated_user_is_disconnected_with_4401(
            self, server, client, org, admin, make_member):
        member = await make_member(org, Role.comercial)
        async with await connected(server, member.access_token) as ws:
            r = await client.patch(f"/api/v1/admin/users/{member.user_id}",
                                   json={"is_active": False}, headers=admin.headers)
            assert r.status_code == 200, r.text
            # checked again every second; identity may trust a cached principal a few seconds
            with pytest.raises(ConnectionClosed) as closed:
                async with asyncio.timeout(20):
                    while True:
                        await receive(ws)
        assert closed.value.rcvd.code == 4401


    async def test_a_user_whose_role_changed_is_disconnected_with_4401(
            self, server, client, org, admin, make_member):
        member = await make_member(org, Role.comercial)
        async with await connected(server, member.access_token) as ws:
            r = await client.patch(f"/api/v1/admin/users/{member.user_id}", headers=admin.headers,
                                   json={"role": "Cliente", "client_company_id": str(uuid.uuid4())})
            assert r.status_code == 200, r.text
            with pytest.raises(ConnectionClosed) as closed:
                async with asyncio.timeout(20):
                    while True:  # no more organization events for a client user
                        await receive(ws)
        assert closed.value.rcvd.code == 4401


class TestEvents:
    async def test_an_event_committed_in_another_process_reaches_the_organization(
            self, server, admin):
        async with await connected(server, admin.access_token) as ws:
            await publish_from_another_process(f"""
    async with unit_of_work() as session:
        await events.publish(session, SampleBroadcast(
            organization_id=uuid.UUID("{admin.organization_id}"), label="live"))
""")
            message = await next_event(ws)

        assert message["name"] == "tests.sample_broadcast"
        assert message["data"]["label"] == "live"
        assert message["data"]["organization_id"] == str(admin.organization_id)

    async def test_each_user_gets_only_their_audience(self, server, org, admin, make_member):
        company, other_company = uuid.uuid4(), uuid.uuid4()
        customer = await make_member(org, Role.cliente, client_company_id=company)
        async with (await connected(server, admin.access_token) as staff_ws,
                    await connected(server, customer.access_token) as customer_ws):
            await publish_from_another_process(f"""
    org_id = uuid.UUID("{org.id}")
    for event in (
        SampleBroadcast(organization_id=org_id, label="staff only"),
        SampleForClient(organization_id=org_id, client_company_id=uuid.UUID("{other_company}"),
                        label="another client"),
        SampleForClient(organization_id=org_id, client_company_id=uuid.UUID("{company}"),
                        label="this client"),
        SampleBroadcast(organization_id=org_id, label="staff again"),
        SampleForClient(organization_id=org_id, client_company_id=uuid.UUID("{company}"),
                        label="this client again"),
    ):
        async with unit_of_work() as session:
            await events.publish(session, event)
""")
            # published in this order, so anything misrouted would arrive in between
            staff = [(await next_event(staff_ws))["data"]["label"] for _ in range(2)]
            customer_seen = [(await next_event(customer_ws))["data"]["label"]
                             for _ in range(2)]

        assert staff == ["staff only", "staff again"]
        assert customer_seen == ["this client", "this client again"]


class TestHubConnectionLoss:
    async def test_a_dropped_redis_connection_is_resubscribed_and_announced(self, redis):
        hub = realtime_hub.Hub()
        channel = realtime_hub.org_channel(uuid.uuid4())
        sub = await hub.subscribe([channel])
        try:
            # the server drops our subscriber connection (a Redis restart, a network cut)
            host, port = hub._pubsub.connection._writer.get_extra_info("sockname")[:2]
            assert await redis.execute_command("CLIENT", "KILL", "ADDR", f"{host}:{port}")

            assert await asyncio.wait_for(sub.queue.get(), 10) == realtime_hub.RESYNC
            deadline = time.monotonic() + 10
            while await realtime_hub.push(channel, {"type": "event", "name": "after"}) == 0:
                assert time.monotonic() < deadline, "never resubscribed"
                await asyncio.sleep(0.1)
            assert json.loads(await asyncio.wait_for(sub.queue.get(), 5))["name"] == "after"
        finally:
            await hub.unsubscribe(sub)
        assert hub.channels == []
