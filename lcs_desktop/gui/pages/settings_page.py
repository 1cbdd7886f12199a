"""Settings: my account (everyone), the organisation (administrators), backups (administrators)."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QTableWidgetItem, QWidget

from lcs_desktop.domain.errors import LcsError, ValidationError
from lcs_desktop.domain.roles import Permission
from lcs_desktop.domain.settings import OrgSettings
from lcs_desktop.gui.formatting import date_time_text, size_text
from lcs_desktop.gui.forms.ui_settings_page import Ui_SettingsPage
from lcs_desktop.gui.page_spec import PageContext
from lcs_desktop.gui.style import show_error, show_message
from lcs_desktop.gui.table_fit import fit_columns
from lcs_desktop.gui.tasks import run_task

if TYPE_CHECKING:
    from lcs_desktop.services.backups import BackupInfo

BACKUP_COLUMNS = ("Made", "Kind", "Size", "File")


class SettingsPage(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        self._context = context
        self._session = context.session
        self.busy = False
        user = self._session.user
        self._settings = self._session.settings.get()
        show_error(self.ui.settings_error_label, None)
        show_error(self.ui.backups_message_label, None)
        self.ui.backup_progress_bar.hide()
        self.ui.organisation_group.setVisible(user.can(Permission.MANAGE_SETTINGS))
        self.ui.backups_group.setVisible(user.can(Permission.MANAGE_BACKUPS))
        self._load_settings(self._settings)
        self._load_remember()
        self.ui.change_password_button.clicked.connect(self._on_change_password_button_clicked)
        self.ui.remember_me_check.toggled.connect(self._on_remember_me_check_toggled)
        self.ui.save_settings_button.clicked.connect(self._on_save_settings_button_clicked)
        self.ui.browse_backup_folder_button.clicked.connect(self._on_browse_backup_folder_button_clicked)
        self.ui.backup_now_button.clicked.connect(self._on_backup_now_button_clicked)
        table = self.ui.backups_table
        table.setColumnCount(len(BACKUP_COLUMNS))
        table.setHorizontalHeaderLabels(BACKUP_COLUMNS)
        fit_columns(table, stretch=len(BACKUP_COLUMNS) - 1)  # every heading whole, the file takes the rest
        if user.can(Permission.MANAGE_BACKUPS):
            self._load_backups()
        from lcs_desktop.gui.restore_flow import add_restore_button

        add_restore_button(self, self.ui.backup_now_layout, self.ui.backup_now_button)
        self.retention_group = self._add_retention() if user.can(Permission.MANAGE_RETENTION) else None

    def _add_retention(self) -> QWidget:
        """Settings › Retention (lead and administrator): the schedule, below the backups."""
        from lcs_desktop.gui.retention.schedule_widget import RetentionScheduleWidget

        group = RetentionScheduleWidget(self._session, self)
        layout = self.ui.main_layout
        layout.insertWidget(layout.indexOf(self.ui.backups_group) + 1, group)
        return group

    # -- my account ----------------------------------------------------------------------

    def _on_change_password_button_clicked(self) -> None:
        from lcs_desktop.gui.change_password_dialog import ChangePasswordDialog

        if ChangePasswordDialog(self._session, parent=self).exec():
            self._load_remember()  # a new password ends "remember me" on this PC
            show_error(self.ui.remember_me_note_label, "Your password has been changed.")

    def _remembered_here(self) -> bool:
        try:
            return bool(self._session.workspace.slots.has_remember(self._session.user.username))
        except Exception:
            return False

    def _load_remember(self) -> None:
        check = self.ui.remember_me_check
        check.blockSignals(True)
        check.setChecked(self._remembered_here())
        check.blockSignals(False)
        allowed = self._settings.remember_me_allowed
        has_store = bool(getattr(self._session.secrets, "available", False))
        check.setEnabled((allowed and has_store) or check.isChecked())
        if not allowed:
            note = "Your administrator does not allow 'remember me' on this office's PCs."
        elif not has_store:
            note = "This PC has no secure password store, so it cannot remember you."
        else:
            note = (
                "Only for a PC that you alone use and that locks when you leave it. Anyone who can "
                "use your Windows account could then open LCS Desktop as you."
            )
        show_error(self.ui.remember_me_note_label, note)

    def _on_remember_me_check_toggled(self, enabled: bool) -> None:
        session = self._session
        try:
            session.accounts.remember_on_this_pc(session.user, enabled)
        except LcsError as exc:
            show_error(self.ui.remember_me_note_label, exc.message)
        self._load_remember()

    # -- organisation --------------------------------------------------------------------

    def _load_settings(self, settings: OrgSettings) -> None:
        self.ui.organisation_name_edit.setText(settings.organisation_name)
        self.ui.idle_lock_spin.setValue(settings.idle_lock_minutes)
        self.ui.remember_allowed_check.setChecked(settings.remember_me_allowed)
        self.ui.backup_folder_edit.setText(settings.backup_folder)
        self.ui.backup_max_age_spin.setValue(settings.backup_max_age_months)

    def _on_browse_backup_folder_button_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, "Choose the backups folder", self.ui.backup_folder_edit.text()
        )
        if chosen:
            self.ui.backup_folder_edit.setText(chosen)

    def _on_save_settings_button_clicked(self) -> None:
        wanted = dataclasses.replace(
            self._settings,
            organisation_name=self.ui.organisation_name_edit.text().strip(),
            idle_lock_minutes=self.ui.idle_lock_spin.value(),
            remember_me_allowed=self.ui.remember_allowed_check.isChecked(),
            backup_folder=self.ui.backup_folder_edit.text().strip(),
            backup_max_age_months=self.ui.backup_max_age_spin.value(),
        )
        try:
            self._settings = self._session.settings.update(self._session.user, wanted)
        except LcsError as exc:
            show_message(self.ui.settings_error_label, exc.message, "error")
            field = {
                "organisation_name": self.ui.organisation_name_edit,
                "idle_lock_minutes": self.ui.idle_lock_spin,
                "backup_max_age_months": self.ui.backup_max_age_spin,
            }.get(exc.field or "" if isinstance(exc, ValidationError) else "")
            if field is not None:
                field.setFocus()
            return
        show_message(self.ui.settings_error_label, "Settings saved.", "ok")
        self._load_remember()
        self._context.settings_changed(self._settings)
        if self._session.user.can(Permission.MANAGE_BACKUPS):
            self._load_backups()

    # -- backups -------------------------------------------------------------------------

    def _backups_available(self) -> bool:
        return hasattr(type(self._session), "backups")

    def _load_backups(self) -> None:
        if not self._backups_available():
            self.ui.backup_now_button.setEnabled(False)
            show_error(self.ui.backups_message_label, "Backups are not available in this version.")
            return
        try:
            backups = self._session.backups.list_backups(self._session.user)
        except LcsError as exc:
            show_error(self.ui.backups_message_label, exc.message)
            backups = []
        self.show_backups(backups)

    def show_backups(self, backups: list[BackupInfo]) -> None:
        table = self.ui.backups_table
        table.setRowCount(len(backups))
        for number, info in enumerate(backups):
            kind = "Automatic" if getattr(info, "automatic", False) else "Made by hand"
            values = (date_time_text(info.created_at), kind, size_text(info.size_bytes), str(info.path))
            for column, value in enumerate(values):
                table.setItem(number, column, QTableWidgetItem(value))
        if not backups and not self.ui.backups_message_label.text():
            if getattr(self._session.backups, "automatic", True):
                show_error(
                    self.ui.backups_message_label, "No backups yet. One is made each day after sign-in."
                )
            else:  # an office server: no automatic backup, the lead makes them by hand
                show_error(self.ui.backups_message_label, "No backups yet. Use Back up now to make one.")

    def _on_backup_now_button_clicked(self) -> None:
        if self.busy or not self._backups_available():
            return
        self.busy = True
        self.ui.backup_now_button.setEnabled(False)
        self.ui.backup_progress_bar.show()
        show_error(self.ui.backups_message_label, "Backing up… you can carry on working.")
        session = self._session
        run_task(lambda: session.backups.backup_now(session.user), self._on_backed_up, self._on_backup_failed)

    def _on_backed_up(self, info: BackupInfo) -> None:
        self._finish_backup(f"Backup made and checked: {info.path}")

    def _on_backup_failed(self, error: LcsError) -> None:
        self._finish_backup(f"The backup was not made. {error.message}")

    def _finish_backup(self, message: str) -> None:
        self.busy = False
        self.ui.backup_now_button.setEnabled(True)
        self.ui.backup_progress_bar.hide()
        show_error(self.ui.backups_message_label, None)
        self._load_backups()
        show_error(self.ui.backups_message_label, message)
