"""The concern intake: refusals shown at the field with nothing typed lost, the delay shown as
it is typed, and a checker who may report a concern but sees no case."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from lcs_desktop.domain.errors import PermissionDenied
from lcs_desktop.domain.roles import Role
from lcs_desktop.gui.cases.concern_dialog import ConcernDialog
from lcs_desktop.gui.main_window import MainWindow
from lcs_desktop.gui.pages import default_pages
from tests.frozen_clock import TEST_TODAY
from tests.gui.case_helpers import DAY, on_modal, uk
from tests.gui.check_helpers import choose, click, signed_in_as, type_into

SAVE = QDialogButtonBox.StandardButton.Save
TODAY = TEST_TODAY
SEEN = "A public comment naming a family — «Zoë» — on Facebook."


@pytest.fixture
def subject(org) -> int:
    return org.people.add_person(
        org.user, first_name="Sam", last_name="Okoro", kind="volunteer", reference="VOL-0042"
    )


def fill(qtbot, dialog: ConcernDialog, *, happened: tuple[date, str], came_in: tuple[date, str]) -> None:
    ui = dialog.ui
    type_into(qtbot, ui.subject_edit, "Okoro")
    qtbot.waitUntil(lambda: ui.subject_list.currentRow() == 0)
    type_into(qtbot, ui.concern_at_edit, uk(happened[0]))
    type_into(qtbot, ui.concern_time_edit, happened[1])
    ui.reported_at_edit.clear()
    ui.reported_time_edit.clear()
    type_into(qtbot, ui.reported_at_edit, uk(came_in[0]))
    type_into(qtbot, ui.reported_time_edit, came_in[1])
    choose(qtbot, ui.raised_by_kind_combo, "Anonymous")
    type_into(qtbot, ui.what_was_seen_edit, SEEN)
    ui.breach_types_list.item(6).setCheckState(ui.breach_types_list.item(6).checkState().Checked)


def test_intake_refuses_concern_time_after_report_time_at_the_field(qtbot, org, subject):
    dialog = ConcernDialog(org)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(qtbot, dialog, happened=(TODAY - DAY, "15:00"), came_in=(TODAY - DAY, "09:30"))
    assert "cannot have come in before it happened" in dialog.ui.delay_label.text()
    click(qtbot, dialog.ui.button_box.button(SAVE))
    ui = dialog.ui
    assert dialog.isVisible() and dialog.result_ is None
    assert ui.concern_at_error.isVisible()
    assert "cannot have come in before it happened" in ui.concern_at_error.text()
    assert not ui.error_label.isVisible()
    # Nothing typed is lost.
    assert ui.what_was_seen_edit.toPlainText() == SEEN
    assert ui.concern_time_edit.text() == "15:00" and ui.reported_time_edit.text() == "09:30"
    assert org.cases.list_cases(org.user).total == 0
    # Put right, it goes through.
    ui.concern_time_edit.clear()
    type_into(qtbot, ui.concern_time_edit, "08:45")
    click(qtbot, ui.button_box.button(SAVE))
    assert dialog.result_ is not None and not dialog.isVisible()
    assert org.cases.list_cases(org.user).total == 1


def test_intake_without_breach_type_is_refused_beside_the_list(qtbot, org, subject):
    dialog = ConcernDialog(org)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(qtbot, dialog, happened=(TODAY - DAY, "08:00"), came_in=(TODAY - DAY, "09:00"))
    dialog.ui.breach_types_list.item(6).setCheckState(
        dialog.ui.breach_types_list.item(6).checkState().Unchecked
    )
    click(qtbot, dialog.ui.button_box.button(SAVE))
    assert dialog.ui.breach_types_error.isVisible() and "breach type" in dialog.ui.breach_types_error.text()
    assert dialog.ui.what_was_seen_edit.toPlainText() == SEEN
    # Closing with typing in it asks first; nothing is stored.
    asked: list[str] = []

    def discard(box):
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Discard).click()

    on_modal(QMessageBox, discard)
    dialog.reject()
    assert asked and "not saved" in asked[0] and not dialog.isVisible()
    assert org.cases.list_cases(org.user).total == 0


def test_intake_flags_a_report_over_one_working_day_late(qtbot, org, subject):
    dialog = ConcernDialog(org)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(qtbot, dialog, happened=(TODAY - 8 * DAY, "10:00"), came_in=(TODAY - DAY, "10:00"))
    assert "over one working day" in dialog.ui.delay_label.text()
    assert "7 days" in dialog.ui.delay_label.text()
    click(qtbot, dialog.ui.button_box.button(SAVE))
    assert dialog.result_ is not None and dialog.result_.late_report


def test_checker_sees_no_breach_page_but_reports_a_concern(qtbot, org, make_user, secret_store, subject):
    checker = signed_in_as(org, make_user, secret_store, "casey", Role.CHECKER, full_name="Casey Checker")
    window = MainWindow(checker, default_pages())
    qtbot.addWidget(window)
    window.show()
    assert "breaches" not in window.page_keys and "checks" in window.page_keys
    assert window.page("home").overdue_panel is None
    told: list[str] = []

    def report(dialog):
        fill(qtbot, dialog, happened=(TODAY - DAY, "08:00"), came_in=(TODAY - DAY, "09:00"))

        def close_box(box):
            told.append(box.text())
            box.accept()

        on_modal(QMessageBox, close_box)
        click(qtbot, dialog.ui.button_box.button(SAVE))

    on_modal(ConcernDialog, report)
    window.report_concern_action.trigger()
    assert told and "safeguarding lead has it now" in told[0]
    assert org.cases.list_cases(org.user).total == 1
    window.shut()


def test_administrator_can_report_a_concern_but_sees_no_case(qtbot, org, make_user, secret_store, subject):
    """Anyone signed in can report (policy §8: concerns go to the lead at once); an office
    manager who sees something has a route, without then being able to read the case."""
    admin = signed_in_as(org, make_user, secret_store, "ian", Role.ADMINISTRATOR, full_name="Ian Admin")
    window = MainWindow(admin, default_pages())
    qtbot.addWidget(window)
    assert window.report_concern_action.isEnabled()
    assert "breaches" not in window.page_keys
    dialog = ConcernDialog(admin)
    qtbot.addWidget(dialog, before_close_func=lambda d: setattr(d, "dirty", False))
    dialog.show()
    fill(qtbot, dialog, happened=(TODAY - DAY, "09:00"), came_in=(TODAY - DAY, "09:30"))  # finds Sam Okoro
    click(qtbot, dialog.ui.button_box.button(SAVE))
    assert dialog.result_ is not None
    with pytest.raises(PermissionDenied):
        admin.cases.open_case(admin.user, dialog.result_.case_id)
    with pytest.raises(PermissionDenied):
        admin.people.list_people(admin.user)
    assert org.cases.open_case(org.user, dialog.result_.case_id).subject.person_id == subject
    window.shut()


def test_concern_typed_before_a_crash_is_offered_back_next_time(qtbot, org, subject):
    dialog = ConcernDialog(org)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(qtbot, dialog, happened=(TODAY - DAY, "09:00"), came_in=(TODAY - DAY, "09:30"))
    qtbot.waitUntil(lambda: org.drafts.load(org.user, "concern_intake") is not None, timeout=5000)
    dialog.drafts.save_now()  # the last keystrokes, as the debounce would
    # The app stops here without closing the dialog (a crash, a power cut).
    dialog.dirty = False
    dialog.hide()

    again = ConcernDialog(org)
    qtbot.addWidget(again)
    on_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    again.offer_draft()
    ui = again.ui
    assert ui.what_was_seen_edit.toPlainText() == SEEN
    assert ui.concern_time_edit.text() == "09:00"
    assert ui.breach_types_list.item(6).checkState() == ui.breach_types_list.item(6).checkState().Checked
    assert again.subject_id() is not None  # the search ran again and found the one person
    click(qtbot, ui.button_box.button(SAVE))
    assert again.result_ is not None
    assert org.drafts.load(org.user, "concern_intake") is None  # saved: the draft is gone
