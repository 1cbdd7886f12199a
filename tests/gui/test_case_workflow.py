"""The issue's scenario, driven as the lead would: a concern reported from the toolbar, the
investigation (assignment, people affected, chronology with a correction, evidence), a LADO
referral, the decision and outcome, closure with the lead's sign-off, then the redacted and
the full case pack and the outcome letter, exported off the GUI thread and read back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from lcs_desktop.domain.cases import CaseStatus
from lcs_desktop.domain.roles import Role
from lcs_desktop.gui.cases.case_export_dialog import CaseExportDialog
from lcs_desktop.gui.cases.close_case_dialog import CloseCaseDialog
from lcs_desktop.gui.cases.concern_dialog import ConcernDialog
from lcs_desktop.gui.cases.decision_dialog import DecisionDialog
from lcs_desktop.gui.cases.entry_dialog import ChronologyEntryDialog
from lcs_desktop.gui.cases.outcome_dialogs import OutcomeDialog
from lcs_desktop.gui.cases.party_dialog import PartyDialog
from lcs_desktop.gui.cases.referral_dialog import ReferralDialog
from lcs_desktop.gui.main_window import MainWindow
from lcs_desktop.gui.pages import default_pages
from tests.frozen_clock import TEST_TODAY
from tests.gui.case_helpers import DAY, on_modal, pdf_text, screenshot, uk
from tests.gui.check_helpers import choose, click, confirm_next, type_into

SAVE = QDialogButtonBox.StandardButton.Save
TODAY = TEST_TODAY
CHILD, FAMILY, RAISER = "Lily Example", "Okafor family", "Joanne Whitfield"


@pytest.fixture
def subject(org) -> int:
    return org.people.add_person(
        org.user,
        first_name="Sam",
        last_name="Okoro",
        kind="volunteer",
        reference="VOL-0042",
        role="Contact supervisor",
    )


@pytest.fixture
def officer(make_user) -> str:
    make_user("mo", Role.MANAGER, full_name="Mo Manager")
    return "Mo Manager"


def fill_concern(qtbot, dialog: ConcernDialog) -> None:
    ui = dialog.ui
    type_into(qtbot, ui.subject_edit, "VOL-0042")
    qtbot.waitUntil(lambda: ui.subject_list.count() == 1 and ui.subject_list.currentRow() == 0)
    type_into(qtbot, ui.concern_at_edit, uk(TODAY - 2 * DAY))
    type_into(qtbot, ui.concern_time_edit, "09:00")
    ui.reported_at_edit.clear()
    ui.reported_time_edit.clear()
    type_into(qtbot, ui.reported_at_edit, uk(TODAY - 2 * DAY))
    type_into(qtbot, ui.reported_time_edit, "11:30")
    assert "2 hours 30 minutes" in ui.delay_label.text()
    choose(qtbot, ui.raised_by_kind_combo, "Parent or carer")
    type_into(qtbot, ui.raised_by_edit, RAISER)
    type_into(
        qtbot, ui.what_was_seen_edit, "A photograph from a contact session on the volunteer's Instagram."
    )
    for lst, label in ((ui.breach_types_list, "Photographs, videos"), (ui.platforms_list, "Instagram")):
        item = lst.findItems(label, Qt.MatchFlag.MatchStartsWith)[0]
        item.setCheckState(Qt.CheckState.Checked)
    type_into(qtbot, ui.immediate_actions_edit, "The volunteer was asked to remove the post at once.")


def test_lead_takes_concern_to_closure_and_exports_both_packs(qtbot, org, subject, officer, tmp_path):
    window = MainWindow(org, default_pages())
    qtbot.addWidget(window)
    window.show()
    assert window.report_concern_action.shortcut().toString() == "Ctrl+Shift+R"

    # Intake from the toolbar, in under a minute.
    def intake(dialog):
        fill_concern(qtbot, dialog)
        on_modal(QMessageBox, lambda box: box.accept())
        click(qtbot, dialog.ui.button_box.button(SAVE))

    on_modal(ConcernDialog, intake)
    window.report_concern_action.trigger()
    cases_page = window.page("breaches")
    page = cases_page.case_page
    assert cases_page.stack.currentWidget() is page
    case_id = page.env.case_id
    detail = org.cases.open_case(org.user, case_id)
    assert detail.subject.person_id == subject and detail.raised_by == RAISER
    assert page.ui.title_label.text() == f"Case {detail.reference}"
    ui = page.ui

    # Assignment: the same person in both roles is warned about, then put right.
    choose(qtbot, ui.officer_combo, "Ada Admin")
    choose(qtbot, ui.decision_maker_combo, "Ada Admin")
    assert "same person" in ui.assign_warning_label.text() and ui.assign_warning_label.isVisible()
    choose(qtbot, ui.officer_combo, officer)
    assert not ui.assign_warning_label.isVisible()
    click(qtbot, ui.assign_button)
    detail = org.cases.open_case(org.user, case_id)
    assert detail.officer.name == officer and detail.decision_maker.name == "Ada Admin"
    assert detail.status is CaseStatus.INVESTIGATING

    # A child and a family, by reference; the names protected.
    for kind, reference, name in (("Child", "CH-0192", CHILD), ("Family", "FAM-0033", FAMILY)):

        def party(dialog, kind=kind, reference=reference, name=name):
            choose(qtbot, dialog.ui.kind_combo, kind)
            type_into(qtbot, dialog.ui.reference_edit, reference)
            type_into(qtbot, dialog.ui.name_edit, name)
            click(qtbot, dialog.ui.button_box.button(SAVE))

        on_modal(PartyDialog, party)
        click(qtbot, ui.add_party_button)
    assert ui.parties_list.count() == 2
    assert CHILD not in ui.parties_list.item(0).text()
    ui.parties_list.setCurrentRow(0)
    click(qtbot, ui.reveal_name_button)
    assert CHILD in ui.parties_list.item(0).text() and FAMILY not in ui.parties_list.item(1).text()

    # The chronology: an interview with a pasted screenshot, then a correction of it.
    ui.tabs.setCurrentIndex(1)
    chronology = page.chronology

    def interview(dialog):
        d = dialog.ui
        choose(qtbot, d.kind_combo, "Interview")
        d.occurred_at_edit.clear()
        d.occurred_time_edit.clear()
        type_into(qtbot, d.occurred_at_edit, uk(TODAY - DAY))
        type_into(qtbot, d.occurred_time_edit, "10:00")
        type_into(qtbot, d.summary_edit, "Interview with the volunteer")
        type_into(qtbot, d.participants_edit, "Mo Manager; Sam Okoro")
        type_into(qtbot, d.details_edit, "Said the photograph showed a niece.")
        click(qtbot, d.button_box.button(SAVE))

    on_modal(ChronologyEntryDialog, interview)
    click(qtbot, chronology.add_button)
    assert chronology.selected().summary == "Interview with the volunteer"
    QApplication.clipboard().setImage(screenshot("#aa3333"))
    chronology.strip.setFocus()
    qtbot.keyClick(chronology.strip, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(chronology.selected().evidence) == 1)  # prepared by a worker

    def correct(dialog):
        type_into(qtbot, dialog.ui.reason_edit, "The volunteer said nephew, not niece")
        dialog.ui.details_edit.clear()
        type_into(qtbot, dialog.ui.details_edit, "Said the photograph showed a nephew.")
        click(qtbot, dialog.ui.button_box.button(SAVE))

    on_modal(ChronologyEntryDialog, correct)
    click(qtbot, chronology.correct_button)
    entries = org.cases.open_case(org.user, case_id).chronology
    original = next(e for e in entries if e.details == "Said the photograph showed a niece.")
    correction = next(e for e in entries if e.corrects_id == original.id)
    assert original.corrected_by == (correction.id,) and "nephew" in correction.details
    assert "Corrected by entry" in chronology.list.item(entries.index(original)).text()

    # Evidence on the case itself.
    ui.tabs.setCurrentIndex(2)
    QApplication.clipboard().setImage(screenshot("#3333aa", 200, 120))
    page.evidence.setFocus()
    qtbot.keyClick(page.evidence, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(page.detail.evidence) == 1)  # prepared by a worker

    # The LADO referral, made today.
    ui.tabs.setCurrentIndex(3)
    page.referrals.table.selectRow(0)

    def lado(dialog):
        choose(qtbot, dialog.ui.state_combo, "Made")
        type_into(qtbot, dialog.ui.made_on_edit, uk(TODAY))
        type_into(qtbot, dialog.ui.reference_edit, "LADO-2291")
        click(qtbot, dialog.ui.button_box.button(SAVE))

    on_modal(ReferralDialog, lado)
    click(qtbot, page.referrals.record_button)
    assert page.referrals.table.item(0, 1).text() == "Made"

    # Every other referral kind reasoned away: a case closes only with each one decided.
    def not_needed(dialog):
        choose(qtbot, dialog.ui.state_combo, "Considered and not needed")
        type_into(qtbot, dialog.ui.reason_edit, "Considered with the LADO: not needed.")
        click(qtbot, dialog.ui.button_box.button(SAVE))

    for row in range(1, 5):
        page.referrals.table.selectRow(row)
        on_modal(ReferralDialog, not_needed)
        click(qtbot, page.referrals.record_button)
        assert page.referrals.table.item(row, 1).text() == "Considered and not needed"

    # The decision and an outcome, then closure with the lead's sign-off.
    ui.tabs.setCurrentIndex(4)

    def decide(dialog):
        choose(qtbot, dialog.ui.decision_maker_combo, "Ada Admin")
        type_into(qtbot, dialog.ui.decided_on_edit, uk(TODAY))
        choose(qtbot, dialog.ui.finding_combo, "Substantiated")
        type_into(qtbot, dialog.ui.reason_edit, "The post identified a child at contact (§6, §7).")
        click(qtbot, dialog.ui.button_box.button(SAVE))

    on_modal(DecisionDialog, decide)
    click(qtbot, page.decision.decision_button)

    def outcome(dialog):
        choose(qtbot, dialog.ui.kind_combo, "Disciplinary action")
        choose(qtbot, dialog.ui.level_combo, "First written warning")
        type_into(qtbot, dialog.ui.expires_on_edit, uk(TODAY + 365 * DAY))
        click(qtbot, dialog.ui.button_box.button(SAVE))

    on_modal(OutcomeDialog, outcome)
    click(qtbot, page.decision.add_outcome_button)
    assert "First written warning" in page.decision.outcomes_list.item(0).text()

    def close(dialog):
        assert not dialog.ui.problems_label.isVisible()
        type_into(qtbot, dialog.ui.note_edit, "Investigation complete; warning issued; LADO informed.")
        confirm_next(seen)
        click(qtbot, dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok))

    seen: list[str] = []

    on_modal(CloseCaseDialog, close)
    click(qtbot, ui.close_case_button)
    detail = org.cases.open_case(org.user, case_id)
    assert detail.status is CaseStatus.CLOSED and ui.reopen_button.isVisible()
    assert "First written warning" in seen[0] and "LADO informed" in seen[0]  # the summary shown

    # Exports off the GUI thread: redacted (the default), full, and the outcome letter.
    export = CaseExportDialog(org, detail, page)
    qtbot.addWidget(export)
    export.show()
    assert export.ui.redacted_radio.isChecked()
    export.ui.location_edit.setText(str(tmp_path))
    for choice in (None, export.ui.full_radio, export.ui.letter_radio):
        if choice is not None:  # on the round button itself, as a user would
            qtbot.mouseClick(choice, Qt.MouseButton.LeftButton, pos=QPoint(8, choice.height() // 2))
            assert choice.isChecked()
        count = len(export.exported)
        if choice is export.ui.full_radio:  # no password: asked, and the choice is audited
            confirm_next()
        click(qtbot, export.ui.export_button)
        assert not export.ui.export_button.isEnabled()  # working on the worker thread
        qtbot.waitUntil(
            lambda c=count: len(export.exported) > c or export.ui.error_label.isVisible(), timeout=60_000
        )
        assert not export.ui.error_label.isVisible(), export.ui.error_label.text()
    redacted, full, letter = export.exported
    assert redacted.redacted and not full.redacted
    for exported in (redacted, full, letter):
        assert "Okoro" not in exported.path.name and detail.reference in exported.path.name

    redacted_text, full_text = pdf_text(redacted.path.read_bytes()), pdf_text(full.path.read_bytes())
    for name in (CHILD, FAMILY, RAISER):
        assert name not in redacted_text
    assert CHILD in full_text and FAMILY in full_text
    assert "CH-0192" in redacted_text and "FAM-0033" in redacted_text
    for text in (redacted_text, full_text):
        assert "Sam Okoro" in text
        squeezed = text.replace(" ", "")
        for entry in detail.chronology:
            assert entry.summary.replace(" ", "") in squeezed, entry.summary
        hashes = [e.sha256 for e in detail.evidence] + [
            ev.sha256 for en in detail.chronology for ev in en.evidence
        ]
        assert len(hashes) == 2
        for sha in hashes:
            assert sha in squeezed
    letter_text = pdf_text(letter.path.read_bytes())
    assert "Substantiated" in letter_text or "substantiated" in letter_text
    assert "First written warning" in letter_text or "first written warning" in letter_text
    actions = [e.action for e in org.audit_log.events(org.user, limit=500)]
    assert "protected_name_viewed" in actions and "case_pack_exported" in actions
    window.shut()
