"""Retries with backoff, the circuit breaker, and the fallback chains of the seed's table."""

from __future__ import annotations

import time

import httpx

from app.core.breaker import BreakerState, CircuitBreaker
from app.core.db import unit_of_work
from app.integrations import outbound as outbound_service
from app.integrations import service as integrations
from app.integrations.events import OutboundMessageQueued
from app.integrations.tasks import retry_email
from tests.integrations.conftest import EVOLUTION
from tests.integrations.smtp_server import SmtpServer
from tests.integrations.test_adapters import EVOLUTION_SENT, PHONE, RESEND_SENT
from tests.integrations.webhook_helpers import STATUS_CHANGED, events, outbound, settle

SEND_TEXT = f"{EVOLUTION}/message/sendText/somos"
RESEND = "https://api.resend.com/emails"


async def _send_text(session, org):
    return await integrations.send_whatsapp_text(session, organization_id=org.id, to=PHONE,
                                                 text="Oi")


class TestRetries:
    async def test_transient_failures_are_retried_then_succeed(self, session, org, provider,
                                                               configured):
        route = provider.post(SEND_TEXT).mock(side_effect=[
            httpx.ConnectTimeout("slow"), httpx.Response(503), httpx.Response(429),
            httpx.Response(201, json=EVOLUTION_SENT)])

        delivery = await _send_text(session, org)

        assert route.call_count == 4
        assert delivery.status == "sent"

    async def test_backoff_doubles_from_the_base_delay(self, session, org, provider,
                                                       configured, monkeypatch):
        monkeypatch.setattr(configured, "retry_base_seconds", 0.2)
        stamps: list[float] = []

        def fail(request):
            stamps.append(time.monotonic())
            return httpx.Response(502)

        provider.post(SEND_TEXT).mock(side_effect=fail)

        delivery = await _send_text(session, org)

        gaps = [b - a for a, b in zip(stamps, stamps[1:], strict=False)]
        assert len(stamps) == 4 and delivery.status == "failed"
        # waits of 0.2, 0.4, 0.8 s, plus each attempt's own time
        assert all(gap >= wait for gap, wait in zip(gaps, [0.2, 0.4, 0.8], strict=True))
        assert gaps[0] < gaps[1] < gaps[2]

    async def test_retry_after_is_honoured(self, session, org, provider, configured):
        stamps: list[float] = []

        def limited(request):
            stamps.append(time.monotonic())
            if len(stamps) == 1:
                return httpx.Response(429, headers={"Retry-After": "1"})
            return httpx.Response(201, json=EVOLUTION_SENT)

        provider.post(SEND_TEXT).mock(side_effect=limited)

        assert (await _send_text(session, org)).status == "sent"
        assert stamps[1] - stamps[0] >= 0.95  # not the 0.01 s base delay

    async def test_a_client_error_is_not_retried_and_does_not_trip_the_breaker(
            self, session, org, provider, configured):
        route = provider.post(SEND_TEXT).mock(return_value=httpx.Response(400, json={}))

        delivery = await _send_text(session, org)

        assert route.call_count == 1
        assert delivery.status == "failed" and "HTTP 400" in delivery.error
        status = await CircuitBreaker("integration:evolution").status()
        assert status.state is BreakerState.closed and status.failures == 0


class TestLocalRateLimit:
    async def test_calls_past_the_services_rate_wait_for_a_slot(self, session, org, provider,
                                                                 configured, monkeypatch):
        monkeypatch.setattr(configured, "rate_per_second", {"evolution": 2})
        route = provider.post(SEND_TEXT).mock(return_value=httpx.Response(201,
                                                                          json=EVOLUTION_SENT))
        started = time.monotonic()
        for _ in range(2):  # the burst
            await _send_text(session, org)
        burst = time.monotonic() - started
        await _send_text(session, org)
        third = time.monotonic() - started

        assert route.call_count == 3
        assert burst < 0.5 <= third


class TestBreaker:
    async def test_five_failures_open_it_and_no_call_is_made_while_open(
            self, session, org, provider, configured):
        route = provider.post(SEND_TEXT).mock(return_value=httpx.Response(500))

        first = await _send_text(session, org)  # 4 attempts, 4 failures
        second = await _send_text(session, org)  # the 5th failure opens the breaker
        calls = route.call_count
        third = await _send_text(session, org)

        assert (calls, route.call_count) == (5, 5)
        assert [d.status for d in (first, second, third)] == ["failed"] * 3
        assert "circuit breaker" in third.error
        assert (await CircuitBreaker("integration:evolution").status()).state is (
            BreakerState.open)


