"""The annual review's figures for 2026 over a known data set, in a real encrypted database:
the right counts in the right period (London dates), suppressed before they leave the
service, medians, the lead only, and viewing them audited with the period and nothing else."""

from __future__ import annotations

from datetime import date

import pytest

from lcs_desktop.domain.errors import PermissionDenied, ValidationError
from lcs_desktop.domain.roles import Role
from lcs_desktop.domain.suppression import THRESHOLD
from lcs_desktop.services.audit_log import AuditFilter
from lcs_desktop.services.policy_review import PolicyReviewService
from tests.services.check_fixtures import user_for
from tests.services.review_helpers import YEAR_END, YEAR_START, seed_year

pytestmark = pytest.mark.both_backends


def _texts(figures, key: str) -> dict[str, str]:
    t = figures.table(key).table
    shown = {label: row[0].text for label, row in zip(t.row_labels, t.cells, strict=True)}
    if t.grand_total is not None:
        shown["Total"] = t.grand_total.text
    return shown


@pytest.fixture
def review(org):
    seed_year(org)
    return PolicyReviewService(org.workspace)


def test_figures_for_2026_count_the_known_records_and_suppress_small_ones(org, review) -> None:
    figures = review.figures(org.user, YEAR_START, YEAR_END)
    assert _texts(figures, "checks_by_result") == {"No concerns": "20", "Concerns found": "6", "Total": "26"}
    outcome = _texts(figures, "checks_by_outcome")
    assert outcome["Total"] == "6"
    assert outcome["Not progressed"] == "fewer than 5"  # 1
    assert outcome["Proceed with advice"] == "not shown"  # 5, hidden so the 1 cannot be worked out
    findings = _texts(figures, "findings_by_category")
    assert findings["Sharing personal details (§4)"] == "not shown" and findings["Total"] == "9"
    assert findings["Offensive or derogatory content (§5)"] == "fewer than 5"
    by_type = _texts(figures, "cases_by_type")
    assert by_type["Sharing personal details (§4)"] == "8" and "Total" not in by_type
    assert _texts(figures, "cases_by_source")["Total"] == "8"
    assert _texts(figures, "cases_reported") == {
        "Within one working day": "not shown",
        "Later": "fewer than 5",
        "Total": "8",
    }
    assert _texts(figures, "cases_by_outcome")["Advice or guidance"] == "6"
    assert _texts(figures, "cases_by_finding")["Total"] == "7"
    assert _texts(figures, "cases_by_finding")["Malicious"] == "fewer than 5"
    referrals = figures.table("referrals").table
    assert referrals.row_labels[0] == "LADO referral"
    assert referrals.row_totals is not None
    assert referrals.row_totals[0].text == "6"  # 5 on time + 1 late
    assert referrals.cells[0][1].text == "fewer than 5"  # the late one
    assert referrals.cells[1][0].text == "—"  # a DBS referral has no time limit
    assert figures.measure("concern_to_report").text == "2.5 hours (median of 8 cases)"
    assert figures.measure("concern_to_closure").text == "30 days (median of 5 cases)"
    for table in figures.tables:
        for x in table.table.all_shown():
            assert x.suppressed or x.structural or x.value >= THRESHOLD


def test_a_period_ending_before_the_records_shows_no_measure_and_only_suppressed_zeros(org, review) -> None:
    figures = review.figures(org.user, date(2025, 1, 1), date(2025, 12, 31))
    assert _texts(figures, "checks_by_result")["Total"] == "fewer than 5"  # the 31/12/2025 check
    assert figures.measure("concern_to_report").text.startswith("Not shown: fewer than 5 cases")


def test_deletions_under_retention_are_counted_from_the_audit_trail(org, review) -> None:
    with org.workspace.unit_of_work() as session:
        for i in range(6):
            org.workspace.audit(session, org.user, "record_deleted", "check", 900 + i, {"rule": "applicant"})
    figures = review.figures(org.user, YEAR_START, YEAR_END)
    assert _texts(figures, "records_deleted")["Total"] == "6"


def test_only_a_reader_of_the_review_may_see_it_and_viewing_is_audited(org, make_user, review) -> None:
    checker = user_for(org, make_user, "cass", Role.CHECKER)
    with pytest.raises(PermissionDenied):
        review.figures(checker, YEAR_START, YEAR_END)
    with pytest.raises(ValidationError, match="before its first day"):
        review.figures(org.user, YEAR_END, YEAR_START)
    review.figures(org.user, YEAR_START, YEAR_END)
    events = org.audit_log.events(org.user, AuditFilter(action="policy_review_viewed"))
    assert len(events) == 1
    assert events[0].sentence.full_text.endswith(
        "looked at the policy review figures for 01/01/2026 to 31/12/2026"
    )


def test_subject_access_requests_answered_in_time_against_their_deadline(org, review) -> None:
    model = pytest.importorskip("lcs_desktop.store.subject_access")  # the subject-access part (h-sar)
    with org.workspace.unit_of_work() as session:
        for n in range(11):
            late, extended = n >= 6, n == 5
            received = date(2026, 3, 2) if late or extended else date(2026, 2, 2)
            session.add(
                model.SubjectAccessRequest(
                    reference=f"SAR-2026-{n + 1:04d}",
                    person_id=1,
                    received_on=received,
                    state="answered",
                    extended_on=date(2026, 3, 20) if extended else None,
                    answered_on=date(2026, 5, 1) if late or extended else date(2026, 2, 20),
                    opened_by_id=org.user.id,
                )
            )
    figures = review.figures(org.user, YEAR_START, YEAR_END)
    assert _texts(figures, "sar_in_time") == {"In time": "6", "Late": "5", "Total": "11"}
