"""The board: per stage count, total and weighted total, the first deals in board order and a
cursor that the deals list continues; the default pipeline appears on first use, once."""

from __future__ import annotations

import asyncio
import json

from sqlalchemy import text

from app.core.db import get_sessionmaker
from app.modules.crm import pipelines
from app.modules.crm.repository import PipelineRepository


class TestBoard:
    async def test_totals_and_first_page_per_stage(self, api, admin, comercial):
        crm, mine = api(admin), api(comercial)
        pipeline = await crm.default_pipeline()
        first, second = pipeline["stages"][0], pipeline["stages"][3]
        await crm.deal("A", value="1000.00")
        await crm.deal("B", value="500.50", probability_override=50)
        await mine.deal("C", value="100", stage_id=second["id"])
        for i in range(3):
            await crm.deal(f"E{i}", value=10, stage_id=second["id"])

        board = (await crm.call("GET", f"/pipelines/{pipeline['id']}/board", 200,
                                params={"per_stage": 2})).json()
        columns = {c["stage"]["id"]: c for c in board["columns"]}
        assert (columns[first["id"]]["count"], columns[first["id"]]["total_value"],
                columns[first["id"]]["weighted_value"]) == (2, "1500.50", "350.25")
        col = columns[second["id"]]
        assert (col["count"], col["total_value"], col["weighted_value"]) == (4, "130.00",
                                                                              "78.00")
        assert [d["title"] for d in col["deals"]] == ["C", "E0"]
        more = (await crm.call("GET", "/deals", 200, params={
            "stage_id": second["id"], "sort": "position", "limit": 2,
            "cursor": col["next_cursor"]})).json()
        assert [d["title"] for d in more["items"]] == ["E1", "E2"]
        assert board["total_value"] == "1630.50" and board["weighted_value"] == "428.25"

        theirs = (await mine.call("GET", f"/pipelines/{pipeline['id']}/board", 200)).json()
        counts = {c["stage"]["id"]: c["count"] for c in theirs["columns"]}
        assert counts[second["id"]] == 1 and counts[first["id"]] == 0
        assert theirs["total_value"] == "100.00"

    async def test_totals_follow_every_change_of_a_deal(self, api, admin, comercial):
        """The board's totals are kept by a trigger: after creates, moves, value and owner
        changes, a lost stage and deletes they equal an aggregate over the deals."""
        crm = api(admin)
        pipeline = await crm.default_pipeline()
        stages = pipeline["stages"]
        a = await crm.deal("A", value="1000.00")
        b = await crm.deal("B", value="250.00", owner_id=str(comercial.user_id))
        c = await crm.deal("C", value="99.99", stage_id=stages[1]["id"])
        await crm.move(a, stages[2]["id"], 0)
        b = (await crm.call("PATCH", f"/deals/{b['id']}", 200, json={
            "value": "300.00", "owner_id": None, "version": b["version"]})).json()
        lost = next(s for s in stages if s["is_lost"])
        await crm.move(b, lost["id"], 0, lost_reason="Preço")
        await crm.call("DELETE", f"/deals/{c['id']}", 204)
        await crm.deal("D", value="10.00", stage_id=stages[1]["id"])

        board = (await crm.call("GET", f"/pipelines/{pipeline['id']}/board", 200)).json()
        shown = {c["stage"]["id"]: (c["count"], c["total_value"], c["weighted_value"])
                 for c in board["columns"] if c["count"]}
        async with get_sessionmaker()() as session:
            rows = await session.execute(text(
                "SELECT stage_id, count(*), sum(value), "
                "round(sum(value * probability) / 100, 2) FROM crm_deal "
                "WHERE pipeline_id = :p GROUP BY stage_id"), {"p": pipeline["id"]})
            expected = {str(s): (n, f"{total:.2f}", f"{weighted:.2f}")
                        for s, n, total, weighted in rows}
        assert shown == expected
        assert shown[lost["id"]] == (1, "300.00", "0.00")

    async def test_a_text_search_narrows_cards_and_totals(self, api, admin):
        crm = api(admin)
        pipeline = await crm.default_pipeline()
        await crm.deal("Casamento Ana", value="5000.00")
        await crm.deal("Casamento Bia", value="3000.00", probability_override=50)
        await crm.deal("Institucional Gama", value="9000.00")
        board = (await crm.call("GET", f"/pipelines/{pipeline['id']}/board", 200,
                                params={"q": "casamento"})).json()
        first = board["columns"][0]
        assert [d["title"] for d in first["deals"]] == ["Casamento Ana", "Casamento Bia"]
        assert first["deals"][1]["probability_override"] == 50
        assert (first["count"], first["total_value"]) == (2, "8000.00")
        assert board["total_value"] == "8000.00"

    async def test_a_comercial_moves_by_the_places_it_sees(self, api, admin, comercial):
        crm, mine = api(admin), api(comercial)
        stage = (await crm.default_pipeline())["stages"][0]["id"]
        a = await mine.deal("mine-1")
        await crm.deal("theirs-1")
        b = await mine.deal("mine-2")
        await crm.deal("theirs-2")
        assert (await mine.move(b, stage, 0)).status_code == 200
        mine_order = (await mine.call("GET", "/deals", 200, params={
            "stage_id": stage, "sort": "position"})).json()["items"]
        assert [d["title"] for d in mine_order] == ["mine-2", "mine-1"]
        everyone = (await crm.call("GET", "/deals", 200, params={
            "stage_id": stage, "sort": "position"})).json()["items"]
        assert [d["title"] for d in everyone] == ["mine-2", "mine-1", "theirs-1", "theirs-2"]
        assert a["id"] in {d["id"] for d in everyone}


