"""Export the check record PDF for the personnel file: built on a worker thread with progress
and Cancel; optional password (AES-256) with a different owner password; the file is named by
the document reference, never the person's name."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QStandardPaths, QThreadPool, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from lcs_desktop.domain.errors import LcsError
from lcs_desktop.gui.fields import FieldMessages
from lcs_desktop.gui.forms.ui_export_dialog import Ui_ExportDialog
from lcs_desktop.gui.style import show_error, show_message

if TYPE_CHECKING:
    from collections.abc import Callable

    from lcs_desktop.services.check_types import CheckDetail
    from lcs_desktop.services.session import SignedIn


class _Relay(QObject):
    progress = Signal(int, int)
    finished = Signal(object, object)  # sha256 text, error


class ExportJob(QRunnable):
    """Renders, audits (inside ``export_check``) and writes the file atomically."""

    def __init__(self, work: Callable[[Callable[[int, int], None], Callable[[], bool]], str]) -> None:
        super().__init__()
        self.relay = _Relay()
        self.cancelled = threading.Event()
        self._work = work

    def run(self) -> None:
        try:
            sha = self._work(self.relay.progress.emit, self.cancelled.is_set)
        except BaseException as exc:  # handed to the GUI thread, which decides
            self.relay.finished.emit(None, exc)
        else:
            self.relay.finished.emit(sha, None)


class ExportDialog(QDialog):
    exported = Signal(str)  # the file's path

    def __init__(self, session: SignedIn, detail: CheckDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        self._session, self.detail = session, detail
        self.job: ExportJob | None = None
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
        ui.progress_bar.hide()
        show_message(ui.status_label, None)
        show_error(ui.error_label, None)
        ui.browse_button.clicked.connect(self._on_browse_button_clicked)
        ui.export_button.clicked.connect(self.start)
        ui.cancel_button.clicked.connect(self._on_cancel_button_clicked)
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

    def _passwords(self) -> tuple[str | None, str | None]:
        ui = self.ui
        if not ui.protect_group.isChecked():
            return None, None
        from lcs_desktop.domain.errors import ValidationError

        password = ui.password_edit.text()
        if not password:
            raise ValidationError(
                "Enter the password that will open the file, or untick the protection.", "password"
            )
        if password != ui.confirm_password_edit.text():
            raise ValidationError("The two passwords are not the same. Type them again.", "password")
        return password, ui.owner_password_edit.text() or None

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
            from lcs_desktop.reports.protect import write_atomically
            from lcs_desktop.services.check_export import export_check

            result = export_check(
                session.workspace,
                session.user,
                check_id,
                password=password,
                owner_password=owner,
                progress=progress,
                is_cancelled=is_cancelled,
            )
            try:
                write_atomically(target, result.data)
            except OSError as exc:
                raise ValidationError(
                    f"The file could not be saved there ({exc.strerror}). Choose another folder.", "location"
                ) from None
            return result.sha256

        self.job = ExportJob(work)
        self.job.relay.progress.connect(self._on_progress)
        self.job.relay.finished.connect(self._on_finished)
        self._busy(True)
        show_message(self.ui.status_label, "Building the PDF…")
        QThreadPool.globalInstance().start(self.job)

    def _busy(self, busy: bool) -> None:
        ui = self.ui
        for widget in (ui.location_edit, ui.browse_button, ui.protect_group, ui.export_button):
            widget.setEnabled(not busy)
        ui.progress_bar.setVisible(busy or ui.progress_bar.value() > 0)
        ui.cancel_button.setText("&Cancel export" if busy else "Close")

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.ui.progress_bar.setMaximum(max(total, 1))
        self.ui.progress_bar.setValue(min(done, total))

    @Slot(object, object)
    def _on_finished(self, sha: object, error: object) -> None:
        self.job = None
        self._busy(False)
        if error is None:
            self.sha256 = str(sha)
            self.ui.progress_bar.setValue(self.ui.progress_bar.maximum())
            path = self.ui.location_edit.text()
            show_message(self.ui.status_label, f"Saved to {path}\nSHA-256 {self.sha256}", "ok")
            self.ui.cancel_button.setText("Close")
            self.exported.emit(path)
        elif isinstance(error, LcsError):
            self.ui.progress_bar.hide()
            show_message(self.ui.status_label, None)
            show_error(self.ui.error_label, error.message)
        else:
            import sys

            assert isinstance(error, BaseException)
            sys.excepthook(type(error), error, error.__traceback__)

    def _on_cancel_button_clicked(self) -> None:
        if self.job is not None:
            self.job.cancelled.set()
            show_message(self.ui.status_label, "Cancelling…")
            return
        self.accept() if self.sha256 else self.reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.job is not None:  # never leave a half-built export behind a closed window
            self.job.cancelled.set()
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:
        if self.job is not None:
            self.job.cancelled.set()
            return
        super().reject()
