"""When outreach may go out: business hours in America/Sao_Paulo on weekdays that are not
Brazilian national holidays. Besides the holidays of law (1 Jan, Tiradentes, 1 May,
Independence, Aparecida, All Souls, the Republic, Black Consciousness, Christmas and Good
Friday) the days the country stops anyway are skipped too: Carnival Monday and Tuesday, Ash
Wednesday (whole day) and Corpus Christi. Christmas and New Year's Eves are working days.

    window = SendingWindow()                        # 09:00-18:00, Monday to Friday
    at = window.next_slot(datetime.now(UTC))        # now, or the next opening
    later = window.after_business_days(at, 2)       # a "wait 2 business days" step
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo

SAO_PAULO = ZoneInfo("America/Sao_Paulo")
FIXED = ((1, 1), (4, 21), (5, 1), (9, 7), (10, 12), (11, 2), (11, 15), (11, 20), (12, 25))
# days from Easter Sunday: Carnival Monday and Tuesday, Ash Wednesday, Good Friday,
# Corpus Christi
MOVABLE = (-48, -47, -46, -2, 60)


def easter(year: int) -> date:
    """Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * leap) // 433
    month = (h + leap - 7 * m + 90) // 25
    day = (h + leap - 7 * m + 33 * month + 19) % 32
    return date(year, month, day)


@cache
def holidays(year: int) -> frozenset[date]:
    sunday = easter(year)
    return frozenset([date(year, m, d) for m, d in FIXED]
                     + [sunday + timedelta(days=n) for n in MOVABLE])


def is_business_day(day: date, weekdays: frozenset[int]) -> bool:
    return day.weekday() in weekdays and day not in holidays(day.year)


@dataclass(frozen=True)
class SendingWindow:
    start: time = time(9)
    end: time = time(18)
    weekdays: frozenset[int] = field(default_factory=lambda: frozenset(range(5)))  # Mon-Fri

    def __post_init__(self) -> None:
        if not self.start < self.end:
            raise ValueError("the window must start before it ends")
        if not self.weekdays or not self.weekdays <= frozenset(range(7)):
            raise ValueError("weekdays are 0 (Monday) to 6 (Sunday), at least one")

    def is_open(self, moment: datetime) -> bool:
        local = moment.astimezone(SAO_PAULO)
        return (is_business_day(local.date(), self.weekdays)
                and self.start <= local.time() < self.end)

    def next_slot(self, moment: datetime) -> datetime:
        """`moment` when the window is open then, else the next opening (UTC)."""
        if self.is_open(moment):
            return moment.astimezone(UTC)
        local = moment.astimezone(SAO_PAULO)
        day = local.date() if local.time() < self.start else local.date() + timedelta(days=1)
        while not is_business_day(day, self.weekdays):
            day += timedelta(days=1)
        return datetime.combine(day, self.start, SAO_PAULO).astimezone(UTC)

    def after_business_days(self, moment: datetime, days: int) -> datetime:
        """The same time of day `days` business days later, moved into the window."""
        local = moment.astimezone(SAO_PAULO)
        day, left = local.date(), days
        while left > 0:
            day += timedelta(days=1)
            if is_business_day(day, self.weekdays):
                left -= 1
        return self.next_slot(datetime.combine(day, local.time(), SAO_PAULO))
