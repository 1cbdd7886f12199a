"""The History dialog on the person and case pages: who changed which field, when, from what to
what — for people who may read the record; the window title names the reference, never a name."""

from __future__ import annotations

from PySide6.QtCore import Qt

from lcs_desktop.domain.roles import Role
from lcs_desktop.gui.cases.cases_page import CasesPage
from lcs_desktop.gui.people.person_page import PersonPage
from lcs_desktop.gui.record_history_dialog import RecordHistoryDialog
from tests.gui.accessibility_helpers import shown
from tests.gui.case_helpers import new_case
from tests.gui.check_helpers import context_for, signed_in_as


def _rows(dialog: RecordHistoryDialog) -> list[tuple[str, ...]]:
    table = dialog.table
    return [
        tuple(table.item(r, c).text() for c in range(table.columnCount())) for r in range(table.rowCount())
    ]


def test_person_page_history_lists_the_rename_with_before_and_after(qtbot, org, monkeypatch):
    person = org.people.add_person(
        org.user, first_name="Zoë", last_name="Łukasz", kind="applicant", reference="APP-0107"
    )
    org.people.edit_person(org.user, person, last_name="Nguyễn")
    page = shown(qtbot, PersonPage(context_for(org), person))
    opened: list[RecordHistoryDialog] = []
    monkeypatch.setattr(RecordHistoryDialog, "exec", lambda self: opened.append(self) or 0)
    qtbot.mouseClick(page.history_button, Qt.MouseButton.LeftButton)
    dialog = opened[0]
    assert dialog.windowTitle() == "History of person APP-0107"
    rows = _rows(dialog)
    assert ("18/11/2026 10:30", "Ada Admin", "Person changed", "Last name", "Łukasz", "Nguyễn", "") in rows
    assert dialog.table.tabKeyNavigation() is False
    assert dialog.error_label.isHidden()


def test_case_history_refused_in_plain_words_for_someone_who_may_not_see_the_case(
    qtbot, org, make_user, secret_store
):
    subject = org.people.add_person(
        org.user, first_name="Sam", last_name="Okoro", kind="staff", reference="STF-0042"
    )
    case_id = new_case(org, subject)
    org.cases.set_risk(org.user, case_id, "high")
    cases = shown(qtbot, CasesPage(context_for(org)))
    cases.open_case(case_id)
    assert cases.case_page.history_button.isVisible()
    mine = shown(qtbot, RecordHistoryDialog(org, "breach_case", case_id, "the case"))
    assert ("Risk", "—", "High") in {(r[3], r[4], r[5]) for r in _rows(mine)}
    other = signed_in_as(org, make_user, secret_store, "otto", Role.MANAGER)
    refused = shown(qtbot, RecordHistoryDialog(other, "breach_case", case_id, "the case"))
    assert refused.table.rowCount() == 0
    assert refused.error_label.text() == "That case does not exist, or it is not one of yours to see."
