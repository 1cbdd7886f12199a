"""Every window and dialog of the app, opened on the demo organisation, for the window-fit probe.

A new window or dialog belongs here, so the fit test sees it at every display scale.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from lcs_desktop.paths import AppPaths
from lcs_desktop.services.auth import Authenticator
from lcs_desktop.services.demo import DEMO_ACCOUNTS
from lcs_desktop.vault.crypto import FAST_KDF_FOR_TESTS
from tests.conftest import MemorySecretStore
from tests.gui.check_helpers import png

if TYPE_CHECKING:
    from tests.gui.window_fit_probe import Probe

LONG_NAME = "Oluwaseun-Abimbola Fitzgerald-Montgomery-Nakamura"


def _authenticator(data_dir: Path) -> Authenticator:
    return Authenticator(AppPaths.under(data_dir), MemorySecretStore(), kdf=FAST_KDF_FOR_TESTS)


def open_all(probe: Probe, data_dir: Path) -> None:
    authenticator = _authenticator(data_dir)
    _before_sign_in(probe, authenticator, data_dir)
    lead = DEMO_ACCOUNTS[0]
    session = authenticator.sign_in(lead.username, lead.password)
    try:
        _main_window(probe, session)
        _people(probe, session, data_dir)
        _subject_access(probe, session)
        _check(probe, session)
        _case(probe, session)
        _policy(probe, session, data_dir)
        _retention(probe, session)
        _account_dialogs(probe, session, authenticator)
    finally:
        session.sign_out()


def _before_sign_in(probe: Probe, authenticator: Authenticator, data_dir: Path) -> None:
    from lcs_desktop.gui.recovery_dialog import RecoveryDialog
    from lcs_desktop.gui.setup_wizard import SetupWizard
    from lcs_desktop.gui.sign_in_window import SignInWindow

    with probe.window("sign-in", lambda: SignInWindow(authenticator, demo_accounts=DEMO_ACCOUNTS)):
        pass
    with probe.window("recovery", lambda: RecoveryDialog(authenticator)):
        pass
    with probe.window("setup-wizard", lambda: SetupWizard(_authenticator, data_dir / "new")) as wizard:
        if wizard is not None:
            for number in range(3):
                if number:
                    wizard.next()
                probe.measure(f"setup-wizard-page{number + 1}", wizard)
            from lcs_desktop.gui.join_pages import JOIN

            wizard.start_at(JOIN)  # issue 11: "Join an office server"
            probe.measure("setup-wizard-join", wizard)
    _office_server_windows(probe, data_dir)


def _office_server_windows(probe: Probe, data_dir: Path) -> None:
    """Issue 11: the sign-in window naming its server, the About box and the Retry banner."""
    from lcs_desktop.domain.errors import LcsError
    from lcs_desktop.gui.about_dialog import AboutDialog
    from lcs_desktop.gui.sign_in_window import SignInWindow
    from lcs_desktop.services.office_mode import OfficeMode
    from lcs_desktop.services.session import AboutInfo
    from lcs_desktop.store.server_settings import ServerSettings

    office = _authenticator(data_dir / "office-pc")
    ca = data_dir / "office-ca.pem"
    ca.write_text("stand-in\n", encoding="utf-8")
    url = "postgresql://safeguarding-db.libra-children.example:5433/lcs_safeguarding"
    ServerSettings(url, str(ca), "0f8fad5b-d9cb-469f-a165-70867728950e").save(office.paths.data_dir)
    with probe.window("sign-in-office-server", lambda: SignInWindow(office)) as window:
        if window is not None:
            window._show_mode(OfficeMode(url.removeprefix("postgresql://")))
            window._on_failed(
                LcsError(
                    "The office server safeguarding-db.libra-children.example cannot be "
                    "reached: it may be switched off, or this PC is not on the office "
                    "network. Nothing was changed. Try again, or ask IT."
                )
            )
            window.ui.retry_button.show()  # as for an unreachable server (offers_retry)
            probe.measure("sign-in-office-server", window)
    info = AboutInfo("1.0.0", str(office.paths.data_dir), "PostgreSQL", "", "")
    mode = OfficeMode(url.removeprefix("postgresql://"))
    with probe.window("about-office-server", lambda: AboutDialog(info, None, mode)):
        pass


def _main_window(probe: Probe, session) -> None:  # type: ignore[no-untyped-def]
    from lcs_desktop.gui.main_window import MainWindow
    from lcs_desktop.gui.pages import default_pages

    with probe.window("main", lambda: MainWindow(session, default_pages())) as main:
        if main is None:
            return
        start = main.size()
        for key in main.page_keys:
            main.open_page(key)
            probe.measure(f"main-{key}", main, kept_size=main.size() == start)
        main.open_page("people")
        people = main.page("people")
        rows = people.model.rowCount()
        if rows:
            people.ui.people_table.selectRow(0)
            people.open_person(people.model.row(0).id)
            probe.measure("main-person", main, kept_size=main.size() == start)
        main.open_page("breaches")
        cases = main.page("breaches")
        first = cases.model.row(0).id
        cases.open_case(first)
        probe.tabs("main-case", main, cases.case_page.ui.tabs)
        main.lock()
        probe.measure("main-locked", main)
        probe.measure("lock-screen", main.lock_screen)
        main.lock_screen.hide()
        main.idle.detach()
        main.shut()
    session.unlock(DEMO_ACCOUNTS[0].password)  # locking really drops the key: the next windows need it


def _subject_access(probe: Probe, session) -> None:  # type: ignore[no-untyped-def]
    from contextlib import suppress

    from PySide6.QtCore import QThreadPool

    from lcs_desktop.domain.errors import LcsError
    from lcs_desktop.gui.people.subject_access_dialog import SubjectAccessDialog

    row = session.people.list_people(session.user, limit=1)[0]
    person = session.people.get_person(session.user, row.id)
    with probe.window("subject-access-new", lambda: SubjectAccessDialog(session, person)):
        pass
    with suppress(LcsError):  # a request with its proposals listed (already open on a second run)
        session.subject_access.open_request(session.user, person.id, session.workspace.today())
    with probe.window("subject-access-open", lambda: SubjectAccessDialog(session, person)) as dialog:
        if dialog is not None:  # the proposals are read on the thread pool: measure them listed
            QThreadPool.globalInstance().waitForDone(30_000)
            QApplication.processEvents()
            probe.measure("subject-access-open", dialog)


def _people(probe: Probe, session, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from lcs_desktop.gui.checks.start_check import JustificationDialog
    from lcs_desktop.gui.people.import_dialog import ImportPeopleDialog
    from lcs_desktop.gui.people.person_dialog import PersonDialog
    from lcs_desktop.gui.record_history_dialog import RecordHistoryDialog

    people = session.people
    row = people.list_people(session.user, limit=1)[0]
    person = people.get_person(session.user, row.id)
    with probe.window("person-add", lambda: PersonDialog(session)):
        pass
    with probe.window("person-edit", lambda: PersonDialog(session, person)):
        pass
    with probe.window("import-people", lambda: ImportPeopleDialog(session)) as dialog:
        if dialog is not None:
            probe.measure("import-people", dialog)
            sheet = data_dir / "people.csv"  # a preview with problems: long lines must wrap
            sheet.write_bytes(
                "reference,first_name,last_name,kind,date_of_birth\n"
                f"APP-0100,{LONG_NAME},Nguyễn,applicant,01/02/1990\n"
                "APP-0101,Łukasz,,volunteer,\n"
                "APP-0103,Cat,Day,staff,31/02/1990\n".encode()
            )
            dialog.load(sheet)
            probe.measure("import-people-preview", dialog)
    with probe.window("check-justification", lambda: JustificationDialog(session, person)):
        pass
    with probe.window(
        "person-history",
        lambda: RecordHistoryDialog(session, "person", person.id, f"person {person.reference}"),
    ):
        pass


def _richest_check(session):  # type: ignore[no-untyped-def]
    checks = session.checks
    best = None
    for summary in checks.list_checks(session.user, limit=500):
        detail = checks.read_check(session.user, summary.id)
        score = len(detail.findings) * 2 + bool(detail.discussion)
        if best is None or score > best[0]:
            best = (score, detail)
    return best[1]


def _check(probe: Probe, session) -> None:  # type: ignore[no-untyped-def]
    from lcs_desktop.gui.checks.check_window import CheckWindow
    from lcs_desktop.gui.checks.discussion_dialog import DiscussionDialog
    from lcs_desktop.gui.checks.evidence_preview import EvidencePreview
    from lcs_desktop.gui.checks.export_dialog import ExportDialog
    from lcs_desktop.gui.checks.finding_dialog import FindingDialog
    from lcs_desktop.gui.checks.history_dialog import HistoryDialog
    from lcs_desktop.gui.page_spec import PageContext

    detail = _richest_check(session)
    context = PageContext(session, lambda _key: None)
    with probe.window("check", lambda: CheckWindow(context, detail.id)) as window:
        if window is None:
            return
        start = window.size()
        for row in range(len(window.steps)):
            window.go_to(row)
            probe.measure(f"check-step{row + 1}", window, kept_size=window.size() == start)
        env = window.env
        finding = detail.findings[0] if detail.findings else None
        with probe.window("finding-new", lambda: FindingDialog(env, detail, None, window)) as dialog:
            if dialog is not None:
                size = dialog.size()
                image = QImage(1600, 1000, QImage.Format.Format_RGB32)
                image.fill(QColor("#3060a0"))
                QApplication.clipboard().setImage(image)
                dialog.strip.paste()
                probe.measure("finding-new-pasted", dialog, kept_size=dialog.size() == size)
        if finding is not None:
            with probe.window("finding-edit", lambda: FindingDialog(env, detail, finding, window)):
                pass
        with probe.window("discussion", lambda: DiscussionDialog(env, detail, window)):
            pass
        with probe.window("check-versions", lambda: HistoryDialog(session, detail, window)):
            pass
        with probe.window("check-export", lambda: ExportDialog(session, detail, window)):
            pass
        data = png(1200, 900)
        with probe.window("evidence-preview", lambda: EvidencePreview("post.png", data, "ab" * 32, window)):
            pass
        window.hide()


def _retention(probe: Probe, session) -> None:  # type: ignore[no-untyped-def]
    from types import SimpleNamespace

    from lcs_desktop.gui.retention.certificates_dialog import CertificatesDialog
    from lcs_desktop.gui.retention.decision_dialog import RetentionDecisionDialog

    rows = [SimpleNamespace(kind="check", record_id=n, reference=f"SMC-2026-{n:04d}") for n in range(1, 40)]
    for mode in ("keep", "delete", "reduce", "hold"):
        with probe.window(f"retention-{mode}", lambda m=mode: RetentionDecisionDialog(session, m, rows)):
            pass
    with probe.window("deletion-certificates", lambda: CertificatesDialog(session)):
        pass


def _case(probe: Probe, session) -> None:  # type: ignore[no-untyped-def]
    from lcs_desktop.domain.case_referrals import ReferralKind
    from lcs_desktop.gui.cases.case_export_dialog import CaseExportDialog
    from lcs_desktop.gui.cases.close_case_dialog import CloseCaseDialog
    from lcs_desktop.gui.cases.concern_dialog import ConcernDialog
    from lcs_desktop.gui.cases.decision_dialog import DecisionDialog
    from lcs_desktop.gui.cases.entry_dialog import ChronologyEntryDialog
    from lcs_desktop.gui.cases.env import CaseEnv
    from lcs_desktop.gui.cases.outcome_dialogs import AppealDialog, OutcomeDialog
    from lcs_desktop.gui.cases.party_dialog import PartyDialog
    from lcs_desktop.gui.cases.referral_dialog import ReferralDialog
    from lcs_desktop.gui.record_history_dialog import RecordHistoryDialog

    cases = session.cases
    rows = cases.list_cases(session.user, None, 0, 100).rows
    details = [cases.read_case(session.user, row.id) for row in rows]
    detail = max(details, key=lambda d: len(d.chronology) + len(d.referrals) + len(d.parties))
    env = CaseEnv(session, detail.id, lambda: None, lambda _message: None)
    with probe.window("concern", lambda: ConcernDialog(session)):
        pass
    with probe.window("chronology-entry-new", lambda: ChronologyEntryDialog(env)):
        pass
    if detail.chronology:
        original = detail.chronology[0]
        with probe.window("chronology-entry-edit", lambda: ChronologyEntryDialog(env, original)):
            pass
    with probe.window("party", lambda: PartyDialog(env)):
        pass
    for kind in ReferralKind:
        existing = next((r for r in detail.referrals if r.kind == kind), None)
        with probe.window(f"referral-{kind.value}", lambda k=kind, e=existing: ReferralDialog(env, k, e)):
            pass
    with probe.window("decision", lambda: DecisionDialog(env, detail)):
        pass
    with probe.window("outcome", lambda: OutcomeDialog(env)):
        pass
    with probe.window("appeal", lambda: AppealDialog(env, detail.appeal)):
        pass
    with probe.window("close-case", lambda: CloseCaseDialog(env, detail)):
        pass
    with probe.window("edit-conflict", lambda: _conflict_dialog()):
        pass
    with probe.window(
        "case-history",
        lambda: RecordHistoryDialog(session, "breach_case", detail.id, f"case {detail.reference}"),
    ):
        pass
    with probe.window("case-export", lambda: CaseExportDialog(session, detail)) as dialog:
        if dialog is not None:
            button = dialog.ui.export_button
            before = button.mapTo(dialog, button.rect().topLeft())
            size = dialog.size()
            dialog.ui.full_radio.setChecked(True)
            QApplication.processEvents()
            after = button.mapTo(dialog, button.rect().topLeft())
            probe.measure("case-export-full", dialog, kept_size=dialog.size() == size and before == after)


def _policy(probe: Probe, session, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from lcs_desktop.gui.policy.ack_import_dialog import AckImportDialog
    from lcs_desktop.gui.policy.policy_dialogs import (
        AcknowledgementDialog,
        PolicyApprovalDialog,
        PolicyTextDialog,
        PolicyVersionDialog,
    )

    user = session.user
    version = session.policy.list_versions(user)[0]
    text = session.policy.version_text(user, version.id)
    with probe.window("policy-text", lambda: PolicyTextDialog(version, text)):
        pass
    with probe.window("policy-version", lambda: PolicyVersionDialog(session)):
        pass
    with probe.window("policy-approval", lambda: PolicyApprovalDialog(session, version)):
        pass
    pending = session.acknowledgements.list_acknowledgements(user, pending_only=True, limit=1)
    if pending:
        today = session.workspace.today()
        with probe.window(
            "acknowledgement", lambda: AcknowledgementDialog(session, pending[0], version, today)
        ):
            pass
    with probe.window("acknowledgement-import", lambda: AckImportDialog(session, version)) as dialog:
        if dialog is not None:
            sheet = data_dir / "acknowledgements.csv"  # a preview with problems: long lines must wrap
            sheet.write_bytes(
                f"reference;acknowledged_on\nNOT-{LONG_NAME};3 December 2025\nAPP-0101;31/02/2026\n".encode()
            )
            dialog.load(sheet)
            probe.measure("acknowledgement-import-preview", dialog)


def _account_dialogs(probe: Probe, session, authenticator) -> None:  # type: ignore[no-untyped-def]
    from lcs_desktop.gui.about_dialog import AboutDialog
    from lcs_desktop.gui.change_password_dialog import ChangePasswordDialog
    from lcs_desktop.gui.user_dialog import PasswordShownDialog, UserDialog
    from lcs_desktop.services.session import about

    info = about(session)
    with probe.window("about", lambda: AboutDialog(info)):
        pass
    with probe.window("change-password", lambda: ChangePasswordDialog(session)):
        pass
    with probe.window("change-password-forced", lambda: ChangePasswordDialog(session, forced=True)):
        pass
    with probe.window("user-add", lambda: UserDialog()):
        pass
    user = {"full_name": LONG_NAME, "username": "oluwaseun", "editing": True}
    with probe.window("user-edit", lambda: UserDialog(**user)):
        pass
    with probe.window("password-shown", lambda: PasswordShownDialog(None, "oluwaseun", "Temp-Word-Word-12")):
        pass
    from lcs_desktop.gui.restore_dialog import RestoreDialog

    with probe.window("restore-backup", lambda: RestoreDialog(restore_summary(), "oluwaseun")):
        pass
    from lcs_desktop.gui.key_rotation_dialog import SERVER_TEXT, KeyRotationDialog

    with probe.window("key-rotation", lambda: KeyRotationDialog(session)):
        pass
    with probe.window("key-rotation-office-server", lambda: KeyRotationDialog(session)) as dialog:
        if dialog is not None:  # as on an office server: IT's owner login asked for
            dialog.ui.intro_label.setText(SERVER_TEXT)
            dialog.ui.owner_box.show()
            dialog.adjustSize()
            probe.measure("key-rotation-office-server", dialog)


def restore_summary():  # type: ignore[no-untyped-def]
    """What the restore dialog shows for a backup file (a manifest's facts; no file needed)."""
    from datetime import UTC, datetime

    from lcs_desktop.services.backup_restore import BackupSummary

    name = Path("lcs-backup-20261129-235700.lcsbackup")
    return BackupSummary(
        name, datetime(2026, 11, 29, 23, 57, tzinfo=UTC), "1.0.0", 48_213, "manual", 52_428_800, False
    )


def edit_conflict():  # type: ignore[no-untyped-def]
    """A refused save as the conflict dialog shows it (issue 11): a long name, several fields."""
    from datetime import UTC, datetime

    from lcs_desktop.domain.conflicts import EditConflict, FieldComparison

    fields = (
        FieldComparison("Risk", "Medium", "High", "Low"),
        FieldComparison("Investigating officer", "Not assigned", LONG_NAME, "—"),
        FieldComparison("Status", "Investigating", "Awaiting decision", "Investigating"),
    )
    at = datetime(2026, 11, 30, 10, 42, tzinfo=UTC)
    return EditConflict(noun="case", who=LONG_NAME, at=at, when="at 10:42", fields=fields, current_version=7)


def _conflict_dialog():  # type: ignore[no-untyped-def]
    from lcs_desktop.gui.conflict_dialog import ConflictDialog

    return ConflictDialog(edit_conflict())