class TestDefaultPipeline:
    async def test_seeded_once_even_when_first_used_at_once(self, make_org):
        org = await make_org()

        async def first_use() -> None:
            async with get_sessionmaker()() as s:
                await pipelines.ensure_default(s, org.id)
                await s.commit()

        await asyncio.gather(*[first_use() for _ in range(5)])
        async with get_sessionmaker()() as s:
            found = await PipelineRepository(s).all(org.id)
            stages = await PipelineRepository(s).stages(org.id, [p.id for p in found])
        assert len(found) == 1 and found[0].is_default
        assert [st.name for st in stages][-2:] == ["Ganho", "Perdido"]

    async def test_the_default_cannot_be_deleted_and_only_one_is_default(self, api, admin):
        crm = api(admin)
        default = await crm.default_pipeline()
        await crm.call("DELETE", f"/pipelines/{default['id']}", 409)
        other = await crm.create("pipelines", name="Eventos", is_default=True,
                                 stages=[{"name": "A", "probability": 30}])
        listed = (await crm.call("GET", "/pipelines", 200)).json()
        assert [p["id"] for p in listed if p["is_default"]] == [other["id"]]
        await crm.call("DELETE", f"/pipelines/{default['id']}", 204)

    async def test_stage_probability_reprices_open_deals(self, api, admin):
        crm = api(admin)
        first = (await crm.default_pipeline())["stages"][0]
        deal = await crm.deal(value=100)
        kept = await crm.deal(value=100, probability_override=5)
        await crm.call("PATCH", f"/stages/{first['id']}", 200, json={"probability": 35})
        assert (await crm.call("GET", f"/deals/{deal['id']}")).json()["probability"] == 35
        assert (await crm.call("GET", f"/deals/{kept['id']}")).json()["probability"] == 5
        await crm.call("DELETE", f"/stages/{first['id']}", 409)


class TestLive:
    async def test_a_move_reaches_the_organizations_channel(self, api, admin, redis):
        crm = api(admin)
        pipeline = await crm.default_pipeline()
        deal = await crm.deal()
        channel = redis.pubsub()
        await channel.subscribe(f"rt:org:{admin.organization_id}")
        await channel.get_message(timeout=1)  # the subscription's confirmation
        moved = (await crm.move(deal, pipeline["stages"][2]["id"], 0)).json()
        received = []
        while (message := await channel.get_message(timeout=2)) is not None:
            if message["type"] == "message":
                received.append(json.loads(message["data"]))
        await channel.aclose()
        boards = [m for m in received if m["name"] == "crm.board_changed"]
        assert len(boards) == 1
        assert {k: boards[0]["data"][k] for k in ("deal_id", "change", "stage_id", "position",
                                                  "version", "pipeline_id")} == {
            "deal_id": deal["id"], "change": "moved", "stage_id": moved["stage_id"],
            "position": 0, "version": 2, "pipeline_id": pipeline["id"]}
        assert "title" not in boards[0]["data"] and "value" not in boards[0]["data"]
