"""Deals over HTTP: value, stage and lost reason validated; probability from the stage unless
overridden; moves change stage and place in one call, refuse stale versions with the current
state, stamp won/lost, and keep every stage's places 0..n-1 under concurrent moves."""

from __future__ import annotations

import asyncio
from collections import defaultdict

from sqlalchemy import select

from app.core.events.models import OutboxEvent
from tests.crm.conftest import fields_of, settle


def stage(pipeline: dict, name: str) -> dict:
    return next(s for s in pipeline["stages"] if s["name"] == name)


class TestCreate:
    async def test_defaults_to_the_default_pipelines_first_stage(self, api, admin):
        crm = api(admin)
        pipeline = await crm.default_pipeline()
        deal = await crm.deal(value="15000.50")
        first = pipeline["stages"][0]
        assert (deal["pipeline_id"], deal["stage_id"], deal["position"]) == (
            pipeline["id"], first["id"], 0)
        assert deal["probability"] == first["probability"] == 10
        assert deal["weighted_value"] == "1500.05" and deal["status"] == "open"
        second = await crm.deal("Outro", probability_override=55, value=1000)
        assert (second["position"], second["probability"], second["weighted_value"]) == (
            1, 55, "550.00")

    async def test_bad_input_is_field_level_and_changes_nothing(self, api, admin,
                                                                session):
        crm = api(admin)
        pipeline = await crm.default_pipeline()
        other = await crm.create("pipelines", name="Parcerias",
                                 stages=[{"name": "Conversa"}, {"name": "Fechado",
                                                                "is_won": True}])
        r = await crm.call("POST", "/deals", 422, json={
            "title": "X", "value": -1, "pipeline_id": pipeline["id"],
            "stage_id": other["stages"][0]["id"]})
        assert fields_of(r) == {"value"}
        r = await crm.call("POST", "/deals", 422, json={
            "title": "X", "pipeline_id": pipeline["id"], "stage_id": other["stages"][0]["id"]})
        assert fields_of(r) == {"stage_id"}
        r = await crm.call("POST", "/deals", 422, json={
            "title": "X", "stage_id": stage(pipeline, "Perdido")["id"]})
        assert fields_of(r) == {"lost_reason"}
        assert (await crm.call("GET", "/deals", 200)).json()["items"] == []


