"""Starting a check, with the §9 guard: someone already appointed is not checked without the
safeguarding lead's written justification (recruitment checks, not monitoring)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from lcs_desktop.domain.checks import PersonStatus
from lcs_desktop.domain.errors import LcsError, Problems, ValidationError
from lcs_desktop.domain.roles import Permission
from lcs_desktop.gui.fields import FieldMessages
from lcs_desktop.gui.formatting import isolated

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


class StartCheckDialog(QDialog):
    """Before the record is created: the role applied for (from the person's record) and which
    lead authorised the check; for someone not in recruitment, the lead's written justification
    too. The service checks it and refuses with a message here."""

    def __init__(self, session: SignedIn, person: PersonDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session, self._person = session, person
        self._justify = person.status is not PersonStatus.IN_RECRUITMENT
        self.setWindowTitle(
            "Check someone not in recruitment?" if self._justify else "Start a social media check"
        )
        self.setModal(True)
        self.check_id: int | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.role_edit = QLineEdit(person.role, self)
        self.role_edit.setObjectName("role_edit")
        self.role_edit.setAccessibleName("Role applied for")
        self.authorised_by_combo = QComboBox(self)
        self.authorised_by_combo.setObjectName("authorised_by_combo")
        self.authorised_by_combo.setAccessibleName("Authorised by")
        self.authorised_by_combo.addItem("Choose…", None)
        for name in session.checks.authorisers(session.user):
            self.authorised_by_combo.addItem(name, name)
        # A lead starting the check is usually the one authorising it.
        self.authorised_by_combo.setCurrentIndex(
            max(self.authorised_by_combo.findData(session.user.full_name), 0)
        )
        self.role_error, self.authorised_by_error = QLabel(self), QLabel(self)
        for caption, widget, error in (
            ("&Role applied for:", self.role_edit, self.role_error),
            ("&Authorised by:", self.authorised_by_combo, self.authorised_by_error),
        ):
            label = QLabel(caption, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
            error.setProperty("role", "error")
            form.addRow(error)
        layout.addLayout(form)
        self.justification_edit = QPlainTextEdit(self)
        self.justification_edit.setObjectName("justification_edit")
        self.justification_edit.setAccessibleName("Written justification")
        self.justification_edit.setTabChangesFocus(True)
        self.justification_error = QLabel(self)
        if self._justify:
            text = QLabel(
                JUSTIFICATION_TEXT.format(
                    name=isolated(person.full_name), status=person.status.label.lower()
                ),
                self,
            )
            text.setWordWrap(True)
            label = QLabel("Your written &justification (policy §9):", self)
            label.setBuddy(self.justification_edit)
            for widget in (text, label, self.justification_edit, self.justification_error):
                layout.addWidget(widget)
        else:
            self.justification_edit.hide()
        self.justification_error.setProperty("role", "error")
        self.error_label = QLabel(self)
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        start = buttons.addButton("&Start the check", QDialogButtonBox.ButtonRole.AcceptRole)
        start.setObjectName("start_button")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.messages = FieldMessages(self, self.error_label, {"role_applied_for": "role"})
        self.resize(560, 380 if self._justify else 200)

    def accept(self) -> None:
        problems = Problems()
        if not self.role_edit.text().strip():
            problems.add(ValidationError("Enter the role applied for.", "role"))
        if self.authorised_by_combo.currentData() is None:
            problems.add(
                ValidationError("Choose the safeguarding lead who authorised the check.", "authorised_by")
            )
        from lcs_desktop.services.check_types import CheckDetailsInput  # loaded when first used

        try:
            problems.raise_any()
            details = CheckDetailsInput(
                role_applied_for=self.role_edit.text(),
                authorised_by=str(self.authorised_by_combo.currentData()),
            )
            self.check_id = self._session.checks.create_check(
                self._session.user,
                self._person.id,
                details,
                justification=self.justification_edit.toPlainText() if self._justify else None,
            )
        except LcsError as exc:
            self.messages.show(exc)
            return
        super().accept()


JustificationDialog = StartCheckDialog  # the §9 guard is this dialog for someone not in recruitment


def choose_person(session: SignedIn, parent: QWidget) -> PersonDetail | None:
    """Who to check, from the people in recruitment (the Recruitment checks page's route)."""
    from PySide6.QtWidgets import QInputDialog

    try:
        rows = session.people.list_people(session.user, status=PersonStatus.IN_RECRUITMENT, limit=500)
    except LcsError as exc:
        QMessageBox.warning(parent, "The check was not started", exc.message)
        return None
    if not rows:
        QMessageBox.information(
            parent,
            "Nobody in recruitment",
            "Add the applicant on the People page first, then start the check.",
        )
        return None
    labels = [f"{r.first_name} {r.last_name} ({r.reference})" for r in rows]
    label, ok = QInputDialog.getItem(
        parent, "Start a social media check", "&Who is being checked?", labels, 0, False
    )
    if not ok or label not in labels:
        return None
    return session.people.get_person(session.user, rows[labels.index(label)].id)


def start_check(session: SignedIn, person: PersonDetail, parent: QWidget) -> int | None:
    """The new check's id, or None if nothing was started (the reason was shown)."""
    user = session.user
    if person.status is not PersonStatus.IN_RECRUITMENT and not user.can(Permission.CONFIRM_CHECK_GUARDS):
        try:
            session.checks.create_check(user, person.id)  # refused: says why, in the service's words
        except LcsError as exc:
            QMessageBox.warning(parent, "The check was not started", exc.message)
        return None
    try:
        dialog = StartCheckDialog(session, person, parent)
    except LcsError as exc:
        QMessageBox.warning(parent, "The check was not started", exc.message)
        return None
    return dialog.check_id if dialog.exec() else None
