"""Breach investigations (policy §5–§8): the choices a case offers and the rules it obeys.

Plain Python. The services gather the facts from the store and call these rules, so the
GUI, the command line and the tests all meet the same refusals, in the same words.
Referral clocks live in ``case_referrals``; outcomes, findings and appeals in ``case_outcomes``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import TypeVar

from lcs_desktop.domain import catalogue
from lcs_desktop.domain.checks import MAX_SHORT, MAX_TEXT, PersonKind, Platform
from lcs_desktop.domain.errors import Problems, ValidationError
from lcs_desktop.domain.working_days import london_date, to_london, working_day_deadline

MAX_REFERENCE = 40
E = TypeVar("E", bound=StrEnum)
# A clock a few minutes fast on one PC must not make "now" a future time.
FUTURE_TOLERANCE = timedelta(minutes=5)


class _Labelled(StrEnum):
    @property
    def label(self) -> str:
        return LABELS[self]


class CaseStatus(_Labelled):
    NEW = "new"
    INVESTIGATING = "investigating"
    AWAITING_DECISION = "awaiting_decision"
    CLOSED = "closed"


class RiskRating(_Labelled):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class EntryKind(_Labelled):
    NOTE = "note"
    INTERVIEW = "interview"
    MEETING = "meeting"
    EVIDENCE_RECEIVED = "evidence_received"
    LETTER_SENT = "letter_sent"
    DECISION = "decision"


class RaisedByKind(_Labelled):
    """Who raised the concern. Anyone outside LCS is a third party: named in the stored
    record, replaced by a reference in a redacted export."""

    STAFF = "staff"
    VOLUNTEER = "volunteer"
    COMMITTEE = "committee"
    PARENT_OR_CARER = "parent_or_carer"
    CHILD = "child"
    OTHER_PROFESSIONAL = "other_professional"
    MEMBER_OF_PUBLIC = "member_of_public"
    ANONYMOUS = "anonymous"

    @property
    def is_third_party(self) -> bool:
        return self not in (RaisedByKind.STAFF, RaisedByKind.VOLUNTEER, RaisedByKind.COMMITTEE)


class PartyKind(_Labelled):
    """Someone affected, recorded by case reference; the name is a protected field."""

    CHILD = "child"
    FAMILY = "family"
    THIRD_PARTY = "third_party"


LABELS: dict[StrEnum, str] = {
    CaseStatus.NEW: "New",
    CaseStatus.INVESTIGATING: "Investigating",
    CaseStatus.AWAITING_DECISION: "Awaiting decision",
    CaseStatus.CLOSED: "Closed",
    RiskRating.LOW: "Low",
    RiskRating.MEDIUM: "Medium",
    RiskRating.HIGH: "High",
    EntryKind.NOTE: "Note",
    EntryKind.INTERVIEW: "Interview",
    EntryKind.MEETING: "Meeting",
    EntryKind.EVIDENCE_RECEIVED: "Evidence received",
    EntryKind.LETTER_SENT: "Letter sent",
    EntryKind.DECISION: "Decision",
    RaisedByKind.STAFF: "Staff member",
    RaisedByKind.VOLUNTEER: "Volunteer",
    RaisedByKind.COMMITTEE: "Committee member",
    RaisedByKind.PARENT_OR_CARER: "Parent or carer",
    RaisedByKind.CHILD: "Child or young person",
    RaisedByKind.OTHER_PROFESSIONAL: "Another professional",
    RaisedByKind.MEMBER_OF_PUBLIC: "Member of the public",
    RaisedByKind.ANONYMOUS: "Anonymous",
    PartyKind.CHILD: "Child",
    PartyKind.FAMILY: "Family",
    PartyKind.THIRD_PARTY: "Third party",
}

# Who a concern can be about: people bound by the policy (not applicants, whose
# concerns belong to the recruitment check).
SUBJECT_KINDS = frozenset({PersonKind.STAFF, PersonKind.VOLUNTEER, PersonKind.COMMITTEE})

# Moves a user makes by hand; closing goes through the closure rules instead.
STATUS_MOVES: dict[CaseStatus, frozenset[CaseStatus]] = {
    CaseStatus.NEW: frozenset({CaseStatus.INVESTIGATING}),
    CaseStatus.INVESTIGATING: frozenset({CaseStatus.AWAITING_DECISION}),
    CaseStatus.AWAITING_DECISION: frozenset({CaseStatus.INVESTIGATING}),
    CaseStatus.CLOSED: frozenset(),
}


def status_move_problem(current: CaseStatus, new: CaseStatus) -> str | None:
    if new is current:
        return f"The case is already {current.label.lower()}."
    if new is CaseStatus.CLOSED:
        return "Close a case with 'Close case', which checks the decision and needs the lead's sign-off."
    if current is CaseStatus.CLOSED:
        return "The case is closed. The safeguarding lead can reopen it, giving a reason."
    if new not in STATUS_MOVES[current]:
        return f"A case cannot go from {current.label.lower()} to {new.label.lower()}."
    return None


# -- text and times ------------------------------------------------------------------------


def text(value: str | None, field_name: str, what: str, *, required: bool, limit: int = MAX_TEXT) -> str:
    """Trimmed text within its limit; inner text (emoji, right-to-left) kept exactly."""
    cleaned = (value or "").strip()
    if required and not cleaned:
        raise ValidationError(f"Enter {what}.", field_name)
    if len(cleaned) > limit:
        raise ValidationError(
            f"{what[0].upper()}{what[1:]} is too long: {len(cleaned):,} characters, {limit:,} at "
            "most. Shorten it, or attach the full text as evidence.",
            field_name,
        )
    if "\x00" in cleaned:
        raise ValidationError(
            f"{what[0].upper()}{what[1:]} contains a character that cannot be stored.", field_name
        )
    return cleaned


def moment(
    value: datetime | None, now: datetime, field_name: str, what: str, *, required: bool = True
) -> datetime | None:
    """An aware instant, not in the future."""
    if value is None:
        if required:
            raise ValidationError(f"Enter {what}.", field_name)
        return None
    if value.tzinfo is None:
        raise ValueError(f"{field_name}: a naive datetime reached the domain")
    if value > now + FUTURE_TOLERANCE:
        raise ValidationError(
            f"{what[0].upper()}{what[1:]} ({to_london(value):%d/%m/%Y %H:%M}) is in the future.", field_name
        )
    return value


def day(value: date | None, today: date, field_name: str, what: str, *, required: bool = True) -> date | None:
    if value is None:
        if required:
            raise ValidationError(f"Enter {what}.", field_name)
        return None
    if value > today:
        raise ValidationError(f"{what[0].upper()}{what[1:]} ({value:%d/%m/%Y}) is in the future.", field_name)
    return value


def duration_text(delta: timedelta) -> str:
    """'2 days 3 hours', '45 minutes': what the case shows as the time to report."""
    minutes = max(0, int(delta.total_seconds() // 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    parts: list[str] = []
    if days:
        parts.append(f"{days} day{'s' if days != 1 else ''}")
    if hours:
        parts.append(f"{hours} hour{'s' if hours != 1 else ''}")
    if not days and (mins or not parts):
        parts.append(f"{mins} minute{'s' if mins != 1 else ''}")
    return " ".join(parts)


# -- intake ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ConcernInput:
    concern_at: datetime
    reported_at: datetime
    raised_by: str
    raised_by_kind: RaisedByKind
    what_was_seen: str
    breach_types: tuple[str, ...]
    platforms: tuple[Platform, ...]
    immediate_actions: str


def validate_concern(
    *,
    concern_at: datetime | None,
    reported_at: datetime | None,
    raised_by: str | None,
    raised_by_kind: str | RaisedByKind | None,
    what_was_seen: str | None,
    breach_types: Iterable[str],
    platforms: Iterable[str | Platform],
    immediate_actions: str | None,
    now: datetime,
) -> ConcernInput:
    problems = Problems()  # every problem at once, so the form can show them all together
    happened = problems.check(moment, concern_at, now, "concern_at", "when it happened")
    came_in = problems.check(moment, reported_at, now, "reported_at", "when the concern came in")
    if happened is not None and came_in is not None and happened > came_in:
        problems.add(
            ValidationError(
                "The concern cannot have come in before it happened: check both dates and times "
                f"(happened {to_london(happened):%d/%m/%Y %H:%M}, "
                f"came in {to_london(came_in):%d/%m/%Y %H:%M}).",
                "concern_at",
            )
        )
    kind = problems.check(choice, RaisedByKind, raised_by_kind, "raised_by_kind", "who raised the concern")
    raiser = problems.check(
        text,
        raised_by,
        "raised_by",
        "who raised the concern",
        required=kind is not RaisedByKind.ANONYMOUS,
        limit=MAX_SHORT,
    )
    seen = problems.check(text, what_was_seen, "what_was_seen", "what was seen", required=True)
    codes = tuple(dict.fromkeys(breach_types))
    if not codes:
        problems.add(
            ValidationError("Choose at least one breach type from the policy catalogue.", "breach_types")
        )
    for code in codes:
        problems.check(catalogue.entry, code)  # refuses an unknown code
    chosen = tuple(
        dict.fromkeys(problems.check(choice, Platform, p, "platforms", "a platform") for p in platforms)
    )
    actions = problems.check(
        text, immediate_actions, "immediate_actions", "the immediate safeguarding actions", required=False
    )
    problems.raise_any()
    assert happened is not None and came_in is not None and kind is not None
    return ConcernInput(
        happened,
        came_in,
        raiser or "",
        kind,
        seen or "",
        codes,
        tuple(p for p in chosen if p is not None),
        actions or "",
    )


def report_delay(concern_at: datetime, reported_at: datetime, holidays: frozenset[date]) -> tuple[str, bool]:
    """The time from concern to report, and whether it was over one working day (flagged:
    the policy says concerns are reported *immediately*)."""
    late = reported_at > working_day_deadline(concern_at, 1, holidays)
    return duration_text(reported_at - concern_at), late


def subject_problem(kind: str) -> str | None:
    if kind not in SUBJECT_KINDS:
        return (
            "A concern is about a member of staff, a volunteer or a committee member. For an "
            "applicant, record it on their recruitment check."
        )
    return None


# -- people on the case ---------------------------------------------------------------------


def same_person(user_full_name: str, first_name: str, last_name: str) -> bool:
    """The app's accounts and the people list are separate records: an account whose name
    is the subject's name is taken to be the subject."""
    return " ".join(user_full_name.split()).casefold() == f"{first_name} {last_name}".casefold()


def officer_problem(officer_name: str | None, subject_first: str, subject_last: str) -> str | None:
    if officer_name and same_person(officer_name, subject_first, subject_last):
        return "The investigating officer cannot be the person the concern is about. Choose someone else."
    return None


def assignment_warnings(officer_id: int | None, decision_maker_id: int | None) -> tuple[str, ...]:
    if officer_id is not None and officer_id == decision_maker_id:
        return (
            "The same person is investigating officer and decision-maker. Fairness needs them to "
            "be different people where the organisation can manage it; record why if not.",
        )
    return ()


def choice(enum: type[E], value: object, field_name: str, what: str) -> E:
    """An enum member from stored or typed text, or a plain refusal naming the field."""
    if value is None or value == "":
        raise ValidationError(f"Choose {what}.", field_name)
    try:
        return enum(value)
    except ValueError:
        raise ValidationError(f"Choose {what} from the list.", field_name) from None


def case_reference(year: int, number: int) -> str:
    return f"BC-{year}-{number:04d}"


def reference_year(reported_at: datetime) -> int:
    return london_date(reported_at).year
