"""Changing the database key (administrators): explain, re-encrypt with progress and Cancel,
then offer to delete the backups that still open with the passwords of their day."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QThreadPool, QTimer, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from lcs_desktop.domain.errors import LcsError
from lcs_desktop.gui.forms.ui_key_rotation_dialog import Ui_KeyRotationDialog
from lcs_desktop.gui.pdf_export import ExportJob
from lcs_desktop.gui.style import show_error, show_message
from lcs_desktop.services.office_mode import mode_of_session

if TYPE_CHECKING:
    from lcs_desktop.services.backups import BackupInfo
    from lcs_desktop.services.key_rotation import RotationResult
    from lcs_desktop.services.session import SignedIn

STEPS = 1000
ON_DEMAND = "on_demand"  # services.key_rotation.ON_DEMAND (not imported: the GUI loads it lazily)
Work = Callable[[Callable[[float], None], Callable[[], bool]], "RotationResult | None"]

ON_DEMAND_TEXT = (
    "This re-encrypts all the data under a new key. Do it when someone may have copied a password "
    "or the key file (keyslots.json). Every current password and the recovery key keep working; "
    "a copy of today's key file will no longer open the data.\n\n"
    "Nobody can use LCS Desktop on this PC while it runs (under a minute for most offices). "
    "Cancel leaves the current key in force.\n\n"
    "Backups made before the change still open with the passwords people had when they were made: "
    "you will be offered to delete them afterwards."
)


OWNER_MISSING = "Type IT's database-owner login and its password to change the key on the office server."
CANCELLING = "Cancelling… the current key stays in force."
SERVER_RUNNING = "On the office server the change is one step: it finishes in a moment, or changes nothing."
SERVER_TEXT = (
    "This re-seals everything stored on the office server under a new workspace key, so nobody "
    "who knew the old key (a leaver, or a copied key slot) can read the server's data, or a copy of "
    "it made from now on. Every current password and the recovery key keep working.\n\n"
    "People signed in at other desks are asked to sign in again. It takes about a minute for "
    "most offices and cannot be stopped half-way: it finishes, or changes nothing.\n\n"
    "Backups made before the change still open with the passwords people had when they were made: "
    "you will be offered to delete them afterwards."
)


class KeyRotationDialog(QDialog):
    def __init__(
        self,
        session: SignedIn,
        parent: QWidget | None = None,
        *,
        work: Work | None = None,
        intro: str = ON_DEMAND_TEXT,
        start_now: bool = False,
        reason: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_KeyRotationDialog()
        self.ui.setupUi(self)
        self._session = session
        # On an office server the change is one server transaction made with IT's owner login
        # (services/server_key_change.py): IT types it here, and it cannot stop half-way.
        self._on_server = mode_of_session(session).is_server
        self._work: Work = work or (
            lambda progress, cancelled: session.key_rotation.rotate(
                session.user, reason or ON_DEMAND, progress=progress, cancelled=cancelled, owner=self._owner
            )
        )
        self._owner: tuple[str, str] | None = None
        self.job: ExportJob | None = None
        self.result_: RotationResult | None = None
        self._old_backups: list[BackupInfo] = []
        self.ui.intro_label.setText(SERVER_TEXT if self._on_server and intro is ON_DEMAND_TEXT else intro)
        self.ui.progress_bar.setMaximum(STEPS)
        self.ui.progress_bar.hide()
        self.ui.owner_box.setVisible(self._on_server)
        self.ui.delete_backups_button.hide()
        show_message(self.ui.backups_label, None)
        show_message(self.ui.status_label, None)
        show_error(self.ui.error_label, None)
        self.ui.start_button.clicked.connect(self._on_start_button_clicked)
        self.ui.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.ui.delete_backups_button.clicked.connect(self._on_delete_backups_button_clicked)
        if start_now and not self._on_server:
            self.ui.start_button.hide()
            QTimer.singleShot(0, self._on_start_button_clicked)

    # -- running --------------------------------------------------------------------------

    def _on_start_button_clicked(self) -> None:
        if self.job is not None:
            return
        if self._on_server:
            login, password = self.ui.owner_login_edit.text().strip(), self.ui.owner_password_edit.text()
            if not login or not password:
                show_error(self.ui.error_label, OWNER_MISSING)
                (self.ui.owner_password_edit if login else self.ui.owner_login_edit).setFocus()
                return
            self._owner = (login, password)
            self.ui.owner_password_edit.clear()  # held for this change only
            self.ui.owner_box.setEnabled(False)
        work = self._work

        def run(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            return work(lambda fraction: progress(int(fraction * STEPS), STEPS), cancelled)

        self.job = ExportJob(run)
        self.job.relay.progress.connect(self._on_progress)
        self.job.relay.finished.connect(self._on_finished)
        self.ui.start_button.setEnabled(False)
        self.ui.progress_bar.setValue(0)
        self.ui.progress_bar.show()
        show_error(self.ui.error_label, None)
        show_message(self.ui.status_label, "Re-encrypting the database…")
        QThreadPool.globalInstance().start(self.job)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.ui.progress_bar.setValue(min(done, total))

    @Slot(object, object)
    def _on_finished(self, result: object, error: object) -> None:
        self.job = None
        self._owner = None
        self.ui.owner_box.setEnabled(True)
        self.ui.cancel_button.setText("Close")
        if error is None:
            self.ui.progress_bar.setValue(STEPS)
            self.result_ = result  # type: ignore[assignment]
            self.ui.start_button.hide()
            self._show_result()
        elif isinstance(error, LcsError):
            self.ui.progress_bar.hide()
            show_message(self.ui.status_label, None)
            show_error(self.ui.error_label, error.message)
            self.ui.start_button.setEnabled(True)
        else:
            assert isinstance(error, BaseException)
            sys.excepthook(type(error), error, error.__traceback__)

    def _show_result(self) -> None:
        result = self.result_
        if result is None:  # switching an account on changes no key
            self.accept()
            return
        show_message(self.ui.status_label, "\n".join(result.sentences()[:-1]))
        try:
            self._old_backups = self._session.backups.backups_before(self._session.user, result.rotated_at)
        except LcsError:
            self._old_backups = []  # not allowed to manage backups, or the folder is unreachable
        if self._old_backups:
            count = len(self._old_backups)
            show_message(
                self.ui.backups_label,
                f"{count} backup{'s' if count != 1 else ''} made before this change still open with "
                "the passwords people had then (including any switched-off account's). Delete "
                "them once a new backup has been made, or keep them locked away.",
            )
            self.ui.delete_backups_button.show()

    # -- old backups ----------------------------------------------------------------------

    def _on_delete_backups_button_clicked(self) -> None:
        count = len(self._old_backups)
        answer = QMessageBox.question(
            self,
            "Delete older backups?",
            f"Delete the {count} backup file(s) made before the key change? This cannot be undone. "
            "Make a new backup first if you have none since the change.",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            deleted = self._session.backups.delete_backups(self._session.user, self._old_backups)
        except LcsError as exc:
            show_error(self.ui.error_label, exc.message)
            return
        self._old_backups = []
        self.ui.delete_backups_button.hide()
        show_message(self.ui.backups_label, f"Deleted {deleted} older backup file(s).")

    # -- closing --------------------------------------------------------------------------

    def _on_cancel_button_clicked(self) -> None:
        if self.job is not None:
            self.job.cancelled.set()
            show_message(self.ui.status_label, SERVER_RUNNING if self._on_server else CANCELLING)
            return
        self.accept() if self.result_ is not None else self.reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.job is not None:  # the re-encryption must end (or cancel) before the window goes
            self.job.cancelled.set()
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:
        if self.job is not None:
            self.job.cancelled.set()
            return
        super().reject()