class TestFallbacks:
    async def test_resend_failing_falls_back_to_smtp(self, session, org, provider, configured,
                                                     monkeypatch):
        provider.post(RESEND).mock(return_value=httpx.Response(500))
        async with SmtpServer() as smtp:
            for name, value in {"smtp_host": "127.0.0.1", "smtp_port": smtp.port,
                                "smtp_starttls": False}.items():
                monkeypatch.setattr(configured, name, value)

            delivery = await integrations.send_email(
                session, organization_id=org.id, to="ana@agencia.test", subject="Proposta",
                text="Segue a proposta.")

        assert (delivery.provider, delivery.status) == ("smtp", "sent")
        assert "resend" in delivery.error
        [message] = smtp.messages
        assert (message["To"], message["Subject"]) == ("ana@agencia.test", "Proposta")
        assert message.get_payload().strip() == "Segue a proposta."

    async def test_both_mail_providers_failing_queues_the_mail(
            self, session, org, provider, configured, monkeypatch):
        provider.post(RESEND).mock(return_value=httpx.Response(500))
        async with SmtpServer(fail=True) as smtp:
            for name, value in {"smtp_host": "127.0.0.1", "smtp_port": smtp.port,
                                "smtp_starttls": False}.items():
                monkeypatch.setattr(configured, name, value)

            delivery = await integrations.send_email(
                session, organization_id=org.id, to="ana@agencia.test", subject="Proposta",
                text="Segue a proposta.")

        assert delivery.status == "queued" and "smtp" in delivery.error

    async def test_whatsapp_falls_back_to_email_only_when_the_caller_allows_it(
            self, session, org, provider, configured):
        provider.post(SEND_TEXT).mock(return_value=httpx.Response(500))
        mail = provider.post(RESEND).mock(return_value=httpx.Response(200, json=RESEND_SENT))

        without = await _send_text(session, org)
        with_fallback = await integrations.send_whatsapp_text(
            session, organization_id=org.id, to=PHONE, text="Oi",
            fallback_email="ana@agencia.test", fallback_subject="Somos Produtora")

        assert without.status == "failed" and mail.call_count == 1
        assert (with_fallback.channel, with_fallback.provider, with_fallback.status,
                with_fallback.to) == ("email", "resend", "sent", "ana@agencia.test")


class TestQueuedEmail:
    async def test_a_queued_mail_is_retried_with_the_same_idempotency_key(
            self, org, provider, configured):
        resend = provider.post(RESEND).mock(return_value=httpx.Response(500))
        async with unit_of_work() as session:
            delivery = await integrations.send_email(session, organization_id=org.id,
                                                     to="ana@agencia.test", subject="Proposta",
                                                     text="Segue.")
        await settle()  # the retry task ran at once (eager) and failed again
        still_queued = (await outbound(delivery.id)).status
        [queued] = await events(org.id, "integrations.outbound_message_queued")

        resend.mock(return_value=httpx.Response(200, json=RESEND_SENT))
        await CircuitBreaker("integration:resend").reset()  # its 60 s are over
        await retry_email.async_body(queued)  # Celery's next retry

        message = await outbound(delivery.id)
        assert (delivery.status, still_queued) == ("queued", "queued")
        assert (message.status, message.external_id) == ("sent", RESEND_SENT["id"])
        keys = {call.request.headers["idempotency-key"] for call in resend.calls}
        assert keys == {str(delivery.id)}
        [changed] = await events(org.id, STATUS_CHANGED)  # the sender learns it went out
        assert (changed["message_id"], changed["status"]) == (str(delivery.id), "sent")

    async def test_the_last_try_that_fails_marks_it_failed_and_says_so(self, org, provider,
                                                                       configured):
        provider.post(RESEND).mock(return_value=httpx.Response(503))
        async with unit_of_work() as session:
            delivery = await integrations.send_email(session, organization_id=org.id,
                                                     to="ana@agencia.test", subject="Oi",
                                                     text="Oi")
        await settle()
        [queued] = await events(org.id, "integrations.outbound_message_queued")

        async with unit_of_work() as session:
            await outbound_service.retry_queued_email(
                session, OutboundMessageQueued.model_validate(queued), last_try=True)

        assert (await outbound(delivery.id)).status == "failed"
        [changed] = await events(org.id, STATUS_CHANGED)
        assert (changed["message_id"], changed["status"]) == (str(delivery.id), "failed")
