"""The retention schedule's default rules: dates across month ends, leap years and the UK
state pension age bands (Pensions Acts 1995, 2007, 2011, 2014)."""

from __future__ import annotations

from datetime import date

import pytest

from lcs_desktop.domain.errors import ValidationError, ValidationErrors
from lcs_desktop.domain.pension_age import Sex, add_months, pension_age_text, state_pension_date
from lcs_desktop.domain.retention import (
    DEFAULT_RULES,
    DEFAULTS_BY_CODE,
    CaseFacts,
    CheckFacts,
    PersonFacts,
    RetentionAction,
    case_retention,
    changed_rule,
    check_retention,
    person_retention,
    schedule,
    warning_retention,
    with_keep,
)

RULES = DEFAULTS_BY_CODE


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2025, 8, 31), 6, date(2026, 2, 28)),
        (date(2023, 8, 31), 6, date(2024, 2, 29)),  # leap year
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2024, 2, 29), 48, date(2028, 2, 29)),
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2025, 3, 31), 1, date(2025, 4, 30)),
        (date(2025, 12, 15), 1, date(2026, 1, 15)),
        (date(2025, 3, 31), -1, date(2025, 2, 28)),
        (date(2025, 7, 6), 120, date(2035, 7, 6)),
    ],
)
def test_add_months_clamps_to_month_end(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


@pytest.mark.parametrize(
    ("born", "sex", "expected"),
    [
        (date(1950, 4, 5), Sex.FEMALE, date(2010, 4, 5)),  # 60
        (date(1950, 4, 6), Sex.FEMALE, date(2010, 5, 6)),  # first 1995 Act band
        (date(1950, 5, 5), Sex.FEMALE, date(2010, 5, 6)),
        (date(1950, 5, 6), Sex.FEMALE, date(2010, 7, 6)),
        (date(1953, 4, 5), Sex.FEMALE, date(2016, 3, 6)),  # last 1995 Act band
        (date(1953, 4, 6), Sex.FEMALE, date(2016, 7, 6)),  # 2011 Act, women
        (date(1953, 12, 5), Sex.FEMALE, date(2018, 11, 6)),
        (date(1953, 12, 5), Sex.MALE, date(2018, 12, 5)),  # men: 65
        (date(1953, 12, 5), None, date(2018, 12, 5)),  # unknown: the later
        (date(1950, 4, 6), None, date(2015, 4, 6)),
        (date(1953, 12, 6), None, date(2019, 3, 6)),  # 2011 Act, both
        (date(1954, 1, 5), None, date(2019, 3, 6)),
        (date(1954, 1, 6), None, date(2019, 5, 6)),
        (date(1954, 10, 5), None, date(2020, 9, 6)),
        (date(1954, 10, 6), None, date(2020, 10, 6)),  # 66
        (date(1960, 4, 5), None, date(2026, 4, 5)),
        (date(1960, 4, 6), None, date(2026, 5, 6)),  # 66 and 1 month (2014 Act)
        (date(1960, 5, 6), None, date(2026, 7, 6)),  # 66 and 2 months
        (date(1961, 3, 5), None, date(2028, 2, 5)),  # 66 and 11 months
        (date(1961, 3, 6), None, date(2028, 3, 6)),  # 67
        (date(1977, 4, 5), None, date(2044, 4, 5)),
        (date(1977, 4, 6), None, date(2044, 5, 6)),  # 2007 Act band
        (date(1978, 4, 5), None, date(2046, 3, 6)),
        (date(1978, 4, 6), None, date(2046, 4, 6)),  # 68
        (date(1964, 2, 29), None, date(2031, 2, 28)),  # leap-day birthday in a common year
        (date(1980, 2, 29), None, date(2048, 2, 29)),
    ],
)
def test_state_pension_date_follows_the_official_table(born: date, sex: Sex | None, expected: date) -> None:
    assert state_pension_date(born, sex) == expected


def test_pension_age_text_names_the_phased_months() -> None:
    assert pension_age_text(date(1990, 1, 1)) == "68"
    assert pension_age_text(date(1960, 6, 20)) == "66 and 3 months"
    assert pension_age_text(date(1964, 2, 29)) == "67"


def test_unsuccessful_applicant_deleted_six_months_after_told_across_month_end() -> None:
    result = check_retention(RULES, CheckFacts("not_appointed", told_on=date(2025, 8, 31)))
    assert result.due == date(2026, 2, 28)
    assert result.action is RetentionAction.DELETE
    assert result.sentence == "Delete after 28/02/2026 — unsuccessful applicant, 6 months"


def test_unsuccessful_applicant_falls_back_to_status_date_then_pending() -> None:
    facts = CheckFacts("not_appointed", status_since=date(2023, 8, 31), decided_on=date(2023, 7, 1))
    assert check_retention(RULES, facts).due == date(2024, 2, 29)
    pending = check_retention(RULES, CheckFacts("not_appointed"))
    assert pending.due is None and "told the outcome" in pending.sentence


def test_appointed_persons_check_reduced_six_months_after_appointment() -> None:
    result = check_retention(RULES, CheckFacts("appointed", status_since=date(2024, 8, 31)))
    assert result.due == date(2025, 2, 28)
    assert result.action is RetentionAction.REDUCE
    assert result.sentence.startswith("Reduce to a minimal log after 28/02/2025 — appointed person's check")
    reduced = check_retention(
        RULES, CheckFacts("appointed", status_since=date(2024, 8, 31), reduced_on=date(2025, 3, 1))
    )
    assert reduced.due is None and "01/03/2025" in reduced.sentence
    assert check_retention(RULES, CheckFacts("in_recruitment", decided_on=date(2024, 1, 1))).due is None


def test_allegation_kept_until_pension_age_when_later() -> None:
    result = case_retention(
        RULES, CaseFacts(date(2025, 3, 15), "substantiated", subject_born=date(1990, 1, 1))
    )
    assert result.due == date(2058, 1, 1)
    assert result.action is RetentionAction.REVIEW
    assert "normal pension age (68)" in result.sentence


def test_allegation_kept_ten_years_when_later_than_pension_age() -> None:
    result = case_retention(RULES, CaseFacts(date(2025, 3, 15), None, subject_born=date(1950, 1, 1)))
    assert result.due == date(2035, 3, 15)
    assert "10 years from the allegation (later than normal pension age)" in result.sentence


def test_allegation_pension_age_boundary_equal_dates() -> None:
    # Born 6 April 1960: pension age 66 and 1 month, 6 May 2026 — exactly 10 years after.
    facts = CaseFacts(date(2016, 5, 6), "substantiated", subject_born=date(1960, 4, 6))
    assert case_retention(RULES, facts).due == date(2026, 5, 6)
    a_day_later = CaseFacts(date(2016, 5, 5), "substantiated", subject_born=date(1960, 4, 6))
    result = case_retention(RULES, a_day_later)
    assert result.due == date(2026, 5, 6) and "pension age (66 and 1 month)" in result.sentence


def test_allegation_without_date_of_birth_is_ten_years_and_says_why() -> None:
    result = case_retention(RULES, CaseFacts(date(2024, 2, 29), "substantiated"))
    assert result.due == date(2034, 2, 28)
    assert "date of birth not recorded" in result.sentence


def test_unsubstantiated_and_unfounded_follow_the_allegation_rule() -> None:
    for finding in ("unsubstantiated", "unfounded"):
        result = case_retention(RULES, CaseFacts(date(2025, 1, 31), finding, date(2025, 6, 1), None))
        assert result.rule_code == "case_unsubstantiated"
        assert result.due == date(2035, 1, 31)


def test_malicious_or_false_removed_when_case_closes_unless_subject_wishes() -> None:
    for finding in ("malicious", "false"):
        open_case = case_retention(RULES, CaseFacts(date(2025, 1, 1), finding))
        assert open_case.due is None and open_case.action is RetentionAction.DELETE
        closed = case_retention(RULES, CaseFacts(date(2025, 1, 1), finding, closed_on=date(2025, 8, 31)))
        assert closed.due == date(2025, 8, 31) and closed.rule_code == "case_malicious"
    wished = case_retention(
        RULES,
        CaseFacts(
            date(2025, 1, 1), "malicious", date(2025, 8, 31), date(1990, 1, 1), subject_wishes_kept=True
        ),
    )
    assert wished.rule_code == "case_allegation" and wished.due == date(2058, 1, 1)
    assert "kept at the subject's request" in wished.sentence


def test_warning_expires_on_its_date() -> None:
    result = warning_retention(RULES, date(2026, 2, 28))
    assert result.due == date(2026, 2, 28) and "no longer relied on" in result.sentence.lower()


def test_person_with_no_remaining_records_deleted() -> None:
    gone = person_retention(RULES, PersonFacts(False, "not_appointed", date(2025, 5, 1)))
    assert gone.due == date(2025, 5, 1) and gone.action is RetentionAction.DELETE
    assert person_retention(RULES, PersonFacts(True, "not_appointed", date(2025, 5, 1))).due is None
    assert person_retention(RULES, PersonFacts(False, "appointed", date(2025, 5, 1))).due is None


def test_keep_decision_moves_a_passed_date_on() -> None:
    result = check_retention(RULES, CheckFacts("not_appointed", told_on=date(2025, 1, 1)))
    kept = with_keep(result, date(2026, 1, 1))
    assert kept.due == date(2026, 1, 1) and "kept longer by decision" in kept.sentence
    assert with_keep(result, date(2025, 1, 1)) == result


@pytest.mark.parametrize("months", [0, -3])
def test_zero_or_negative_period_refused_with_a_sentence(months: int) -> None:
    with pytest.raises(ValidationError, match="at least one month"):
        changed_rule(RULES["check_not_appointed"], months, RetentionAction.DELETE)


def test_rule_change_shows_every_problem_and_keeps_fixed_periods() -> None:
    with pytest.raises(ValidationErrors) as caught:
        changed_rule(RULES["case_allegation"], 0, RetentionAction.REDUCE)
    assert [p.field for p in caught.value.problems] == ["period", "action"]
    changed = changed_rule(RULES["check_appointed"], 12, RetentionAction.DELETE)
    assert changed.period_months == 12 and changed.action is RetentionAction.DELETE
    assert schedule([changed])["check_appointed"].period_months == 12
    assert changed_rule(RULES["case_malicious"], None, RetentionAction.REVIEW).period_months is None


def test_every_default_rule_cites_a_source() -> None:
    assert len({r.code for r in DEFAULT_RULES}) == len(DEFAULT_RULES)
    assert all(r.source and r.trigger and r.applies_to for r in DEFAULT_RULES)
