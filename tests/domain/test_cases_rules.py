"""The breach-case rules in plain Python: statuses, referral clocks, outcomes, closure."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from lcs_desktop.domain.case_outcomes import (
    ClosureFacts,
    OutcomeKind,
    appeal_problem,
    closure_problems,
    validate_decision,
    validate_outcome,
)
from lcs_desktop.domain.case_referrals import (
    RULES,
    ReferralKind,
    ReferralState,
    due_at,
    is_decided,
    is_overdue,
    made_late,
    validate_referral,
)
from lcs_desktop.domain.cases import (
    CaseStatus,
    assignment_warnings,
    duration_text,
    officer_problem,
    report_delay,
    status_move_problem,
)
from lcs_desktop.domain.errors import ValidationError
from lcs_desktop.domain.working_days import bank_holidays

HOLIDAYS = bank_holidays()


def test_every_referral_kind_has_a_label_and_an_explanation():
    for kind in ReferralKind:
        rule = RULES[kind]
        assert rule.label and len(rule.explanation) > 80 and rule.clock_text


def test_lado_due_by_end_of_next_working_day_over_easter():
    # Concern in on Good Friday 2025 (18 April, a bank holiday) at 14:00 BST.
    start = datetime(2025, 4, 18, 13, 0, tzinfo=UTC)
    # Weekend, Easter Monday: due by the end of Tuesday 22 April (23:59:59 BST).
    assert due_at(ReferralKind.LADO, start, HOLIDAYS) == datetime(2025, 4, 22, 22, 59, 59, tzinfo=UTC)


def test_lado_from_a_friday_is_due_monday_night():
    start = datetime(2025, 3, 7, 16, 0, tzinfo=UTC)
    assert due_at(ReferralKind.LADO, start, HOLIDAYS) == datetime(2025, 3, 10, 23, 59, 59, tzinfo=UTC)


def test_ico_clock_is_72_hours_through_weekends_and_holidays():
    start = datetime(2025, 4, 17, 9, 30, tzinfo=UTC)  # Thursday before Easter
    assert due_at(ReferralKind.ICO, start, HOLIDAYS) == datetime(2025, 4, 20, 9, 30, tzinfo=UTC)


def test_kinds_without_a_fixed_clock_are_never_overdue():
    for kind in (ReferralKind.DBS_BARRING, ReferralKind.POLICE, ReferralKind.CHARITY_COMMISSION):
        assert due_at(kind, datetime(2025, 1, 1, tzinfo=UTC), HOLIDAYS) is None
        assert not is_overdue(ReferralState.NEEDED, None, datetime(2030, 1, 1, tzinfo=UTC))


def test_overdue_only_while_needed():
    due = datetime(2025, 3, 10, 23, 59, 59, tzinfo=UTC)
    later = due + timedelta(seconds=1)
    assert is_overdue(ReferralState.NEEDED, due, later)
    assert not is_overdue(ReferralState.NEEDED, due, due)
    assert not is_overdue(ReferralState.MADE, due, later)
    assert not is_overdue(ReferralState.NOT_NEEDED, due, later)
    assert made_late(ReferralState.MADE, due, date(2025, 3, 11))
    assert not made_late(ReferralState.MADE, due, date(2025, 3, 10))


def _referral(**overrides):
    fields = {
        "kind": "lado",
        "state": "made",
        "made_on": date(2025, 3, 11),
        "reference": "LADO-77",
        "reason": "",
        "notes": "",
        "concern_at": datetime(2025, 3, 10, 9, tzinfo=UTC),
        "aware_at": None,
        "today": date(2025, 3, 12),
    }
    fields.update(overrides)
    return validate_referral(**fields)


def test_referral_date_before_the_concern_is_refused():
    with pytest.raises(ValidationError) as error:
        _referral(made_on=date(2025, 3, 9))
    assert error.value.field == "made_on"
    assert "before the concern itself" in error.value.message


def test_referral_made_needs_date_and_reference():
    with pytest.raises(ValidationError, match="date the referral was made"):
        _referral(made_on=None)
    with pytest.raises(ValidationError, match="reference number"):
        _referral(reference="")


def test_referral_not_needed_needs_a_reason():
    with pytest.raises(ValidationError) as error:
        _referral(state="not_needed", made_on=None, reference="")
    assert error.value.field == "reason"
    ok = _referral(
        state="not_needed", made_on=None, reference="", reason="No harm threshold met (LADO advice)."
    )
    assert ok.reason.startswith("No harm")


def test_referral_in_the_future_is_refused():
    with pytest.raises(ValidationError, match="in the future"):
        _referral(made_on=date(2025, 3, 13))


def test_status_moves():
    assert status_move_problem(CaseStatus.NEW, CaseStatus.INVESTIGATING) is None
    assert status_move_problem(CaseStatus.INVESTIGATING, CaseStatus.AWAITING_DECISION) is None
    assert status_move_problem(CaseStatus.AWAITING_DECISION, CaseStatus.INVESTIGATING) is None
    assert "Close case" in status_move_problem(CaseStatus.INVESTIGATING, CaseStatus.CLOSED)
    assert "reopen" in status_move_problem(CaseStatus.CLOSED, CaseStatus.INVESTIGATING)
    assert "cannot go from new" in status_move_problem(CaseStatus.NEW, CaseStatus.AWAITING_DECISION)


ALL_DECIDED = (
    (ReferralKind.LADO, ReferralState.MADE),
    *((kind, ReferralState.NOT_NEEDED) for kind in ReferralKind if kind is not ReferralKind.LADO),
)


def _facts(**overrides) -> ClosureFacts:
    fields = {
        "decision_maker_id": 1,
        "decided_on": date(2025, 3, 12),
        "decision_reason": "Reason",
        "finding": "substantiated",
        "outcome_kinds": (OutcomeKind.ADVICE_OR_GUIDANCE,),
        "referral_states": ALL_DECIDED,
        "signer_is_lead": True,
        "sign_off_note": "Checked and closed.",
    }
    fields.update(overrides)
    return ClosureFacts(**fields)


def test_closure_with_everything_has_no_problems():
    assert closure_problems(_facts()) == []


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"decision_maker_id": None}, "Record who made the decision."),
        ({"decided_on": None}, "Record the date of the decision."),
        ({"decision_reason": "  "}, "Record the reason for the decision."),
        ({"finding": None}, "Record the finding on the allegation"),
        ({"outcome_kinds": ()}, "Record at least one outcome"),
        ({"signer_is_lead": False}, "Closure needs the safeguarding lead's sign-off."),
        ({"sign_off_note": ""}, "Enter the sign-off note"),
        ({"referral_states": ((ReferralKind.LADO, ReferralState.NEEDED),)}, "LADO referral — marked needed"),
        (
            {
                "outcome_kinds": (OutcomeKind.REMOVAL_FROM_ROLE,),
                "referral_states": tuple(p for p in ALL_DECIDED if p[0] is not ReferralKind.DBS_BARRING),
            },
            "removed from their role: record whether a DBS barring referral",
        ),
    ],
)
def test_closure_names_each_missing_requirement(change, message):
    problems = closure_problems(_facts(**change))
    assert any(message in p for p in problems), problems


def test_closure_lists_every_referral_kind_not_yet_decided():
    problems = closure_problems(_facts(referral_states=((ReferralKind.LADO, ReferralState.MADE),)))
    undecided = [p for p in problems if "not decided yet" in p]
    assert [p.split(" — ")[0] for p in undecided] == [
        "DBS barring referral",
        "Police",
        "ICO personal data breach report",
        "Charity Commission serious incident report",
    ]
    assert all("made (date and reference), or as considered and not needed" in p for p in undecided)


def test_a_referral_is_decided_only_when_made_or_reasoned_away():
    assert is_decided(ReferralState.MADE) and is_decided(ReferralState.NOT_NEEDED)
    assert not is_decided(ReferralState.NEEDED) and not is_decided(None)


def test_outcomes_need_their_dates():
    with pytest.raises(ValidationError, match="review date"):
        validate_outcome(
            kind="supervision", level=None, review_on=None, expires_on=None, details="", decided_on=None
        )
    with pytest.raises(ValidationError, match="Choose the disciplinary action"):
        validate_outcome(
            kind="disciplinary", level=None, review_on=None, expires_on=None, details="", decided_on=None
        )
    with pytest.raises(ValidationError, match="first written warning expires"):
        validate_outcome(
            kind="disciplinary",
            level="first_written_warning",
            review_on=None,
            expires_on=None,
            details="",
            decided_on=None,
        )
    with pytest.raises(ValidationError, match="expire after the date of the decision"):
        validate_outcome(
            kind="disciplinary",
            level="final_written_warning",
            review_on=None,
            expires_on=date(2025, 1, 1),
            details="",
            decided_on=date(2025, 3, 1),
        )
    ok = validate_outcome(
        kind="disciplinary",
        level="informal_warning",
        review_on=None,
        expires_on=date(2025, 9, 1),
        details="",
        decided_on=date(2025, 3, 1),
    )
    assert ok.level is not None and ok.level.label == "Informal warning"


def test_decision_needs_maker_date_finding_and_reason():
    base = {
        "decision_maker_id": 1,
        "decided_on": date(2025, 3, 12),
        "finding": "false",
        "reason": "Disproved.",
        "reported_on": date(2025, 3, 10),
        "today": date(2025, 3, 12),
    }
    assert validate_decision(**base).finding.meaning.startswith("There is sufficient evidence to disprove")
    for field, value, message in (
        ("decision_maker_id", None, "who made the decision"),
        ("decided_on", None, "date of the decision"),
        ("decided_on", date(2025, 3, 13), "in the future"),
        ("decided_on", date(2025, 3, 9), "before the concern came in"),
        ("finding", None, "finding"),
        ("finding", "maybe", "from the list"),
        ("reason", "", "reason for the decision"),
    ):
        with pytest.raises(ValidationError, match=message):
            validate_decision(**{**base, field: value})


def test_appeal_dates_follow_each_other():
    d = date(2025, 3, 1)
    assert appeal_problem(d, None, None, None).startswith("An appeal can only be lodged against a decision")
    assert "before the decision" in appeal_problem(d - timedelta(days=1), d, None, None)
    assert "heard before it was lodged" in appeal_problem(d, d, d - timedelta(days=1), None)
    assert "when the appeal was heard" in appeal_problem(d, d, None, d)
    assert appeal_problem(d, d, d + timedelta(days=7), d + timedelta(days=8)) is None


def test_investigator_who_decides_is_warned_not_refused():
    assert assignment_warnings(3, 3) and "same person" in assignment_warnings(3, 3)[0]
    assert assignment_warnings(3, 4) == ()
    assert assignment_warnings(None, None) == ()


def test_officer_cannot_be_the_subject_by_name():
    assert officer_problem("  zoë   Łukasz ", "Zoë", "Łukasz")
    assert officer_problem("Mona Manager", "Zoë", "Łukasz") is None


def test_report_delay_text_and_flag():
    happened = datetime(2025, 4, 17, 9, tzinfo=UTC)  # Thursday before Easter
    assert report_delay(happened, happened + timedelta(days=5), HOLIDAYS) == ("5 days", False)  # Tue 22nd
    assert report_delay(happened, happened + timedelta(days=6), HOLIDAYS)[1]
    assert duration_text(timedelta(minutes=1)) == "1 minute"
    assert duration_text(timedelta(0)) == "0 minutes"
    assert duration_text(timedelta(days=1, hours=1, minutes=5)) == "1 day 1 hour"
