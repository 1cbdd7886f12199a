"""Decisions, outcomes (policy §8), allegation findings, appeals and the closure rules."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from lcs_desktop.domain.case_referrals import ReferralKind, ReferralState, undecided_referrals
from lcs_desktop.domain.cases import day, text
from lcs_desktop.domain.errors import Problems, ValidationError


class OutcomeKind(StrEnum):
    NO_FURTHER_ACTION = "no_further_action"
    ADVICE_OR_GUIDANCE = "advice_or_guidance"
    SUITABILITY_AFFECTED = "suitability_affected"
    FURTHER_ASSESSMENT = "further_assessment"
    SUPERVISION = "supervision"
    DISCIPLINARY = "disciplinary"
    REMOVAL_FROM_ROLE = "removal_from_role"

    @property
    def label(self) -> str:
        return OUTCOME_LABELS[self]


OUTCOME_LABELS: dict[OutcomeKind, str] = {
    OutcomeKind.NO_FURTHER_ACTION: "No further action",
    OutcomeKind.ADVICE_OR_GUIDANCE: "Advice or guidance",
    OutcomeKind.SUITABILITY_AFFECTED: "Suitability affected (review of the role)",
    OutcomeKind.FURTHER_ASSESSMENT: "Further assessment",
    OutcomeKind.SUPERVISION: "Supervision",
    OutcomeKind.DISCIPLINARY: "Disciplinary action",
    OutcomeKind.REMOVAL_FROM_ROLE: "Removal from the volunteering or staff role",
}

# The §8 words each outcome carries out, for the outcome letter and the case pack.
OUTCOME_POLICY: dict[OutcomeKind, str] = {
    OutcomeKind.SUITABILITY_AFFECTED: "affect a volunteer’s suitability",
    OutcomeKind.FURTHER_ASSESSMENT: "lead to further assessment or supervision",
    OutcomeKind.SUPERVISION: "lead to further assessment or supervision",
    OutcomeKind.DISCIPLINARY: "result in disciplinary action",
    OutcomeKind.REMOVAL_FROM_ROLE: "lead to removal from a volunteering or staff role",
}


class DisciplinaryLevel(StrEnum):
    INFORMAL_WARNING = "informal_warning"
    FIRST_WRITTEN_WARNING = "first_written_warning"
    FINAL_WRITTEN_WARNING = "final_written_warning"

    @property
    def label(self) -> str:
        return {
            "informal_warning": "Informal warning",
            "first_written_warning": "First written warning",
            "final_written_warning": "Final written warning",
        }[self.value]


class Finding(StrEnum):
    SUBSTANTIATED = "substantiated"
    UNSUBSTANTIATED = "unsubstantiated"
    UNFOUNDED = "unfounded"
    FALSE = "false"
    MALICIOUS = "malicious"

    @property
    def label(self) -> str:
        return FINDING_TEXT[self][0]

    @property
    def meaning(self) -> str:
        return FINDING_TEXT[self][1]


# Definitions as used for allegations against people who work with children (Keeping
# Children Safe in Education / Working Together).
FINDING_TEXT: dict[Finding, tuple[str, str]] = {
    Finding.SUBSTANTIATED: ("Substantiated", "There is sufficient evidence to prove the allegation."),
    Finding.UNSUBSTANTIATED: (
        "Unsubstantiated",
        "There is insufficient evidence either to prove or disprove the allegation.",
    ),
    Finding.UNFOUNDED: (
        "Unfounded",
        "There is no evidence to support the allegation being made.",
    ),
    Finding.FALSE: ("False", "There is sufficient evidence to disprove the allegation."),
    Finding.MALICIOUS: (
        "Malicious",
        "There is sufficient evidence to disprove the allegation and a deliberate act to deceive.",
    ),
}


class AppealResult(StrEnum):
    UPHELD = "upheld"
    PARTLY_UPHELD = "partly_upheld"
    NOT_UPHELD = "not_upheld"
    WITHDRAWN = "withdrawn"

    @property
    def label(self) -> str:
        return {
            "upheld": "Appeal upheld",
            "partly_upheld": "Appeal partly upheld",
            "not_upheld": "Appeal not upheld",
            "withdrawn": "Appeal withdrawn",
        }[self.value]


@dataclass(frozen=True, slots=True)
class OutcomeInput:
    kind: OutcomeKind
    level: DisciplinaryLevel | None
    review_on: date | None  # supervision
    expires_on: date | None  # disciplinary warnings
    details: str


def validate_outcome(
    *,
    kind: str | OutcomeKind,
    level: str | DisciplinaryLevel | None,
    review_on: date | None,
    expires_on: date | None,
    details: str | None,
    decided_on: date | None,
) -> OutcomeInput:
    problems = Problems()  # every problem at once, so the form can show them all together
    kind_value = problems.check(_outcome_kind, kind)
    level_value = None
    review = expires = None
    if kind_value is OutcomeKind.SUPERVISION:
        review = problems.check(
            _later_date, review_on, decided_on, "review_on", "Supervision needs a review date.", _REVIEW
        )
    if kind_value is OutcomeKind.DISCIPLINARY:
        level_value = problems.check(_disciplinary_level, level)
        warning = level_value.label.lower() if level_value else "warning"
        missing = f"Enter the date the {warning} expires."
        expires = problems.check(_later_date, expires_on, decided_on, "expires_on", missing, _EXPIRES)
    why = problems.check(text, details, "details", "the outcome's details", required=False)
    problems.raise_any()
    assert kind_value is not None
    return OutcomeInput(kind_value, level_value, review, expires, why or "")


_REVIEW = "The supervision review date must be after the decision."
_EXPIRES = "A warning must expire after the date of the decision."


def _outcome_kind(kind: str | OutcomeKind | None) -> OutcomeKind:
    try:
        return OutcomeKind(kind)
    except ValueError:
        raise ValidationError("Choose the outcome from the list (policy §8).", "kind") from None


def _disciplinary_level(level: str | DisciplinaryLevel | None) -> DisciplinaryLevel:
    if not level:
        raise ValidationError(
            "Choose the disciplinary action: informal, first written or final written warning.", "level"
        )
    try:
        return DisciplinaryLevel(level)
    except ValueError:
        raise ValidationError("Choose the disciplinary action from the list.", "level") from None


def _later_date(value: date | None, decided_on: date | None, field: str, missing: str, early: str) -> date:
    """A required date after the decision's."""
    if value is None:
        raise ValidationError(missing, field)
    if decided_on and value <= decided_on:
        raise ValidationError(early, field)
    return value


