"""The policy register's rules (policy §10: "reviewed annually"): review dates, the version in
force on a day, and what a new version must hold. Pure functions; the service stores."""

from __future__ import annotations

import calendar
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from lcs_desktop.domain.checks import PersonKind, PersonStatus, clean_text
from lcs_desktop.domain.errors import Problems, ValidationError

REVIEW_MONTHS = 12  # §10: annually
REMIND_BEFORE = timedelta(days=31)  # Home reminds the lead a month before the review is due
# The people the policy applies to (§1: "volunteers, staff and committee members"), once appointed.
ACKNOWLEDGING_KINDS = (PersonKind.STAFF, PersonKind.VOLUNTEER, PersonKind.COMMITTEE)
ACKNOWLEDGING_STATUS = PersonStatus.APPOINTED

SEED_LABEL = "2025"
SEED_TITLE = "Social Media Policy, Procedures and Guidance"
SEED_RESOURCE = "social-media-policy-2025.md"
# The shipped version's approval date is not in its text: the first day of its year stands in
# until the lead records the real one (PolicyRegisterService.approve).
SEED_APPROVED_ON = date(2025, 1, 1)

MAX_LABEL = 20
MAX_TITLE = 200
MAX_TEXT = 500_000
_LABEL = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 .\-/]*$")


class AckMethod(StrEnum):
    RECORDED = "recorded"
    IMPORTED = "imported"


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later; a day the month lacks becomes its last (29/02 -> 28/02)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def next_review(approved_on: date) -> date:
    return add_months(approved_on, REVIEW_MONTHS)


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def made_under(label: str) -> str:
    """The line printed on records: "Made under the Social Media Policy, version 2025"."""
    return f"Made under the Social Media Policy, version {label}"


@dataclass(frozen=True, slots=True)
class Approved:
    """Enough of a version to choose the one in force."""

    id: int
    approved_on: date


def in_force(versions: Iterable[Approved], day: date) -> int | None:
    """The id of the version approved most recently on or before ``day``; for a day before any
    approval, the earliest approved version (the oldest policy the register knows); None if
    nothing is approved."""
    approved = sorted(versions, key=lambda v: (v.approved_on, v.id))
    if not approved:
        return None
    current = [v for v in approved if v.approved_on <= day]
    return (current[-1] if current else approved[0]).id


@dataclass(frozen=True, slots=True)
class VersionInput:
    label: str
    title: str
    text: str


def validate_version(label: str | None, title: str | None, text: str | None) -> VersionInput:
    """Every problem at once (label, title, text)."""
    problems = Problems()
    clean_label = problems.check(
        clean_text, label, "label", "the version's label", required=True, limit=MAX_LABEL
    )
    if clean_label and not _LABEL.match(clean_label):
        problems.add(
            ValidationError("A version's label may hold letters, digits, spaces and - / . only.", "label")
        )
    clean_title = problems.check(
        clean_text, title, "title", "the policy's title", required=True, limit=MAX_TITLE
    )
    body = (text or "").strip()
    if not body:
        problems.add(ValidationError("Paste the policy's full text: a version needs its words.", "text"))
    elif len(body) > MAX_TEXT:
        problems.add(ValidationError("The policy's text is longer than 500,000 characters.", "text"))
    problems.raise_any()
    assert clean_label is not None and clean_title is not None
    return VersionInput(clean_label, clean_title, body)


def validate_approval(approved_on: date | None, approved_by: str | None, today: date) -> tuple[date, str]:
    problems = Problems()
    if approved_on is None:
        problems.add(ValidationError("Give the date the version was approved.", "approved_on"))
    elif approved_on > today:
        problems.add(ValidationError("The approval date cannot be in the future.", "approved_on"))
    by = problems.check(
        clean_text, approved_by, "approved_by", "who approved it (e.g. the trustees)", required=True
    )
    problems.raise_any()
    assert approved_on is not None and by is not None
    return approved_on, by


def validate_acknowledged_on(day: date | None, today: date, field: str = "acknowledged_on") -> date:
    if day is None:
        raise ValidationError("Give the date the policy was acknowledged.", field)
    if day > today:
        raise ValidationError("The date acknowledged cannot be in the future.", field)
    return day
