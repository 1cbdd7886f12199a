"""Settings › Backups › Restore a backup…: what the chosen file is, what will happen, and the
restoring administrator's password as it was in the backup. Accepting only asks; the app
controller signs out (releasing the folder's lock) and restores off the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from lcs_desktop.gui.style import show_error

if TYPE_CHECKING:
    from lcs_desktop.services.backup_restore import BackupSummary


def describe(summary: BackupSummary) -> str:
    made = summary.created_at.astimezone().strftime("%d/%m/%Y at %H:%M")
    kind = "an automatic daily backup" if summary.kind == "automatic" else "a backup made by hand"
    size = f"{summary.size_bytes / (1024 * 1024):.1f} MB"
    return (
        f"{summary.path.name}: {kind}, made on {made} by LCS Desktop {summary.app_version} "
        f"({size}, audit log up to event {summary.audit_head_seq})."
    )


CONSEQUENCES = (
    "Restoring signs you out and replaces everything now in LCS Desktop with what the backup "
    "holds: anything recorded since the backup was made will not be in the restored records. "
    "The current data is not deleted: it is moved to a folder named “replaced-” and the date, "
    "inside the data folder. Everyone then signs in with the password they had when the backup "
    "was made. Nothing is replaced unless every check on the backup passes."
)


class RestoreDialog(QDialog):
    def __init__(self, summary: BackupSummary, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RestoreDialog")
        self.setWindowTitle("Restore a backup")
        layout = QVBoxLayout(self)
        self.summary_label = QLabel(describe(summary), self)
        self.summary_label.setObjectName("summary_label")
        self.consequences_label = QLabel(CONSEQUENCES, self)
        self.consequences_label.setObjectName("consequences_label")
        warning = ""
        if not summary.same_organisation:
            warning = " This backup was made by another LCS Desktop installation, not this one."
        self.consequences_label.setText(CONSEQUENCES + warning)
        prompt = QLabel(f"Your password ({username}) as it was when the backup was made:", self)
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName("Password as it was in the backup")
        prompt.setBuddy(self.password_edit)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("error_label")
        for label in (self.summary_label, self.consequences_label, prompt, self.error_label):
            label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = self.buttons.addButton(
            "Sign out and restore", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setObjectName("restore_button")
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)  # the safe answer
        for widget in (self.summary_label, self.consequences_label, prompt, self.password_edit):
            layout.addWidget(widget)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        show_error(self.error_label, None)
        self.resize(560, self.sizeHint().height())
        self.password_edit.setFocus()

    def password(self) -> str:
        return self.password_edit.text()

    def accept(self) -> None:
        if not self.password_edit.text():
            show_error(self.error_label, "Enter your password as it was when the backup was made.")
            self.password_edit.setFocus()
            return
        super().accept()
