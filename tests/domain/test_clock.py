"""The injectable clock: a fixed clock stands where it is told, and working days count back."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from lcs_desktop.domain.clock import FixedClock, parse_instant
from lcs_desktop.domain.working_days import add_working_days, bank_holidays, working_days_before

HOLIDAYS = bank_holidays()
AT = datetime(2026, 11, 30, 0, 5, tzinfo=UTC)


def test_fixed_clock_stands_at_its_instant_and_keeps_readings_in_order():
    clock = FixedClock(AT)
    first, second = clock(), clock()
    assert first == AT
    assert AT < second < AT + timedelta(milliseconds=1)


def test_fixed_clock_is_set_and_advanced_in_utc():
    clock = FixedClock(datetime(2027, 6, 7, 0, 5, tzinfo=timezone(timedelta(hours=1))))
    assert clock() == datetime(2027, 6, 6, 23, 5, tzinfo=UTC)
    clock.set(AT)
    clock.advance(timedelta(days=1))
    assert clock().replace(microsecond=0) == AT + timedelta(days=1)


def test_fixed_clock_refuses_a_naive_instant():
    with pytest.raises(ValueError, match="aware"):
        FixedClock(datetime(2026, 11, 30))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-12-06T23:30:00Z", datetime(2026, 12, 6, 23, 30, tzinfo=UTC)),
        ("2027-06-07T00:05+01:00", datetime(2027, 6, 6, 23, 5, tzinfo=UTC)),
        ("2028-02-29 12:00", datetime(2028, 2, 29, 12, tzinfo=UTC)),
    ],
)
def test_parse_instant_reads_iso_with_or_without_an_offset(text, expected):
    assert parse_instant(text) == expected


def test_working_days_before_skips_weekends_and_christmas():
    # Tuesday 29 December 2026: Christmas (Fri 25) and Boxing Day's substitute (Mon 28) are holidays.
    assert working_days_before(date(2026, 12, 29), 1, HOLIDAYS) == date(2026, 12, 24)
    assert working_days_before(date(2026, 12, 7), 5, HOLIDAYS) == date(2026, 11, 30)
    assert working_days_before(date(2026, 12, 7), 0, HOLIDAYS) == date(2026, 12, 7)


def test_working_days_before_undoes_add_working_days():
    day = date(2027, 3, 24)  # the week before Easter 2027
    for count in range(12):
        assert add_working_days(working_days_before(day, count, HOLIDAYS), count, HOLIDAYS) == day


def test_working_days_before_refuses_a_negative_count():
    with pytest.raises(ValueError, match="negative"):
        working_days_before(date(2026, 12, 7), -1, HOLIDAYS)
