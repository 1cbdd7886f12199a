"""The retention schedule (issue 10, DESIGN.md §5a, policy §9): how long each kind of record is
kept, what starts its clock, and what happens when the time is up.

Plain Python. A rule names a record kind and the condition it covers, its trigger event, its
period and its action (review, delete or reduce to a minimal log), and cites its source. The
services feed each record's facts in and get back a ``RetentionDate``: the date, the action and
a sentence a person reads ("Delete after 12/05/2027 — unsuccessful applicant, 6 months").
Nothing is deleted automatically: a date only puts the record in the lead's review queue.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from lcs_desktop.domain.errors import Problems, ValidationError
from lcs_desktop.domain.pension_age import add_months, pension_age_text, state_pension_date

MAX_PERIOD_MONTHS = 100 * 12


class RecordKind(StrEnum):
    PERSON = "person"
    CHECK = "check"
    CASE = "case"
    WARNING = "warning"
    AUDIT = "audit"

    @property
    def label(self) -> str:
        return {
            "person": "Person",
            "check": "Recruitment check",
            "case": "Allegation case",
            "warning": "Disciplinary warning",
            "audit": "Audit event",
        }[self.value]


class RetentionAction(StrEnum):
    REVIEW = "review"
    DELETE = "delete"
    REDUCE = "reduce"
    KEEP = "keep"  # the audit trail only: kept for longer than anything it describes

    @property
    def label(self) -> str:
        return {
            "review": "Review",
            "delete": "Delete",
            "reduce": "Reduce to a minimal log",
            "keep": "Keep",
        }[self.value]


class PeriodBasis(StrEnum):
    MONTHS = "months"  # the period after the trigger
    PENSION_OR_MONTHS = "pension_or_months"  # normal pension age or the period, the longer
    ON_TRIGGER = "on_trigger"  # as soon as the trigger happens
    INDEFINITE = "indefinite"  # no end date of its own


@dataclass(frozen=True)
class RetentionRule:
    code: str
    record_kind: RecordKind
    applies_to: str
    trigger: str
    basis: PeriodBasis
    period_months: int | None
    action: RetentionAction
    source: str
    short: str  # how a reason line names the record: "unsuccessful applicant"

    @property
    def period_editable(self) -> bool:
        return self.basis in (PeriodBasis.MONTHS, PeriodBasis.PENSION_OR_MONTHS)

    @property
    def allowed_actions(self) -> tuple[RetentionAction, ...]:
        if self.record_kind is RecordKind.AUDIT:
            return (RetentionAction.KEEP,)
        if self.record_kind is RecordKind.CHECK:
            return (RetentionAction.REVIEW, RetentionAction.DELETE, RetentionAction.REDUCE)
        if self.record_kind is RecordKind.WARNING:
            return (RetentionAction.REVIEW,)
        return (RetentionAction.REVIEW, RetentionAction.DELETE)

    @property
    def period_text(self) -> str:
        if self.basis is PeriodBasis.ON_TRIGGER:
            return "at once"
        if self.basis is PeriodBasis.INDEFINITE or self.period_months is None:
            return "no end date"
        text = months_text(self.period_months)
        return f"normal pension age or {text}, whichever is longer" if self.pension else text

    @property
    def pension(self) -> bool:
        return self.basis is PeriodBasis.PENSION_OR_MONTHS


KCSIE = "Keeping Children Safe in Education 2025, Part 4 (allegations against staff)"
ICO = "ICO employment practices guidance: recruitment and selection; UK GDPR Article 5(1)(e)"

DEFAULT_RULES: tuple[RetentionRule, ...] = (
    RetentionRule(
        "check_not_appointed", RecordKind.CHECK, "Check of an applicant not appointed",
        "the applicant is told the outcome", PeriodBasis.MONTHS, 6, RetentionAction.DELETE,
        f"{ICO}; policy §9", "unsuccessful applicant",
    ),
    RetentionRule(
        "check_appointed", RecordKind.CHECK, "Check of a person appointed",
        "appointment", PeriodBasis.MONTHS, 6, RetentionAction.REDUCE,
        f"{ICO}; policy §9 (keep date, checker, result and outcome only)", "appointed person's check",
    ),
    RetentionRule(
        "case_allegation", RecordKind.CASE, "Allegation case: substantiated, or not yet decided",
        "the allegation", PeriodBasis.PENSION_OR_MONTHS, 120, RetentionAction.REVIEW,
        KCSIE, "allegation case",
    ),
    RetentionRule(
        "case_unsubstantiated", RecordKind.CASE, "Allegation case: unsubstantiated or unfounded",
        "the allegation", PeriodBasis.PENSION_OR_MONTHS, 120, RetentionAction.REVIEW,
        f"{KCSIE}: kept as the allegation rule", "unsubstantiated or unfounded allegation",
    ),
    RetentionRule(
        "case_malicious", RecordKind.CASE, "Allegation case: malicious or false",
        "the case is closed (unless the subject asked for it to be kept)", PeriodBasis.ON_TRIGGER,
        None, RetentionAction.DELETE, f"{KCSIE}: removed from personnel records",
        "malicious or false allegation",
    ),
    RetentionRule(
        "warning_expiry", RecordKind.WARNING, "Disciplinary warning",
        "the warning's expiry date", PeriodBasis.ON_TRIGGER, None, RetentionAction.REVIEW,
        "ACAS Code of Practice on disciplinary procedures; the case follows the allegation rule",
        "disciplinary warning expires and is no longer relied on",
    ),
    RetentionRule(
        "person_no_records", RecordKind.PERSON, "Person with no remaining checks or cases, not in post",
        "their last record goes", PeriodBasis.ON_TRIGGER, None, RetentionAction.DELETE,
        "UK GDPR Article 5(1)(c) and (e): data minimisation and storage limitation", "no remaining records",
    ),
    RetentionRule(
        "audit_events", RecordKind.AUDIT, "Audit events (content-free)",
        "never: kept for longer than any record they describe", PeriodBasis.INDEFINITE, None,
        RetentionAction.KEEP, "UK GDPR Article 5(2): accountability", "audit event",
    ),
)  # fmt: skip

DEFAULTS_BY_CODE: dict[str, RetentionRule] = {r.code: r for r in DEFAULT_RULES}


@dataclass(frozen=True)
class RetentionDate:
    """When a record's time is up (None: not yet known or never) and what to do then."""

    rule_code: str
    action: RetentionAction
    due: date | None
    sentence: str


