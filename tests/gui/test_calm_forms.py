"""Calm forms: every problem shown at once beside its field, nothing moving under the pointer,
and each message gone as soon as its field is fixed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QMessageBox

from lcs_desktop.domain.roles import Role
from lcs_desktop.gui.cases.case_export_dialog import CaseExportDialog
from lcs_desktop.gui.cases.case_page import CasePage
from lcs_desktop.gui.cases.concern_dialog import ConcernDialog
from lcs_desktop.gui.cases.decision_dialog import DecisionDialog
from lcs_desktop.gui.cases.entry_dialog import ChronologyEntryDialog
from lcs_desktop.gui.cases.env import CaseEnv
from lcs_desktop.gui.cases.outcome_dialogs import OutcomeDialog
from lcs_desktop.gui.cases.referral_dialog import ReferralDialog
from lcs_desktop.gui.checks import check_window
from lcs_desktop.gui.checks.check_window import CheckWindow
from lcs_desktop.gui.checks.checks_page import ChecksPage
from lcs_desktop.gui.checks.discussion_dialog import DiscussionDialog
from lcs_desktop.gui.checks.finding_dialog import FindingDialog
from lcs_desktop.gui.checks.start_check import StartCheckDialog
from lcs_desktop.gui.draft_offer import offer_kept_drafts
from lcs_desktop.gui.main_window import MainWindow
from lcs_desktop.gui.pages import default_pages
from lcs_desktop.gui.pages.home_page import HomePage
from lcs_desktop.gui.people.person_dialog import PersonDialog
from tests.conftest import ADMIN_PASSWORD
from tests.frozen_clock import TEST_TODAY
from tests.gui.case_helpers import new_case, on_modal, uk
from tests.gui.check_helpers import choose, click, confirm_next, context_for, png, signed_in_as, type_into
from tests.services.check_fixtures import add_applicant, details, ready_check

SAVE = QDialogButtonBox.StandardButton.Save


def _quiet(dialog) -> None:
    """Forget the typing, whichever way the form notices it (a flag or a snapshot)."""
    dialog.dirty = False
    if hasattr(dialog, "_snapshot"):
        dialog._initial = dialog._snapshot()


@pytest.fixture
def opened(qtbot):
    """Show a form; on teardown its typing is dropped quietly (no "Discard changes?" box)."""

    def show(dialog):
        qtbot.addWidget(dialog, before_close_func=_quiet)
        dialog.show()
        return dialog

    return show


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


def test_complete_the_check_asks_with_a_summary_and_cancel_records_nothing(qtbot, org):
    check_id = ready_check(org, org.user, add_applicant(org), concerns=False)
    window = CheckWindow(context_for(org), check_id)
    window.show()
    window.go_to(4)
    seen: list[str] = []
    confirm_next(seen, cancel=True)
    click(qtbot, window.steps[4].complete_button)
    assert not org.checks.read_check(org.user, check_id).completed
    assert "Jo Bloggs (APP-001), for Contact supervisor (volunteer)" in seen[0]
    assert "Result: No concerns" in seen[0] and "Completed by you (" in seen[0]
    confirm_next()
    click(qtbot, window.steps[4].complete_button)
    assert org.checks.read_check(org.user, check_id).completed
    window.close()


def test_starting_a_check_asks_for_the_role_and_a_lead_before_creating_it(qtbot, org, opened, make_user):
    make_user("mo", Role.MANAGER, full_name="Mo Manager")  # not a lead: not offered
    person_id = add_applicant(org, role="Youth worker")
    dialog = opened(StartCheckDialog(org, org.people.get_person(org.user, person_id)))
    assert dialog.role_edit.text() == "Youth worker"  # from the person's record
    leads = [dialog.authorised_by_combo.itemText(i) for i in range(dialog.authorised_by_combo.count())]
    assert leads == ["Choose…", "Ada Admin"]
    dialog.role_edit.clear()
    dialog.authorised_by_combo.setCurrentIndex(0)
    dialog.accept()
    assert set(dialog.messages.showing()) == {"role", "authorised_by"}
    assert dialog.check_id is None and org.checks.list_checks(org.user) == []
    type_into(qtbot, dialog.role_edit, "Youth worker")
    assert "role" not in dialog.messages.showing()
    choose(qtbot, dialog.authorised_by_combo, "Ada Admin")
    dialog.accept()
    stored = org.checks.read_check(org.user, dialog.check_id)
    assert (stored.role_applied_for, stored.authorised_by) == ("Youth worker", "Ada Admin")


def test_a_concern_left_by_a_crash_is_offered_at_sign_in_and_opens_filled(qtbot, org):
    org.drafts.save(org.user, "concern_intake", {"what_was_seen_edit": "Typed before the power cut"})
    window = MainWindow(org, default_pages())
    qtbot.addWidget(window)
    window.show()
    seen: list[str] = []
    filled: list[str] = []

    def check(dialog):
        filled.append(dialog.ui.what_was_seen_edit.toPlainText())
        dialog.dirty = False
        dialog.reject()

    confirm_next(seen)
    on_modal(ConcernDialog, check)
    assert offer_kept_drafts(window)
    assert "You have an unsaved concern from " in seen[0] and "open it?" in seen[0]
    assert filled == ["Typed before the power cut"]  # no second question: it opened filled


def test_lock_screen_says_whether_the_person_or_the_idle_timer_locked_it(qtbot, org):
    window = MainWindow(org, default_pages())
    qtbot.addWidget(window)
    window.show()
    for how, words in (
        ("person", "You locked LCS Desktop."),
        ("idle", "locked itself because nobody used it"),
    ):
        if how == "person":
            window.ui.lock_action.trigger()
        else:
            window.idle.idle.emit()
        assert window.locked and words in window.lock_screen.ui.message_label.text()
        qtbot.keyClicks(window.lock_screen.ui.password_edit, ADMIN_PASSWORD)
        qtbot.keyClick(window.lock_screen.ui.password_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not window.locked, timeout=10_000)
    window.shut()


def test_managers_home_says_its_clocks_cover_their_cases(qtbot, org, make_user, secret_store):
    manager = signed_in_as(org, make_user, secret_store, "mo", Role.MANAGER, full_name="Mo Manager")
    home = HomePage(context_for(org, manager))
    qtbot.addWidget(home)
    assert home.overdue_panel.title() == "Referral clocks on your cases"
    assert "0 open cases assigned to you" in home.overdue_panel.summary_label.text()
    lead_home = HomePage(context_for(org))
    qtbot.addWidget(lead_home)
    assert "assigned to you" not in lead_home.overdue_panel.summary_label.text()


def test_export_dialog_shows_only_what_applies_and_asks_before_an_unprotected_full_pack(qtbot, org, tmp_path):
    person = org.people.add_person(
        org.user, first_name="Sam", last_name="Okoro", kind="volunteer", reference="VOL-0042"
    )
    detail = org.cases.open_case(org.user, new_case(org, person))
    export = CaseExportDialog(org, detail)
    qtbot.addWidget(export)
    export.show()
    assert Path(export.ui.location_edit.text()).is_dir()  # a folder that exists
    pick(qtbot, export.ui.full_radio)
    assert export.ui.full_warning_label.isVisible()
    export.ui.letter_radio.setEnabled(True)
    pick(qtbot, export.ui.letter_radio)
    assert not export.ui.copy_group.isVisible() and not export.ui.full_warning_label.isVisible()
    pick(qtbot, export.ui.pack_radio)
    assert export.ui.copy_group.isVisible() and export.ui.full_radio.isChecked()
    folder = tmp_path / "exports"
    folder.mkdir()
    export.ui.location_edit.setText(str(folder))
    seen: list[str] = []
    confirm_next(seen, cancel=True)
    click(qtbot, export.ui.export_button)
    assert "without a password" in seen[0] and list(folder.iterdir()) == []  # nothing written


def pick(qtbot, radio) -> None:
    """On the round button itself, as a user would."""
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    assert radio.isChecked()


def test_closing_an_unsaved_chronology_entry_asks_about_it_not_them(qtbot, org):
    person = org.people.add_person(
        org.user, first_name="Sam", last_name="Okoro", kind="volunteer", reference="V-1"
    )
    env = CaseEnv(org, new_case(org, person), lambda: None, lambda _m: None)
    dialog = ChronologyEntryDialog(env)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.ui.summary_edit, "Phoned the LADO")
    asked: list[str] = []

    def answer(box):
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Discard).click()

    on_modal(QMessageBox, answer)
    dialog.reject()
    assert asked == ["You have not saved this entry. Close and lose it?"]
    assert not dialog.isVisible()


def test_evidence_added_to_a_new_entry_can_be_removed_before_it_is_saved(qtbot, org):
    person = org.people.add_person(
        org.user, first_name="Sam", last_name="Okoro", kind="volunteer", reference="V-1"
    )
    case_id = new_case(org, person)
    env = CaseEnv(org, case_id, lambda: None, lambda _m: None)
    dialog = ChronologyEntryDialog(env)
    qtbot.addWidget(dialog)
    dialog.show()
    strip = dialog.evidence
    assert strip.add_bytes("wrong.png", png(40, 30)) and strip.add_bytes("right.png", png(50, 30))
    strip.list.setCurrentRow(0)
    click(qtbot, strip.remove_button)  # picked in error: gone before anything is stored
    assert [name for name, _ in strip.pending()] == ["right.png"]
    choose(qtbot, dialog.ui.kind_combo, "Note")
    type_into(qtbot, dialog.ui.occurred_at_edit, uk(TEST_TODAY))
    type_into(qtbot, dialog.ui.occurred_time_edit, "09:00")
    type_into(qtbot, dialog.ui.summary_edit, "Screenshot received")
    click(qtbot, dialog.ui.button_box.button(SAVE))
    assert dialog.entry_id is not None, dialog.messages.showing()
    entry = next(e for e in org.cases.open_case(org.user, case_id).chronology if e.id == dialog.entry_id)
    assert [f.filename for f in entry.evidence] == ["right.png"]


def test_investigation_panel_saves_status_risk_and_people_the_same_way(qtbot, org, make_user):
    make_user("mo", Role.MANAGER, full_name="Mo Manager")
    person = org.people.add_person(
        org.user, first_name="Sam", last_name="Okoro", kind="volunteer", reference="V-1"
    )
    case_id = new_case(org, person)
    page = CasePage(context_for(org))
    qtbot.addWidget(page)
    page.load(case_id)
    ui = page.ui
    assert ui.status_button.isHidden()
    choose(qtbot, ui.risk_combo, "High")  # choosing saves nothing on its own
    choose(qtbot, ui.officer_combo, "Mo Manager")
    choose(qtbot, ui.status_combo, "Awaiting decision")
    assert org.cases.open_case(org.user, case_id).risk is None
    click(qtbot, ui.assign_button)
    stored = org.cases.open_case(org.user, case_id)
    assert stored.risk.value == "high" and stored.officer.name == "Mo Manager"
    assert stored.status.value == "awaiting_decision"


def test_a_check_can_be_started_from_the_recruitment_checks_page(qtbot, org):
    person_id = add_applicant(org, role="Youth worker")
    page = ChecksPage(context_for(org))
    qtbot.addWidget(page)
    page.show()

    def pick_person(dialog):
        assert dialog.comboBoxItems() == ["Jo Bloggs (APP-001)"]
        dialog.accept()

    def start(dialog):
        assert dialog.role_edit.text() == "Youth worker"
        dialog.accept()  # the lead is chosen already: Ada Admin is the one starting it

    on_modal(QInputDialog, pick_person)
    on_modal(StartCheckDialog, start)
    click(qtbot, page.start_button)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    stored = org.checks.list_checks(org.user, person_id=person_id)
    assert len(stored) == 1 and stored[0].role_applied_for == "Youth worker"
    for window in list(check_window._open.values()):
        window.close()


# -- the case and check forms: every problem at once, each cleared as its field is fixed ----


def _case_env(org) -> CaseEnv:
    person = org.people.add_person(
        org.user, first_name="Sam", last_name="Okoro", kind="volunteer", reference="V-1"
    )
    return CaseEnv(org, new_case(org, person), lambda: None, lambda _m: None)


def _fixed_in_place(dialog, widgets, act) -> None:
    """``act()`` (a save) moves none of ``widgets`` under the pointer."""
    before = [w.mapTo(dialog, w.rect().topLeft()) for w in widgets]
    act()
    assert [w.mapTo(dialog, w.rect().topLeft()) for w in widgets] == before


def test_referral_dialog_shows_every_problem_at_once(qtbot, org, opened):
    env = _case_env(org)
    dialog = opened(ReferralDialog(env, None))
    ui = dialog.ui
    choose(qtbot, ui.kind_combo, "LADO referral")
    choose(qtbot, ui.state_combo, "Made")
    type_into(qtbot, ui.made_on_edit, "31/02/2026")  # not a real date
    ui.notes_edit.setPlainText("x" * 20_001)  # too long
    _fixed_in_place(
        dialog, (ui.reference_edit, ui.notes_edit), lambda: click(qtbot, ui.button_box.button(SAVE))
    )
    shown = dialog.messages.showing()
    assert set(shown) == {"made_on", "reference", "notes"}, shown
    assert "not a real date" in shown["made_on"] and "reference number" in shown["reference"]
    assert org.cases.open_case(org.user, env.case_id).referrals == () or all(
        r.state.value != "made" for r in org.cases.open_case(org.user, env.case_id).referrals
    )
    type_into(qtbot, ui.reference_edit, "LADO-77")
    assert set(dialog.messages.showing()) == {"made_on", "notes"}
    ui.made_on_edit.clear()
    type_into(qtbot, ui.made_on_edit, uk(TEST_TODAY))
    ui.notes_edit.setPlainText("Phoned")
    assert dialog.messages.showing() == {}
    click(qtbot, ui.button_box.button(SAVE))
    made = [r for r in org.cases.open_case(org.user, env.case_id).referrals if r.state.value == "made"]
    assert [r.reference for r in made] == ["LADO-77"], dialog.messages.showing()


def test_decision_dialog_shows_every_problem_at_once(qtbot, org, opened):
    env = _case_env(org)
    dialog = opened(DecisionDialog(env, org.cases.open_case(org.user, env.case_id)))
    ui = dialog.ui
    type_into(qtbot, ui.decided_on_edit, "45/13/2026")
    _fixed_in_place(
        dialog, (ui.finding_combo, ui.reason_edit), lambda: click(qtbot, ui.button_box.button(SAVE))
    )
    shown = dialog.messages.showing()
    assert set(shown) == {"decision_maker", "decided_on", "finding", "reason"}, shown
    assert dialog.focusWidget() is ui.decision_maker_combo
    choose(qtbot, ui.finding_combo, "Unfounded")
    assert set(dialog.messages.showing()) == {"decision_maker", "decided_on", "reason"}
    type_into(qtbot, ui.reason_edit, "No evidence")
    choose(qtbot, ui.decision_maker_combo, "Ada Admin")
    assert set(dialog.messages.showing()) == {"decided_on"}
    assert org.cases.open_case(org.user, env.case_id).finding is None


def test_outcome_dialog_shows_every_problem_at_once(qtbot, org, opened):
    env = _case_env(org)
    dialog = opened(OutcomeDialog(env))
    ui = dialog.ui
    choose(qtbot, ui.kind_combo, "Disciplinary action")
    type_into(qtbot, ui.expires_on_edit, "not a date")
    ui.details_edit.setPlainText("x" * 20_001)
    _fixed_in_place(dialog, (ui.details_edit,), lambda: click(qtbot, ui.button_box.button(SAVE)))
    shown = dialog.messages.showing()
    assert set(shown) == {"level", "expires_on", "details"}, shown
    choose(qtbot, ui.level_combo, "First written warning")
    assert set(dialog.messages.showing()) == {"expires_on", "details"}
    ui.details_edit.setPlainText("Warning letter sent")
    assert set(dialog.messages.showing()) == {"expires_on"}
    assert org.cases.open_case(org.user, env.case_id).outcomes == ()


def test_finding_dialog_shows_every_problem_at_once(qtbot, org, opened):
    check_id = org.checks.create_check(org.user, add_applicant(org), details())
    window = CheckWindow(context_for(org), check_id)
    qtbot.addWidget(window)
    dialog = opened(FindingDialog(window.env, window.detail, None, window))
    ui = dialog.ui
    type_into(qtbot, ui.content_date_edit, "32/01/2026")
    _fixed_in_place(dialog, (ui.address_edit, ui.seen_edit), lambda: click(qtbot, ui.button_box.button(SAVE)))
    shown = dialog.messages.showing()
    assert {"platform", "address", "content_date", "seen", "category", "severity"} <= set(shown), shown
    assert "not a real date" in shown["content_date"]
    type_into(qtbot, ui.address_edit, "@someone")
    choose(qtbot, ui.platform_combo, "Instagram")
    assert not {"address", "platform"} & set(dialog.messages.showing())
    assert {"content_date", "seen", "category"} <= set(dialog.messages.showing())
    assert org.checks.read_check(org.user, check_id).findings == ()


def test_discussion_dialog_shows_every_problem_at_once(qtbot, org, opened):
    check_id = ready_check(org, org.user, add_applicant(org))
    org.checks.complete_check(org.user, check_id)
    window = CheckWindow(context_for(org), check_id)
    qtbot.addWidget(window)
    dialog = opened(DiscussionDialog(window.env, window.detail))
    ui = dialog.ui
    type_into(qtbot, ui.held_on_edit, "30/02/2026")
    type_into(qtbot, ui.applicant_told_on_edit, "soon")
    _fixed_in_place(
        dialog, (ui.present_edit, ui.assessment_edit), lambda: click(qtbot, ui.button_box.button(SAVE))
    )
    shown = dialog.messages.showing()
    wanted = {"held_at", "method", "present", "findings_discussed", "outcome", "assessment", "decided_by"}
    assert wanted | {"applicant_told_on", "decision_reason"} <= set(shown) | {"applicant_account"}, shown
    assert wanted <= set(shown), shown
    type_into(qtbot, ui.present_edit, "Jo Bloggs; Ada Admin")
    type_into(qtbot, ui.decided_by_edit, "Ada Admin")
    assert not {"present", "decided_by"} & set(dialog.messages.showing())
    assert {"held_at", "method", "assessment"} <= set(dialog.messages.showing())
    assert org.checks.read_check(org.user, check_id).discussion is None


def test_check_details_step_shows_every_problem_at_once(qtbot, org):
    """The typed fields are capped at their length, so an unreadable date and a reason over its
    limit are what this step can get wrong together."""
    check_id = org.checks.create_check(org.user, add_applicant(org), details())
    window = CheckWindow(context_for(org), check_id)  # deletes itself on close
    window.show()
    window.go_to(0)
    step = window.steps[0]
    ui = step.ui
    ui.proportionality_reason_edit.setPlainText("p" * 20_001)
    ui.privacy_notice_date_edit.clear()
    type_into(qtbot, ui.privacy_notice_date_edit, "31/04/2026")
    _fixed_in_place(window, (ui.proportionality_reason_edit,), lambda: click(qtbot, window.ui.save_button))
    shown = step.messages.showing()
    assert set(shown) == {"privacy_notice_date", "proportionality_reason"}, shown
    assert "too long" in shown["proportionality_reason"]
    assert step.focusWidget() is ui.privacy_notice_date_edit  # the higher of the two
    ui.proportionality_reason_edit.setPlainText("Works alone with young people")
    assert set(step.messages.showing()) == {"privacy_notice_date"}
    assert org.checks.read_check(org.user, check_id).proportionality_reason != "p" * 20_001
    step.dirty = False  # closing would ask about the unsaved typing
    window.close()
