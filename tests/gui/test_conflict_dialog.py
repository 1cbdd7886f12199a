"""Two desks on one case (issue 11): two case pages open on the same case, both change the risk;
the second save shows who changed it and "Medium → High", and each choice does what it says.
Each test runs on a local file and on the office server, where the two desks are two PCs signed
in as two people over their own PostgreSQL logins (tests/gui/desk_helpers.py)."""

from __future__ import annotations

import pytest

from lcs_desktop.domain.roles import Role
from lcs_desktop.domain.working_days import to_london
from lcs_desktop.gui.cases.case_page import CasePage
from lcs_desktop.gui.conflict_dialog import REVIEW_MESSAGE, ConflictDialog
from lcs_desktop.services.audit_log import AuditFilter
from tests.frozen_clock import TEST_NOW
from tests.gui.case_helpers import new_case, on_modal
from tests.gui.check_helpers import choose, click, confirm_next, context_for
from tests.gui.desk_helpers import BOTH_BACKENDS

pytestmark = BOTH_BACKENDS


@pytest.fixture
def desks(qtbot, org, other_desk):
    """The case at risk Medium, open on two desks: the lead's (Ada, desk A) and another lead's
    (Lee, desk B)."""
    person = org.people.add_person(
        org.user, first_name="Sam", last_name="Okoro", kind="volunteer", reference="V-1"
    )
    case_id = new_case(org, person)
    org.cases.set_risk(org.user, case_id, "medium")
    lee = other_desk("lee", Role.SAFEGUARDING_LEAD, full_name="Lee Lead")
    pages = []
    for session in (org, lee):
        page = CasePage(context_for(org, session))
        qtbot.addWidget(page)
        assert page.load(case_id)
        pages.append(page)
    return case_id, pages[0], pages[1]


def _risk_read_back(session, case_id: int) -> str:
    """The case's risk as the given desk reads it now (from the server on a server)."""
    return session.cases.read_case(session.user, case_id).risk.value


def _race(qtbot, desks, act) -> dict[str, object]:
    """Desk one saves High; desk two chooses Low and saves: the dialog opens and ``act`` answers it."""
    _case_id, first, second = desks
    choose(qtbot, first.ui.risk_combo, "High")
    click(qtbot, first.ui.assign_button)
    choose(qtbot, second.ui.risk_combo, "Low")
    seen: dict[str, object] = {}

    def answer(dialog: ConflictDialog) -> None:
        table = dialog.ui.comparison_table
        seen["intro"] = dialog.ui.intro_label.text()
        seen["rows"] = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
        act(dialog)

    on_modal(ConflictDialog, answer)
    click(qtbot, second.ui.assign_button)
    assert seen, "the conflict dialog did not open"
    return seen


def test_second_save_shows_who_changed_what_and_keep_theirs_discards_mine(qtbot, org, desks):
    case_id, _first, second = desks

    def keep_theirs(dialog):
        confirm_next()  # "Discard your changes?"
        click(qtbot, dialog.ui.keep_theirs_button)

    seen = _race(qtbot, desks, keep_theirs)
    at = f"{to_london(TEST_NOW):%H:%M}"
    assert str(seen["intro"]).startswith(f"Ada Admin changed this case at {at}: Risk Medium → High")
    assert seen["rows"] == [["Risk", "Medium", "High", "Low"]]
    assert _risk_read_back(org, case_id) == "high"
    assert _risk_read_back(second.env.session, case_id) == "high"
    assert second.ui.risk_combo.currentText() == "High"  # their version shown, mine discarded


def test_overwrite_with_mine_saves_over_theirs_and_the_audit_says_so(qtbot, org, desks):
    case_id, _first, second = desks
    _race(qtbot, desks, lambda dialog: click(qtbot, dialog.ui.overwrite_button))
    assert _risk_read_back(org, case_id) == "low"
    assert second.ui.risk_combo.currentText() == "Low"
    events = list(org.audit_log.events(org.user, AuditFilter(action="case_risk_rated")))
    newest = max(events, key=lambda e: e.seq)
    assert newest.actor == "lee" and newest.details.get("overwrite") is True


def test_review_shows_theirs_with_my_change_put_back_and_a_second_save_goes_through(qtbot, org, desks):
    case_id, _first, second = desks
    _race(qtbot, desks, lambda dialog: click(qtbot, dialog.ui.review_button))
    assert _risk_read_back(org, case_id) == "high"  # nothing saved yet
    assert second.ui.risk_combo.currentText() == "Low"  # what I chose, kept
    assert second.ui.assign_warning_label.text() == REVIEW_MESSAGE
    assert "Risk: <b>High</b>" in second.ui.subtitle_label.text()  # their version in the header
    click(qtbot, second.ui.assign_button)  # saved over the version now shown: no dialog
    assert _risk_read_back(org, case_id) == "low"


def test_closing_the_dialog_keeps_my_choice_on_the_panel_unsaved(qtbot, org, desks):
    case_id, _first, second = desks
    _race(qtbot, desks, lambda dialog: dialog.reject())
    assert second.ui.risk_combo.currentText() == "Low"
    assert "changed this case" in second.ui.assign_warning_label.text()
    assert _risk_read_back(org, case_id) == "high"
