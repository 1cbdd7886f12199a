"""Bank holidays, working days and London time behind the referral clocks."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from importlib import resources
from zoneinfo import ZoneInfo

import pytest

from lcs_desktop.domain.working_days import (
    add_working_days,
    bank_holidays,
    bank_holidays_for_year,
    easter_sunday,
    end_of_london_day,
    london_date,
    to_london,
    working_day_deadline,
    working_days_between,
)
from lcs_desktop.services.holidays import load_bank_holidays

HOLIDAYS = bank_holidays()

# As published for England and Wales.
KNOWN = {
    2018: ["01-01", "03-30", "04-02", "05-07", "05-28", "08-27", "12-25", "12-26"],
    2019: ["01-01", "04-19", "04-22", "05-06", "05-27", "08-26", "12-25", "12-26"],
    2020: ["01-01", "04-10", "04-13", "05-08", "05-25", "08-31", "12-25", "12-28"],
    2021: ["01-01", "04-02", "04-05", "05-03", "05-31", "08-30", "12-27", "12-28"],
    2022: ["01-03", "04-15", "04-18", "05-02", "06-02", "06-03", "08-29", "09-19", "12-26", "12-27"],
    2023: ["01-02", "04-07", "04-10", "05-01", "05-08", "05-29", "08-28", "12-25", "12-26"],
    2024: ["01-01", "03-29", "04-01", "05-06", "05-27", "08-26", "12-25", "12-26"],
    2025: ["01-01", "04-18", "04-21", "05-05", "05-26", "08-25", "12-25", "12-26"],
    2026: ["01-01", "04-03", "04-06", "05-04", "05-25", "08-31", "12-25", "12-28"],
    2027: ["01-01", "03-26", "03-29", "05-03", "05-31", "08-30", "12-27", "12-28"],
}


@pytest.mark.parametrize("year", sorted(KNOWN))
def test_bank_holidays_match_the_published_list(year):
    assert bank_holidays_for_year(year) == [date.fromisoformat(f"{year}-{d}") for d in KNOWN[year]]


def test_easter_dates_are_right_across_the_range():
    assert [easter_sunday(y) for y in (2019, 2024, 2025, 2030, 2032)] == [
        date(2019, 4, 21),
        date(2024, 3, 31),
        date(2025, 4, 20),
        date(2030, 4, 21),
        date(2032, 3, 28),
    ]


def test_shipped_json_matches_the_rules():
    raw = resources.files("lcs_desktop.resources").joinpath("uk-bank-holidays.json").read_text("utf-8")
    document = json.loads(raw)
    shipped = {date.fromisoformat(e["date"]) for e in document["events"]}
    assert (document["first_year"], document["last_year"]) == (2018, 2032)
    assert shipped == set(bank_holidays(2018, 2032))
    assert all(e["title"] for e in document["events"])


def test_loader_reads_the_shipped_list_and_extends_past_it():
    loaded = load_bank_holidays()
    assert date(2023, 5, 8) in loaded  # coronation
    assert date(2020, 5, 4) not in loaded  # moved to VE day
    assert date(2036, 12, 25) in loaded  # computed past the shipped years


def test_next_working_day_skips_the_easter_weekend():
    # Thursday before Easter 2025 -> Good Friday, weekend, Easter Monday -> Tuesday.
    assert add_working_days(date(2025, 4, 17), 1, HOLIDAYS) == date(2025, 4, 22)
    # Good Friday itself.
    assert add_working_days(date(2025, 4, 18), 1, HOLIDAYS) == date(2025, 4, 22)


def test_next_working_day_skips_christmas_substitutes():
    assert add_working_days(date(2026, 12, 24), 1, HOLIDAYS) == date(2026, 12, 29)
    assert add_working_days(date(2022, 12, 23), 1, HOLIDAYS) == date(2022, 12, 28)


def test_working_days_between_counts_only_weekdays_that_are_not_holidays():
    assert working_days_between(date(2025, 4, 17), date(2025, 4, 22), HOLIDAYS) == 1
    assert working_days_between(date(2025, 3, 10), date(2025, 3, 17), HOLIDAYS) == 5
    assert working_days_between(date(2025, 3, 17), date(2025, 3, 10), HOLIDAYS) == 0


def test_deadline_is_the_end_of_the_working_day_in_london_time():
    # Summer: 23:59:59 BST is 22:59:59 UTC.
    start = datetime(2025, 8, 22, 15, 0, tzinfo=UTC)  # Friday before the summer bank holiday
    assert working_day_deadline(start, 1, HOLIDAYS) == datetime(2025, 8, 26, 22, 59, 59, tzinfo=UTC)
    # Winter: GMT.
    start = datetime(2025, 1, 10, 15, 0, tzinfo=UTC)  # Friday
    assert working_day_deadline(start, 1, HOLIDAYS) == datetime(2025, 1, 13, 23, 59, 59, tzinfo=UTC)


def test_a_late_evening_in_summer_counts_as_the_london_date():
    # 23:30 UTC on Thursday 17 April 2025 is already Good Friday 00:30 in London.
    moment = datetime(2025, 4, 17, 23, 30, tzinfo=UTC)
    assert london_date(moment) == date(2025, 4, 18)


def test_london_time_agrees_with_the_time_zone_database_hour_by_hour():
    london = ZoneInfo("Europe/London")
    moment = datetime(2024, 1, 1, tzinfo=UTC)
    while moment < datetime(2027, 1, 1, tzinfo=UTC):
        assert to_london(moment) == moment.astimezone(london).replace(tzinfo=None), moment
        moment += timedelta(minutes=30 if moment.month in (3, 10) else 7 * 60)


def test_end_of_day_on_the_clock_change_days():
    assert end_of_london_day(date(2025, 3, 30)) == datetime(2025, 3, 30, 22, 59, 59, tzinfo=UTC)
    assert end_of_london_day(date(2025, 10, 26)) == datetime(2025, 10, 26, 23, 59, 59, tzinfo=UTC)


def test_negative_working_days_are_refused():
    with pytest.raises(ValueError):
        add_working_days(date(2025, 1, 1), -1, HOLIDAYS)
