"""Forgotten password: the recovery key sets a new administrator password (every password lost)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from lcs_desktop.gui.forms.ui_recovery_dialog import Ui_RecoveryDialog
from lcs_desktop.gui.password_form import PasswordDialogMixin

if TYPE_CHECKING:
    from lcs_desktop.services.auth import Authenticator
    from lcs_desktop.services.session import SignedIn


class RecoveryDialog(PasswordDialogMixin, QDialog):
    def __init__(self, authenticator: Authenticator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RecoveryDialog()
        self.ui.setupUi(self)
        self._auth = authenticator
        self.session: SignedIn | None = None
        self._fields = {
            "recovery_key": self.ui.recovery_key_edit,
            "username": self.ui.username_edit,
            "password": self.ui.new_password_edit,
        }
        self._setup_password_form(
            self.ui.rule_label,
            self.ui.error_label,
            self.ui.busy_bar,
            self.ui.button_box,
            [self.ui.confirm_password_edit],
        )
        self.ui.button_box.accepted.connect(self._on_button_box_accepted)
        self.ui.button_box.rejected.connect(self.reject)
        self.setMinimumWidth(520)

    def _on_button_box_accepted(self) -> None:
        if self.busy or not self._passwords_match(self.ui.new_password_edit, self.ui.confirm_password_edit):
            return
        key = self.ui.recovery_key_edit.text()
        username = self.ui.username_edit.text()
        password = self.ui.new_password_edit.text()
        self._run(lambda: self._auth.recover(key, username, password), self._on_recovered)

    def _on_recovered(self, session: SignedIn) -> None:
        self.session = session
        self.accept()

    def reject(self) -> None:
        if not self.busy:
            super().reject()
