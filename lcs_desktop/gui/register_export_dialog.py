"""Export a list page's register (the rows it shows, with its filter) to an Excel workbook or
a CSV file, on a worker thread with Cancel. The dialog says plainly, before and after, that
the file is not encrypted; the file name names the register and the date, never a person."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt, QThreadPool, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from lcs_desktop.domain.errors import LcsError
from lcs_desktop.gui.pdf_export import ExportJob
from lcs_desktop.gui.style import show_error, show_message

if TYPE_CHECKING:
    from lcs_desktop.services.register_export import ExportedRegister
    from lcs_desktop.services.registers import Register, RegisterFilter
    from lcs_desktop.services.session import SignedIn


class RegisterExportDialog(QDialog):
    def __init__(
        self,
        session: SignedIn,
        registers: tuple[Register, ...],
        flt: RegisterFilter,
        parent: QWidget | None = None,
    ) -> None:
        from lcs_desktop.services.register_export import NOT_ENCRYPTED_WARNING

        super().__init__(parent)
        self.setWindowTitle("Export to a spreadsheet")
        self._session, self._filter = session, flt
        self.job: ExportJob | None = None
        self.result_info: ExportedRegister | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            "The rows the list shows now, with its filter, saved as a spreadsheet. The export is "
            "recorded in the audit log with the file's SHA-256 fingerprint.",
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.register_combo = QComboBox(self)
        self.register_combo.setObjectName("register_combo")
        for register in registers:
            self.register_combo.addItem(register.label, register.value)
        label = QLabel("&Register:", self)
        label.setBuddy(self.register_combo)
        form.addRow(label, self.register_combo)
        label.setVisible(len(registers) > 1)
        self.register_combo.setVisible(len(registers) > 1)
        formats = QHBoxLayout()
        self.xlsx_radio = QRadioButton("&Excel workbook (.xlsx)", self)
        self.csv_radio = QRadioButton("&CSV file (.csv)", self)
        self.xlsx_radio.setChecked(True)
        formats.addWidget(self.xlsx_radio)
        formats.addWidget(self.csv_radio)
        formats.addStretch(1)
        form.addRow("File type:", formats)
        location = QHBoxLayout()
        self.location_edit = QLineEdit(self)
        self.location_edit.setObjectName("location_edit")
        self.location_edit.setAccessibleName("Save to")
        self.browse_button = QPushButton("&Browse…", self)
        location.addWidget(self.location_edit, 1)
        location.addWidget(self.browse_button)
        save_label = QLabel("&Save to:", self)
        save_label.setBuddy(self.location_edit)
        form.addRow(save_label, location)
        layout.addLayout(form)
        self.warning_label = QLabel(NOT_ENCRYPTED_WARNING, self)
        self.warning_label.setObjectName("warning_label")
        self.warning_label.setWordWrap(True)
        show_message(self.warning_label, NOT_ENCRYPTED_WARNING, "error")
        layout.addWidget(self.warning_label)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.hide()
        layout.addWidget(self.progress_bar)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        show_message(self.status_label, None)
        layout.addWidget(self.status_label)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        show_message(self.error_label, None, "error")
        layout.addWidget(self.error_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.export_button = QPushButton("E&xport", self)
        self.export_button.setDefault(True)
        self.cancel_button = QPushButton("Cancel", self)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self._set_location()
        self.register_combo.currentIndexChanged.connect(self._set_location)
        self.xlsx_radio.toggled.connect(self._on_format_changed)
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.resize(560, 300)

    # -- choices ----------------------------------------------------------------------------

    def _register(self) -> Register:
        from lcs_desktop.services.registers import Register

        return Register(self.register_combo.currentData())

    @property
    def file_format(self) -> str:
        return "xlsx" if self.xlsx_radio.isChecked() else "csv"

    def _set_location(self, *_args: object) -> None:
        from lcs_desktop.services.people import london_today
        from lcs_desktop.services.register_export import suggested_name

        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        current = Path(self.location_edit.text()).parent if self.location_edit.text() else None
        base = current if current and current.is_dir() else Path(folder or Path.home())
        name = suggested_name(self._register(), self.file_format, london_today())
        self.location_edit.setText(str(base / name))

    def _on_format_changed(self, *_args: object) -> None:
        path = Path(self.location_edit.text())
        self.location_edit.setText(str(path.with_suffix(f".{self.file_format}")))

    def _on_browse_button_clicked(self) -> None:
        kind = "Excel workbook (*.xlsx)" if self.file_format == "xlsx" else "CSV file (*.csv)"
        name, _ = QFileDialog.getSaveFileName(self, "Save the register", self.location_edit.text(), kind)
        if name:
            self.location_edit.setText(name)

    # -- the export -------------------------------------------------------------------------

    def start(self) -> None:
        target = self.location_edit.text().strip()
        if not target:
            show_error(self.error_label, "Choose where to save the file.")
            return
        show_error(self.error_label, None)
        registers, user = self._session.registers, self._session.user
        register, file_format, flt = self._register(), self.file_format, self._filter

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> ExportedRegister:
            return registers.export(user, register, target, file_format, flt, progress, cancelled)

        self.job = ExportJob(work)
        self.job.relay.progress.connect(self._on_progress)
        self.job.relay.finished.connect(self._on_finished)
        self._busy(True)
        show_message(self.status_label, "Saving the spreadsheet…")
        QThreadPool.globalInstance().start(self.job)

    def _busy(self, busy: bool) -> None:
        self.progress_bar.setVisible(busy)
        self.progress_bar.setRange(0, 0)  # rows are counted as they come: no total to show
        for widget in (self.export_button, self.browse_button, self.location_edit, self.register_combo):
            widget.setEnabled(not busy)
        self.xlsx_radio.setEnabled(not busy)
        self.csv_radio.setEnabled(not busy)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        show_message(self.status_label, f"Saving the spreadsheet… {done:,} rows read.")

    @Slot(object, object)
    def _on_finished(self, result: object, error: object) -> None:
        self.job = None
        self._busy(False)
        if error is None:
            info: ExportedRegister = result  # type: ignore[assignment]
            self.result_info = info
            rows = f"{info.rows:,} row{'s' if info.rows != 1 else ''}"
            show_message(
                self.status_label,
                f"Saved {rows} to {info.path}. SHA-256: {info.sha256}. Remember: this file is not encrypted.",
                "ok",
            )
            self.cancel_button.setText("Close")
            self.export_button.setEnabled(False)
        elif isinstance(error, LcsError):
            show_message(self.status_label, None)
            show_error(self.error_label, error.message)
        else:
            assert isinstance(error, BaseException)
            sys.excepthook(type(error), error, error.__traceback__)

    def _on_cancel_button_clicked(self) -> None:
        if self.job is not None:
            self.job.cancelled.set()
            show_message(self.status_label, "Cancelling…")
            return
        self.accept() if self.result_info is not None else self.reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.job is not None:  # never leave a half-written export behind a closed window
            self.job.cancelled.set()
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:
        if self.job is not None:
            self.job.cancelled.set()
            return
        super().reject()


def add_export_button(
    page: QWidget,
    layout: QHBoxLayout,
    session: SignedIn,
    registers: tuple[Register, ...],
    current_filter: Callable[[], RegisterFilter],
) -> QPushButton:
    """The "Export…" button a list page adds to its button row (hidden from a role the
    service would refuse). The dialog gets the filter as it stands when it is opened."""
    button = QPushButton("E&xport…", page)
    button.setObjectName("export_button")
    button.setToolTip("Save the rows shown as an Excel workbook or a CSV file (not encrypted)")
    layout.addWidget(button)
    button.setVisible(session.registers.may_export(session.user, registers[0]))

    def open_dialog() -> None:
        dialog = RegisterExportDialog(session, registers, current_filter(), page)
        page.export_dialog = dialog  # type: ignore[attr-defined]  # for tests
        dialog.exec()

    button.clicked.connect(open_dialog)
    return button
