"""Restore a backup from Settings › Backups (administrators).

Pick the ``.lcsbackup`` file, see what it is and what will happen, confirm with the password as
it was in the backup; then the app controller signs out (the running app holds the data
folder's lock), ``services.backup_restore.restore_in_app`` runs off the GUI thread with the
same checks as the ``admin restore`` command, and the sign-in window says the result in one
sentence. A refused restore leaves the current data as it was."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QProgressDialog, QPushButton, QWidget

from lcs_desktop.domain.errors import LcsError
from lcs_desktop.domain.roles import Permission
from lcs_desktop.gui.style import show_error, show_message
from lcs_desktop.gui.tasks import run_task

if TYPE_CHECKING:
    from lcs_desktop.gui.app_controller import AppController
    from lcs_desktop.gui.pages.settings_page import SettingsPage
    from lcs_desktop.paths import AppPaths


def add_restore_button(page: SettingsPage, row: QHBoxLayout, after: QWidget) -> QPushButton | None:
    """A "Restore a backup…" button beside "Back up now", for administrators only."""
    session = page._session
    if not session.user.can(Permission.MANAGE_BACKUPS) or not hasattr(type(session), "backups"):
        return None
    button = QPushButton("Restore a backup…", after.parentWidget())
    button.setObjectName("restore_backup_button")
    row.insertWidget(row.indexOf(after) + 1, button)
    QWidget.setTabOrder(after, button)
    button.clicked.connect(lambda: start_restore(page))
    page.restore_backup_button = button  # type: ignore[attr-defined]
    return button


def choose_file(page: SettingsPage) -> Path | None:
    """The file dialog; a separate function so tests can give a file."""
    folder = ""
    with contextlib.suppress(LcsError):
        folder = str(page._session.backups.folder())
    chosen, _ = QFileDialog.getOpenFileName(
        page, "Choose the backup to restore", folder, "LCS backups (*.lcsbackup)"
    )
    return Path(chosen) if chosen else None


def start_restore(page: SettingsPage) -> None:
    from lcs_desktop.gui.restore_dialog import RestoreDialog
    from lcs_desktop.services.backup_restore import describe_backup

    session = page._session
    path = choose_file(page)
    if path is None:
        return
    try:
        summary = describe_backup(path, session.workspace.db_id)
    except LcsError as exc:
        show_error(page.ui.backups_message_label, exc.message)
        return
    dialog = RestoreDialog(summary, session.user.username, page)
    page.restore_dialog = dialog  # type: ignore[attr-defined]
    if dialog.exec() != RestoreDialog.DialogCode.Accepted:
        return
    window = page.window()
    signal = getattr(window, "restore_requested", None)
    if signal is None:
        show_error(page.ui.backups_message_label, "Restore from the sign-in window is not available here.")
        return
    try:
        session.backups.note_restore_started(session.user, path)
    except LcsError as exc:
        show_error(page.ui.backups_message_label, exc.message)
        return
    signal.emit(path, dialog.password())


def run_restore(
    controller: AppController, paths: AppPaths, backup: Path, username: str, password: str
) -> None:
    """After sign-out: restore off the GUI thread, a busy dialog meanwhile, then sign-in."""
    from lcs_desktop.services.backup_restore import restore_in_app, result_sentence

    progress = QProgressDialog("Checking and restoring the backup…", "", 0, 0)
    progress.setObjectName("restore_progress")
    progress.setWindowTitle("Restoring a backup")
    progress.setCancelButton(None)  # replacing the data cannot stop half-way
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.setMinimumDuration(0)
    progress.show()
    controller.restore_progress = progress  # type: ignore[attr-defined]

    def finished(message: str, role: str = "error") -> None:
        progress.close()
        progress.deleteLater()
        controller.restore_message = message  # type: ignore[attr-defined]
        window = controller.show_sign_in()
        show_message(window.ui.error_label, message, role)
        controller.restore_finished.emit(message)

    def done(result: object) -> None:
        finished(result_sentence(result), "ok")  # type: ignore[arg-type]

    def failed(error: LcsError) -> None:
        finished(f"The backup was not restored: {error.message} Your data is as it was before.")

    run_task(lambda: restore_in_app(paths, backup, username, password), done, failed)
