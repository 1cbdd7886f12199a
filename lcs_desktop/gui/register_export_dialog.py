"""Export a list page's register (the rows it shows, with its filter) to an Excel workbook or
a CSV file, on a worker thread with Cancel. The dialog says plainly, before and after, that
the file is not encrypted; the file name names the register and the date, never a person."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, QThreadPool, Slot
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMessageBox, QPushButton, QWidget

from lcs_desktop.domain.errors import LcsError
from lcs_desktop.gui.forms.ui_register_export_dialog import Ui_RegisterExportDialog
from lcs_desktop.gui.pdf_export import ExportJob, JobDialog
from lcs_desktop.gui.style import show_error, show_message

if TYPE_CHECKING:
    from lcs_desktop.services.register_export import ExportedRegister
    from lcs_desktop.services.registers import Register, RegisterFilter
    from lcs_desktop.services.session import SignedIn


class RegisterExportDialog(JobDialog):
    def __init__(
        self,
        session: SignedIn,
        registers: tuple[Register, ...],
        flt: RegisterFilter,
        parent: QWidget | None = None,
    ) -> None:
        from lcs_desktop.services.register_export import NOT_ENCRYPTED_WARNING

        super().__init__(parent)
        self.ui = Ui_RegisterExportDialog()
        self.ui.setupUi(self)
        self._session, self._filter = session, flt
        self.job: ExportJob | None = None
        self.result_info: ExportedRegister | None = None
        ui = self.ui
        for register in registers:
            ui.register_combo.addItem(register.label, register.value)
        ui.register_label.setVisible(len(registers) > 1)
        ui.register_combo.setVisible(len(registers) > 1)
        show_message(ui.warning_label, NOT_ENCRYPTED_WARNING, "error")
        ui.progress_bar.hide()
        show_message(ui.status_label, None)
        show_error(ui.error_label, None)
        self._set_location()
        ui.register_combo.currentIndexChanged.connect(self._set_location)
        ui.xlsx_radio.toggled.connect(self._on_format_changed)
        ui.browse_button.clicked.connect(self._on_browse_button_clicked)
        ui.export_button.clicked.connect(self.start)
        ui.cancel_button.clicked.connect(self._on_cancel_button_clicked)

    # -- choices ----------------------------------------------------------------------------

    def _register(self) -> Register:
        from lcs_desktop.services.registers import Register

        return Register(self.ui.register_combo.currentData())

    @property
    def file_format(self) -> str:
        return "xlsx" if self.ui.xlsx_radio.isChecked() else "csv"

    def _set_location(self, *_args: object) -> None:
        from lcs_desktop.services.register_export import suggested_name

        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        current = Path(self.ui.location_edit.text()).parent if self.ui.location_edit.text() else None
        base = current if current and current.is_dir() else Path(folder or Path.home())
        name = suggested_name(self._register(), self.file_format, self._session.workspace.today())
        self.ui.location_edit.setText(str(base / name))

    def _on_format_changed(self, *_args: object) -> None:
        path = Path(self.ui.location_edit.text())
        self.ui.location_edit.setText(str(path.with_suffix(f".{self.file_format}")))

    def _on_browse_button_clicked(self) -> None:
        kind = "Excel workbook (*.xlsx)" if self.file_format == "xlsx" else "CSV file (*.csv)"
        name, _ = QFileDialog.getSaveFileName(self, "Save the register", self.ui.location_edit.text(), kind)
        if name:
            self.ui.location_edit.setText(name)

    # -- the export -------------------------------------------------------------------------

    def start(self) -> None:
        target = self.ui.location_edit.text().strip()
        if not target:
            show_error(self.ui.error_label, "Choose where to save the file.")
            return
        show_error(self.ui.error_label, None)
        if not self._may_replace(target):
            return
        registers, user = self._session.registers, self._session.user
        register, file_format, flt = self._register(), self.file_format, self._filter

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> ExportedRegister:
            return registers.export_register(user, register, target, file_format, flt, progress, cancelled)

        self.job = ExportJob(work)
        self.job.relay.progress.connect(self._on_progress)
        self.job.relay.finished.connect(self._on_finished)
        self._busy(True)
        show_message(self.ui.status_label, "Saving the spreadsheet…")
        QThreadPool.globalInstance().start(self.job)

    def _may_replace(self, target: str) -> bool:
        """A file already there (the same register saved earlier today) is replaced only if
        the person says so."""
        from lcs_desktop.services.register_export import target_path

        try:
            path = target_path(Path(target), self.file_format)
        except LcsError:
            return True  # no such folder: the export itself says so, in its own words
        if not path.exists():
            return True
        answer = QMessageBox.question(
            self,
            "Replace the file?",
            f"There is already a file called {path.name} in that folder. Replace it?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _busy(self, busy: bool) -> None:
        self.ui.progress_bar.setVisible(busy)
        self.ui.progress_bar.setRange(0, 0)  # no total while the list is read
        ui = self.ui
        for widget in (ui.export_button, ui.browse_button, ui.location_edit, ui.register_combo):
            widget.setEnabled(not busy)
        for radio in (ui.xlsx_radio, ui.csv_radio):
            radio.setEnabled(not busy)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if total:  # writing the workbook, its number of rows known
            self.ui.progress_bar.setRange(0, total)
            self.ui.progress_bar.setValue(done)
            show_message(self.ui.status_label, f"Writing the workbook… {done:,} of {total:,} rows.")
        else:
            show_message(self.ui.status_label, f"Reading the list… {done:,} rows.")

    @Slot(object, object)
    def _on_finished(self, result: object, error: object) -> None:
        self.job = None
        self._busy(False)
        if error is None:
            info: ExportedRegister = result  # type: ignore[assignment]
            self.result_info = info
            rows = f"{info.rows:,} row{'s' if info.rows != 1 else ''}"
            show_message(
                self.ui.status_label,
                f"Saved {rows} to {info.path}. SHA-256: {info.sha256}. Remember: this file is not encrypted.",
                "ok",
            )
            self.ui.cancel_button.setText("Close")
            self.ui.export_button.setEnabled(False)
        elif isinstance(error, LcsError):
            show_message(self.ui.status_label, None)
            show_error(self.ui.error_label, error.message)
        else:
            assert isinstance(error, BaseException)
            sys.excepthook(type(error), error, error.__traceback__)

    def _on_cancel_button_clicked(self) -> None:
        if self.job is not None:
            self.job.cancelled.set()
            show_message(self.ui.status_label, "Cancelling…")
            return
        self.accept() if self.result_info is not None else self.reject()


def add_export_button(
    page: QWidget,
    layout: QHBoxLayout,
    session: SignedIn,
    registers: tuple[Register, ...],
    current_filter: Callable[[], RegisterFilter],
) -> QPushButton:
    """The "Export…" button a list page adds to its button row (hidden from a role the
    service would refuse). The dialog gets the filter as it stands when it is opened."""
    from lcs_desktop.services.register_export import may_export

    button = QPushButton("E&xport…", page)
    button.setObjectName("export_button")
    button.setToolTip("Save the rows shown as an Excel workbook or a CSV file (not encrypted)")
    layout.addWidget(button)
    button.setVisible(may_export(session.user, registers[0]))

    def open_dialog() -> None:
        dialog = RegisterExportDialog(session, registers, current_filter(), page)
        dialog.exec()

    button.clicked.connect(open_dialog)
    return button
