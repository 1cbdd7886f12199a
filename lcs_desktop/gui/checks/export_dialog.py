"""Export the check record PDF for the personnel file: built on a worker thread with progress
and Cancel; optional password (AES-256) with a different owner password; the file is named by
the document reference, never the person's name."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from lcs_desktop.domain.errors import LcsError
from lcs_desktop.gui.fields import FieldMessages
from lcs_desktop.gui.forms.ui_export_dialog import Ui_ExportDialog
from lcs_desktop.gui.pdf_export import PdfExportDialog
from lcs_desktop.gui.style import show_error, show_message

if TYPE_CHECKING:
    from collections.abc import Callable

    from lcs_desktop.services.check_types import CheckDetail
    from lcs_desktop.services.session import SignedIn


class ExportDialog(PdfExportDialog):
    exported = Signal(str)  # the file's path

    def __init__(self, session: SignedIn, detail: CheckDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        self._session, self.detail = session, detail
        self.job = None
        self.sha256: str | None = None
        ui = self.ui
        self.messages = FieldMessages(ui, ui.error_label, {"owner_password": "owner_password"})
        ui.intro_label.setText(
            f"The record of check {detail.reference} for the personnel file, with its findings, evidence "
            "and their SHA-256 fingerprints. The file is named by the document reference, never by the "
            "person's name, and the export is recorded in the audit log."
        )
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        ui.location_edit.setText(str(Path(folder or Path.home()) / f"{detail.reference}.pdf"))
        self._wire_controls()
        ui.protect_group.toggled.connect(self._on_protect_group_toggled)
        self._on_protect_group_toggled(False)
        self.resize(600, 440)

    def _on_protect_group_toggled(self, on: bool) -> None:
        for edit in (self.ui.password_edit, self.ui.confirm_password_edit, self.ui.owner_password_edit):
            edit.setEnabled(on)

    def _on_browse_button_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, "Save the check record", self.ui.location_edit.text(), "PDF (*.pdf)"
        )
        if name:
            self.ui.location_edit.setText(name if name.lower().endswith(".pdf") else name + ".pdf")

    def start(self) -> None:
        from lcs_desktop.domain.errors import ValidationError

        self.messages.clear()
        show_error(self.ui.error_label, None)
        try:
            password, owner = self._passwords()
            target = Path(self.ui.location_edit.text().strip())
            if not target.name or not target.parent.is_dir():
                raise ValidationError("Choose a folder that exists to save the file in.", "location")
        except LcsError as exc:
            show_error(self.ui.error_label, exc.message)
            return
        session, check_id = self._session, self.detail.id

        def work(progress: Callable[[int, int], None], is_cancelled: Callable[[], bool]) -> str:
            from lcs_desktop.services.check_export import export_check

            # The service saves the file before auditing it: a full disk or a refused folder
            # comes back as a sentence (ValidationError), never the crash dialog.
            result = export_check(
                session.workspace,
                session.user,
                check_id,
                password=password,
                owner_password=owner,
                progress=progress,
                is_cancelled=is_cancelled,
                target=target,
            )
            return result.sha256

        self._run(work)

    def _busy(self, busy: bool) -> None:
        ui = self.ui
        for widget in (ui.location_edit, ui.browse_button, ui.protect_group, ui.export_button):
            widget.setEnabled(not busy)
        ui.progress_bar.setVisible(busy or ui.progress_bar.value() > 0)
        ui.cancel_button.setText("&Cancel export" if busy else "Close")

    def _succeeded(self, result: object) -> None:
        self.sha256 = str(result)
        path = self.ui.location_edit.text()
        show_message(self.ui.status_label, f"Saved to {path}\nSHA-256 {self.sha256}", "ok")
        self.ui.cancel_button.setText("Close")
        self.exported.emit(path)

    def _has_result(self) -> bool:
        return bool(self.sha256)
