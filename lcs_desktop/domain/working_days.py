"""Working days, England and Wales bank holidays, and London local time.

The LADO clock is "one working day", so a concern that arrives on the Thursday before
Easter is due by the end of the following Tuesday. Bank holidays are computed here from
their rules (Easter, the Monday holidays, substitute days) plus the one-off changes made
by proclamation; the app ships the same list as ``resources/uk-bank-holidays.json`` and a
test proves the two agree. The domain takes the set as an argument: loading is I/O.

London time is computed from the Summer Time Order 2002 (BST from 01:00 UTC on the last
Sunday of March to 01:00 UTC on the last Sunday of October), so no time-zone database is
needed on Windows.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta

FIRST_YEAR = 2018
LAST_YEAR = 2032

# One-off changes by royal proclamation: (year) -> (dates removed, dates added).
_MOVED: dict[int, tuple[tuple[date, ...], dict[date, str]]] = {
    # The early May holiday moved to Friday 8 May for the 75th anniversary of VE day.
    2020: ((date(2020, 5, 4),), {date(2020, 5, 8): "Early May bank holiday (VE day)"}),
    # Platinum Jubilee: the spring holiday moved to Thursday 2 June, plus Friday 3 June;
    # and the State Funeral of Queen Elizabeth II on Monday 19 September.
    2022: (
        (date(2022, 5, 30),),
        {
            date(2022, 6, 2): "Spring bank holiday",
            date(2022, 6, 3): "Platinum Jubilee bank holiday",
            date(2022, 9, 19): "Bank holiday for the State Funeral of Queen Elizabeth II",
        },
    ),
    # The Coronation of King Charles III on Monday 8 May.
    2023: ((), {date(2023, 5, 8): "Bank holiday for the coronation of King Charles III"}),
}


def easter_sunday(year: int) -> date:
    """Western Easter (the anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _first_monday(year: int, month: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(7 - first.weekday()) % 7)


def _last_monday(year: int, month: int) -> date:
    last = (date(year, month + 1, 1) if month < 12 else date(year + 1, 1, 1)) - timedelta(days=1)
    return last - timedelta(days=last.weekday())


def _substitute(day: date, taken: set[date]) -> date:
    """A holiday falling at a weekend moves to the next weekday not already a holiday."""
    moved = day
    while moved.weekday() >= 5 or moved in taken:
        moved += timedelta(days=1)
    return moved


def named_bank_holidays(year: int) -> list[tuple[date, str]]:
    """England and Wales bank holidays for one year with their names, in date order."""
    easter = easter_sunday(year)
    named: dict[date, str] = {
        easter - timedelta(days=2): "Good Friday",
        easter + timedelta(days=1): "Easter Monday",
        _first_monday(year, 5): "Early May bank holiday",
        _last_monday(year, 5): "Spring bank holiday",
        _last_monday(year, 8): "Summer bank holiday",
    }
    removed, added = _MOVED.get(year, ((), {}))
    for day in removed:
        named.pop(day)
    named.update(added)
    # New Year's Day, Christmas Day and Boxing Day at a weekend move to the next free
    # weekday; those on a weekday are placed first (Christmas on a Sunday: Boxing Day stays
    # on Monday 26th and Christmas moves to Tuesday 27th).
    anniversaries = (
        (date(year, 1, 1), "New Year's Day"),
        (date(year, 12, 25), "Christmas Day"),
        (date(year, 12, 26), "Boxing Day"),
    )
    for anniversary, name in sorted(anniversaries, key=lambda pair: pair[0].weekday() >= 5):
        day = _substitute(anniversary, set(named))
        named[day] = name if day == anniversary else f"{name} (substitute day)"
    return sorted(named.items())


def bank_holidays_for_year(year: int) -> list[date]:
    return [day for day, _name in named_bank_holidays(year)]


def bank_holidays(first_year: int = FIRST_YEAR, last_year: int = LAST_YEAR) -> frozenset[date]:
    return frozenset(d for y in range(first_year, last_year + 1) for d in bank_holidays_for_year(y))


# -- London time -----------------------------------------------------------------------------


_BST, _GMT = timedelta(hours=1), timedelta(0)


def _last_sunday(year: int, month: int) -> date:
    last = date(year, month + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() + 1) % 7)


@functools.cache
def _summer_time(year: int) -> tuple[datetime, datetime]:
    """When British Summer Time starts and ends in ``year`` (UTC); cached: every date on a
    screen or in a report asks (issue 12)."""
    return (
        datetime.combine(_last_sunday(year, 3), time(1), UTC),
        datetime.combine(_last_sunday(year, 10), time(1), UTC),
    )


def london_offset(moment: datetime) -> timedelta:
    """UTC offset in force in London at an aware instant."""
    utc = moment.astimezone(UTC)
    start, end = _summer_time(utc.year)
    return _BST if start <= utc < end else _GMT


def to_london(moment: datetime) -> datetime:
    """The London wall-clock time of an aware instant (returned naive)."""
    return (moment.astimezone(UTC) + london_offset(moment)).replace(tzinfo=None)


def london_date(moment: datetime) -> date:
    return to_london(moment).date()


def from_london(local: datetime) -> datetime:
    """An aware UTC instant from a naive London wall-clock time (the first, BST, reading of
    the repeated autumn hour; a time in the spring gap is read as GMT)."""
    guess = local.replace(tzinfo=UTC)
    for candidate in (guess - timedelta(hours=1), guess):
        if to_london(candidate) == local:
            return candidate
    return guess


def end_of_london_day(day: date) -> datetime:
    """The last instant of a London calendar day, as aware UTC (23:59:59 local)."""
    return from_london(datetime.combine(day, time(23, 59, 59)))


# -- working days ----------------------------------------------------------------------------


def is_working_day(day: date, holidays: Iterable[date] | frozenset[date]) -> bool:
    return day.weekday() < 5 and day not in holidays


def add_working_days(day: date, count: int, holidays: frozenset[date]) -> date:
    """The ``count``-th working day after ``day`` (``day`` itself is not counted)."""
    if count < 0:
        raise ValueError("count must not be negative")
    current = day
    left = count
    while left:
        current += timedelta(days=1)
        if is_working_day(current, holidays):
            left -= 1
    return current


def working_days_between(start: date, end: date, holidays: frozenset[date]) -> int:
    """Working days after ``start`` up to and including ``end`` (0 when end <= start)."""
    count = 0
    current = start
    while current < end:
        current += timedelta(days=1)
        if is_working_day(current, holidays):
            count += 1
    return count


def working_day_deadline(start: datetime, days: int, holidays: frozenset[date]) -> datetime:
    """End (23:59:59 London) of the ``days``-th working day after the London date of ``start``."""
    return end_of_london_day(add_working_days(london_date(start), days, holidays))


def working_days_before(day: date, count: int, holidays: frozenset[date]) -> date:
    """The ``count``-th working day before ``day`` (``day`` itself is not counted)."""
    if count < 0:
        raise ValueError("count must not be negative")
    current = day
    left = count
    while left:
        current -= timedelta(days=1)
        if is_working_day(current, holidays):
            left -= 1
    return current
