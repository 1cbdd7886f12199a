"""Export the disciplinary case pack (redacted by default, or full) or the outcome letter.
The PDF is built on a worker thread with progress and Cancel; the file is named by its
document reference (never a name) and the export, with its SHA-256, is in the audit log."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QWidget

from lcs_desktop.domain.errors import LcsError, ValidationError
from lcs_desktop.gui.fields import confirm_summary
from lcs_desktop.gui.forms.ui_case_export_dialog import Ui_CaseExportDialog
from lcs_desktop.gui.pdf_export import PdfExportDialog, documents_folder
from lcs_desktop.gui.screen_fit import fit_to_screen
from lcs_desktop.gui.style import show_error, show_message

if TYPE_CHECKING:
    from collections.abc import Callable

    from lcs_desktop.services.case_export import ExportedFile
    from lcs_desktop.services.case_types import CaseDetail
    from lcs_desktop.services.session import SignedIn

FULL_WARNING = (
    "The full pack prints the protected names of children, families and third parties. Export it "
    "only where it is needed (a referral, the LADO), keep it out of personnel files, and protect it "
    "with a password."
)


class CaseExportDialog(PdfExportDialog):
    def __init__(self, session: SignedIn, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CaseExportDialog()
        self.ui.setupUi(self)
        self._session, self.detail = session, detail
        self.job = None
        self.exported: list[ExportedFile] = []
        ui = self.ui
        ui.intro_label.setText(
            f"Case {detail.reference}. Files are named by their document reference, never by a person's "
            "name, and every export is recorded in the audit log with the file's SHA-256."
        )
        decided = detail.finding is not None
        ui.letter_radio.setEnabled(decided)
        if not decided:
            ui.letter_radio.setToolTip(
                "Record the decision first: the letter states the finding and outcome."
            )
        ui.location_edit.setText(str(documents_folder()))
        self._wire_controls()
        ui.protect_group.toggled.connect(self._arrange)
        ui.full_radio.toggled.connect(self._on_full_radio_toggled)
        ui.letter_radio.toggled.connect(self._arrange)
        self._on_full_radio_toggled(False)
        # Spare height goes below the form, not between its parts.
        ui.main_layout.insertStretch(ui.main_layout.indexOf(ui.progress_bar), 1)
        fit_to_screen(self, 740, self._tallest_height())

    def _tallest_height(self) -> int:
        """The height with the full pack's warning and the letter's address both shown: opened
        at that, choosing "Full" or "Letter" fills spare room instead of growing the dialog and
        moving its Export button."""
        ui = self.ui
        show_error(ui.full_warning_label, FULL_WARNING)
        ui.address_group.setVisible(True)
        ui.main_layout.activate()
        height = self.sizeHint().height()
        self._arrange()
        return height

    def _on_full_radio_toggled(self, full: bool) -> None:
        self.ui.images_check.setChecked(full)  # the service's default for each copy
        self._arrange()

    def _arrange(self, *_args: object) -> None:
        ui = self.ui
        letter = ui.letter_radio.isChecked()
        ui.address_group.setVisible(letter)
        ui.copy_group.setVisible(not letter)  # a letter has no redacted or full copy
        ui.images_check.setVisible(not letter)
        full = ui.full_radio.isChecked() and not letter
        show_error(ui.full_warning_label, FULL_WARNING if full else None)
        protect = ui.protect_group.isChecked()
        for edit in (ui.password_edit, ui.confirm_password_edit, ui.owner_password_edit):
            edit.setEnabled(protect)
        ui.main_layout.activate()  # grow to show a warning or the address, never clip them
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def _on_browse_button_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Save the PDF in", self.ui.location_edit.text())
        if folder:
            self.ui.location_edit.setText(folder)

    def start(self) -> None:
        ui = self.ui
        show_error(ui.error_label, None)
        try:
            password, owner = self._passwords()
            folder = Path(ui.location_edit.text().strip())
            if not str(folder) or not folder.is_dir():
                raise ValidationError("Choose a folder that exists to save the file in.")
        except LcsError as exc:
            show_error(ui.error_label, exc.message)
            return
        letter = ui.letter_radio.isChecked()
        unprotected_full = ui.full_radio.isChecked() and not letter and password is None
        if unprotected_full and not confirm_summary(
            self,
            "Export without a password?",
            "Export the full pack without a password? This records:",
            [
                "A PDF that anyone who gets the file can open, naming children, families and third parties",
                "Your choice to export it without a password, in the audit log",
            ],
            "Export &without a password",
        ):
            return
        exporter, user, case_id = self._session.case_export, self._session.user, self.detail.id
        redacted = ui.redacted_radio.isChecked()
        images = ui.images_check.isChecked()
        address = tuple(ui.address_edit.toPlainText().splitlines())

        def work(progress: Callable[[int, int], None], is_cancelled: Callable[[], bool]) -> ExportedFile:
            common = {"password": password, "owner_password": owner, "progress": progress}
            if letter:
                return exporter.export_letter(
                    user,
                    case_id,
                    folder,
                    address=address,
                    is_cancelled=is_cancelled,
                    **common,
                )
            return exporter.export_pack(
                user,
                case_id,
                folder,
                redacted=redacted,
                include_images=images,
                is_cancelled=is_cancelled,
                without_password=unprotected_full,
                **common,
            )

        self._run(work)

    def _busy(self, busy: bool) -> None:
        ui = self.ui
        for widget in (
            ui.what_group,
            ui.copy_group,
            ui.address_group,
            ui.location_edit,
            ui.browse_button,
            ui.protect_group,
            ui.export_button,
        ):
            widget.setEnabled(not busy)
        ui.progress_bar.setVisible(busy or ui.progress_bar.value() > 0)
        ui.cancel_button.setText("&Cancel export" if busy else "Close")

    def _succeeded(self, result: object) -> None:
        exported: ExportedFile = result  # type: ignore[assignment]
        self.exported.append(exported)
        kind = "redacted" if exported.redacted else "full"
        pages = f"{exported.pages} page{'s' if exported.pages != 1 else ''}"
        show_message(
            self.ui.status_label,
            f"Saved {exported.path.name} ({kind}, {pages}) in {exported.path.parent}\n"
            f"SHA-256 {exported.sha256}",
            "ok",
        )

    def _has_result(self) -> bool:
        return bool(self.exported)
