"""Sending windows, with fixed clocks: business hours in São Paulo, weekends and Brazilian
holidays skipped, waits counted in business days."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from app.modules.sdr.calendar import SAO_PAULO, SendingWindow, easter, holidays


def sp(*args: int) -> datetime:
    return datetime(*args, tzinfo=SAO_PAULO)


class TestHolidays:
    def test_easter_and_the_days_that_follow_it(self):
        assert [easter(y) for y in (2024, 2025, 2026, 2027)] == [
            date(2024, 3, 31), date(2025, 4, 20), date(2026, 4, 5), date(2027, 3, 28)]
        days = holidays(2026)
        assert {date(2026, 2, 16), date(2026, 2, 17), date(2026, 4, 3),
                date(2026, 6, 4)} <= days  # Carnival, Good Friday, Corpus Christi
        assert {date(2026, 4, 21), date(2026, 11, 20), date(2026, 12, 25)} <= days
        assert date(2026, 4, 6) not in days


class TestWindow:
    window = SendingWindow()

    def test_inside_business_hours_it_sends_now(self):
        now = sp(2026, 12, 1, 10, 30)  # a Tuesday
        assert self.window.next_slot(now) == now.astimezone(UTC)

    @pytest.mark.parametrize(("moment", "opening"), [
        (sp(2026, 12, 1, 7, 0), sp(2026, 12, 1, 9, 0)),  # before opening: that morning
        (sp(2026, 12, 1, 18, 0), sp(2026, 12, 2, 9, 0)),  # closing time: the next day
        (sp(2026, 12, 4, 19, 0), sp(2026, 12, 7, 9, 0)),  # Friday night: Monday
        (sp(2026, 12, 24, 20, 0), sp(2026, 12, 28, 9, 0)),  # Christmas, then the weekend
        (sp(2026, 2, 13, 18, 30), sp(2026, 2, 19, 9, 0)),  # Carnival and Ash Wednesday
        (sp(2026, 11, 19, 18, 30), sp(2026, 11, 23, 9, 0)),  # Black Consciousness Day
    ])
    def test_outside_it_waits_for_the_next_opening(self, moment, opening):
        assert self.window.next_slot(moment) == opening.astimezone(UTC)

    def test_the_window_is_in_sao_paulo_whatever_the_clock_says(self):
        utc_noon = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)  # 09:00 in São Paulo
        assert self.window.is_open(utc_noon)
        assert not self.window.is_open(datetime(2026, 12, 1, 11, 59, tzinfo=UTC))

    def test_waits_count_business_days(self):
        friday = sp(2026, 12, 4, 15, 0)
        assert self.window.after_business_days(friday, 2) == sp(2026, 12, 8, 15, 0).astimezone(UTC)
        before_christmas = sp(2026, 12, 24, 17, 0)  # Christmas Eve is a working day
        assert self.window.after_business_days(before_christmas, 1) == \
            sp(2026, 12, 28, 17, 0).astimezone(UTC)

    def test_a_custom_window_and_bad_ones(self):
        saturday_mornings = SendingWindow(time(8), time(12), frozenset({5}))
        assert saturday_mornings.next_slot(sp(2026, 12, 1, 10, 0)) == \
            sp(2026, 12, 5, 8, 0).astimezone(UTC)
        with pytest.raises(ValueError, match="start before"):
            SendingWindow(time(18), time(9))
        with pytest.raises(ValueError, match="weekdays"):
            SendingWindow(weekdays=frozenset({7}))
