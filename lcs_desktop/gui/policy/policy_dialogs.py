"""The Policy page's dialogs: a version's text, adding a version, recording its approval, and
recording one person's acknowledgement. Each saves through its service and keeps what was
typed when refused (every problem shown beside its field)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from lcs_desktop.domain.errors import LcsError, Problems, ValidationError
from lcs_desktop.domain.people import format_date
from lcs_desktop.domain.policy_register import next_review
from lcs_desktop.gui.fields import FieldMessages, read_date, refuse_all
from lcs_desktop.gui.formatting import isolated
from lcs_desktop.gui.forms.ui_acknowledgement_dialog import Ui_AcknowledgementDialog
from lcs_desktop.gui.forms.ui_policy_approval_dialog import Ui_PolicyApprovalDialog
from lcs_desktop.gui.forms.ui_policy_text_dialog import Ui_PolicyTextDialog
from lcs_desktop.gui.forms.ui_policy_version_dialog import Ui_PolicyVersionDialog
from lcs_desktop.gui.style import show_error

if TYPE_CHECKING:
    from lcs_desktop.services.policy_acks import AckRow
    from lcs_desktop.services.policy_register import VersionRow
    from lcs_desktop.services.session import SignedIn

MAX_TEXT_FILE = 2 * 1024 * 1024


def _ok(box: QDialogButtonBox, text: str) -> None:
    box.button(QDialogButtonBox.StandardButton.Ok).setText(text)


class PolicyTextDialog(QDialog):
    """A version's words, read-only, with its approval and fingerprint."""

    def __init__(self, version: VersionRow, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PolicyTextDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(f"Social Media Policy, version {version.label}")
        approved = (
            f"approved {format_date(version.approved_on)}"
            + (f" by {isolated(version.approved_by)}" if version.approved_by else "")
            if version.approved_on
            else "not yet approved"
        )
        self.ui.facts_label.setText(
            f"{version.title}, version {version.label}: {approved}. Text SHA-256 {version.text_sha256}"
        )
        self.ui.text_view.setMarkdown(text)
        self.ui.button_box.rejected.connect(self.reject)


class PolicyVersionDialog(QDialog):
    def __init__(self, session: SignedIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PolicyVersionDialog()
        self.ui.setupUi(self)
        self._session = session
        self.version_id: int | None = None
        ui = self.ui
        self.messages = FieldMessages(ui, ui.error_label)
        ui.title_edit.setText("Social Media Policy, Procedures and Guidance")
        _ok(ui.button_box, "&Add the version")
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        ui.load_button.clicked.connect(self._on_load_button_clicked)
        ui.label_edit.setFocus()

    def _on_load_button_clicked(self) -> None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _ = QFileDialog.getOpenFileName(
            self, "Choose the policy's text", start, "Text files (*.md *.txt);;All files (*)"
        )
        if name:
            self.load_text(Path(name))

    def load_text(self, path: Path) -> None:
        try:
            with path.open("rb") as handle:
                data = handle.read(MAX_TEXT_FILE + 1)
        except OSError as exc:
            show_error(self.ui.error_label, f"The file cannot be read ({exc.strerror}).")
            return
        if len(data) > MAX_TEXT_FILE:
            show_error(self.ui.error_label, "That file is larger than 2 MB: it is not the policy's text.")
            return
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
        self.ui.text_edit.setPlainText(text)
        show_error(self.ui.error_label, None)

    def accept(self) -> None:
        ui, s = self.ui, self._session
        try:
            self.version_id = s.policy.add_version(
                s.user,
                label=ui.label_edit.text(),
                title=ui.title_edit.text(),
                text=ui.text_edit.toPlainText(),
            )
        except LcsError as exc:
            self.messages.show(exc)
            return
        super().accept()


class PolicyApprovalDialog(QDialog):
    def __init__(self, session: SignedIn, version: VersionRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PolicyApprovalDialog()
        self.ui.setupUi(self)
        self._session, self._version = session, version
        self.next_review: date | None = None
        ui = self.ui
        self.messages = FieldMessages(ui, ui.error_label)
        ui.intro_label.setText(
            f"When was version {version.label} approved, and by whom? It is in force from that day, "
            "and its review falls due twelve months later (§10: annually)."
            + (" Correcting the date moves the review date too." if version.approved_on else "")
        )
        if version.approved_on:
            ui.approved_on_edit.setText(format_date(version.approved_on))
        ui.approved_by_edit.setText(version.approved_by)
        ui.approved_on_edit.textChanged.connect(self._show_review)
        self._show_review()
        _ok(ui.button_box, "&Record the approval")
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)

    def _show_review(self, *_args: object) -> None:
        try:
            day = read_date(self.ui.approved_on_edit, "approved_on", "the approval date")
        except ValidationError:
            day = None
        self.ui.review_label.setText(f"Next review: {format_date(next_review(day))}" if day else "")

    def accept(self) -> None:
        ui, s = self.ui, self._session
        local = Problems()
        day = local.check(read_date, ui.approved_on_edit, "approved_on", "the approval date")
        try:
            refuse_all(
                local,
                lambda: s.policy.approve(
                    s.user, self._version.id, approved_on=day, approved_by=ui.approved_by_edit.text()
                ),
            )
        except LcsError as exc:
            self.messages.show(exc)
            return
        self.next_review = next_review(day) if day else None
        super().accept()


class AcknowledgementDialog(QDialog):
    """One person's acknowledgement of the chosen version (the row chosen on the page)."""

    def __init__(
        self, session: SignedIn, row: AckRow, version: VersionRow, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AcknowledgementDialog()
        self.ui.setupUi(self)
        self._session, self._row, self._version = session, row, version
        ui = self.ui
        self.messages = FieldMessages(ui, ui.error_label)
        ui.intro_label.setText(
            f"Record that {isolated(row.full_name)} ({row.reference}) has acknowledged the Social Media "
            f"Policy, version {version.label}."
        )
        ui.acknowledged_on_edit.setText(format_date(today))
        _ok(ui.button_box, "&Record")
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)

    def accept(self) -> None:
        ui, s = self.ui, self._session
        local = Problems()
        day = local.check(read_date, ui.acknowledged_on_edit, "acknowledged_on", "the date acknowledged")
        try:
            refuse_all(
                local, lambda: s.acknowledgements.record(s.user, self._row.person_id, self._version.id, day)
            )
        except LcsError as exc:
            self.messages.show(exc)
            return
        super().accept()
