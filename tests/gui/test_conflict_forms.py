"""The conflict dialog on the person form and the check window (issue 11): another desk saves
first; what this user typed is never lost without their say. On a local file and on the office
server, where the other desk is a second PC signed in as its own person (tests/gui/desk_helpers.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from lcs_desktop.domain.roles import Role
from lcs_desktop.gui.checks.check_window import CheckWindow
from lcs_desktop.gui.conflict_dialog import REVIEW_MESSAGE, ConflictDialog
from lcs_desktop.gui.people.person_dialog import PersonDialog
from tests.gui.case_helpers import on_modal
from tests.gui.check_helpers import click, confirm_next, context_for, type_into
from tests.gui.desk_helpers import BOTH_BACKENDS
from tests.services.check_fixtures import add_applicant, details

pytestmark = BOTH_BACKENDS


def test_person_form_review_keeps_my_change_over_theirs_then_saves_both(qtbot, org, other_desk):
    person_id = add_applicant(org, role="Youth worker")
    cass = other_desk("cass", Role.CHECKER)
    dialog = PersonDialog(org, org.people.view_person(org.user, person_id))
    qtbot.addWidget(dialog)
    dialog.show()
    cass.people.edit_person(cass.user, person_id, role="Senior youth worker")  # the other desk, first
    dialog.ui.last_name_edit.clear()
    type_into(qtbot, dialog.ui.last_name_edit, "Bloggs-Smith")
    seen = []

    def review(conflict_dialog):
        seen.append(conflict_dialog.ui.intro_label.text())
        click(qtbot, conflict_dialog.ui.review_button)

    on_modal(ConflictDialog, review)
    click(qtbot, dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save))
    assert seen and seen[0].startswith("Cass changed this person")
    assert "Role Youth worker → Senior youth worker" in seen[0]
    assert dialog.isVisible() and dialog.ui.error_label.text() == REVIEW_MESSAGE
    assert dialog.ui.last_name_edit.text() == "Bloggs-Smith"  # mine, put back
    assert dialog.ui.role_edit.text() == "Senior youth worker"  # theirs, shown
    click(qtbot, dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save))
    stored = org.people.get_person(org.user, person_id)
    assert (stored.last_name, stored.role) == ("Bloggs-Smith", "Senior youth worker")


def test_person_form_overwrite_saves_only_the_fields_i_changed(qtbot, org, other_desk):
    person_id = add_applicant(org, role="Youth worker")
    cass = other_desk("cass", Role.CHECKER)
    dialog = PersonDialog(org, org.people.view_person(org.user, person_id))
    qtbot.addWidget(dialog)
    dialog.show()
    cass.people.edit_person(cass.user, person_id, role="Senior youth worker", last_name="Brown")
    dialog.ui.last_name_edit.clear()
    type_into(qtbot, dialog.ui.last_name_edit, "Bloggs-Smith")
    on_modal(ConflictDialog, lambda d: click(qtbot, d.ui.overwrite_button))
    click(qtbot, dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save))
    stored = org.people.get_person(org.user, person_id)
    assert (stored.last_name, stored.role) == ("Bloggs-Smith", "Senior youth worker")


def test_check_window_keep_theirs_reloads_their_details(qtbot, org, other_desk):
    person_id = add_applicant(org)
    check_id = org.checks.create_check(org.user, person_id, details())
    window = CheckWindow(context_for(org), check_id)
    qtbot.addWidget(window)
    window.show()
    lee = other_desk("lee", Role.SAFEGUARDING_LEAD)
    lee.checks.update_details(lee.user, check_id, details(authorised_by="Lee Lead"))
    step = window.steps[0].ui
    step.role_applied_for_edit.clear()
    type_into(qtbot, step.role_applied_for_edit, "Driver")

    def keep_theirs(conflict_dialog):
        confirm_next()
        click(qtbot, conflict_dialog.ui.keep_theirs_button)

    on_modal(ConflictDialog, keep_theirs)
    click(qtbot, window.ui.save_button)
    stored = org.checks.read_check(org.user, check_id)
    assert (stored.authorised_by, stored.role_applied_for) == ("Lee Lead", details().role_applied_for)
    assert step.authorised_by_edit.text() == "Lee Lead"
    assert step.role_applied_for_edit.text() == details().role_applied_for
    assert not window.steps[0].dirty


def test_decision_form_overwrite_saves_my_finding_over_theirs(qtbot, org, other_desk):
    from lcs_desktop.gui.cases.case_page import CasePage
    from lcs_desktop.gui.cases.decision_dialog import DecisionDialog
    from tests.frozen_clock import TEST_TODAY
    from tests.gui.case_helpers import new_case, uk
    from tests.gui.check_helpers import choose

    person = org.people.add_person(
        org.user, first_name="Sam", last_name="Okoro", kind="volunteer", reference="V-1"
    )
    case_id = new_case(org, person)
    lee = other_desk("lee", Role.SAFEGUARDING_LEAD, full_name="Lee Lead")
    page = CasePage(context_for(org))
    qtbot.addWidget(page)
    assert page.load(case_id)
    dialog = DecisionDialog(page.env, page.detail, page)
    qtbot.addWidget(dialog)
    dialog.show()
    lee.cases.record_decision(
        lee.user,
        case_id,
        decision_maker_id=lee.user.id,
        decided_on=TEST_TODAY,
        finding="unsubstantiated",
        reason="Not borne out.",
    )
    choose(qtbot, dialog.ui.decision_maker_combo, "Ada Admin")
    type_into(qtbot, dialog.ui.decided_on_edit, uk(TEST_TODAY))
    choose(qtbot, dialog.ui.finding_combo, "Substantiated")
    type_into(qtbot, dialog.ui.reason_edit, "The post identified a child.")
    seen = []

    def overwrite(conflict_dialog):
        seen.append(conflict_dialog.ui.intro_label.text())
        click(qtbot, conflict_dialog.ui.overwrite_button)

    on_modal(ConflictDialog, overwrite)
    click(qtbot, dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save))
    assert seen and seen[0].startswith("Lee Lead changed this case")
    assert dialog.result() == dialog.DialogCode.Accepted
    stored = org.cases.read_case(org.user, case_id)
    assert (stored.finding.value, stored.decision_reason) == ("substantiated", "The post identified a child.")


def test_referral_form_review_keeps_my_entries_and_saves_over_the_case_shown(qtbot, org, other_desk):
    from lcs_desktop.domain.case_referrals import ReferralKind
    from lcs_desktop.gui.cases.case_page import CasePage
    from lcs_desktop.gui.cases.referral_dialog import ReferralDialog
    from lcs_desktop.gui.conflict_dialog import REVIEW_IN_DIALOG
    from tests.gui.case_helpers import new_case
    from tests.gui.check_helpers import choose

    person = org.people.add_person(
        org.user, first_name="Sam", last_name="Okoro", kind="volunteer", reference="V-1"
    )
    case_id = new_case(org, person)
    lee = other_desk("lee", Role.SAFEGUARDING_LEAD, full_name="Lee Lead")
    page = CasePage(context_for(org))
    qtbot.addWidget(page)
    assert page.load(case_id)
    dialog = ReferralDialog(page.env, ReferralKind.LADO)
    qtbot.addWidget(dialog)
    dialog.show()
    lee.cases.set_risk(lee.user, case_id, "high")  # the other desk changes the case meanwhile
    choose(qtbot, dialog.ui.state_combo, "Considered and not needed")
    type_into(qtbot, dialog.ui.reason_edit, "No allegation against a person working with children.")
    on_modal(ConflictDialog, lambda d: click(qtbot, d.ui.review_button))
    click(qtbot, dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save))
    assert dialog.isVisible() and dialog.ui.error_label.text() == REVIEW_IN_DIALOG
    assert page.detail.risk.value == "high"  # the case behind the form shows their change
    assert "No allegation" in dialog.ui.reason_edit.toPlainText()  # mine, kept
    click(qtbot, dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save))
    stored = org.cases.read_case(org.user, case_id)
    assert [(r.kind, r.state.value) for r in stored.referrals] == [(ReferralKind.LADO, "not_needed")]


def test_finding_form_overwrite_saves_my_words_after_another_desk_changed_the_check(qtbot, org, other_desk):
    from lcs_desktop.gui.checks.finding_dialog import FindingDialog
    from tests.services.check_fixtures import ready_check

    person_id = add_applicant(org)
    check_id = ready_check(org, org.user, person_id)
    window = CheckWindow(context_for(org), check_id)
    qtbot.addWidget(window)
    window.show()
    finding = window.detail.findings[0]
    dialog = FindingDialog(window.env, window.detail, finding, window)
    qtbot.addWidget(dialog)
    dialog.show()
    lee = other_desk("lee", Role.SAFEGUARDING_LEAD)
    lee.checks.update_details(lee.user, check_id, details(authorised_by="Lee Lead"))
    dialog.ui.seen_edit.setPlainText("")
    type_into(qtbot, dialog.ui.seen_edit, "A post naming a child's school.")
    on_modal(ConflictDialog, lambda d: click(qtbot, d.ui.overwrite_button))
    click(qtbot, dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save))
    stored = org.checks.read_check(org.user, check_id)
    assert stored.findings[0].seen == "A post naming a child's school."
    assert stored.authorised_by == "Lee Lead"  # theirs, untouched by my save
