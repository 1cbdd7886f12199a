"""Which window is on screen: wizard → (sign-in → forced password change →) main window.

The daily automatic backup runs on the thread pool a little after the main window opens, never
while someone waits to close the app: signing out (or exiting) stops a backup still running
(keeping nothing of it; the next sign-in makes it), writes the sign-out event on the thread
pool, then shows the sign-in window again (or quits).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog

from lcs_desktop.gui.sign_in_window import SignInWindow
from lcs_desktop.gui.tasks import run_task

if TYPE_CHECKING:
    # Imported when first needed: only the sign-in window is on the start-up path.
    from lcs_desktop.gui.change_password_dialog import ChangePasswordDialog
    from lcs_desktop.gui.main_window import MainWindow
    from lcs_desktop.gui.page_spec import PageSpec
    from lcs_desktop.services.auth import Authenticator
    from lcs_desktop.services.demo import DemoAccount
    from lcs_desktop.services.session import SignedIn

log = logging.getLogger(__name__)


# After sign-in, the first pages read the database first; the backup waits this long.
AUTO_BACKUP_DELAY_MS = 20_000
# At sign-out, how long to wait for a running backup to notice it was stopped (one chunk).
BACKUP_STOP_WAIT_S = 10.0


def _auto_backup(session: SignedIn, stop: threading.Event, done: threading.Event) -> None:
    """Off the GUI thread: the daily backup, if due. A failed or stopped backup is logged."""
    from lcs_desktop.domain.errors import LcsError

    try:
        if not stop.is_set() and not session.locked:
            session.backups.auto_backup_if_due(cancelled=stop.is_set)
    except LcsError:
        log.warning("automatic backup not made")
    finally:
        done.set()


def _finish_session(session: SignedIn, stop: threading.Event, done: threading.Event) -> None:
    """Off the GUI thread: stop a running backup, then sign out."""
    stop.set()
    done.wait(BACKUP_STOP_WAIT_S)
    session.sign_out()


class AppController(QObject):
    main_window_shown = Signal(object)
    signed_out = Signal()
    restore_finished = Signal(str)  # the sentence shown on the sign-in window

    def __init__(
        self,
        authenticator: Authenticator,
        *,
        authenticator_for: Callable[[Path], Authenticator] | None = None,
        pages: Callable[[], list[PageSpec]] | None = None,  # None: default_pages, imported late
        demo_accounts: Sequence[DemoAccount] = (),
        demo: bool = False,
        on_folder_chosen: Callable[[Path], None] | None = None,
    ) -> None:
        super().__init__()
        self.authenticator = authenticator
        self._authenticator_for = authenticator_for
        self._pages = pages
        self._demo_accounts = demo_accounts
        self.demo = demo or bool(demo_accounts)
        self._on_folder_chosen = on_folder_chosen
        self.sign_in_window: SignInWindow | None = None
        self.main_window: MainWindow | None = None
        self.wizard = None
        self.password_dialog: ChangePasswordDialog | None = None
        self.quitting = False
        self.auto_backup_delay_ms = AUTO_BACKUP_DELAY_MS
        self.backup_stop, self.backup_done = threading.Event(), threading.Event()
        self.backup_done.set()  # no backup running

    # -- first run -----------------------------------------------------------------------

    def show_wizard(self, default_folder: Path, deployed: object = None) -> None:
        """``deployed``: an office server IT gave at install time (services.silent_deploy)."""
        from lcs_desktop.gui.setup_wizard import SetupWizard

        assert self._authenticator_for is not None
        self.wizard = SetupWizard(self._authenticator_for, default_folder, deployed=deployed)  # type: ignore[arg-type]
        self.wizard.finished.connect(self._on_wizard_finished)
        self.wizard.show()

    def _on_wizard_finished(self, result: int) -> None:
        wizard, self.wizard = self.wizard, None
        assert wizard is not None
        if result == QDialog.DialogCode.Accepted and wizard.session is None and wizard.joined:
            # Joined an office server whose workspace is set up: sign in with your own account.
            assert self._authenticator_for is not None
            self.authenticator = self._authenticator_for(wizard.default_folder)
            self.sign_in_window = None
            wizard.deleteLater()
            self.show_sign_in()
            return
        if result != QDialog.DialogCode.Accepted or wizard.session is None:
            QApplication.quit()
            return
        folder = wizard.data_folder
        assert self._authenticator_for is not None
        self.authenticator = self._authenticator_for(folder)
        if self._on_folder_chosen is not None and folder != wizard.default_folder:
            self._on_folder_chosen(folder)
        wizard.deleteLater()
        self.open_main(wizard.session)

    # -- sign-in -------------------------------------------------------------------------

    def show_sign_in(self) -> SignInWindow:
        if self.sign_in_window is None:
            self.sign_in_window = SignInWindow(self.authenticator, demo_accounts=self._demo_accounts)
            self.sign_in_window.signed_in.connect(self.on_signed_in)
        else:
            self.sign_in_window.reset()
        self.sign_in_window.show()
        self.sign_in_window.raise_()
        self.sign_in_window.activateWindow()
        return self.sign_in_window

    def on_signed_in(self, session: SignedIn) -> None:
        if session.must_change_password:
            from lcs_desktop.gui.change_password_dialog import ChangePasswordDialog

            dialog = ChangePasswordDialog(session, forced=True, parent=self.sign_in_window)
            self.password_dialog = dialog
            dialog.finished.connect(lambda result: self._on_forced_change_finished(session, result))
            dialog.open()
            return
        self.open_main(session)

    def _on_forced_change_finished(self, session: SignedIn, result: int) -> None:
        self.password_dialog = None
        if result == QDialog.DialogCode.Accepted:
            self.open_main(session)
        else:
            run_task(session.sign_out, lambda _r: None)

    # -- main window ---------------------------------------------------------------------

    def open_main(self, session: SignedIn) -> MainWindow:
        from lcs_desktop.gui.main_window import MainWindow

        if self._pages is None:
            from lcs_desktop.gui.pages import default_pages

            self._pages = default_pages
        window = MainWindow(session, self._pages(), demo=self.demo)
        window.sign_out_requested.connect(lambda: self.finish(quit_after=False))
        window.exit_requested.connect(lambda: self.finish(quit_after=True))
        window.restore_requested.connect(lambda path, password: self.restore(window, path, password))
        self.main_window = window
        window.show()
        if self.sign_in_window is not None:
            self.sign_in_window.hide()
        self.main_window_shown.emit(window)
        QTimer.singleShot(self.auto_backup_delay_ms, window, lambda: self._start_auto_backup(window))
        from lcs_desktop.gui.draft_offer import offer_kept_drafts

        QTimer.singleShot(0, lambda: offer_kept_drafts(window))
        return window

    def _start_auto_backup(self, window: MainWindow) -> None:
        if self.main_window is not window or window.session.locked:
            return  # signed out, or locked: the next sign-in makes it
        self.backup_stop, self.backup_done = stop, done = threading.Event(), threading.Event()
        session = window.session
        run_task(lambda: _auto_backup(session, stop, done))

    def restore(self, window: MainWindow, backup: Path, password: str) -> None:
        """Sign out (releasing the folder's lock), restore off the GUI thread, then the sign-in
        window with the result in one sentence (see ``restore_flow``)."""
        from lcs_desktop.gui.restore_flow import run_restore

        username = window.session.user.username
        paths = self.authenticator.paths
        self.finish(quit_after=False, then=lambda: run_restore(self, paths, backup, username, password))

    def finish(self, *, quit_after: bool, then: Callable[[], None] | None = None) -> None:
        """Sign out (stopping a backup still running), then sign-in window or quit (or ``then``)."""
        window = self.main_window
        if window is None:
            if quit_after:
                QApplication.quit()
            return
        window.setEnabled(False)
        window.lock_screen.hide()
        window.statusBar().showMessage("Signing out…")

        def done(_result: object = None) -> None:
            window.shut()
            window.deleteLater()
            self.main_window = None
            self.signed_out.emit()
            if quit_after:
                self.quitting = True
                QApplication.quit()
            elif then is not None:
                then()
            else:
                self.show_sign_in()

        stop, running = self.backup_stop, self.backup_done
        run_task(lambda: _finish_session(window.session, stop, running), done, lambda _error: done())
