"""Activities and timelines: logging on a deal shows on its company's timeline too, merged
with the record's own events, newest first; messages are logged once per provider id; the
caller's tasks due today and overdue, in Brazilian days."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.modules.crm.activities import business_day
from tests.crm.conftest import fields_of


class TestTimeline:
    async def test_activities_and_events_newest_first(self, api, admin):
        crm = api(admin)
        company = await crm.company()
        contact = await crm.contact(company_id=company["id"])
        deal = await crm.deal(company_id=company["id"], contact_ids=[contact["id"]])
        note = await crm.create("activities", kind="note", deal_id=deal["id"],
                                body="Cliente quer orçamento até sexta")
        assert (note["company_id"], note["deal_id"]) == (company["id"], deal["id"])
        call = await crm.create("activities", kind="call", contact_id=contact["id"],
                                duration_minutes=15, direction="outbound")

        page = (await crm.call("GET", f"/companies/{company['id']}/timeline", 200,
                               params={"limit": 2})).json()
        assert [(e["type"], e["activity"]["id"]) for e in page["items"]] == [
            ("activity", call["id"]), ("activity", note["id"])]
        rest = (await crm.call("GET", f"/companies/{company['id']}/timeline", 200,
                               params={"limit": 2, "cursor": page["next_cursor"]})).json()
        assert [e["event"] for e in rest["items"]] == ["created"]
        deal_timeline = (await crm.call("GET", f"/deals/{deal['id']}/timeline", 200)).json()
        assert [e["type"] for e in deal_timeline["items"]] == ["activity", "event"]

    async def test_a_message_is_logged_once_per_provider_id(self, api, admin):
        crm = api(admin)
        contact = await crm.contact()
        body = {"kind": "whatsapp", "contact_id": contact["id"], "direction": "inbound",
                "body": "Oi!", "external_id": "wamid.123"}
        first = await crm.create("activities", **body)
        second = await crm.create("activities", **body)
        assert first["id"] == second["id"]

    async def test_bad_links_and_fields_are_refused(self, api, admin, comercial):
        crm = api(admin)
        r = await crm.call("POST", "/activities", 422, json={"kind": "note"})
        assert r.status_code == 422
        theirs = await crm.deal()
        r = await api(comercial).call("POST", "/activities", 422,
                                      json={"kind": "note", "deal_id": theirs["id"]})
        assert fields_of(r) == {"deal_id"}
        r = await crm.call("POST", "/activities", 422, json={
            "kind": "note", "deal_id": theirs["id"], "due_at": "2026-12-01T10:00:00Z"})
        assert fields_of(r) == {"due_at"}


class TestMyTasks:
    async def test_overdue_and_due_today(self, api, admin, diretor):
        crm = api(admin)
        company = await crm.company("Alfa Ltda", trade_name="Alfa Filmes")
        deal = await crm.deal("Vídeo da Alfa", company_id=company["id"])
        start, tomorrow = business_day(datetime.now(UTC))

        async def task(subject: str, due: datetime, **extra) -> dict:
            return await crm.create("activities", kind="task", deal_id=deal["id"],
                                    subject=subject, due_at=due.isoformat(), **extra)

        late = await task("Ligar", start - timedelta(days=2))
        today = await task("Enviar proposta", start + timedelta(hours=1))
        await task("Amanhã", tomorrow + timedelta(hours=1))
        await task("De outro", start + timedelta(hours=2), owner_id=str(diretor.user_id))
        done = await task("Feita", start + timedelta(hours=3))
        await crm.call("PATCH", f"/activities/{done['id']}", 200, json={"done": True})

        mine = (await crm.call("GET", "/tasks/mine", 200)).json()
        assert [t["id"] for t in mine["overdue"]] == [late["id"]]
        assert [t["id"] for t in mine["due_today"]] == [today["id"]]
        # named, for lists that show no record (the activity takes the deal's company)
        assert (mine["overdue"][0]["deal_title"], mine["overdue"][0]["company_name"]) == (
            "Vídeo da Alfa", "Alfa Filmes")

    def test_the_day_is_brazilian(self):
        late_evening_utc = datetime(2026, 12, 2, 2, 30, tzinfo=UTC)  # 23:30 on the 1st in SP
        start, _ = business_day(late_evening_utc)
        assert start.isoformat() == "2026-12-01T00:00:00-03:00"