@dataclass(frozen=True, slots=True)
class DecisionInput:
    decision_maker_id: int
    decided_on: date
    finding: Finding
    reason: str


def validate_decision(
    *,
    decision_maker_id: int | None,
    decided_on: date | None,
    finding: str | Finding | None,
    reason: str | None,
    reported_on: date,
    today: date,
) -> DecisionInput:
    problems = Problems()  # every problem at once, so the form can show them all together
    if decision_maker_id is None:
        problems.add(ValidationError("Choose who made the decision.", "decision_maker"))
    when = problems.check(day, decided_on, today, "decided_on", "the date of the decision")
    if when is not None and when < reported_on:
        problems.add(
            ValidationError("The decision cannot be dated before the concern came in.", "decided_on")
        )
    finding_value = problems.check(_finding, finding)
    why = problems.check(text, reason, "reason", "the reason for the decision", required=True)
    problems.raise_any()
    assert decision_maker_id is not None and when is not None and finding_value is not None
    return DecisionInput(decision_maker_id, when, finding_value, why or "")


def _finding(finding: str | Finding | None) -> Finding:
    if not finding:
        raise ValidationError("Choose the finding on the allegation.", "finding")
    try:
        return Finding(finding)
    except ValueError:
        raise ValidationError("Choose the finding from the list.", "finding") from None


@dataclass(frozen=True, slots=True)
class ClosureFacts:
    decision_maker_id: int | None
    decided_on: date | None
    decision_reason: str
    finding: str | None
    outcome_kinds: tuple[OutcomeKind, ...]
    referral_states: tuple[tuple[ReferralKind, ReferralState], ...]
    signer_is_lead: bool
    sign_off_note: str


def closure_problems(facts: ClosureFacts) -> list[str]:
    """Everything still needed before a case can be closed, in form order."""
    problems: list[str] = []
    if facts.decision_maker_id is None:
        problems.append("Record who made the decision.")
    if facts.decided_on is None:
        problems.append("Record the date of the decision.")
    if not facts.decision_reason.strip():
        problems.append("Record the reason for the decision.")
    if not facts.finding:
        problems.append(
            "Record the finding on the allegation (substantiated, unsubstantiated, unfounded, "
            "false or malicious)."
        )
    if not facts.outcome_kinds:
        problems.append("Record at least one outcome (policy §8), even if it is no further action.")
    problems += undecided_referrals(
        dict(facts.referral_states),
        removed_from_role=OutcomeKind.REMOVAL_FROM_ROLE in facts.outcome_kinds,
    )
    if not facts.signer_is_lead:
        problems.append("Closure needs the safeguarding lead's sign-off.")
    if not facts.sign_off_note.strip():
        problems.append("Enter the sign-off note (what the lead confirms in closing the case).")
    return problems


def appeal_problem(
    lodged_on: date | None, decided_on: date | None, heard_on: date | None, result_on: date | None
) -> str | None:
    if decided_on is None:
        return "An appeal can only be lodged against a decision: record the decision first."
    if lodged_on is not None and lodged_on < decided_on:
        return "The appeal cannot be lodged before the decision it appeals."
    if heard_on is not None and lodged_on is not None and heard_on < lodged_on:
        return "The appeal cannot be heard before it was lodged."
    if result_on is not None and heard_on is None:
        return "Record when the appeal was heard before its result."
    if result_on is not None and heard_on is not None and result_on < heard_on:
        return "The appeal's result cannot be dated before the hearing."
    return None
