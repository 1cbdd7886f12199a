"""Add an account, or change an account's roles; and the one-time password display."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lcs_desktop.domain.roles import Role
from lcs_desktop.gui.forms.ui_user_dialog import Ui_UserDialog
from lcs_desktop.gui.style import show_error


class UserDialog(QDialog):
    """Collects name, username and roles; the page calls the service and shows its refusal here."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        full_name: str = "",
        username: str = "",
        roles: frozenset[Role] = frozenset(),
        editing: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_UserDialog()
        self.ui.setupUi(self)
        self.role_checks = {
            Role.SAFEGUARDING_LEAD: self.ui.lead_check,
            Role.MANAGER: self.ui.manager_check,
            Role.CHECKER: self.ui.checker_check,
            Role.ADMINISTRATOR: self.ui.administrator_check,
        }
        self.ui.full_name_edit.setText(full_name)
        self.ui.username_edit.setText(username)
        for role, check in self.role_checks.items():
            check.setChecked(role in roles)
        if editing:
            self.setWindowTitle("Edit roles")
            self.ui.full_name_edit.setReadOnly(True)
            self.ui.username_edit.setReadOnly(True)
            self.ui.lead_check.setFocus()
        else:
            self.setWindowTitle("Add an account")
        show_error(self.ui.error_label, None)
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self.setMinimumWidth(460)

    @property
    def roles(self) -> frozenset[Role]:
        return frozenset(role for role, check in self.role_checks.items() if check.isChecked())

    def show_refusal(self, message: str, field: str | None) -> None:
        show_error(self.ui.error_label, message)
        target = {"username": self.ui.username_edit, "full_name": self.ui.full_name_edit}.get(field or "")
        if target is not None:
            target.setFocus()
            target.selectAll()


class PasswordShownDialog(QDialog):
    """A temporary password, shown once, with a Copy button. It is never stored in clear."""

    def __init__(self, parent: QWidget | None, username: str, password: str) -> None:
        super().__init__(parent)
        self.setWindowTitle("Temporary password")
        layout = QVBoxLayout(self)
        intro = QLabel(
            f"Give this temporary password to the person who uses the account <b>{username}</b>, "
            "in person or by phone. They must choose their own password when they first sign in. "
            "It is shown only now.",
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.password_edit = QLineEdit(password, self)
        self.password_edit.setObjectName("password_edit")
        self.password_edit.setReadOnly(True)
        self.password_edit.setAccessibleName("Temporary password")
        self.password_edit.setProperty("role", "secret")
        row.addWidget(self.password_edit)
        copy = QPushButton("&Copy", self)
        copy.setObjectName("copy_button")
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(password))
        row.addWidget(copy)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
