"""Import acknowledgements from a CSV file: a preview of every row first (dates in words), as the
people import shows it; any bad row and nothing is imported. Uses the people import's form."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QListWidgetItem, QWidget

from lcs_desktop.domain.errors import LcsError
from lcs_desktop.gui.forms.ui_import_people_dialog import Ui_ImportPeopleDialog
from lcs_desktop.gui.style import show_error, show_message

if TYPE_CHECKING:
    from lcs_desktop.services.policy_ack_import import AckImportPreview
    from lcs_desktop.services.policy_register import VersionRow
    from lcs_desktop.services.session import SignedIn

MAX_READ = 20 * 1024 * 1024 + 1  # the service refuses anything larger with its own message


class AckImportDialog(QDialog):
    def __init__(self, session: SignedIn, version: VersionRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportPeopleDialog()
        self.ui.setupUi(self)
        self._session, self._version = session, version
        self._data: bytes | None = None
        self.preview: AckImportPreview | None = None
        self.imported = 0
        ui = self.ui
        self.setWindowTitle("Import acknowledgements from a CSV file")
        ui.intro_label.setText(
            f"Choose a CSV file of acknowledgements of version {version.label}. The first row names the "
            "columns: reference (the person's reference in LCS Desktop) and acknowledged_on (a date such as "
            "03/12/2025 or 3 December 2025); other columns are ignored. If any row has a problem, nothing "
            "is imported."
        )
        ui.file_edit.setReadOnly(True)
        ui.file_edit.setPlaceholderText("no file chosen yet")
        ui.problems_list.hide()
        ui.import_button.setEnabled(False)
        show_error(ui.error_label, None)
        ui.summary_label.hide()
        ui.choose_button.clicked.connect(self._on_choose_button_clicked)
        ui.import_button.clicked.connect(self._on_import_button_clicked)
        ui.cancel_button.clicked.connect(self.reject)
        ui.choose_button.setDefault(True)

    def _on_choose_button_clicked(self) -> None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _ = QFileDialog.getOpenFileName(
            self, "Choose the CSV file", start, "CSV files (*.csv);;All files (*)"
        )
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        """Read and check the file (nothing is written) and show the result."""
        self.ui.file_edit.setText(str(path))
        self._data, self.preview = None, None
        self.ui.import_button.setEnabled(False)
        s = self._session
        try:
            with path.open("rb") as handle:
                data = handle.read(MAX_READ)
            preview = s.acknowledgements.preview_import(s.user, data, self._version.id)
        except OSError as exc:
            self._show_summary(f"The file cannot be read ({exc.strerror}).", "error", [])
            return
        except LcsError as exc:
            self._show_summary(exc.message, "error", [])
            return
        self._data, self.preview = data, preview
        problems = preview.messages()
        notes = preview.notes()
        if preview.ok:
            count = len(preview.rows)
            self._show_summary(
                f"{count} acknowledgement{' is' if count == 1 else 's are'} ready to import. "
                f"{preview.describe_file()} Check each date below, in words. Nothing is saved until you "
                "choose Import.",
                "ok",
                [*notes, *preview.row_lines()],
                "Acknowledgements read from the file",
            )
            self.ui.import_button.setEnabled(True)
            self.ui.import_button.setDefault(True)
        elif not problems:
            self._show_summary(
                "Everyone in this file has already acknowledged: nothing to import.", "hint", notes
            )
        else:
            self._show_summary(
                f"Nothing can be imported from this file: {len(problems)} "
                f"problem{'s' if len(problems) != 1 else ''} found. Correct the file in the spreadsheet, "
                "save it again, and choose it again.",
                "error",
                problems,
            )

    def _show_summary(
        self, text: str, role: str, lines: list[str], list_name: str = "Problems found in the file"
    ) -> None:
        show_message(self.ui.summary_label, text, role)
        self.ui.problems_list.setAccessibleName(list_name)
        self.ui.problems_list.clear()
        for line in lines:
            self.ui.problems_list.addItem(QListWidgetItem(line))
        self.ui.problems_list.setVisible(bool(lines))

    def _on_import_button_clicked(self) -> None:
        if self._data is None:
            return
        s = self._session
        try:
            self.imported = s.acknowledgements.import_acknowledgements(s.user, self._data, self._version.id)
        except LcsError as exc:  # the file changed underneath, or someone recorded one meanwhile
            show_error(self.ui.error_label, exc.message)
            preview = getattr(exc, "preview", None)
            if preview is not None:
                self._show_summary("Nothing was imported.", "error", preview.messages())
            self.ui.import_button.setEnabled(False)
            return
        self.accept()
