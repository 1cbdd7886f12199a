"""The subject access request clock (UK GDPR Art. 12(3), ICO guidance on the right of access).

One calendar month from the day the request is received: the corresponding calendar date in the
next month (received 3 March, due 3 April); where that month has no such date, its last day
(received 31 January, due 28 or 29 February); and where the due day is a weekend or a bank
holiday, the next working day. An extension adds two further months (three from receipt,
counted the same way) and needs a reason. While the charity waits for the requester to confirm
who they are or what they want ("stop the clock"), the days paused are added back.

Pure rules: the bank holidays are passed in (loading them is I/O).
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from lcs_desktop.domain.working_days import is_working_day

BASE_MONTHS = 1
EXTENSION_MONTHS = 2
MAX_REASON = 2000


class RequestState(StrEnum):
    OPEN = "open"
    ANSWERED = "answered"

    @property
    def label(self) -> str:
        return {RequestState.OPEN: "Open", RequestState.ANSWERED: "Answered"}[self]


class Exemption(StrEnum):
    """Why an item is withheld from the pack (DPA 2018 Sch. 2 and 3)."""

    THIRD_PARTY = "third_party"
    CONFIDENTIAL_REFERENCE = "confidential_reference"
    SAFEGUARDING = "safeguarding"

    @property
    def label(self) -> str:
        return _EXEMPTION_LABELS[self]

    @property
    def replacement(self) -> str:
        """What the pack prints in place of the withheld words."""
        return f"[redacted — {self.label.lower()}]"


_EXEMPTION_LABELS = {
    Exemption.THIRD_PARTY: "Third-party data",
    Exemption.CONFIDENTIAL_REFERENCE: "Confidential reference",
    Exemption.SAFEGUARDING: "Safeguarding",
}


class Decision(StrEnum):
    ACCEPTED = "accepted"
    REJECTED = "rejected"


@dataclass(frozen=True)
class Pause:
    """The clock stopped on ``start`` and ran again on ``end`` (None: still stopped)."""

    start: date
    end: date | None = None

    def days(self, today: date) -> int:
        """Days the clock stood still; an open pause counts up to ``today``."""
        return max(0, ((self.end or today) - self.start).days)


def add_months(day: date, months: int) -> date:
    """The corresponding calendar date ``months`` later, or that month's last day if none."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def next_working_day(day: date, holidays: Iterable[date] | frozenset[date]) -> date:
    """``day`` itself if it is a working day, else the first working day after it."""
    held = frozenset(holidays)
    while not is_working_day(day, held):
        day += timedelta(days=1)
    return day


def paused_days(pauses: Iterable[Pause], today: date) -> int:
    return sum(p.days(today) for p in pauses)


def due_date(
    received_on: date,
    holidays: frozenset[date],
    *,
    extended: bool = False,
    pauses: Iterable[Pause] = (),
    today: date | None = None,
) -> date:
    """When the answer is due. An open pause counts up to ``today`` (the date moves on each
    day it stays open); without ``today`` an open pause counts nothing yet."""
    months = BASE_MONTHS + (EXTENSION_MONTHS if extended else 0)
    stopped = paused_days(pauses, today or received_on)
    return next_working_day(add_months(received_on, months) + timedelta(days=stopped), holidays)


@dataclass(frozen=True)
class ClockStatus:
    due: date
    paused: bool
    overdue: bool
    days_left: int  # negative when overdue

    @property
    def text(self) -> str:
        when = self.due.strftime("%d/%m/%Y")
        if self.paused:
            return f"Clock stopped while identity or scope is clarified (due {when} if resumed today)"
        if self.overdue:
            return f"Overdue: was due {when}"
        if self.days_left == 0:
            return f"Due today ({when})"
        return f"Due {when} ({self.days_left} day{'s' if self.days_left != 1 else ''} left)"


def clock_status(
    received_on: date,
    holidays: frozenset[date],
    today: date,
    *,
    extended: bool = False,
    pauses: Iterable[Pause] = (),
) -> ClockStatus:
    pauses = tuple(pauses)
    due = due_date(received_on, holidays, extended=extended, pauses=pauses, today=today)
    paused = any(p.end is None for p in pauses)
    return ClockStatus(due, paused, not paused and today > due, (due - today).days)
