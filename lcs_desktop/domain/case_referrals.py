"""External referrals and their clocks.

Each kind says when it is due and why, in words a safeguarding lead would use. Two have a
hard clock: the LADO (one working day: Working Together to Safeguard Children 2023) and
the ICO personal data breach report (72 hours from becoming aware: UK GDPR Art. 33). The
others have no number of days in law or guidance — "as soon as possible" — so they are
never shown as overdue, only as outstanding while marked needed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import TypeVar

from lcs_desktop.domain.cases import MAX_REFERENCE, day, text
from lcs_desktop.domain.checks import MAX_SHORT
from lcs_desktop.domain.errors import Problems, ValidationError
from lcs_desktop.domain.working_days import london_date, working_day_deadline

E = TypeVar("E", bound=StrEnum)


class ClockKind(StrEnum):
    WORKING_DAYS = "working_days"
    HOURS = "hours"
    NONE = "none"


class ReferralKind(StrEnum):
    LADO = "lado"
    DBS_BARRING = "dbs_barring"
    POLICE = "police"
    ICO = "ico"
    CHARITY_COMMISSION = "charity_commission"

    @property
    def rule(self) -> ReferralRule:
        return RULES[self]

    @property
    def label(self) -> str:
        return RULES[self].label


class ReferralState(StrEnum):
    NEEDED = "needed"
    MADE = "made"
    NOT_NEEDED = "not_needed"

    @property
    def label(self) -> str:
        return {"needed": "Needed", "made": "Made", "not_needed": "Considered and not needed"}[self.value]


@dataclass(frozen=True, slots=True)
class ReferralRule:
    label: str
    clock: ClockKind
    amount: int  # working days or hours; 0 for no clock
    clock_text: str  # what the case page shows beside the clock
    explanation: str  # plain English: when the duty applies and why the clock is what it is


RULES: dict[ReferralKind, ReferralRule] = {
    ReferralKind.LADO: ReferralRule(
        "LADO referral",
        ClockKind.WORKING_DAYS,
        1,
        "Within one working day of the concern coming in",
        "When an allegation suggests that someone who works with children has harmed a child, "
        "may have committed an offence against a child, or has behaved in a way that shows they "
        "may pose a risk to children, the Local Authority Designated Officer (LADO) must be told "
        "within one working day (Working Together to Safeguard Children 2023). Weekends and bank "
        "holidays are not working days.",
    ),
    ReferralKind.DBS_BARRING: ReferralRule(
        "DBS barring referral",
        ClockKind.NONE,
        0,
        "As soon as possible once the duty applies",
        "LCS must refer to the Disclosure and Barring Service when it removes someone from work "
        "with children (or would have, had they not left) because they harmed a child or posed a "
        "risk of harm (Safeguarding Vulnerable Groups Act 2006). No number of days is set: refer "
        "as soon as the decision is made.",
    ),
    ReferralKind.POLICE: ReferralRule(
        "Police",
        ClockKind.NONE,
        0,
        "Immediately where a crime may have been committed or a child is at risk",
        "Tell the police at once if a child is in immediate danger (999) or a crime may have "
        "been committed; otherwise after agreeing it with the LADO, who may advise on timing.",
    ),
    ReferralKind.ICO: ReferralRule(
        "ICO personal data breach report",
        ClockKind.HOURS,
        72,
        "Within 72 hours of becoming aware of the breach",
        "A personal data breach that is likely to risk people's rights and freedoms must be "
        "reported to the Information Commissioner's Office within 72 hours of LCS becoming aware "
        "of it (UK GDPR Article 33). The 72 hours run through nights, weekends and bank holidays. "
        "If it is decided not to report, record why.",
    ),
    ReferralKind.CHARITY_COMMISSION: ReferralRule(
        "Charity Commission serious incident report",
        ClockKind.NONE,
        0,
        "Promptly, by the trustees",
        "The trustees must report a serious incident — including harm or risk of harm to "
        "children in the charity's care and allegations against staff or volunteers — to the "
        "Charity Commission promptly, and say what is being done about it.",
    ),
}


def due_at(kind: ReferralKind, clock_start: datetime, holidays: frozenset[date]) -> datetime | None:
    """When the referral is due, as aware UTC; None for kinds with no fixed clock."""
    rule = RULES[kind]
    if rule.clock is ClockKind.WORKING_DAYS:
        return working_day_deadline(clock_start, rule.amount, holidays)
    if rule.clock is ClockKind.HOURS:
        return clock_start + timedelta(hours=rule.amount)
    return None


# The one rule for every referral kind: it is either made (date and reference) or considered
# and not needed (with the reason). Anything else is still to be decided: its clock runs on the
# Home page and the case list, and a case cannot close with it.
DECIDED = frozenset({ReferralState.MADE, ReferralState.NOT_NEEDED})


def is_decided(state: ReferralState | None) -> bool:
    return state in DECIDED


def undecided_referrals(
    states: Mapping[ReferralKind, ReferralState], *, removed_from_role: bool = False
) -> list[str]:
    """What closure still needs about referrals, one plain sentence per undecided kind."""
    problems: list[str] = []
    for kind in ReferralKind:
        state = states.get(kind)
        if is_decided(state):
            continue
        if state is ReferralState.NEEDED:
            problems.append(
                f"{kind.label} — marked needed but not made yet: record it as made (date and "
                "reference), or as considered and not needed with the reason."
            )
        elif kind is ReferralKind.DBS_BARRING and removed_from_role:
            problems.append(
                "The subject is removed from their role: record whether a DBS barring referral "
                "was made or why it is not needed (the duty to refer)."
            )
        else:
            problems.append(
                f"{kind.label} — not decided yet: record it as made (date and reference), "
                "or as considered and not needed with the reason."
            )
    return problems


def is_overdue(state: ReferralState, due: datetime | None, now: datetime) -> bool:
    """Still to be decided and past its clock."""
    return not is_decided(state) and due is not None and now > due


def made_late(state: ReferralState, due: datetime | None, made_on: date | None) -> bool:
    """Made, but on a London date after the clock ran out (shown on the case, not refused)."""
    return (
        state is ReferralState.MADE and due is not None and made_on is not None and made_on > london_date(due)
    )


@dataclass(frozen=True, slots=True)
class ReferralInput:
    kind: ReferralKind
    state: ReferralState
    made_on: date | None
    reference: str
    reason: str
    notes: str
    aware_at: datetime | None


def validate_referral(
    *,
    kind: str | ReferralKind,
    state: str | ReferralState,
    made_on: date | None,
    reference: str | None,
    reason: str | None,
    notes: str | None,
    concern_at: datetime,
    aware_at: datetime | None,
    today: date,
) -> ReferralInput:
    problems = Problems()  # every problem at once, so the form can show them all together
    kind_value = problems.check(
        _choice, ReferralKind, kind, "kind", "Choose the kind of referral from the list."
    )
    state_value = problems.check(
        _choice, ReferralState, state, "state", "Choose whether the referral is needed, made or not needed."
    )
    when = None
    if state_value is ReferralState.MADE:
        when = problems.check(day, made_on, today, "made_on", "the date the referral was made")
        if when is not None and when < london_date(concern_at):
            problems.add(
                ValidationError(
                    f"The referral date ({when:%d/%m/%Y}) is before the concern itself "
                    f"({london_date(concern_at):%d/%m/%Y}). Check the date.",
                    "made_on",
                )
            )
    ref = problems.check(
        text, reference, "reference", "the referral's reference number", required=False, limit=MAX_REFERENCE
    )
    if state_value is ReferralState.MADE and ref == "":
        problems.add(
            ValidationError(
                "Enter the reference number the agency gave (or 'none given' if they gave none).", "reference"
            )
        )
    why = problems.check(
        text,
        reason,
        "reason",
        "why the referral is not needed",
        required=state_value is ReferralState.NOT_NEEDED,
        limit=MAX_SHORT * 10,
    )
    note_text = problems.check(text, notes, "notes", "the notes", required=False)
    if aware_at is not None and aware_at < concern_at:
        problems.add(
            ValidationError("LCS cannot have become aware of the breach before it happened.", "aware_at")
        )
    problems.raise_any()
    assert kind_value is not None and state_value is not None and ref is not None
    return ReferralInput(
        kind_value,
        state_value,
        when,
        ref,
        (why or "") if state_value is ReferralState.NOT_NEEDED else "",
        note_text or "",
        aware_at,
    )


def _choice(enum: type[E], value: object, field: str, message: str) -> E:
    try:
        return enum(value)
    except ValueError:
        raise ValidationError(message, field) from None
