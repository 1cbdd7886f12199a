"""The subject access clock (ICO): one calendar month, extension, stop-the-clock, working days."""

from __future__ import annotations

from datetime import date

import pytest

from lcs_desktop.domain.subject_access import (
    Pause,
    add_months,
    clock_status,
    due_date,
    next_working_day,
)
from lcs_desktop.domain.working_days import bank_holidays

HOLIDAYS = bank_holidays()


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (date(2025, 3, 3), date(2025, 4, 3)),  # corresponding date, a Thursday
        (date(2025, 1, 31), date(2025, 2, 28)),  # no 31 February: the month's last day (Friday)
        (date(2024, 1, 31), date(2024, 2, 29)),  # leap year: 29 February (Thursday)
        (date(2024, 1, 30), date(2024, 2, 29)),
        (date(2025, 12, 31), date(2026, 2, 2)),  # 31 January 2026 is a Saturday: Monday
        (date(2025, 4, 5), date(2025, 5, 6)),  # 5 May 2025 is the early May bank holiday
        (date(2025, 11, 25), date(2025, 12, 29)),  # Christmas, Boxing Day, then the weekend
        (date(2026, 3, 31), date(2026, 4, 30)),  # 31 April does not exist
    ],
)
def test_one_calendar_month_to_the_next_working_day(received: date, due: date) -> None:
    assert due_date(received, HOLIDAYS) == due


def test_add_months_keeps_the_day_or_takes_the_last_of_the_month() -> None:
    assert add_months(date(2025, 8, 31), 1) == date(2025, 9, 30)
    assert add_months(date(2025, 11, 30), 3) == date(2026, 2, 28)
    assert add_months(date(2027, 11, 29), 3) == date(2028, 2, 29)
    assert add_months(date(2025, 12, 15), 1) == date(2026, 1, 15)


def test_extension_adds_two_further_months() -> None:
    # Three months from 30 November 2025 is Saturday 28 February 2026: Monday 2 March.
    assert due_date(date(2025, 11, 30), HOLIDAYS, extended=True) == date(2026, 3, 2)
    # Leap year: 29 November 2027 + 3 months = Tuesday 29 February 2028.
    assert due_date(date(2027, 11, 29), HOLIDAYS, extended=True) == date(2028, 2, 29)


def test_paused_days_are_added_back() -> None:
    pauses = [Pause(date(2025, 3, 10), date(2025, 3, 17))]
    assert due_date(date(2025, 3, 3), HOLIDAYS, pauses=pauses) == date(2025, 4, 10)
    # Two pauses (7 + 4 days): 14 April; 15 days lands on Good Friday 2025, so Tuesday 22 April.
    pauses.append(Pause(date(2025, 3, 20), date(2025, 3, 24)))
    assert due_date(date(2025, 3, 3), HOLIDAYS, pauses=pauses) == date(2025, 4, 14)
    assert due_date(date(2025, 3, 3), HOLIDAYS, pauses=[Pause(date(2025, 3, 10), date(2025, 3, 25))]) == (
        date(2025, 4, 22)
    )


def test_an_open_pause_counts_up_to_today() -> None:
    status = clock_status(date(2025, 3, 3), HOLIDAYS, date(2025, 3, 12), pauses=[Pause(date(2025, 3, 10))])
    assert status.paused and not status.overdue
    assert status.due == date(2025, 4, 7)  # 3 April + 2 days = Saturday 5 April: Monday
    assert "Clock stopped" in status.text


def test_status_overdue_and_days_left() -> None:
    late = clock_status(date(2025, 3, 3), HOLIDAYS, date(2025, 4, 4))
    assert late.overdue and late.text == "Overdue: was due 03/04/2025"
    running = clock_status(date(2025, 3, 3), HOLIDAYS, date(2025, 4, 1))
    assert not running.overdue and running.days_left == 2
    assert running.text == "Due 03/04/2025 (2 days left)"
    assert clock_status(date(2025, 3, 3), HOLIDAYS, date(2025, 4, 3)).text == "Due today (03/04/2025)"


def test_next_working_day_leaves_a_working_day_alone() -> None:
    assert next_working_day(date(2025, 4, 3), HOLIDAYS) == date(2025, 4, 3)
    assert next_working_day(date(2025, 4, 18), HOLIDAYS) == date(2025, 4, 22)
