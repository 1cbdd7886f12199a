"""What every PDF export dialog shares: the worker job, progress, Cancel, the password pair.

The PDF is built on the thread pool; the dialog cannot be closed while it runs (closing asks
the job to stop instead), so a half-built export never outlives its window.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QStandardPaths, QThreadPool, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog

from lcs_desktop.domain.errors import LcsError, ValidationError
from lcs_desktop.gui.style import show_error, show_message

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class _Relay(QObject):
    progress = Signal(int, int)
    finished = Signal(object, object)  # result, error


# Every relay is kept for the life of the process (a few hundred bytes per export): the job
# may be freed on its worker thread, and a QObject of the GUI thread must never be freed there.
_kept_relays: list[_Relay] = []


class ExportJob(QRunnable):
    """Runs ``work(progress, is_cancelled)`` off the GUI thread; the relay reports back."""

    def __init__(self, work: Work) -> None:
        super().__init__()
        self.relay = _Relay()
        _kept_relays.append(self.relay)
        self.cancelled = threading.Event()
        self._work = work

    def run(self) -> None:
        try:
            result = self._work(self.relay.progress.emit, self.cancelled.is_set)
        except BaseException as exc:  # handed to the GUI thread, which decides
            self.relay.finished.emit(None, exc)
        else:
            self.relay.finished.emit(result, None)


class JobDialog(QDialog):
    """A dialog that runs one ``ExportJob``: closing it (or Escape) while the job runs asks the
    job to stop instead, so no half-written export is left behind a closed window."""

    job: ExportJob | None = None

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.job is not None:
            self.job.cancelled.set()
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:
        if self.job is not None:
            self.job.cancelled.set()
            return
        super().reject()


class PdfExportDialog(JobDialog):
    """Base of the export dialogs. Their forms share these names: protect_group, password_edit,
    confirm_password_edit, owner_password_edit, progress_bar, status_label, error_label,
    cancel_button, browse_button, export_button. Subclasses provide ``start``,
    ``_on_browse_button_clicked``, ``_busy``, ``_succeeded`` and ``_has_result``."""

    ui: Any
    job: ExportJob | None = None

    def _wire_controls(self) -> None:
        """The controls every export form has: call once the form is set up."""
        ui = self.ui
        ui.progress_bar.hide()
        show_message(ui.status_label, None)
        show_error(ui.error_label, None)
        ui.browse_button.clicked.connect(self._on_browse_button_clicked)
        ui.export_button.clicked.connect(self.start)
        ui.cancel_button.clicked.connect(self._on_cancel_button_clicked)

    def _passwords(self) -> tuple[str | None, str | None]:
        ui = self.ui
        if not ui.protect_group.isChecked():
            return None, None
        password = ui.password_edit.text()
        if not password:
            raise ValidationError(
                "Enter the password that will open the file, or untick the protection.", "password"
            )
        if password != ui.confirm_password_edit.text():
            raise ValidationError("The two passwords are not the same. Type them again.", "password")
        return password, ui.owner_password_edit.text() or None

    def _run(self, work: Work) -> None:
        self.job = ExportJob(work)
        self.job.relay.progress.connect(self._on_progress)
        self.job.relay.finished.connect(self._on_finished)
        self.ui.progress_bar.setValue(0)
        self._busy(True)
        show_message(self.ui.status_label, "Building the PDF…")
        QThreadPool.globalInstance().start(self.job)

    # -- for subclasses ---------------------------------------------------------------------

    def start(self) -> None:
        raise NotImplementedError

    def _on_browse_button_clicked(self) -> None:
        raise NotImplementedError

    def _busy(self, busy: bool) -> None:
        raise NotImplementedError

    def _succeeded(self, result: Any) -> None:
        raise NotImplementedError

    def _has_result(self) -> bool:
        raise NotImplementedError

    # -- shared slots -----------------------------------------------------------------------

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.ui.progress_bar.setMaximum(max(total, 1))
        self.ui.progress_bar.setValue(min(done, total))

    @Slot(object, object)
    def _on_finished(self, result: object, error: object) -> None:
        ui = self.ui
        self.job = None
        self._busy(False)
        if error is None:
            ui.progress_bar.setValue(ui.progress_bar.maximum())
            self._succeeded(result)
        elif isinstance(error, LcsError):
            ui.progress_bar.hide()
            ui.progress_bar.setValue(0)
            show_message(ui.status_label, None)
            show_error(ui.error_label, error.message)
        else:
            assert isinstance(error, BaseException)
            sys.excepthook(type(error), error, error.__traceback__)

    def _on_cancel_button_clicked(self) -> None:
        if self.job is not None:
            self.job.cancelled.set()
            show_message(self.ui.status_label, "Cancelling…")
            return
        self.accept() if self._has_result() else self.reject()


def documents_folder() -> Path:
    """The user's Documents folder (created if missing: a new Windows profile may lack it), or
    their home folder: an export dialog never proposes a folder that does not exist."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if found:
        try:
            Path(found).mkdir(parents=True, exist_ok=True)
            return Path(found)
        except OSError:
            pass
    return Path.home()
