"""The check window's guards and refusals, seen by the user: evidence refused by content,
completion without attestations, the interview-panel and appointed-person guards, changes
after completion with a reason and a kept version, and no typing lost on bad input."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QMessageBox

from lcs_desktop.domain.roles import Role
from lcs_desktop.gui.checks.check_window import CheckWindow
from lcs_desktop.gui.checks.evidence_strip import EvidenceStrip
from lcs_desktop.gui.checks.finding_dialog import FindingDialog
from lcs_desktop.gui.checks.history_dialog import HistoryDialog
from lcs_desktop.gui.checks.start_check import JustificationDialog
from lcs_desktop.gui.people.person_page import PersonPage
from tests.frozen_clock import TEST_TODAY
from tests.gui.check_helpers import choose, click, confirm_next, context_for, png, signed_in_as, type_into
from tests.services.check_fixtures import add_applicant, details, ready_check, scope

SAVE = QDialogButtonBox.StandardButton.Save


@pytest.fixture
def checker(org, make_user, secret_store):
    return signed_in_as(org, make_user, secret_store, "casey", Role.CHECKER, full_name="Casey Checker")


def open_window(qtbot, context, check_id: int) -> CheckWindow:
    window = CheckWindow(context, check_id)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_evidence_renamed_png_that_is_not_an_image_is_refused_with_a_message(qtbot, tmp_path):
    strip = EvidenceStrip()
    qtbot.addWidget(strip)
    strip.show()
    fake = tmp_path / "screenshot.png"
    fake.write_bytes(b"PK\x03\x04 this is really a Word document")
    strip.add_paths([fake])
    assert strip.entries == []
    assert strip.message_label.isVisible()
    assert "'screenshot.png' is not a PNG, JPEG or WebP image or a PDF" in strip.message_label.text()
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    strip.add_paths([empty])
    assert "is empty (0 bytes)" in strip.message_label.text()
    huge = tmp_path / "huge.pdf"
    with huge.open("wb") as handle:
        handle.truncate(26 * 1024 * 1024)
    strip.add_paths([huge])
    assert "26.0 MB; evidence files can be 25 MB at most" in strip.message_label.text()
    good = tmp_path / "real.png"
    good.write_bytes(png())
    strip.add_paths([good])
    assert [e.name for e in strip.entries] == ["real.png"]
    assert not strip.message_label.isVisible()
    strip.add_paths([good])
    assert "already attached" in strip.message_label.text() and len(strip.entries) == 1


def test_finding_with_future_content_date_is_refused_at_the_field_keeping_typing(qtbot, org, checker):
    person = add_applicant(org)
    check_id = checker.checks.create_check(checker.user, person, details())
    window = open_window(qtbot, context_for(org, checker), check_id)
    dialog = FindingDialog(window.env, window.detail, None, window)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    choose(qtbot, ui.platform_combo, "Instagram")
    type_into(qtbot, ui.address_edit, "@someone")
    type_into(qtbot, ui.content_date_edit, f"{TEST_TODAY + timedelta(days=3):%d/%m/%Y}")
    type_into(qtbot, ui.seen_edit, "👋 مرحبا — a post")
    choose(qtbot, ui.category_combo, "Sharing personal details")
    choose(qtbot, ui.severity_combo, "Low")
    choose(qtbot, ui.relevance_combo, "Some relevance")
    click(qtbot, ui.button_box.button(SAVE))
    assert "is in the future" in ui.content_date_error.text()
    assert ui.seen_edit.toPlainText() == "👋 مرحبا — a post"
    assert checker.checks.read_check(checker.user, check_id).findings == ()
    window.close()


def test_check_cannot_complete_without_attestations(qtbot, org, checker):
    person = add_applicant(org)
    check_id = checker.checks.create_check(checker.user, person, details())
    checker.checks.set_scope(checker.user, check_id, scope())
    checker.checks.set_result(checker.user, check_id, "no_concerns")
    window = open_window(qtbot, context_for(org, checker), check_id)
    window.go_to(4)
    result = window.steps[4]
    assert "Confirm that only publicly accessible content was viewed." in result.needs_label.text()
    click(qtbot, result.complete_button)
    assert "cannot be completed yet" in result.needs_label.text()
    assert not checker.checks.read_check(checker.user, check_id).completed
    window.go_to(2)
    click(qtbot, window.steps[2].public_only_check)
    click(qtbot, window.steps[2].no_private_access_check)
    window.go_to(4)
    confirm_next()
    click(qtbot, window.steps[4].complete_button)
    assert checker.checks.read_check(checker.user, check_id).completed
    window.close()


def test_lead_attesting_for_the_checker_is_told_and_shown_as_on_the_checkers_behalf(qtbot, org, checker):
    person = add_applicant(org)
    check_id = checker.checks.create_check(checker.user, person, details())
    checker.checks.set_scope(checker.user, check_id, scope())
    checker.checks.set_result(checker.user, check_id, "no_concerns")
    lead = open_window(qtbot, context_for(org), check_id)
    lead.go_to(2)
    attest = lead.steps[2]
    assert "You are not this check's checker (\u2068Casey Checker\u2069)" in attest.attribution_label.text()
    click(qtbot, attest.public_only_check)
    click(qtbot, attest.no_private_access_check)
    lead.go_to(4)
    seen: list[str] = []
    confirm_next(seen)
    click(qtbot, lead.steps[4].complete_button)
    assert "on behalf of the checker (Casey Checker)" in seen[0]
    stored = org.checks.read_check(org.user, check_id)
    assert [(a.by, a.on_behalf) for a in stored.attested_by] == [("Ada Admin", True)] * 2
    assert stored.completion.by == "Ada Admin" and stored.completion.on_behalf
    status = lead.steps[4].status_label.text()
    assert (
        "Completed by the safeguarding lead (Ada Admin) on" in status and "on behalf of the checker" in status
    )
    lead.close()
    window = open_window(qtbot, context_for(org, checker), check_id)
    window.go_to(2)
    shown = window.steps[2].attribution_label.text()
    assert shown.count("Confirmed by the safeguarding lead (Ada Admin) on") == 2
    assert shown.count("on behalf of the checker") == 2 and "You are not" not in shown
    window.close()


def test_bad_date_in_a_step_keeps_the_user_there_with_the_message(qtbot, org, checker):
    person = add_applicant(org)
    check_id = checker.checks.create_check(checker.user, person)
    window = open_window(qtbot, context_for(org, checker), check_id)
    step = window.steps[0]
    type_into(qtbot, step.ui.role_applied_for_edit, "Handover volunteer")
    type_into(qtbot, step.ui.privacy_notice_date_edit, "next tuesday")
    click(qtbot, window.ui.next_button)
    assert window.ui.step_stack.currentIndex() == 0
    assert "Write the date the applicant was told as dd/mm/yyyy" in step.ui.privacy_notice_date_error.text()
    assert step.ui.role_applied_for_edit.text() == "Handover volunteer"
    assert window.ui.save_button.isEnabled()
    window.steps[0].dirty = False  # leave without the unsaved-changes question (tested below)
    window.close()


def test_panel_guard_needs_the_leads_confirmation(qtbot, org, checker):
    person = add_applicant(org)
    check_id = checker.checks.create_check(checker.user, person, details(checker_on_panel=True))
    window = open_window(qtbot, context_for(org, checker), check_id)
    step = window.steps[0]
    assert step.ui.panel_group.isVisible()
    assert "Waiting for the safeguarding lead's confirmation." in step.ui.panel_status_label.text()
    assert not step.ui.confirm_panel_button.isVisible()
    assert any("interview panel" in w for w in window.detail.warnings)
    window.close()
    lead = open_window(qtbot, context_for(org), check_id)
    step = lead.steps[0]
    assert step.ui.confirm_panel_button.isVisible()
    click(qtbot, step.ui.confirm_panel_button)  # no note yet
    assert "Enter why the check can stand" in step.ui.panel_status_label.text()
    type_into(qtbot, step.ui.panel_note_edit, "Second checker reviewed the search.")
    click(qtbot, step.ui.confirm_panel_button)
    assert "Confirmed by \u2068Ada Admin\u2069" in step.ui.panel_status_label.text()
    assert lead.detail.panel_confirmation is not None
    lead.close()


def test_appointed_person_needs_the_leads_written_justification(qtbot, org, checker):
    person_id = org.people.add_person(
        org.user, first_name="Vera", last_name="Vol", kind="volunteer", reference="VOL-1", status="appointed"
    )
    page = PersonPage(context_for(org, checker), person_id)
    qtbot.addWidget(page)
    assert not page.ui.start_check_button.isEnabled()
    assert "Only the safeguarding lead can start such a check" in page.ui.guard_label.text()
    assert "Human Rights Act 1998, Article 8" in page.ui.guard_label.text()
    person = org.people.get_person(org.user, person_id)
    dialog = JustificationDialog(org, person)
    qtbot.addWidget(dialog)
    type_into(qtbot, dialog.role_edit, "Volunteer")
    dialog.accept()
    assert dialog.check_id is None and dialog.justification_error.text()
    type_into(qtbot, dialog.justification_edit, "Allegation received; checking public posts (§8).")
    dialog.accept()
    assert dialog.check_id is not None
    detail = org.checks.read_check(org.user, dialog.check_id)
    assert detail.justification is not None and "Allegation" in detail.justification.note


def test_change_after_completion_needs_a_reason_and_keeps_the_earlier_version(qtbot, org, when_modal):
    person = add_applicant(org)
    check_id = ready_check(org, org.user, person, concerns=False)
    org.checks.complete_check(org.user, check_id)
    window = open_window(qtbot, context_for(org), check_id)
    step = window.steps[0]
    step.ui.role_applied_for_edit.clear()
    type_into(qtbot, step.ui.role_applied_for_edit, "Contact supervisor (paid)")

    def give_reason(dialog):
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("The role was re-advertised as paid.")
        dialog.accept()

    when_modal(give_reason)
    click(qtbot, window.ui.save_button)
    detail = org.checks.read_check(org.user, check_id)
    assert detail.role_applied_for == "Contact supervisor (paid)"
    assert [(v.version, v.reason) for v in detail.versions] == [(1, "The role was re-advertised as paid.")]
    assert window.ui.history_button.isEnabled()
    history = HistoryDialog(org, detail, window)
    qtbot.addWidget(history)
    history.versions_list.setCurrentRow(1)
    assert "Role applied for: Contact supervisor (volunteer)" in history.text.toPlainText()
    kept = history.text.toPlainText()
    assert "Attestations confirmed by:" in kept and "Acting as: Authorised checker" in kept
    window.close()


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_the_typing(qtbot, org, checker, when_modal):
    person = add_applicant(org)
    check_id = checker.checks.create_check(checker.user, person)
    window = open_window(qtbot, context_for(org, checker), check_id)
    type_into(qtbot, window.steps[0].ui.authorised_by_edit, "Ada Admin")

    def cancel(box):
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Cancel).click()

    when_modal(cancel)
    window.close()
    assert window.isVisible()
    assert window.steps[0].ui.authorised_by_edit.text() == "Ada Admin"

    def save(box):
        box.button(QMessageBox.StandardButton.Save).click()

    when_modal(save)
    window.close()
    assert checker.checks.read_check(checker.user, check_id).authorised_by == "Ada Admin"


def test_draft_is_saved_by_the_autosave_without_leaving_the_step(qtbot, org, checker):
    person = add_applicant(org)
    check_id = checker.checks.create_check(checker.user, person)
    window = open_window(qtbot, context_for(org, checker), check_id)
    type_into(qtbot, window.steps[0].ui.role_applied_for_edit, "Handover volunteer")
    window._on_autosave_timeout()  # what the 30-second timer does
    assert checker.checks.read_check(checker.user, check_id).role_applied_for == "Handover volunteer"
    assert window.ui.saved_label.text().startswith("Draft saved")
    assert not window.current.dirty
    window.close()
