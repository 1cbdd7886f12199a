"""First run: organisation, data folder, first account, and the recovery key shown once; or
joining an office server (``join_pages``), and its first administrator when it has none."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget, QWizard, QWizardPage

from lcs_desktop.domain.errors import LcsError, ValidationError
from lcs_desktop.domain.settings import OrgSettings
from lcs_desktop.gui import recovery_sheet
from lcs_desktop.gui.accessibility import set_value
from lcs_desktop.gui.formatting import PASSWORD_RULE
from lcs_desktop.gui.forms.ui_setup_account_page import Ui_SetupAccountPage
from lcs_desktop.gui.forms.ui_setup_organisation_page import Ui_SetupOrganisationPage
from lcs_desktop.gui.forms.ui_setup_recovery_page import Ui_SetupRecoveryPage
from lcs_desktop.gui.join_pages import ACCOUNT, JOIN, ORGANISATION, RECOVERY, JoinPage
from lcs_desktop.gui.pdf_export import documents_folder
from lcs_desktop.gui.style import show_error
from lcs_desktop.gui.tasks import run_task

if TYPE_CHECKING:
    from lcs_desktop.services.auth import Authenticator
    from lcs_desktop.services.office_mode import Joined
    from lcs_desktop.services.session import SignedIn
    from lcs_desktop.services.silent_deploy import DeployedServer

AuthenticatorFor = Callable[[Path], "Authenticator"]


class OrganisationPage(QWizardPage):
    def __init__(self, default_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SetupOrganisationPage()
        self.ui.setupUi(self)
        self.ui.data_folder_edit.setText(str(default_folder))
        self._default_folder = default_folder
        show_error(self.ui.error_label, None)
        self.registerField("organisation_name*", self.ui.organisation_name_edit)
        self.registerField("data_folder", self.ui.data_folder_edit)  # pre-filled: not "mandatory"
        self.ui.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.ui.join_button.clicked.connect(self._on_join_button_clicked)

    def _on_join_button_clicked(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        wizard.start_at(JOIN)

    def initializePage(self) -> None:
        # On an office server the data folder holds only this PC's settings: the default one.
        wizard = self.wizard()
        joined = isinstance(wizard, SetupWizard) and wizard.joined is not None
        if joined:
            self.ui.data_folder_edit.setText(str(self._default_folder))
            self.setSubTitle(
                "The office server has no accounts yet. Name the organisation, then set up its "
                "first administrator."
            )
        for widget in (self.ui.data_folder_edit, self.ui.browse_button):
            widget.setEnabled(not joined)
        self.ui.join_button.setVisible(not joined)

    def cleanupPage(self) -> None:
        """Nothing typed is lost on switching to joining a server and back."""

    def nextId(self) -> int:
        return ACCOUNT

    def _on_browse_button_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, "Choose the data folder", self.ui.data_folder_edit.text()
        )
        if chosen:
            self.ui.data_folder_edit.setText(chosen)

    def validatePage(self) -> bool:
        from lcs_desktop.services.folders import data_folder_problem

        try:
            OrgSettings(organisation_name=self.ui.organisation_name_edit.text().strip()).validate()
        except ValidationError as exc:
            return self._refuse(exc.message, self.ui.organisation_name_edit)
        problem = data_folder_problem(Path(self.ui.data_folder_edit.text().strip()))
        if problem:
            return self._refuse(problem, self.ui.data_folder_edit)
        show_error(self.ui.error_label, None)
        return True

    def _refuse(self, message: str, field: QWidget) -> bool:
        show_error(self.ui.error_label, message)
        field.setFocus()
        return False


class AccountPage(QWizardPage):
    """The commit page: Create runs set-up (Argon2id) on the thread pool."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.ui = Ui_SetupAccountPage()
        self.ui.setupUi(self)
        self._wizard = wizard
        self.busy = False
        self.ui.rule_label.setText(PASSWORD_RULE)
        self.ui.busy_bar.hide()
        show_error(self.ui.error_label, None)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, "&Create")
        for name, edit in (
            ("full_name*", self.ui.full_name_edit),
            ("username*", self.ui.username_edit),
            ("password*", self.ui.password_edit),
            ("confirm_password*", self.ui.confirm_password_edit),
        ):
            self.registerField(name, edit)
        self._fields = {
            "full_name": self.ui.full_name_edit,
            "username": self.ui.username_edit,
            "password": self.ui.password_edit,
        }

    def validatePage(self) -> bool:
        if self._wizard.session is not None:
            return True
        if self.busy:
            return False
        if self.ui.password_edit.text() != self.ui.confirm_password_edit.text():
            show_error(self.ui.error_label, "The two passwords are not the same. Type them again.")
            self.ui.confirm_password_edit.setFocus()
            self.ui.confirm_password_edit.selectAll()
            return False
        self._set_busy(True)
        show_error(self.ui.error_label, None)
        wizard = self._wizard
        folder = wizard.data_folder
        organisation = self.field("organisation_name").strip()
        username, full_name = self.ui.username_edit.text(), self.ui.full_name_edit.text()
        password = self.ui.password_edit.text()
        run_task(
            lambda: wizard.set_up(folder, organisation, username, full_name, password),
            self._on_set_up,
            self._on_refused,
        )
        return False

    def _on_set_up(self, result: tuple[SignedIn, str]) -> None:
        self._set_busy(False)
        self._wizard.session, self._wizard.recovery_key = result
        self._wizard.next()

    def _on_refused(self, error: LcsError) -> None:
        self._set_busy(False)
        show_error(self.ui.error_label, error.message)
        field = self._fields.get(error.field or "") if isinstance(error, ValidationError) else None
        if field is not None:
            field.setFocus()
            field.selectAll()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.ui.busy_bar.setVisible(busy)
        self.setEnabled(not busy)
        for which in (QWizard.WizardButton.CommitButton, QWizard.WizardButton.BackButton):
            self._wizard.button(which).setEnabled(not busy)


class RecoveryPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.ui = Ui_SetupRecoveryPage()
        self.ui.setupUi(self)
        self._wizard = wizard
        show_error(self.ui.status_label, None)
        self.registerField("stored*", self.ui.stored_check)
        self.ui.print_button.clicked.connect(self._on_print_button_clicked)
        self.ui.save_pdf_button.clicked.connect(self._on_save_pdf_button_clicked)
        self.ui.copy_button.clicked.connect(self._on_copy_button_clicked)

    def nextId(self) -> int:
        return -1

    def initializePage(self) -> None:
        set_value(self.ui.recovery_key_label, self._wizard.recovery_key or "")
        self.ui.recovery_key_label.setFocus()

    def _organisation(self) -> str:
        return str(self.field("organisation_name")).strip()

    def _fingerprint(self) -> str | None:
        from lcs_desktop.services.trust import workspace_fingerprint

        session = self._wizard.session
        return workspace_fingerprint(session.workspace) if session is not None else None

    def _on_print_button_clicked(self) -> None:
        if recovery_sheet.print_sheet(
            self, self._wizard.recovery_key or "", self._organisation(), self._fingerprint()
        ):
            show_error(self.ui.status_label, "Sent to the printer. Check the sheet printed clearly.")

    def _on_save_pdf_button_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            "Save the recovery key sheet",
            str(documents_folder() / "LCS recovery key.pdf"),
            "PDF files (*.pdf)",
        )
        if not path:
            return
        try:
            recovery_sheet.save_sheet_pdf(
                Path(path), self._wizard.recovery_key or "", self._organisation(), self._fingerprint()
            )
        except OSError as exc:
            show_error(self.ui.status_label, f"The PDF could not be saved ({exc.strerror}).")
            return
        show_error(
            self.ui.status_label,
            "Saved. Print it, put the sheet in the safe, then delete the PDF and empty the recycle bin.",
        )

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self._wizard.recovery_key or "")
        show_error(self.ui.status_label, "Copied. Paste it only where it will be printed, then clear it.")


class SetupWizard(QWizard):
    """After ``exec()`` returns Accepted: ``session`` is signed in as the first account."""

    def __init__(
        self,
        authenticator_for: AuthenticatorFor,
        default_folder: Path,
        parent: QWidget | None = None,
        deployed: DeployedServer | None = None,
    ) -> None:
        super().__init__(parent)
        self.authenticator_for = authenticator_for
        self.default_folder = default_folder
        self.session: SignedIn | None = None
        self.recovery_key: str | None = None
        self.joined: Joined | None = None  # set once this PC has joined an office server
        self.setWindowTitle("Set up LCS Desktop")
        self.setWindowIcon(QIcon(":/icons/app.svg"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.organisation_page = OrganisationPage(default_folder, self)
        self.account_page = AccountPage(self)
        self.recovery_page = RecoveryPage(self)
        self.join_page = JoinPage(self)
        self.setPage(ORGANISATION, self.organisation_page)
        self.setPage(ACCOUNT, self.account_page)
        self.setPage(RECOVERY, self.recovery_page)
        self.setPage(JOIN, self.join_page)
        if deployed is not None:  # IT gave a server at install time: offer joining it
            self.join_page.prefill(deployed)
            self.setStartId(JOIN)
        self.setMinimumSize(640, 520)

    def start_at(self, page_id: int) -> None:
        """Switch between a new organisation and joining a server (what was typed stays)."""
        self.setStartId(page_id)
        self.restart()

    def set_up(
        self, folder: Path, organisation: str, username: str, full_name: str, password: str
    ) -> tuple[SignedIn, str]:
        """Off the GUI thread: a new local organisation, or the joined server's first administrator."""
        auth = self.authenticator_for(folder)
        if self.joined is None:
            return auth.set_up(organisation, username, full_name, password)
        from lcs_desktop.services.server_signin import set_up_on_server

        owner, owner_password = self.join_page.owner
        return set_up_on_server(auth, owner, owner_password, organisation, username, full_name, password)

    @property
    def data_folder(self) -> Path:
        return Path(self.organisation_page.ui.data_folder_edit.text().strip()).expanduser()

    def reject(self) -> None:
        if self.session is not None:  # set up already: the key must be seen through
            if not self.recovery_page.ui.stored_check.isChecked():
                QMessageBox.information(
                    self,
                    "Store the recovery key first",
                    "LCS Desktop is set up. Print or write down the recovery key and tick "
                    "'I have stored the recovery key safely' before you go on.",
                )
                return
            self.accept()
            return
        if self.account_page.busy or self.join_page.busy:
            return
        if self.joined is not None:  # joined, but the server's first administrator not made
            from lcs_desktop.services.office_mode import forget_join

            forget_join(self.authenticator_for(self.default_folder).paths)
            self.joined = None
        super().reject()

    def done(self, result: int) -> None:
        if result == QWizard.DialogCode.Accepted:
            self.join_page.ui.owner_password_edit.clear()  # IT's password: not kept a moment longer
            self.recovery_key = None  # shown once: drop it as soon as we are done with it
            set_value(self.recovery_page.ui.recovery_key_label, "")  # the spoken name too
        super().done(result)
