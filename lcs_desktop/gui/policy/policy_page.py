"""The Policy page (issue 10): the policy register's versions (the lead) and who has
acknowledged which version (the lead and managers), with import from CSV and export of who
has not yet acknowledged. The GUI hides what a role may not do; the services refuse it."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from lcs_desktop.domain.errors import LcsError
from lcs_desktop.domain.people import format_date
from lcs_desktop.domain.roles import Permission
from lcs_desktop.gui.forms.ui_policy_page import Ui_PolicyPage
from lcs_desktop.gui.page_spec import PageContext
from lcs_desktop.gui.paged_table_model import PagedTableModel, service_fetch
from lcs_desktop.gui.policy.ack_import_dialog import AckImportDialog
from lcs_desktop.gui.policy.policy_dialogs import (
    AcknowledgementDialog,
    PolicyApprovalDialog,
    PolicyTextDialog,
    PolicyVersionDialog,
)
from lcs_desktop.gui.style import repolish, show_message
from lcs_desktop.gui.table_fit import fit_columns
from lcs_desktop.gui.tasks import run_task

if TYPE_CHECKING:
    from lcs_desktop.services.policy_ack_export import ExportedAcknowledgements
    from lcs_desktop.services.policy_acks import AckRow
    from lcs_desktop.services.policy_register import VersionRow

_Index = QModelIndex | QPersistentModelIndex
VERSION_COLUMNS = ("Version", "Title", "Approved on", "Approved by", "Next review", "In force")
ACK_COLUMNS = (
    ("Name", lambda r: r.full_name),
    ("Reference", lambda r: r.reference),
    ("Kind", lambda r: r.kind.label),
    ("Acknowledged on", lambda r: format_date(r.acknowledged_on) or "Not yet"),
    ("How", lambda r: (r.method or "").capitalize()),
)


class VersionsModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[VersionRow] = []

    def set_rows(self, rows: list[VersionRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(VERSION_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return VERSION_COLUMNS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        v = self.rows[index.row()]
        return (
            v.label,
            v.title,
            format_date(v.approved_on) or "Not yet approved",
            v.approved_by or ("Not recorded" if v.approved_on else ""),
            format_date(v.next_review_on),
            "In force" if v.in_force else "",
        )[index.column()]


class PolicyPage(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PolicyPage()
        self.ui.setupUi(self)
        repolish(self.ui.title_label)
        self._session = context.session
        user = self._session.user
        ui = self.ui
        self.versions_model = VersionsModel(self)
        ui.versions_table.setModel(self.versions_model)
        fit_columns(ui.versions_table, stretch=1)
        self.acks_model: PagedTableModel[AckRow] = PagedTableModel(ACK_COLUMNS, parent=self)
        ui.acks_table.setModel(self.acks_model)
        fit_columns(ui.acks_table, stretch=0)
        self.acks_model.on_read_failed = self._show_error
        self.manages = user.can(Permission.MANAGE_POLICY)
        self.records = user.can(Permission.RECORD_ACKNOWLEDGEMENTS)
        ui.tabs.setTabVisible(0, self.manages)  # a manager sees the acknowledgements only
        ui.tabs.setTabVisible(1, self.records)
        ui.tabs.setCurrentIndex(0 if self.manages else 1)
        show_message(ui.message_label, None)
        ui.view_text_button.clicked.connect(self._on_view_text_button_clicked)
        ui.versions_table.doubleClicked.connect(self._on_view_text_button_clicked)
        ui.add_version_button.clicked.connect(self._on_add_version_button_clicked)
        ui.approve_button.clicked.connect(self._on_approve_button_clicked)
        ui.version_combo.currentIndexChanged.connect(self.refresh_acknowledgements)
        ui.pending_only_check.toggled.connect(self.refresh_acknowledgements)
        ui.record_button.clicked.connect(self._on_record_button_clicked)
        ui.acks_table.doubleClicked.connect(self._on_record_button_clicked)
        ui.import_button.clicked.connect(self._on_import_button_clicked)
        ui.export_button.clicked.connect(self._on_export_button_clicked)
        ui.versions_table.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.acks_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    # -- reading ---------------------------------------------------------------------------

    def refresh(self, *, follow_current: bool = False) -> None:
        """Re-read the register; the version chosen stays unless ``follow_current`` (a new version
        came into force) or it is gone."""
        s = self._session
        try:
            versions = s.policy.list_versions(s.user)
        except LcsError as exc:
            self._show_error(exc)
            return
        self.versions_model.set_rows(versions)
        if versions:
            self.ui.versions_table.selectRow(0)
        combo = self.ui.version_combo
        chosen = None if follow_current else combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for v in versions:
            if v.approved_on is not None:
                combo.addItem(f"{v.label}" + (" (in force)" if v.in_force else ""), v.id)
        current = next((v.id for v in versions if v.in_force), None)
        found = combo.findData(chosen) if chosen is not None else -1
        combo.setCurrentIndex(found if found >= 0 else max(0, combo.findData(current)))
        combo.blockSignals(False)
        self.refresh_acknowledgements()

    def version(self) -> VersionRow | None:
        """The version the acknowledgements tab shows."""
        wanted = self.ui.version_combo.currentData()
        return next((v for v in self.versions_model.rows if v.id == wanted), None)

    def refresh_acknowledgements(self, *_args: object) -> None:
        version = self.version()
        if not self.records or version is None:
            self.acks_model.set_source(None)
            self._update_buttons()
            return
        s, pending = self._session, self.ui.pending_only_check.isChecked()
        try:
            total = s.acknowledgements.count(s.user, version.id, pending_only=pending)
            read = partial(s.acknowledgements.list_acknowledgements, s.user, version.id, pending_only=pending)
            self.acks_model.set_source(service_fetch(read), total)
        except LcsError as exc:
            self._show_error(exc)
            return
        waiting = s.acknowledgements.count(s.user, version.id, pending_only=True) if not pending else total
        self.ui.count_label.setText(
            f"{waiting} not yet acknowledged" + ("" if pending else f" · {total} listed")
        )
        if self.acks_model.rowCount():
            self.ui.acks_table.selectRow(0)
        self._update_buttons()

    def _show_error(self, error: LcsError) -> None:
        show_message(self.ui.message_label, error.message, "error")

    def selected_version(self) -> VersionRow | None:
        rows = self.ui.versions_table.selectionModel().selectedRows()
        return self.versions_model.rows[rows[0].row()] if rows and self.versions_model.rows else None

    def selected_person(self) -> AckRow | None:
        rows = self.ui.acks_table.selectionModel().selectedRows()
        return self.acks_model.row_or_none(rows[0].row()) if rows else None

    def _update_buttons(self, *_args: object) -> None:
        ui = self.ui
        version = self.selected_version()
        ui.view_text_button.setEnabled(version is not None)
        ui.add_version_button.setVisible(self.manages)
        ui.approve_button.setVisible(self.manages)
        ui.approve_button.setEnabled(version is not None)
        person = self.selected_person()
        ui.record_button.setEnabled(person is not None and person.pending)
        has_version = self.version() is not None
        ui.import_button.setEnabled(has_version)
        ui.export_button.setEnabled(has_version)

    # -- versions --------------------------------------------------------------------------

    def _on_view_text_button_clicked(self, *_args: object) -> None:
        version = self.selected_version()
        if version is None:
            return
        s = self._session
        try:
            text = s.policy.version_text(s.user, version.id)
        except LcsError as exc:
            self._show_error(exc)
            return
        PolicyTextDialog(version, text, self).exec()

    def _on_add_version_button_clicked(
        self, *_args: object, dialog: PolicyVersionDialog | None = None
    ) -> None:
        dialog = dialog or PolicyVersionDialog(self._session, self)
        if dialog.exec():
            show_message(
                self.ui.message_label,
                "The version is added as a draft. Record its approval to bring it into force.",
                "ok",
            )
            self.refresh()

    def _on_approve_button_clicked(self, *_args: object, dialog: PolicyApprovalDialog | None = None) -> None:
        version = self.selected_version()
        if version is None:
            return
        dialog = dialog or PolicyApprovalDialog(self._session, version, self)
        if dialog.exec():
            show_message(
                self.ui.message_label,
                f"Version {version.label}'s approval is recorded; its next review is on "
                f"{format_date(dialog.next_review)}.",
                "ok",
            )
            self.refresh(follow_current=True)

    # -- acknowledgements ------------------------------------------------------------------

    def _on_record_button_clicked(self, *_args: object, dialog: AcknowledgementDialog | None = None) -> None:
        person, version = self.selected_person(), self.version()
        if person is None or version is None or not person.pending:
            return
        dialog = dialog or AcknowledgementDialog(
            self._session, person, version, self._session.workspace.today(), self
        )
        if dialog.exec():
            show_message(self.ui.message_label, f"Acknowledgement recorded for {person.reference}.", "ok")
            self.refresh_acknowledgements()

    def _on_import_button_clicked(self, *_args: object, dialog: AckImportDialog | None = None) -> None:
        version = self.version()
        if version is None:
            return
        dialog = dialog or AckImportDialog(self._session, version, self)
        if dialog.exec():
            count = dialog.imported
            show_message(
                self.ui.message_label,
                f"{count} acknowledgement{'s' if count != 1 else ''} imported.",
                "ok",
            )
            self.refresh_acknowledgements()

    def _on_export_button_clicked(self) -> None:
        from lcs_desktop.services.policy_ack_export import suggested_name
        from lcs_desktop.services.register_export import NOT_ENCRYPTED_WARNING

        version = self.version()
        if version is None:
            return
        answer = QMessageBox.question(
            self,
            "Export who has not yet acknowledged?",
            f"The list of who has not yet acknowledged version {version.label} is saved as a spreadsheet.\n\n"
            f"{NOT_ENCRYPTED_WARNING}",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        start = str(Path(folder) / suggested_name(version.label, self._session.workspace.today()))
        name, chosen = QFileDialog.getSaveFileName(
            self, "Export", start, "Excel workbook (*.xlsx);;CSV file (*.csv)"
        )
        if name:
            self.export_to(Path(name), "csv" if "csv" in chosen.lower() else "xlsx")

    def export_to(self, path: Path, file_format: str) -> None:
        """Write the pending list off the GUI thread; say where it went and that it is not encrypted."""
        from lcs_desktop.services.register_export import NOT_ENCRYPTED_WARNING

        version = self.version()
        if version is None:
            return
        s = self._session
        self.ui.export_button.setEnabled(False)
        show_message(self.ui.message_label, "Exporting… a long list takes a little while.", "hint")

        def done(result: ExportedAcknowledgements) -> None:
            self.ui.export_button.setEnabled(True)
            show_message(
                self.ui.message_label,
                f"Saved {result.rows} row{'s' if result.rows != 1 else ''} to {result.path}. "
                + NOT_ENCRYPTED_WARNING,
                "ok",
            )

        def failed(error: LcsError) -> None:
            self.ui.export_button.setEnabled(True)
            self._show_error(error)

        run_task(lambda: s.acknowledgements.export(s.user, path, file_format, version.id), done, failed)
