"""Screen readers and the keyboard: every window and form walked through Qt's accessible tree
(every control named, every value label heard with its value) and with the Tab key (every enabled
control reached, no table keeping Tab to itself); messages announced as they appear."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWizard

from lcs_desktop.domain.roles import Role
from lcs_desktop.gui.accessibility import announced
from lcs_desktop.gui.cases.cases_page import CasesPage
from lcs_desktop.gui.checks.check_window import CheckWindow
from lcs_desktop.gui.main_window import MainWindow
from lcs_desktop.gui.pages import default_pages
from lcs_desktop.gui.pages.audit_log_page import AuditLogPage
from lcs_desktop.gui.people.person_page import PersonPage
from lcs_desktop.gui.people.subject_access_dialog import SubjectAccessDialog
from lcs_desktop.gui.setup_wizard import SetupWizard
from lcs_desktop.gui.sign_in_window import SignInWindow
from lcs_desktop.paths import AppPaths
from lcs_desktop.services.auth import Authenticator
from lcs_desktop.vault.crypto import FAST_KDF_FOR_TESTS
from tests.conftest import ADMIN_PASSWORD
from tests.gui.accessibility_helpers import (
    assert_accessible,
    heard,
    hidden_values,
    shown,
    tab_through,
    text_starts_at_left,
)
from tests.gui.case_helpers import new_case
from tests.gui.check_helpers import context_for, signed_in_as
from tests.services.check_fixtures import ready_check

NAME = "محمد Łukasz-Zoë"


@pytest.fixture
def applicant(org) -> int:
    return org.people.add_person(
        org.user,
        first_name="محمد",
        last_name="Łukasz-Zoë",
        kind="applicant",
        reference="APP-0107",
        role="Contact supervisor",
        email="m.lz@example.org",
    )


# -- values a screen reader must hear -------------------------------------------------------------


def test_person_page_values_are_heard_and_every_control_reached(qtbot, org, applicant):
    ready_check(org, org.user, applicant)
    page = shown(qtbot, PersonPage(context_for(org), applicant))
    assert heard(page.ui.reference_value) == "Reference: APP-0107"
    assert "m.lz@example.org" in heard(page.ui.email_value)
    assert "Contact supervisor" in heard(page.ui.role_value)
    assert_accessible(qtbot, page, "person page")
    order = [w.objectName() for w in tab_through(qtbot, page, page.ui.back_button)]
    assert order == [
        "back_button",
        "edit_button",
        "start_check_button",
        "history_button",
        "subject_access_button",
        "checks_table",
        "open_check_button",
    ]


def test_case_page_summary_values_are_heard_on_every_tab(qtbot, org):
    subject = org.people.add_person(
        org.user, first_name="محمد", last_name="Łukasz-Zoë", kind="staff", reference="STF-0042"
    )
    case_id = new_case(org, subject, referrals=("lado",))
    cases = shown(qtbot, CasesPage(context_for(org)))
    assert_accessible(qtbot, cases, "cases list")
    cases.open_case(case_id)
    ui = cases.case_page.ui
    assert heard(ui.raised_by_value) == "Who raised the concern: \u2068Priya Shah\u2069 — Staff member"
    assert "A comment about a family on a public post." in heard(ui.seen_value)
    assert ui.subtitle_label.text().startswith(f'<div dir="ltr"><b>\u2068{NAME}\u2069</b> — ')
    assert text_starts_at_left(ui.subtitle_label)  # the heading stays on the left
    assert ui.seen_value.accessibleName().startswith(ui.seen_value.property("lcsAccessibleCaption"))
    for index in range(ui.tabs.count()):
        ui.tabs.setCurrentIndex(index)
        assert_accessible(qtbot, cases, f"case page, tab {ui.tabs.tabText(index)!r}")
    ui.tabs.setCurrentIndex(0)
    order = [w.objectName() for w in tab_through(qtbot, cases, ui.back_button)]
    assert order[:5] == [
        "back_button",
        "export_button",
        "close_case_button",
        "history_button",
        "qt_tabwidget_tabbar",
    ]
    assert order.index("status_combo") < order.index("risk_combo") < order.index("assign_button")


def test_check_window_steps_are_walked_list_then_fields_then_buttons(qtbot, org, applicant):
    check_id = ready_check(org, org.user, applicant)
    window = shown(qtbot, CheckWindow(context_for(org), check_id))
    for row, step in enumerate(window.steps):
        window.go_to(row)
        assert_accessible(qtbot, window, f"check step {row + 1}")
        order = tab_through(qtbot, window, window.ui.steps_list)
        in_step = [i for i, w in enumerate(order) if step.isAncestorOf(w)]
        buttons = [order.index(b) for b in (window.ui.close_button, window.ui.back_button) if b in order]
        assert order[0] is window.ui.steps_list
        if in_step:  # the step's own fields come straight after the list, before the buttons
            assert in_step == list(range(1, len(in_step) + 1)), f"step {row + 1}: {order}"
            assert max(in_step) < min(buttons)


def test_every_page_of_the_main_window_is_named_heard_and_reachable(qtbot, org, applicant):
    ready_check(org, org.user, applicant)
    window = MainWindow(org, default_pages())
    shown(qtbot, window)
    try:
        for key in window.page_keys:
            window.open_page(key)
            assert_accessible(qtbot, window, f"main window, page {key}")
        window.open_page("people")
        people = window.page("people").ui
        order = [w.objectName() for w in tab_through(qtbot, window, people.search_edit)]
        # The filters, the list, then the buttons under the list, as they are laid out.
        assert order[:8] == [
            "search_edit",
            "kind_combo",
            "status_combo",
            "people_table",
            "add_button",
            "import_button",
            "open_button",
            "export_button",
        ]
    finally:
        window.shut()


def test_the_forms_opened_from_a_check_and_a_case_are_named_and_reachable(qtbot, org, applicant):
    from lcs_desktop.gui.cases.close_case_dialog import CloseCaseDialog
    from lcs_desktop.gui.cases.concern_dialog import ConcernDialog
    from lcs_desktop.gui.cases.decision_dialog import DecisionDialog
    from lcs_desktop.gui.cases.entry_dialog import ChronologyEntryDialog
    from lcs_desktop.gui.cases.outcome_dialogs import AppealDialog, OutcomeDialog
    from lcs_desktop.gui.cases.party_dialog import PartyDialog
    from lcs_desktop.gui.checks.discussion_dialog import DiscussionDialog
    from lcs_desktop.gui.checks.finding_dialog import FindingDialog
    from lcs_desktop.gui.people.import_dialog import ImportPeopleDialog
    from lcs_desktop.gui.people.person_dialog import PersonDialog

    check_id = ready_check(org, org.user, applicant)
    window = shown(qtbot, CheckWindow(context_for(org), check_id))
    subject = org.people.add_person(
        org.user, first_name="Sam", last_name="Okoro", kind="staff", reference="STF-0042"
    )
    cases = shown(qtbot, CasesPage(context_for(org)))
    cases.open_case(new_case(org, subject))
    case_page = cases.case_page
    forms = {
        "person": lambda: PersonDialog(org),
        "import people": lambda: ImportPeopleDialog(org),
        "concern": lambda: ConcernDialog(org),
        "finding": lambda: FindingDialog(window.env, window.detail, None),
        "discussion": lambda: DiscussionDialog(window.env, window.detail),
        "chronology entry": lambda: ChronologyEntryDialog(case_page.env),
        "party": lambda: PartyDialog(case_page.env),
        "decision": lambda: DecisionDialog(case_page.env, case_page.detail),
        "outcome": lambda: OutcomeDialog(case_page.env),
        "appeal": lambda: AppealDialog(case_page.env, None),
        "close case": lambda: CloseCaseDialog(case_page.env, case_page.detail),
    }
    for where, make in forms.items():
        dialog = shown(qtbot, make())
        assert_accessible(qtbot, dialog, where)
        dialog.reject()


def test_the_account_export_and_other_dialogs_are_named_and_reachable(qtbot, org, authenticator, applicant):
    from lcs_desktop.domain.case_referrals import ReferralKind
    from lcs_desktop.gui.about_dialog import AboutDialog
    from lcs_desktop.gui.cases.case_export_dialog import CaseExportDialog
    from lcs_desktop.gui.cases.referral_dialog import ReferralDialog
    from lcs_desktop.gui.change_password_dialog import ChangePasswordDialog
    from lcs_desktop.gui.checks.export_dialog import ExportDialog
    from lcs_desktop.gui.checks.history_dialog import HistoryDialog
    from lcs_desktop.gui.conflict_dialog import ConflictDialog
    from lcs_desktop.gui.key_rotation_dialog import KeyRotationDialog
    from lcs_desktop.gui.lock_screen import LockScreen
    from lcs_desktop.gui.record_history_dialog import RecordHistoryDialog
    from lcs_desktop.gui.recovery_dialog import RecoveryDialog
    from lcs_desktop.gui.restore_dialog import RestoreDialog
    from lcs_desktop.gui.user_dialog import UserDialog
    from lcs_desktop.services.session import about
    from tests.gui.window_fit_windows import edit_conflict, restore_summary

    check = org.checks.read_check(org.user, ready_check(org, org.user, applicant))
    subject = org.people.add_person(
        org.user, first_name="Sam", last_name="Okoro", kind="staff", reference="STF-0042"
    )
    cases = shown(qtbot, CasesPage(context_for(org)))
    cases.open_case(new_case(org, subject))
    case_page = cases.case_page
    forms = {
        "about": lambda: AboutDialog(about(org)),
        "change password": lambda: ChangePasswordDialog(org),
        "lock screen": lambda: LockScreen(org),
        "recovery": lambda: RecoveryDialog(authenticator),
        "new account": lambda: UserDialog(),
        "database key change": lambda: KeyRotationDialog(org),
        "check export": lambda: ExportDialog(org, check),
        "check versions": lambda: HistoryDialog(org, check),
        "person history": lambda: RecordHistoryDialog(org, "person", applicant, "person APP-0107"),
        "case history": lambda: RecordHistoryDialog(org, "breach_case", case_page.detail.id, "the case"),
        "case export": lambda: CaseExportDialog(org, case_page.detail),
        "referral": lambda: ReferralDialog(case_page.env, ReferralKind.LADO),
        "subject access": lambda: SubjectAccessDialog(org, org.people.get_person(org.user, subject)),
        **_retention_dialogs(org, check),
        "restore a backup": lambda: RestoreDialog(restore_summary(), "admin"),
        "edit conflict": lambda: ConflictDialog(edit_conflict()),
    }
    for where, make in forms.items():
        dialog = shown(qtbot, make())
        assert_accessible(qtbot, dialog, where)
        dialog.close()


def test_the_policy_register_dialogs_are_named_and_reachable(qtbot, org):
    from lcs_desktop.gui.policy.ack_import_dialog import AckImportDialog
    from lcs_desktop.gui.policy.policy_dialogs import (
        AcknowledgementDialog,
        PolicyApprovalDialog,
        PolicyTextDialog,
        PolicyVersionDialog,
    )

    org.people.add_person(org.user, first_name="Sam", last_name="Okoro", kind="staff", reference="STF-0042")
    (version,) = org.policy.list_versions(org.user)
    (person,) = org.acknowledgements.list_acknowledgements(org.user, pending_only=True)
    forms = {
        "policy text": lambda: PolicyTextDialog(version, org.policy.version_text(org.user, version.id)),
        "policy version": lambda: PolicyVersionDialog(org),
        "policy approval": lambda: PolicyApprovalDialog(org, version),
        "acknowledgement": lambda: AcknowledgementDialog(org, person, version, version.approved_on),
        "acknowledgement import": lambda: AckImportDialog(org, version),
    }
    for where, make in forms.items():
        dialog = shown(qtbot, make())
        assert_accessible(qtbot, dialog, where)
        dialog.close()


def _retention_dialogs(org, check):  # type: ignore[no-untyped-def]
    from types import SimpleNamespace

    from lcs_desktop.gui.retention.certificates_dialog import CertificatesDialog
    from lcs_desktop.gui.retention.decision_dialog import RetentionDecisionDialog

    row = SimpleNamespace(kind="check", record_id=check.id, reference=check.reference)
    return {
        **{
            f"retention {mode}": (lambda m=mode: RetentionDecisionDialog(org, m, [row]))
            for mode in ("keep", "delete", "reduce", "hold")
        },
        "deletion certificates": lambda: CertificatesDialog(org),
    }


# -- messages that appear are heard ------------------------------------------------------------------


@pytest.fixture
def announcements():
    """What was announced to screen readers during the test, in order."""
    announced.clear()
    yield announced
    announced.clear()


def test_sign_in_error_is_heard_and_announced(qtbot, authenticator, org, announcements):
    org.sign_out()
    window = shown(qtbot, SignInWindow(authenticator))
    assert_accessible(qtbot, window, "sign-in window")
    qtbot.keyClicks(window.ui.username_edit, "admin")
    qtbot.keyClicks(window.ui.password_edit, "not the password")
    qtbot.keyClick(window.ui.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.busy and window.ui.error_label.isVisible(), timeout=10_000)
    message = window.ui.error_label.text()
    assert message and list(announcements) == [message]
    assert heard(window.ui.error_label) == f"Sign-in message: {message}"
    assert window.ui.password_edit.text() == "not the password"  # nothing typed is lost
    window.ui.username_edit.clear()
    qtbot.keyClick(window.ui.password_edit, Qt.Key.Key_Return)
    assert announcements[-1] == "Enter your username." == window.ui.error_label.text()
    assert heard(window.ui.error_label) == "Sign-in message: Enter your username."


def test_audit_verification_result_is_heard(qtbot, org, announcements):
    page = shown(qtbot, AuditLogPage(context_for(org)))
    page.ui.verify_button.click()
    qtbot.waitUntil(lambda: not page.busy, timeout=20_000)
    result = page.ui.verify_result_label.text()
    assert list(announcements) == ["Checking every event…", result]
    assert result and heard(page.ui.verify_result_label) == f"Verification result: {result}"
    assert hidden_values(page) == []


def test_recovery_key_page_speaks_the_key_then_forgets_it(qtbot, paths, secret_store):
    def authenticator_for(folder):
        return Authenticator(
            AppPaths(folder, paths.state_dir, paths.log_dir), secret_store, FAST_KDF_FOR_TESTS
        )

    wizard = shown(qtbot, SetupWizard(authenticator_for, paths.data_dir))
    try:
        assert_accessible(qtbot, wizard, "setup, organisation page")
        qtbot.keyClicks(wizard.organisation_page.ui.organisation_name_edit, "Libra Children Services")
        wizard.next()
        account = wizard.account_page.ui
        assert_accessible(qtbot, wizard, "setup, account page")
        for edit, text in (
            (account.full_name_edit, "Ada Admin"),
            (account.username_edit, "ada"),
            (account.password_edit, ADMIN_PASSWORD),
            (account.confirm_password_edit, ADMIN_PASSWORD),
        ):
            qtbot.keyClicks(edit, text)
        wizard.next()
        qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=10_000)
        label = wizard.recovery_page.ui.recovery_key_label
        key = label.text()
        assert len(key) > 20 and heard(label) == f"Recovery key: {key}"
        assert_accessible(qtbot, wizard, "setup, recovery key page")
        wizard.recovery_page.ui.stored_check.setChecked(True)
        wizard.button(QWizard.WizardButton.FinishButton).click()
        assert key not in heard(label)  # shown once: not kept in the spoken name either
    finally:
        wizard.recovery_page.ui.stored_check.setChecked(True)
        wizard.close()
        if wizard.session is not None:
            wizard.session.workspace.close()


# -- names in any script --------------------------------------------------------------------------


def test_check_header_keeps_an_arabic_name_apart_and_left_aligned(
    qtbot, org, make_user, secret_store, applicant
):
    checker = signed_in_as(org, make_user, secret_store, "casey", Role.CHECKER, full_name="Casey Checker")
    check_id = ready_check(org, checker.user, applicant)
    window = shown(qtbot, CheckWindow(context_for(org), check_id))
    subtitle = window.ui.subtitle_label
    text = subtitle.text()
    assert text.startswith(f"\u2068{NAME}\u2069 (APP-0107)")
    assert text.endswith("Checker: \u2068Casey Checker\u2069")
    assert subtitle.alignment() & Qt.AlignmentFlag.AlignLeft
    assert not subtitle.alignment() & Qt.AlignmentFlag.AlignRight
    assert subtitle.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert text_starts_at_left(subtitle)
    assert text_starts_at_left(window.ui.title_label)
    # The person page's heading is the name alone: still read left to right, still on the left.
    page = shown(qtbot, PersonPage(context_for(org), applicant))
    assert page.ui.name_label.text() == f"\u2068{NAME}\u2069"
    assert text_starts_at_left(page.ui.name_label)


def test_a_name_without_isolation_would_turn_the_header_right_to_left(qtbot):
    """The fault the header is protected from, shown on a plain label: a line starting with an
    Arabic name is laid out right to left and pushed to the right edge."""
    from PySide6.QtWidgets import QLabel

    plain = QLabel(f"{NAME} (APP-0107) · Checker: Casey Checker")
    isolated = QLabel(f"\u2068{NAME}\u2069 (APP-0107) · Checker: Casey Checker")
    for label in (plain, isolated):
        shown(qtbot, label)
    assert not text_starts_at_left(plain)
    assert text_starts_at_left(isolated)
    assert QAccessible.queryAccessibleInterface(isolated).text(QAccessible.Text.Name).startswith("\u2068")
