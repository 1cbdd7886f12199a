"""Import people from the HR spreadsheet's CSV: a preview of every row first; any bad row
and nothing is imported (the list says which rows and why)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QListWidgetItem, QWidget

from lcs_desktop.domain.errors import LcsError
from lcs_desktop.gui.forms.ui_import_people_dialog import Ui_ImportPeopleDialog
from lcs_desktop.gui.style import show_error, show_message

if TYPE_CHECKING:
    from lcs_desktop.services.people import ImportPreview
    from lcs_desktop.services.session import SignedIn

MAX_READ = 20 * 1024 * 1024 + 1  # the service refuses anything larger with its own message


class ImportPeopleDialog(QDialog):
    def __init__(self, session: SignedIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportPeopleDialog()
        self.ui.setupUi(self)
        self._session = session
        self._data: bytes | None = None
        self.preview: ImportPreview | None = None
        self.imported = 0
        self.ui.file_edit.setReadOnly(True)
        self.ui.file_edit.setPlaceholderText("no file chosen yet")
        self.ui.problems_list.hide()
        self.ui.import_button.setEnabled(False)
        show_error(self.ui.error_label, None)
        self.ui.summary_label.hide()
        self.ui.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.ui.import_button.clicked.connect(self._on_import_button_clicked)
        self.ui.cancel_button.clicked.connect(self.reject)
        self.ui.choose_button.setDefault(True)

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
        try:
            with path.open("rb") as handle:
                data = handle.read(MAX_READ)
            preview = self._session.people.preview_import(self._session.user, data)
        except OSError as exc:
            self._show_summary(f"The file cannot be read ({exc.strerror}).", "error", [])
            return
        except LcsError as exc:
            self._show_summary(exc.message, "error", [])
            return
        self._data, self.preview = data, preview
        problems = preview.messages()
        if preview.ok:
            count = len(preview.rows)
            notes = preview.notes()
            flagged = f" {len(notes)} row{'s' if len(notes) != 1 else ''} to look at first." if notes else ""
            self._show_summary(
                f"{count} {'person is' if count == 1 else 'people are'} ready to import. "
                f"{preview.describe_file()} Check each date of birth below, in words.{flagged} "
                "Nothing is saved until you choose Import.",
                "ok",
                [*notes, *preview.row_lines()],
                "People read from the file",
            )
            self.ui.import_button.setEnabled(True)
            self.ui.import_button.setDefault(True)
        else:
            good = len(preview.rows)
            self._show_summary(
                f"Nothing can be imported from this file: {len(problems)} "
                f"problem{'s' if len(problems) != 1 else ''} found"
                + (f" ({good} other row{'s' if good != 1 else ''} are fine)" if good else "")
                + ". Correct the file in the spreadsheet, save it again, and choose it again.",
                "error",
                problems,
            )

    def _show_summary(
        self, text: str, role: str, problems: list[str], list_name: str = "Problems found in the file"
    ) -> None:
        show_message(self.ui.summary_label, text, role)
        self.ui.problems_list.setAccessibleName(list_name)  # the list holds problems or people
        self.ui.problems_list.clear()
        for problem in problems:
            self.ui.problems_list.addItem(QListWidgetItem(problem))
        self.ui.problems_list.setVisible(bool(problems))

    def _on_import_button_clicked(self) -> None:
        if self._data is None:
            return
        try:
            self.imported = self._session.people.import_people(self._session.user, self._data)
        except LcsError as exc:  # the file changed underneath, or a reference was taken meanwhile
            show_error(self.ui.error_label, exc.message)
            preview = getattr(exc, "preview", None)
            if preview is not None:
                self._show_summary("Nothing was imported.", "error", preview.messages())
            self.ui.import_button.setEnabled(False)
            return
        self.accept()
