"""The first-run wizard's "Join an office server" page (issue 11), offered beside the set-up
of a new organisation (a link on each page switches between the two).

Joining runs ``connect_server`` on the thread pool; a refusal is shown in its own plain
sentence and every field keeps what was typed. The owner's password is held only by its field
while the wizard is open (the server's first administrator is set up with it) and is never saved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QWizard, QWizardPage

from lcs_desktop.domain.errors import LcsError
from lcs_desktop.gui.forms.ui_setup_join_page import Ui_SetupJoinPage
from lcs_desktop.gui.style import show_error
from lcs_desktop.gui.tasks import run_task

if TYPE_CHECKING:
    from lcs_desktop.gui.setup_wizard import SetupWizard
    from lcs_desktop.services.office_mode import Joined
    from lcs_desktop.services.silent_deploy import DeployedServer

# Page ids (QWizard.setPage): a new organisation starts at ORGANISATION, joining at JOIN.
ORGANISATION, ACCOUNT, RECOVERY, JOIN = range(4)


class JoinPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.ui = Ui_SetupJoinPage()
        self.ui.setupUi(self)
        self._wizard = wizard
        self.busy = False
        self.ui.busy_bar.hide()
        show_error(self.ui.error_label, None)
        self.setButtonText(QWizard.WizardButton.NextButton, "&Connect")
        self.ui.ca_browse_button.clicked.connect(self._on_ca_browse_button_clicked)
        self.ui.new_organisation_button.clicked.connect(self._on_new_organisation_button_clicked)

    def prefill(self, deployed: DeployedServer) -> None:
        """What IT gave at install time (the MSI's properties)."""
        self.ui.address_edit.setText(deployed.url)
        self.ui.ca_file_edit.setText(deployed.ca_file)

    @property
    def owner(self) -> tuple[str, str]:
        return self.ui.owner_edit.text().strip(), self.ui.owner_password_edit.text()

    def _on_ca_browse_button_clicked(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            "Choose the CA certificate file",
            self.ui.ca_file_edit.text(),
            "Certificates (*.pem *.crt *.cer);;All files (*)",
        )
        if chosen:
            self.ui.ca_file_edit.setText(chosen)

    def _on_new_organisation_button_clicked(self) -> None:
        if not self.busy:
            self._wizard.start_at(ORGANISATION)

    def initializePage(self) -> None:
        self.ui.new_organisation_button.setVisible(self._wizard.joined is None)
        (self.ui.owner_edit if self.ui.address_edit.text() else self.ui.address_edit).setFocus()

    def cleanupPage(self) -> None:
        """Nothing typed is lost on going back or switching to a new organisation."""

    def nextId(self) -> int:
        return ORGANISATION  # the server's first administrator (when it has no accounts yet)

    def validatePage(self) -> bool:
        wizard = self._wizard
        if wizard.joined is not None:
            return True
        if self.busy:
            return False
        from lcs_desktop.services.office_mode import join_server

        paths = wizard.authenticator_for(wizard.default_folder).paths
        url, ca = self.ui.address_edit.text(), self.ui.ca_file_edit.text()
        owner, password = self.owner
        self._set_busy(True)
        show_error(self.ui.error_label, None)
        run_task(lambda: join_server(paths, url, ca, owner, password), self._on_joined, self._on_refused)
        return False

    def _on_joined(self, joined: Joined) -> None:
        self._set_busy(False)
        self._wizard.joined = joined
        if joined.needs_first_administrator:
            self._wizard.next()
        else:  # the server's workspace is set up: everyone signs in with their own account
            self._wizard.accept()

    def _on_refused(self, error: LcsError) -> None:
        self._set_busy(False)
        show_error(self.ui.error_label, error.message)  # every field keeps what was typed
        text = error.message.lower()
        field = self.ui.address_edit
        if "ca certificate" in text or "certificate file" in text:
            field = self.ui.ca_file_edit
        elif "owner" in text or "refused the sign-in" in text or "refused your sign-in" in text:
            field = self.ui.owner_password_edit
        field.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.ui.busy_bar.setVisible(busy)
        for widget in (
            self.ui.address_edit,
            self.ui.ca_file_edit,
            self.ui.ca_browse_button,
            self.ui.owner_edit,
            self.ui.owner_password_edit,
        ):
            widget.setEnabled(not busy)
        for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.BackButton):
            self._wizard.button(which).setEnabled(not busy)