def months_text(months: int) -> str:
    if months % 12 == 0:
        years = months // 12
        return f"{years} year{'s' if years != 1 else ''}"
    return f"{months} month{'s' if months != 1 else ''}"


def dmy(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def _line(rule: RetentionRule, due: date, why: str) -> RetentionDate:
    return RetentionDate(
        rule.code, rule.action, due, f"{rule.action.label} after {dmy(due)} — {rule.short}, {why}"
    )


def _pending(rule: RetentionRule, why: str) -> RetentionDate:
    return RetentionDate(rule.code, rule.action, None, why)


def _after(rule: RetentionRule, trigger: date) -> RetentionDate:
    if rule.basis is PeriodBasis.ON_TRIGGER:
        return _line(rule, trigger, f"when {rule.trigger}")
    months = rule.period_months or 0
    return _line(rule, add_months(trigger, months), months_text(months))


# -- checks -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckFacts:
    person_status: str  # domain.checks.PersonStatus value
    told_on: date | None = None  # the applicant was told the outcome (discussion)
    status_since: date | None = None  # the person's status was set on this day
    decided_on: date | None = None  # the check was completed or decided
    reduced_on: date | None = None


def check_retention(rules: Mapping[str, RetentionRule], facts: CheckFacts) -> RetentionDate:
    if facts.person_status == "not_appointed":
        rule = rules["check_not_appointed"]
        trigger = facts.told_on or facts.status_since or facts.decided_on
        if trigger is None:
            return _pending(rule, "Kept until the applicant is told the outcome")
        return _after(rule, trigger)
    rule = rules["check_appointed"]
    if facts.person_status not in ("appointed", "left"):
        return _pending(rule, "Kept while recruitment is in progress")
    if facts.reduced_on is not None:
        return RetentionDate(
            rule.code, rule.action, None, f"Reduced to a minimal log on {dmy(facts.reduced_on)}"
        )
    trigger = facts.status_since or facts.decided_on
    if trigger is None:
        return _pending(rule, "Kept until the check is completed")
    return _after(rule, trigger)


# -- cases ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseFacts:
    allegation_on: date
    finding: str | None = None  # domain.case_outcomes.Finding value
    closed_on: date | None = None
    subject_born: date | None = None
    subject_wishes_kept: bool = False


def case_retention(rules: Mapping[str, RetentionRule], facts: CaseFacts) -> RetentionDate:
    if facts.finding in ("malicious", "false") and not facts.subject_wishes_kept:
        rule = rules["case_malicious"]
        if facts.closed_on is None:
            return _pending(rule, f"{rule.action.label} when the case closes — {rule.short}")
        return _after(rule, facts.closed_on)
    code = "case_unsubstantiated" if facts.finding in ("unsubstantiated", "unfounded") else "case_allegation"
    rule = rules[code]
    return allegation_date(rule, facts.allegation_on, facts.subject_born, facts.subject_wishes_kept)


def allegation_date(
    rule: RetentionRule, allegation_on: date, born: date | None, wished: bool = False
) -> RetentionDate:
    """Normal pension age or the period from the allegation, whichever is later (KCSIE Part 4)."""
    months = rule.period_months or 0
    from_allegation = add_months(allegation_on, months)
    wish = "; kept at the subject's request" if wished else ""
    period = months_text(months)
    if rule.basis is not PeriodBasis.PENSION_OR_MONTHS:
        return _line(rule, from_allegation, f"{period} from the allegation{wish}")
    if born is None:
        unknown = "date of birth not recorded, so normal pension age is not known"
        why = f"{period} from the allegation ({unknown}){wish}"
        return _line(rule, from_allegation, why)
    pension = state_pension_date(born)
    if pension > from_allegation:
        return _line(rule, pension, f"until normal pension age ({pension_age_text(born)}){wish}")
    return _line(rule, from_allegation, f"{period} from the allegation (later than normal pension age){wish}")


# -- people and warnings ----------------------------------------------------------------------


@dataclass(frozen=True)
class PersonFacts:
    has_records: bool
    status: str
    last_change_on: date


def person_retention(rules: Mapping[str, RetentionRule], facts: PersonFacts) -> RetentionDate:
    rule = rules["person_no_records"]
    if facts.has_records:
        return _pending(rule, "Kept while this person has checks or cases")
    if facts.status not in ("not_appointed", "left"):
        return _pending(rule, "Kept while this person is in post or in recruitment")
    return _after(rule, facts.last_change_on)


def warning_retention(rules: Mapping[str, RetentionRule], expires_on: date) -> RetentionDate:
    rule = rules["warning_expiry"]
    return RetentionDate(
        rule.code,
        rule.action,
        expires_on,
        f"No longer relied on after {dmy(expires_on)} — the warning expires; "
        "the case follows the allegation rule",
    )


def with_keep(result: RetentionDate, keep_until: date | None) -> RetentionDate:
    """A "keep for N more months" decision moves a passed date on to the end of the keep."""
    if keep_until is None or result.due is None or keep_until <= result.due:
        return result
    return replace(
        result,
        due=keep_until,
        sentence=f"{result.action.label} after {dmy(keep_until)} — kept longer by decision "
        f"({result.sentence})",
    )


# -- editing the schedule ---------------------------------------------------------------------


def changed_rule(rule: RetentionRule, period_months: int | None, action: RetentionAction) -> RetentionRule:
    """The rule with a new period and action, or every problem at once (ValidationErrors)."""
    problems = Problems()
    if rule.period_editable:
        if period_months is None or period_months <= 0:
            problems.add(
                ValidationError(
                    "A retention period must be at least one month: a period of zero or less "
                    "would put records up for deletion the moment they are made.",
                    "period",
                )
            )
        elif period_months > MAX_PERIOD_MONTHS:
            problems.add(ValidationError("A retention period can be at most 100 years.", "period"))
    elif period_months not in (None, rule.period_months):
        problems.add(ValidationError(f"The period of this rule is fixed: {rule.period_text}.", "period"))
    if action not in rule.allowed_actions:
        allowed = ", ".join(a.label.lower() for a in rule.allowed_actions)
        problems.add(ValidationError(f"For this kind of record the action can be: {allowed}.", "action"))
    problems.raise_any()
    return replace(
        rule, period_months=period_months if rule.period_editable else rule.period_months, action=action
    )


def schedule(overrides: Iterable[RetentionRule]) -> dict[str, RetentionRule]:
    """The defaults with the organisation's stored rules in their place."""
    rules = dict(DEFAULTS_BY_CODE)
    rules.update({r.code: r for r in overrides if r.code in rules})
    return rules
