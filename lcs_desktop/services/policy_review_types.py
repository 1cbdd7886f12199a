"""The policy review's figures as plain data: the period, the published tables and the
medians (each suppressed below 5), and the small helpers that build them."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from lcs_desktop.domain.errors import ValidationError
from lcs_desktop.domain.suppression import THRESHOLD, ShownTable
from lcs_desktop.domain.working_days import from_london

MAX_DAYS = 366 * 10


@dataclass(frozen=True, slots=True)
class Period:
    start: date
    end: date  # inclusive

    @property
    def text(self) -> str:
        return f"{self.start:%d/%m/%Y} to {self.end:%d/%m/%Y}"

    def bounds(self) -> tuple[datetime, datetime]:
        """The period as aware UTC instants: London midnight to London midnight after the end."""
        first = from_london(datetime.combine(self.start, time()))
        after = from_london(datetime.combine(self.end + timedelta(days=1), time()))
        return first, after


@dataclass(frozen=True, slots=True)
class ReviewTable:
    key: str
    title: str
    note: str  # what is counted, in one sentence
    table: ShownTable
    row_heading: str = ""  # the first column's heading ("Result", "Agency"…)


@dataclass(frozen=True, slots=True)
class ReviewMeasure:
    key: str
    title: str
    text: str  # "2 hours (median of 37 cases)", or why it is not shown
    count: int


@dataclass(frozen=True, slots=True)
class ReviewFigures:
    period: Period
    tables: tuple[ReviewTable, ...]
    measures: tuple[ReviewMeasure, ...]

    def table(self, key: str) -> ReviewTable:
        return next(t for t in self.tables if t.key == key)

    def measure(self, key: str) -> ReviewMeasure:
        return next(m for m in self.measures if m.key == key)


def check_period(start: date | None, end: date | None) -> Period:
    if start is None or end is None:
        raise ValidationError("Choose the first and the last day of the period.")
    if end < start:
        raise ValidationError("The period's last day is before its first day.")
    if (end - start).days > MAX_DAYS:
        raise ValidationError("Choose a period of ten years or less.")
    return Period(start, end)


def label_of(enum: Any, code: str) -> str:
    try:
        return str(enum(code).label)
    except ValueError:
        return code.replace("_", " ").capitalize()


def listed(rows: Iterable[tuple[Any, ...]], order: list[str], label: Callable[[str], str]) -> tuple:
    """(labels, counts) for every known code, in ``order``, then any code this version does not
    know; a code with no rows still shows (as a suppressed zero), so the table's shape does not
    depend on the data."""
    counts = {str(code): int(n) for code, n in rows if code is not None}
    codes = order + sorted(c for c in counts if c not in order)
    return [label(c) for c in codes], [counts.get(c, 0) for c in codes]


def median(histogram: Iterable[tuple[Any, Any]]) -> tuple[float | None, int]:
    """The median of whole-number buckets (value, how many), and how many in all."""
    buckets = sorted((int(v), int(n)) for v, n in histogram if v is not None)
    total = sum(n for _, n in buckets)
    if not total:
        return None, 0
    middle = [(total - 1) // 2, total // 2]
    found: list[int] = []
    seen = 0
    for value, n in buckets:
        while middle and middle[0] < seen + n:
            found.append(value)
            middle.pop(0)
        seen += n
    return sum(found) / len(found), total


def measure(
    key: str, title: str, histogram: Iterable[tuple[Any, Any]], unit: str, what: str
) -> ReviewMeasure:
    value, count = median(histogram)
    if count < THRESHOLD:
        return ReviewMeasure(key, title, f"Not shown: fewer than {THRESHOLD} {what} in the period.", count)
    amount = f"{value:g}"
    text = f"{amount} {unit}{'' if value == 1 else 's'} (median of {count:,} {what})"
    if value == 0:
        text = f"Under one {unit} (median of {count:,} {what})"
    return ReviewMeasure(key, title, text, count)
