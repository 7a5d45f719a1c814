"""Prometheus metrics at /metrics: request counts and latencies labelled by route template."""

from __future__ import annotations

import math
import uuid

from prometheus_client.parser import text_string_to_metric_families


async def scrape(client) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    r = await client.get("/metrics")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/plain")
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(r.text)
        for sample in family.samples
    }


def value(samples, name: str, **labels: str) -> float:
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)


class TestRequestMetrics:
    async def test_requests_are_counted_by_route_template(self, client):
        user_paths = [f"/api/v1/admin/users/{uuid.uuid4()}" for _ in range(2)]
        before = await scrape(client)

        for path in user_paths:  # two users, one route
            assert (await client.get(path)).status_code == 401
        assert (await client.get("/health/live")).status_code == 200
        assert (await client.get("/no/such/page")).status_code == 404
        after = await scrape(client)

        def counted(**labels: str) -> float:
            return (value(after, "http_requests_total", **labels)
                    - value(before, "http_requests_total", **labels))

        assert counted(method="GET", route="/api/v1/admin/users/{user_id}", status="401") == 2
        assert counted(method="GET", route="/health/live", status="200") == 1
        assert counted(method="GET", route="unmatched", status="404") == 1
        routes = {dict(labels).get("route") for _, labels in after}
        assert not routes & {*user_paths, "/no/such/page"}

    async def test_durations_land_in_the_histogram(self, client):
        before = await scrape(client)

        await client.get("/health/live")
        await client.get("/health/live")
        after = await scrape(client)

        labels = {"method": "GET", "route": "/health/live"}
        count = "http_request_duration_seconds_count"
        assert value(after, count, **labels) - value(before, count, **labels) == 2
        assert value(after, "http_request_duration_seconds_sum", **labels) > 0
        slowest = value(after, "http_request_duration_seconds_bucket", le="+Inf", **labels)
        assert slowest == value(after, count, **labels)


class TestOutboxLag:
    async def test_lag_is_measured_at_scrape_time(self, client):
        samples = await scrape(client)

        lag = value(samples, "outbox_lag_seconds")
        assert ("outbox_lag_seconds", ()) in samples
        assert not math.isnan(lag) and lag >= 0
