"""The suite passes at any date and hour: the date-sensitive tests, run at awkward instants.

Each instant runs the selected tests in a child pytest with ``LCS_TEST_NOW`` set, so the
services' clock (tests/conftest.py's ``frozen_clock``) and every "today" a test types
stand there. The children run a few at a time, started together when this module begins.
Only the tests whose result could depend on the day or hour are selected, to keep this
under about three minutes.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import date, timedelta
from pathlib import Path

import pytest

from lcs_desktop.domain.clock import parse_instant
from lcs_desktop.domain.working_days import london_date, london_offset, to_london
from lcs_desktop.services.holidays import load_bank_holidays
from tests.frozen_clock import ENV

ROOT = Path(__file__).resolve().parents[1]

# name -> ISO instant (UTC unless an offset is given).
INSTANTS = {
    "saturday": "2026-12-05T14:00:00Z",
    "late-sunday": "2026-12-06T23:30:00Z",
    "monday-00-05-london-gmt": "2026-12-07T00:05:00Z",
    "monday-00-05-london-bst": "2027-06-07T00:05:00+01:00",  # still Sunday in UTC
    "bank-holiday": "2026-12-28T11:00:00Z",  # Boxing Day's substitute, after Christmas
    "leap-day": "2028-02-29T12:00:00Z",
    "new-years-eve-23-59": "2026-12-31T23:59:00Z",
    "clocks-go-forward": "2027-03-28T01:30:00Z",  # 02:30 BST, just past the missing hour
    "clocks-go-back": "2027-10-31T01:30:00Z",  # 01:30 GMT, the second of the repeated hour
}

# The tests whose outcome depends on "now" (those with a clock of their own, such as the
# referral-clock tests in test_cases_workflow.py, and the pure working-day rules are not):
# the demo's overdue clock and its records' dates, dates typed relative to today, intake
# times and the late-report flag in the concern dialog, the Home overdue panel, drafts,
# and backups named by day.
SELECTION = (
    "tests/services/test_cases_demo.py::test_demo_cases_cover_every_status_with_chronology_and_referrals",
    "tests/services/test_demo_records.py::test_demo_records_cover_every_check_state",
    "tests/services/test_checks_guards.py::test_discussion_refuses_future_time_and_unknown_findings",
    "tests/services/test_drafts.py::test_draft_round_trips_and_is_discarded",
    "tests/services/test_backups.py::test_list_backups_shows_this_organisations_backups_newest_first",
    "tests/gui/test_concern_intake.py::test_intake_flags_a_report_over_one_working_day_late",
    "tests/gui/test_concern_intake.py::test_intake_refuses_concern_time_after_report_time_at_the_field",
    "tests/gui/test_case_guards.py::test_overdue_clock_on_home_opens_its_case_and_filters_the_list",
    "tests/services/test_policy_register.py::test_recording_an_acknowledgement_and_the_pending_list_after_a_new_version",
    "tests/gui/test_policy_page.py::test_lead_reads_adds_and_approves_a_version",
    "tests/gui/test_case_guards.py::test_referral_date_before_the_concern_is_refused_at_the_field",
    "tests/services/test_desk.py::test_the_leads_desk_lists_every_source_soonest_first_with_links",
    "tests/services/test_subject_access.py::test_clock_pause_resume_extend_and_release",
    "tests/services/test_subject_access.py::test_bad_input_is_refused_in_plain_words",
    "tests/services/test_subject_access.py::test_desk_items_show_each_open_request_and_flag_overdue",
    "tests/services/test_retention_service.py::test_queue_lists_due_records_oldest_first_and_pages_by_key",
    "tests/services/test_retention_service.py::test_home_desk_item_counts_due_records_at_a_fixed_clock",
    "tests/services/test_legal_holds.py::test_home_lists_holds_due_for_review_at_a_fixed_clock",
    "tests/services/test_record_deletion.py::test_certificate_is_content_free_and_verifies_in_the_chain",
)
AT_ONCE = 3
HOUR = timedelta(hours=1)
TIMEOUT = 240


def _run(name: str, instant: str, base: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, ENV: instant, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    # One process per child (-n 0): the children already run a few at a time.
    command = [sys.executable, "-m", "pytest", "-q", "-x", "-n", "0", "-p", "no:cacheprovider"]
    command += ["--basetemp", str(base / name), *SELECTION]
    return subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=TIMEOUT, check=False
    )


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Future]]:
    if os.environ.get(ENV):
        pytest.skip(f"{ENV} is set: this run is itself one instant of the matrix")
    base = tmp_path_factory.mktemp("any-date")
    with ThreadPoolExecutor(max_workers=AT_ONCE) as pool:
        yield {name: pool.submit(_run, name, instant, base) for name, instant in INSTANTS.items()}


def test_the_instants_are_what_their_names_say():
    at = {name: parse_instant(text) for name, text in INSTANTS.items()}
    holidays = load_bank_holidays()
    assert london_date(at["saturday"]).weekday() == 5
    assert at["late-sunday"].weekday() == 6 and at["late-sunday"].hour == 23
    for name in ("monday-00-05-london-gmt", "monday-00-05-london-bst"):
        local = to_london(at[name])
        assert (local.weekday(), local.hour, local.minute) == (0, 0, 5)
    assert at["monday-00-05-london-bst"].weekday() == 6  # Sunday in UTC
    assert london_date(at["bank-holiday"]) in holidays
    assert london_date(at["leap-day"]) == date(2028, 2, 29)
    assert to_london(at["new-years-eve-23-59"]).strftime("%m-%d %H:%M") == "12-31 23:59"
    for name in ("clocks-go-forward", "clocks-go-back"):  # the offset changes within two hours
        assert london_offset(at[name] - 2 * HOUR) != london_offset(at[name] + 2 * HOUR)


@pytest.mark.parametrize("name", list(INSTANTS))
def test_date_sensitive_tests_pass_at(name: str, runs: dict[str, Future]) -> None:
    result = runs[name].result(timeout=TIMEOUT + 60)
    tail = "\n".join((result.stdout + result.stderr).splitlines()[-40:])
    assert result.returncode == 0, f"at {INSTANTS[name]} ({name}):\n{tail}"
