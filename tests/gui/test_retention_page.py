"""The Retention review page and its decisions, driven as the lead drives them, over a real
database: keep for longer, delete with confirmation and reason (off the GUI thread), refusals
shown beside their fields with nothing typed lost."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from lcs_desktop.gui.page_spec import PageContext
from lcs_desktop.gui.retention.decision_dialog import RetentionDecisionDialog
from lcs_desktop.gui.retention.retention_page import RetentionPage
from lcs_desktop.store.checks import Check
from tests.frozen_clock import TEST_NOW, TEST_TODAY
from tests.services.check_fixtures import add_applicant, ready_check

LATER = TEST_TODAY + timedelta(days=400)


def _due_checks(org, frozen_clock, count: int = 2) -> list[int]:
    frozen_clock.set(TEST_NOW)
    ids = []
    for n in range(count):
        person = add_applicant(org, reference=f"A-{n}", last_name=f"Due{n}")
        check = ready_check(org, org.user, person, concerns=False)
        org.checks.complete_check(org.user, check)
        org.people.edit_person(org.user, person, status="not_appointed")
        ids.append(check)
    frozen_clock.set(datetime(LATER.year, LATER.month, LATER.day, 12, tzinfo=UTC))
    return ids


def _page(qtbot, org) -> RetentionPage:
    page = RetentionPage(PageContext(org, lambda _k: None))
    qtbot.addWidget(page)
    page.show()
    # The first open works every date out off the GUI thread (a new database has no stamp yet).
    qtbot.waitUntil(lambda: "retention date… " not in page.count_label.text(), timeout=10_000)
    return page


def test_queue_lists_due_records_and_keeps_them_longer(qtbot, org, frozen_clock, when_modal):
    _due_checks(org, frozen_clock)
    page = _page(qtbot, org)
    assert page.model.rowCount() == 2 and "2 records" in page.count_label.text()
    assert not page.table.tabKeyNavigation()
    page.table.selectAll()

    def keep(dialog: QDialog) -> None:
        assert isinstance(dialog, RetentionDecisionDialog)
        dialog.ui.months_edit.setValue(0)
        qtbot.keyClicks(dialog.ui.reason_edit, "Employment tribunal pending")
        qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
        assert "at least one more month" in dialog.ui.months_error.text()  # refused in place
        assert dialog.ui.reason_edit.toPlainText() == "Employment tribunal pending"  # nothing lost
        dialog.ui.months_edit.setValue(3)
        qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)

    when_modal(keep)
    qtbot.mouseClick(page.buttons["keep"], Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 0 and page.count_label.text() == "Nothing is due."
    assert "Kept 2 records" in page.message_label.text()


def test_delete_needs_confirmation_and_reason_then_runs_off_the_gui_thread(
    qtbot, org, frozen_clock, when_modal
):
    first, second = _due_checks(org, frozen_clock)
    page = _page(qtbot, org)
    page.table.selectRow(0)
    seen: dict[str, str] = {}

    def delete(dialog: QDialog) -> None:
        qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
        seen.update(dialog.messages.showing())
        qtbot.keyClicks(dialog.ui.note_edit, "Six months since the outcome")
        dialog.ui.confirm_check.setChecked(True)
        qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)

    when_modal(delete)
    qtbot.mouseClick(page.buttons["delete"], Qt.MouseButton.LeftButton)
    assert set(seen) == {"note", "confirm"}
    with org.workspace.reading() as session:
        assert session.get(Check, first) is None and session.get(Check, second) is not None
    assert page.model.rowCount() >= 1 and "Deleted 1 record" in page.message_label.text()


def test_reduce_is_offered_only_for_checks_and_hold_for_one_record(qtbot, org, frozen_clock):
    _due_checks(org, frozen_clock)
    page = _page(qtbot, org)
    page.table.selectAll()
    assert page.buttons["reduce"].isEnabled() and not page.buttons["hold"].isEnabled()
    page.table.selectRow(0)
    assert page.buttons["hold"].isEnabled()


def test_settings_retention_refuses_zero_in_place_then_saves_off_the_gui_thread(qtbot, org, frozen_clock):
    from lcs_desktop.gui.pages.settings_page import SettingsPage

    [check] = _due_checks(org, frozen_clock, 1)
    page = SettingsPage(PageContext(org, lambda _k: None))
    qtbot.addWidget(page)
    group = page.retention_group
    assert group is not None and group.table.rowCount() == 8 and not group.table.tabKeyNavigation()
    group.table.selectRow(0)  # unsuccessful applicant, 6 months
    group.ui.period_edit.setValue(0)
    qtbot.mouseClick(group.save_button, Qt.MouseButton.LeftButton)
    assert "at least one month" in group.ui.period_error.text()
    group.ui.period_edit.setValue(-2)
    qtbot.mouseClick(group.save_button, Qt.MouseButton.LeftButton)
    assert "at least one month" in group.ui.period_error.text()
    group.ui.period_edit.setValue(24)
    qtbot.mouseClick(group.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not group.busy, timeout=10_000)
    assert group.table.item(0, 3).text() == "2 years"
    assert org.retention.retention_for(org.user, "check", check).sentence.endswith(
        "unsuccessful applicant, 2 years"
    )


def test_person_page_shows_the_retention_line_and_a_legal_hold_banner(qtbot, org, frozen_clock):
    from lcs_desktop.gui.people.person_page import PersonPage
    from lcs_desktop.services.legal_holds import place_hold

    person = add_applicant(org, reference="A-9", last_name="Held")
    org.people.edit_person(org.user, person, status="not_appointed")
    page = PersonPage(PageContext(org, lambda _k: None), person)
    qtbot.addWidget(page)
    strip = page.retention_strip
    assert strip.line_label.text().startswith("Retention: Delete after ")
    assert "no remaining records" in strip.line_label.text() and strip.hold_label.isHidden()
    place_hold(org.workspace, org.user, person_id=person, reason="Police enquiry", review_on=LATER)
    page.refresh()
    assert not strip.hold_label.isHidden() and "Police enquiry" in strip.hold_label.text()
    assert f"review due {LATER:%d/%m/%Y}" in strip.hold_label.text()


def test_case_page_records_the_subjects_wish_for_a_malicious_finding(qtbot, org):
    from lcs_desktop.gui.cases.case_page import CasePage
    from lcs_desktop.store.cases import BreachCase
    from tests.gui.case_helpers import new_case

    subject = org.people.add_person(
        org.user, first_name="Sam", last_name="Okoro", kind="staff", reference="S-1"
    )
    case_id = new_case(org, subject)
    with org.workspace.unit_of_work() as session:  # the decision, as the case services store it
        session.get(BreachCase, case_id).finding = "malicious"
    page = CasePage(PageContext(org, lambda _k: None))
    qtbot.addWidget(page)
    page.show()
    assert page.load(case_id)
    strip = page.retention_strip
    assert strip.wish_check.isVisibleTo(page) and not strip.wish_check.isChecked()
    assert "when the case closes" in strip.line_label.text()
    strip.wish_check.setChecked(True)
    assert org.retention.subject_wish(org.user, case_id) is not None
    assert "kept at the subject's request" in strip.line_label.text()
    assert strip.wish_label.text().startswith("Recorded by ")
