"""Refusals and guards on the case page: a referral dated before the concern, closing without a
decision, who sees which case, overdue clocks on Home and in the list, and cancelling an export."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from lcs_desktop.domain.case_referrals import ReferralKind
from lcs_desktop.domain.cases import CaseStatus
from lcs_desktop.domain.roles import Role
from lcs_desktop.gui.cases.case_export_dialog import CaseExportDialog
from lcs_desktop.gui.cases.cases_page import CasesPage
from lcs_desktop.gui.cases.close_case_dialog import CloseCaseDialog
from lcs_desktop.gui.cases.referral_dialog import ReferralDialog
from lcs_desktop.gui.main_window import MainWindow
from lcs_desktop.gui.pages import default_pages
from tests.frozen_clock import TEST_TODAY
from tests.gui.case_helpers import DAY, new_case, on_modal, uk
from tests.gui.check_helpers import choose, click, confirm_next, context_for, signed_in_as, type_into

SAVE = QDialogButtonBox.StandardButton.Save
OK = QDialogButtonBox.StandardButton.Ok


@pytest.fixture
def subject(org) -> int:
    return org.people.add_person(
        org.user, first_name="Sam", last_name="Okoro", kind="staff", reference="STF-0042"
    )


@pytest.fixture
def cases_page(qtbot, org):
    page = CasesPage(context_for(org))
    qtbot.addWidget(page)
    page.show()
    return page


def test_referral_date_before_the_concern_is_refused_at_the_field(qtbot, org, subject, cases_page):
    case_id = new_case(org, subject, days_ago=2)
    cases_page.open_case(case_id)
    page = cases_page.case_page
    page.ui.tabs.setCurrentIndex(3)
    page.referrals.table.selectRow(0)
    seen: list[str] = []

    def made_too_early(dialog):
        choose(qtbot, dialog.ui.state_combo, "Made")
        type_into(qtbot, dialog.ui.made_on_edit, uk(TEST_TODAY - 30 * DAY))
        type_into(qtbot, dialog.ui.reference_edit, "LADO-1")
        click(qtbot, dialog.ui.button_box.button(SAVE))
        seen.append(dialog.ui.made_on_error.text() if dialog.ui.made_on_error.isVisible() else "")
        seen.append(dialog.ui.reference_edit.text())
        dialog.ui.made_on_edit.clear()
        type_into(qtbot, dialog.ui.made_on_edit, uk(TEST_TODAY))
        click(qtbot, dialog.ui.button_box.button(SAVE))

    on_modal(ReferralDialog, made_too_early)
    click(qtbot, page.referrals.record_button)
    assert "before the concern itself" in seen[0]
    assert seen[1] == "LADO-1"  # the typing kept
    lado = next(r for r in page.detail.referrals if r.kind is ReferralKind.LADO)
    assert lado.made_on == TEST_TODAY and lado.reference == "LADO-1"


def test_closing_without_a_decision_shows_what_is_missing(qtbot, org, subject, cases_page):
    case_id = new_case(org, subject, referrals=("lado",))
    cases_page.open_case(case_id)
    page = cases_page.case_page
    shown: list[str] = []

    def try_to_close(dialog):
        shown.append(dialog.ui.problems_label.text())
        type_into(qtbot, dialog.ui.note_edit, "Closing now.")
        click(qtbot, dialog.ui.button_box.button(OK))
        shown.append(dialog.ui.problems_label.text())
        shown.append(dialog.ui.note_edit.toPlainText())
        dialog.reject()

    on_modal(CloseCaseDialog, try_to_close)
    click(qtbot, page.ui.close_case_button)
    before, after, note = shown
    assert "Record who made the decision." in before and "LADO referral — marked needed" in before
    assert "cannot be closed yet" in after and "Record the finding on the allegation" in after
    assert note == "Closing now."
    assert org.cases.open_case(org.user, case_id).status is not CaseStatus.CLOSED
    assert "Record who made the decision." in page.decision.closure_label.text()


def test_close_dialog_lists_each_undecided_referral_until_all_are_decided(qtbot, org, subject, cases_page):
    case_id = new_case(org, subject)
    today = TEST_TODAY
    org.cases.record_referral(org.user, case_id, kind="lado", state="made", made_on=today, reference="L-9")
    org.cases.record_referral(org.user, case_id, kind="police", state="needed")
    org.cases.record_decision(
        org.user,
        case_id,
        decision_maker_id=org.user.id,
        decided_on=today,
        finding="unfounded",
        reason="No basis.",
    )
    org.cases.add_outcome(org.user, case_id, kind="no_further_action")
    cases_page.open_case(case_id)
    page = cases_page.case_page
    shown: list[str] = []

    def try_to_close(dialog):
        shown.append(dialog.ui.problems_label.text())
        type_into(qtbot, dialog.ui.note_edit, "All checked.")
        click(qtbot, dialog.ui.button_box.button(OK))
        shown.append(dialog.ui.problems_label.text())
        shown.append(dialog.ui.note_edit.toPlainText())
        dialog.reject()

    on_modal(CloseCaseDialog, try_to_close)
    click(qtbot, page.ui.close_case_button)
    before, after, note = shown
    for text in (before, after):
        assert "Police — marked needed but not made yet" in text
        for label in ("DBS barring referral", "ICO personal data breach report", "Charity Commission"):
            assert f"{label}" in text and "not decided yet" in text
        assert "LADO" not in text  # made: nothing missing
    assert note == "All checked."
    assert org.cases.open_case(org.user, case_id).status is not CaseStatus.CLOSED

    for kind in ("police", "dbs_barring", "ico", "charity_commission"):
        org.cases.record_referral(org.user, case_id, kind=kind, state="not_needed", reason="Considered.")
    page.reload()

    def close(dialog):
        assert not dialog.ui.problems_label.isVisible()
        type_into(qtbot, dialog.ui.note_edit, "Every referral decided; closed.")
        confirm_next()
        click(qtbot, dialog.ui.button_box.button(OK))

    on_modal(CloseCaseDialog, close)
    click(qtbot, page.ui.close_case_button)
    assert org.cases.open_case(org.user, case_id).status is CaseStatus.CLOSED


def test_manager_sees_only_the_cases_assigned_to_them(qtbot, org, make_user, secret_store, subject):
    manager = signed_in_as(org, make_user, secret_store, "mo", Role.MANAGER, full_name="Mo Manager")
    theirs, other = new_case(org, subject), new_case(org, subject)
    org.cases.assign(org.user, theirs, officer_id=manager.user.id, decision_maker_id=org.user.id)
    page = CasesPage(context_for(org, manager))
    qtbot.addWidget(page)
    assert page.model.rowCount() == 1 and page.model.row(0).id == theirs
    assert page.ui.count_label.text() == "1 case"
    page.open_case(other)
    assert page.stack.currentWidget() is page.list_widget
    assert "not one of yours" in page.ui.message_label.text()
    page.open_case(theirs)
    case = page.case_page
    assert page.stack.currentWidget() is case
    assert not case.ui.officer_combo.isEnabled()  # the lead assigns
    assert not case.ui.close_case_button.isVisible()  # the lead signs off


def test_overdue_clock_on_home_opens_its_case_and_filters_the_list(qtbot, org, subject):
    late = new_case(org, subject, days_ago=9, referrals=("lado",))
    new_case(org, subject, days_ago=0.1)
    window = MainWindow(org, default_pages())
    qtbot.addWidget(window)
    window.show()
    panel = window.page("home").overdue_panel
    assert panel is not None and "1 referral clock is overdue" in panel.summary_label.text()
    desk = window.page("home").desk_panel  # each clock is a line of "What needs doing"
    qtbot.waitUntil(lambda: desk.loaded, timeout=10_000)
    button = next(b for b in desk.buttons if "LADO referral" in b.text())
    assert (
        "LADO referral for" in button.text() and "was due at" in button.text() and button.property("overdue")
    )
    click(qtbot, button)
    cases = window.page("breaches")
    assert cases.stack.currentWidget() is cases.case_page and cases.case_page.env.case_id == late
    assert "Overdue: LADO referral" in cases.case_page.ui.flags_label.text()
    assert "OVERDUE since" in cases.case_page.referrals.table.item(0, 3).text()
    click(qtbot, cases.case_page.ui.back_button)
    assert cases.model.rowCount() == 2
    click(qtbot, cases.ui.overdue_check)
    assert cases.model.rowCount() == 1 and cases.model.row(0).id == late
    assert "Overdue clock" in cases.model.index(0, 7).data()
    window.shut()


def test_cancelled_export_leaves_no_file(qtbot, org, subject, tmp_path):
    case_id = new_case(org, subject)
    detail = org.cases.open_case(org.user, case_id)
    export = CaseExportDialog(org, detail)
    qtbot.addWidget(export)
    export.show()
    export.ui.location_edit.setText(str(tmp_path))
    click(qtbot, export.ui.export_button)
    assert export.ui.cancel_button.text() == "&Cancel export"
    click(qtbot, export.ui.cancel_button)
    qtbot.waitUntil(lambda: export.job is None, timeout=60_000)
    assert "cancelled" in export.ui.error_label.text() and not export.exported
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob(".lcs-export-*")) == []
    assert export.ui.export_button.isEnabled()  # try again


def test_letter_needs_a_decision_first(qtbot, org, subject):
    detail = org.cases.open_case(org.user, new_case(org, subject))
    export = CaseExportDialog(org, detail)
    qtbot.addWidget(export)
    assert not export.ui.letter_radio.isEnabled() and "decision first" in export.ui.letter_radio.toolTip()


def test_appeal_is_recorded_from_the_decision_tab_and_a_bad_date_keeps_the_typing(
    qtbot, org, subject, cases_page
):
    case_id = new_case(org, subject)
    org.cases.record_decision(
        org.user, case_id, decision_maker_id=org.user.id, decided_on=TEST_TODAY,
        finding="substantiated", reason="The posts were found and admitted.",
    )  # fmt: skip
    cases_page.open_case(case_id)
    page = cases_page.case_page
    page.ui.tabs.setCurrentIndex(4)
    seen: list[str] = []

    def lodge(dialog):
        type_into(qtbot, dialog.ui.lodged_on_edit, "31/02/2026")
        type_into(qtbot, dialog.ui.grounds_edit, "The subject says the account was not theirs.")
        click(qtbot, dialog.ui.button_box.button(SAVE))
        seen.append(dialog.ui.lodged_on_error.text())
        seen.append(dialog.ui.grounds_edit.toPlainText())
        dialog.ui.lodged_on_edit.clear()
        type_into(qtbot, dialog.ui.lodged_on_edit, uk(TEST_TODAY))
        click(qtbot, dialog.ui.button_box.button(SAVE))

    from lcs_desktop.gui.cases.outcome_dialogs import AppealDialog

    on_modal(AppealDialog, lodge)
    click(qtbot, page.decision.appeal_button)
    assert seen[0]  # a message about the date
    assert seen[1] == "The subject says the account was not theirs."
    appeal = org.cases.read_case(org.user, case_id).appeal
    assert appeal is not None and appeal.lodged_on == TEST_TODAY
    assert appeal.grounds == "The subject says the account was not theirs."
    assert "not theirs" in page.decision.appeal_label.text()


def test_interview_notes_typed_before_a_crash_come_back_in_the_chronology(qtbot, org, subject, cases_page):
    from PySide6.QtWidgets import QMessageBox

    from lcs_desktop.gui.cases.entry_dialog import ChronologyEntryDialog

    case_id = new_case(org, subject)
    cases_page.open_case(case_id)
    page = cases_page.case_page
    page.ui.tabs.setCurrentIndex(1)
    notes = "Said the photograph showed a niece, taken at a family party in 2024."
    first = ChronologyEntryDialog(page.env, None, page)
    qtbot.addWidget(first)
    first.show()
    type_into(qtbot, first.ui.summary_edit, "Interview with the volunteer")
    type_into(qtbot, first.ui.details_edit, notes)
    first.drafts.save_now()
    first.hide()  # the app stops here: no save, no cancel

    def restore_then_save(dialog):
        assert dialog.ui.details_edit.toPlainText() == notes
        choose(qtbot, dialog.ui.kind_combo, "Interview")
        click(qtbot, dialog.ui.button_box.button(SAVE))

    on_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    on_modal(ChronologyEntryDialog, restore_then_save)
    click(qtbot, page.chronology.add_button)
    assert page.chronology.selected().details == notes
    assert org.drafts.load(org.user, f"chronology_entry:{case_id}:new") is None