class TestMove:
    async def test_move_wins_and_loses_with_timestamps_events_and_timeline(self, api, admin,
                                                                           session):
        crm = api(admin)
        pipeline = await crm.default_pipeline()
        deal = await crm.deal(value="1000")
        won = await crm.move(deal, stage(pipeline, "Ganho")["id"], 0)
        assert won.status_code == 200, won.text
        body = won.json()
        assert (body["status"], body["probability"], body["version"]) == ("won", 100, 2)
        assert body["won_at"] and body["lost_at"] is None

        no_reason = await crm.move(body, stage(pipeline, "Perdido")["id"], 0)
        assert no_reason.status_code == 422 and fields_of(no_reason) == {"lost_reason"}
        lost = (await crm.move(body, stage(pipeline, "Perdido")["id"], 0,
                               lost_reason="Orçamento")).json()
        assert (lost["status"], lost["lost_reason"], lost["won_at"]) == ("lost", "Orçamento",
                                                                          None)
        await settle()
        names = (await session.scalars(select(OutboxEvent.name).where(
            OutboxEvent.organization_id == admin.organization_id)
            .order_by(OutboxEvent.created_at))).all()
        assert [n for n in names if n.startswith("crm.deal")] == [
            "crm.deal_created", "crm.deal_stage_changed", "crm.deal_won",
            "crm.deal_stage_changed", "crm.deal_lost"]
        timeline = (await crm.call("GET", f"/deals/{deal['id']}/timeline", 200)).json()
        assert [e["event"] for e in timeline["items"]] == [
            "lost", "stage_changed", "won", "stage_changed", "created"]

    async def test_a_stale_version_is_409_with_the_current_deal(self, api, admin):
        crm = api(admin)
        pipeline = await crm.default_pipeline()
        deal = await crm.deal()
        await crm.move(deal, pipeline["stages"][1]["id"], 0)
        stale = await crm.move(deal, pipeline["stages"][2]["id"], 0)
        assert stale.status_code == 409
        problem = stale.json()
        assert problem["code"] == "stale_version"
        assert problem["current"]["stage_id"] == pipeline["stages"][1]["id"]
        assert problem["current"]["version"] == 2
        assert stale.headers["content-type"].startswith("application/problem+json")
        stale_patch = await crm.call("PATCH", f"/deals/{deal['id']}",
                                     json={"title": "Novo", "version": 1})
        assert stale_patch.status_code == 409
        assert (await crm.call("GET", f"/deals/{deal['id']}")).json()["title"] != "Novo"

    async def test_a_stage_of_another_pipeline_is_refused(self, api, admin):
        crm = api(admin)
        other = await crm.create("pipelines", name="Eventos", stages=[{"name": "A"}])
        deal = await crm.deal()
        r = await crm.move(deal, other["stages"][0]["id"], 0)
        assert r.status_code == 422 and fields_of(r) == {"stage_id"}

    async def test_reorder_within_a_stage(self, api, admin):
        crm = api(admin)
        deals = [await crm.deal(f"D{i}") for i in range(4)]
        first_stage = deals[0]["stage_id"]
        await crm.move(deals[3], first_stage, 0)
        await crm.move(deals[0], first_stage, 99)
        listed = (await crm.call("GET", "/deals", 200, params={
            "stage_id": first_stage, "sort": "position"})).json()["items"]
        assert [d["title"] for d in listed] == ["D3", "D1", "D2", "D0"]
        assert [d["position"] for d in listed] == [0, 1, 2, 3]

    async def test_concurrent_moves_keep_every_stage_dense(self, api, admin):
        crm = api(admin)
        pipeline = await crm.default_pipeline()
        stages = [s["id"] for s in pipeline["stages"][:3]]
        deals = [await crm.deal(f"D{i}") for i in range(12)]

        moves = [crm.move(deal, stages[i % 3], (i * 7) % 5) for i, deal in enumerate(deals)]
        moves += [crm.move(deals[0], stages[2], 0)]  # the same deal twice: one is stale
        results = await asyncio.gather(*moves)

        codes = sorted(r.status_code for r in results)
        assert codes.count(200) == 12 and codes.count(409) == 1
        listed = (await crm.call("GET", "/deals", 200, params={"limit": 50})).json()["items"]
        places = defaultdict(list)
        for deal in listed:
            places[deal["stage_id"]].append(deal["position"])
        assert all(sorted(p) == list(range(len(p))) for p in places.values()), places
        assert sum(len(p) for p in places.values()) == 12


class TestUpdate:
    async def test_override_and_back_to_the_stage_probability(self, api, admin):
        crm = api(admin)
        deal = await crm.deal(value=200)
        r = await crm.call("PATCH", f"/deals/{deal['id']}", 200,
                           json={"probability_override": 90, "version": 1})
        assert (r.json()["probability"], r.json()["weighted_value"]) == (90, "180.00")
        r = await crm.call("PATCH", f"/deals/{deal['id']}", 200,
                           json={"probability_override": None})
        assert (r.json()["probability"], r.json()["version"]) == (10, 3)

    async def test_delete_closes_the_gap(self, api, admin):
        crm = api(admin)
        deals = [await crm.deal(f"D{i}") for i in range(3)]
        await crm.call("DELETE", f"/deals/{deals[0]['id']}", 204)
        listed = (await crm.call("GET", "/deals", 200, params={"sort": "position"})).json()
        assert [(d["title"], d["position"]) for d in listed["items"]] == [("D1", 0), ("D2", 1)]


class TestList:
    async def test_filters_and_pages_sorted_by_value(self, api, admin):
        crm = api(admin)
        for title, value in [("P", "100.00"), ("M", "5000.00"), ("G", "90000.00"),
                             ("M2", "5000.00")]:
            await crm.deal(title, value=value)
        seen, cursor = [], None
        while True:
            page = (await crm.call("GET", "/deals", 200, params={
                "sort": "-value", "limit": 2, "value_min": "1000",
                **({"cursor": cursor} if cursor else {})})).json()
            seen += [d["title"] for d in page["items"]]
            if not (cursor := page["next_cursor"]):
                break
        assert seen[0] == "G" and sorted(seen[1:]) == ["M", "M2"]
        r = await crm.call("GET", "/deals", 422, params={"sort": "owner"})
        assert r.json()["errors"][0]["field"] == "sort"
