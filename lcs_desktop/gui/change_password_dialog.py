"""Change my password; when forced (temporary password), it cannot be skipped."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from lcs_desktop.gui.forms.ui_change_password_dialog import Ui_ChangePasswordDialog
from lcs_desktop.gui.password_form import PasswordDialogMixin

if TYPE_CHECKING:
    from lcs_desktop.services.session import SignedIn


class ChangePasswordDialog(PasswordDialogMixin, QDialog):
    """``forced``: the only ways out are a new password (accept) or signing out (reject)."""

    def __init__(self, session: SignedIn, *, forced: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ChangePasswordDialog()
        self.ui.setupUi(self)
        self._session = session
        self._forced = forced
        self._fields = {
            "current_password": self.ui.current_password_edit,
            "password": self.ui.new_password_edit,
        }
        self._setup_password_form(
            self.ui.rule_label,
            self.ui.error_label,
            self.ui.busy_bar,
            self.ui.button_box,
            [self.ui.confirm_password_edit],
        )
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText("Change password")
        if forced:
            self.setWindowTitle("Choose your own password")
            self.ui.intro_label.setText(
                "You signed in with a temporary password. Choose a password of your own before "
                "you carry on. Type the temporary password as your current password."
            )
            self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText("Sign out")
            self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.ui.button_box.accepted.connect(self._on_button_box_accepted)
        self.ui.button_box.rejected.connect(self.reject)
        self.setMinimumWidth(480)

    def _on_button_box_accepted(self) -> None:
        if self.busy or not self._passwords_match(self.ui.new_password_edit, self.ui.confirm_password_edit):
            return
        current = self.ui.current_password_edit.text()
        new = self.ui.new_password_edit.text()
        session = self._session
        self._run(
            lambda: session.accounts.change_own_password(session.user, current, new), lambda _r: self.accept()
        )

    def reject(self) -> None:
        if not self.busy:
            super().reject()
