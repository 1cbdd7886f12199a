"""Calm forms: every problem shown at once beside its field, nothing moving under the pointer,
and each message gone as soon as its field is fixed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from lcs_desktop.gui.cases.concern_dialog import ConcernDialog
from lcs_desktop.gui.people.person_dialog import PersonDialog
from tests.gui.check_helpers import choose, click, type_into

SAVE = QDialogButtonBox.StandardButton.Save


@pytest.fixture
def opened(qtbot):
    """Show a form; on teardown its typing is dropped quietly (no "Discard changes?" box)."""
    forms = []

    def show(dialog):
        qtbot.addWidget(dialog)
        dialog.show()
        forms.append(dialog)
        return dialog

    yield show
    for dialog in forms:
        dialog.dirty = False


def test_person_dialog_shows_every_problem_at_once_without_moving_fields(qtbot, org, opened):
    dialog = opened(PersonDialog(org))
    ui = dialog.ui
    type_into(qtbot, ui.email_edit, "not-an-address")
    type_into(qtbot, ui.date_of_birth_edit, "31/02/1990")
    before = {w.objectName(): w.mapTo(dialog, w.rect().topLeft()) for w in (ui.last_name_edit, ui.email_edit)}
    click(qtbot, ui.button_box.button(SAVE))
    shown = dialog.messages.showing()
    assert set(shown) == {"first_name", "last_name", "kind", "reference", "email", "date_of_birth"}
    assert shown["first_name"] == "Enter the first name."
    assert "not a real date" in shown["date_of_birth"]
    assert dialog.focusWidget() is ui.first_name_edit  # the cursor at the first problem
    after = {w.objectName(): w.mapTo(dialog, w.rect().topLeft()) for w in (ui.last_name_edit, ui.email_edit)}
    assert after == before  # the space was kept: nothing moved
    assert ui.email_edit.text() == "not-an-address"  # nothing typed is lost
    # Each message goes as soon as its field is edited; the others stay.
    type_into(qtbot, ui.first_name_edit, "Zoë")
    assert ui.first_name_error.text() == ""
    choose(qtbot, ui.kind_combo, "Applicant")
    assert ui.kind_error.text() == ""
    assert set(dialog.messages.showing()) == {"last_name", "reference", "email", "date_of_birth"}
    assert org.people.list_people(org.user) == []


def test_concern_dialog_lists_unreadable_dates_with_the_other_problems(qtbot, org, opened):
    dialog = opened(ConcernDialog(org))
    ui = dialog.ui
    type_into(qtbot, ui.concern_at_edit, "45/13/2026")
    type_into(qtbot, ui.concern_time_edit, "10:00")
    click(qtbot, ui.button_box.button(SAVE))
    shown = dialog.messages.showing()
    assert {"subject", "concern_at", "raised_by_kind", "what_was_seen", "breach_types"} <= set(shown)
    assert dialog.result_ is None and dialog.isVisible()
    assert ui.concern_at_edit.text() == "45/13/2026"
    type_into(qtbot, ui.what_was_seen_edit, "A comment")
    assert "what_was_seen" not in dialog.messages.showing()
    assert "concern_at" in dialog.messages.showing()
