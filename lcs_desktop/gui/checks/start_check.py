"""Starting a check, with the §9 guard: someone already appointed is not checked without the
safeguarding lead's written justification (recruitment checks, not monitoring)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from lcs_desktop.domain.checks import PersonStatus
from lcs_desktop.domain.errors import LcsError
from lcs_desktop.domain.roles import Permission
from lcs_desktop.gui.formatting import isolated
from lcs_desktop.gui.style import show_error

if TYPE_CHECKING:
    from lcs_desktop.services.people import PersonDetail
    from lcs_desktop.services.session import SignedIn

JUSTIFICATION_TEXT = (
    "{name} is {status}, not in recruitment. The policy allows social media checks during recruitment; "
    "checking someone already appointed would be monitoring, which needs a lawful reason and must be "
    "necessary and proportionate (policy §9; Human Rights Act 1998, Article 8 — respect for private "
    "life).\n\n"
    "Write why this check is justified. It is kept with the check, shown on its record and in the audit log."
)


class JustificationDialog(QDialog):
    """The lead's written justification; the service checks it and refuses with a message here."""

    def __init__(self, session: SignedIn, person: PersonDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Check someone not in recruitment?")
        self.setModal(True)
        self._session, self._person = session, person
        self.check_id: int | None = None
        layout = QVBoxLayout(self)
        text = QLabel(
            JUSTIFICATION_TEXT.format(name=isolated(person.full_name), status=person.status.label.lower()),
            self,
        )
        text.setWordWrap(True)
        label = QLabel("Your written &justification (policy §9):", self)
        self.justification_edit = QPlainTextEdit(self)
        self.justification_edit.setObjectName("justification_edit")
        self.justification_edit.setAccessibleName("Written justification")
        self.justification_edit.setTabChangesFocus(True)
        label.setBuddy(self.justification_edit)
        self.error_label = QLabel(self)
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        show_error(self.error_label, None)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        start = buttons.addButton("&Start the check", QDialogButtonBox.ButtonRole.AcceptRole)
        start.setObjectName("start_button")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for widget in (text, label, self.justification_edit, self.error_label, buttons):
            layout.addWidget(widget)
        self.resize(560, 380)

    def accept(self) -> None:
        try:
            self.check_id = self._session.checks.create_check(
                self._session.user, self._person.id, justification=self.justification_edit.toPlainText()
            )
        except LcsError as exc:
            show_error(self.error_label, exc.message)
            self.justification_edit.setFocus()
            return
        super().accept()


def start_check(session: SignedIn, person: PersonDetail, parent: QWidget) -> int | None:
    """The new check's id, or None if nothing was started (the reason was shown)."""
    user = session.user
    if person.status is not PersonStatus.IN_RECRUITMENT and user.can(Permission.CONFIRM_CHECK_GUARDS):
        dialog = JustificationDialog(session, person, parent)
        return dialog.check_id if dialog.exec() else None
    try:
        return session.checks.create_check(user, person.id)
    except LcsError as exc:
        QMessageBox.warning(parent, "The check was not started", exc.message)
        return None
