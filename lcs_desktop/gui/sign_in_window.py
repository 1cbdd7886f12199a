"""The sign-in window: every start shows it (after the first-run wizard)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from lcs_desktop.domain.errors import LcsError
from lcs_desktop.gui.forms.ui_sign_in_window import Ui_SignInWindow
from lcs_desktop.gui.style import demo_banner, show_error, show_message
from lcs_desktop.gui.tasks import run_task

if TYPE_CHECKING:
    from lcs_desktop.services.auth import Authenticator
    from lcs_desktop.services.demo import DemoAccount
    from lcs_desktop.services.session import SignedIn


class SignInWindow(QWidget):
    """Emits ``signed_in(SignedIn)``. Argon2id runs on the thread pool, never here."""

    signed_in = Signal(object)

    def __init__(
        self,
        authenticator: Authenticator,
        *,
        demo_accounts: Sequence[DemoAccount] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SignInWindow()
        self.ui.setupUi(self)
        self._auth = authenticator
        self._remembered: str | None = None
        self.busy = False
        self.setWindowTitle("LCS Desktop — DEMO" if demo_accounts else "LCS Desktop")
        # No icon of its own: it shows the application's, set once the first paint is done.
        self.setMinimumWidth(560 if demo_accounts else 440)
        if demo_accounts:
            import html

            self.ui.outer_layout.insertWidget(0, demo_banner(self))
            rows = "".join(
                f"<tr><td nowrap><b>{html.escape(a.username)}</b>&nbsp;&nbsp;</td>"
                f"<td nowrap><code>{html.escape(a.password)}</code>&nbsp;&nbsp;</td>"
                f"<td>{html.escape(a.role_text)}</td></tr>"
                for a in demo_accounts
            )
            label = self.ui.demo_accounts_label
            label.setText(f"<table cellspacing='2'>{rows}</table>")
            # Set here, not in the form: the Qt namespace stays untouched before the first paint.
            from PySide6.QtCore import Qt

            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ui.demo_group.setVisible(bool(demo_accounts))
        self.ui.remembered_button.hide()
        self.ui.server_label.hide()
        self.ui.retry_button.hide()  # shown when the office server cannot be reached
        self._last_attempt = None
        self.ui.busy_bar.hide()
        show_error(self.ui.error_label, None)

        self.ui.sign_in_button.clicked.connect(self._on_sign_in_button_clicked)
        self.ui.username_edit.returnPressed.connect(self._on_username_edit_return_pressed)
        self.ui.password_edit.returnPressed.connect(self._on_sign_in_button_clicked)
        self.ui.remembered_button.clicked.connect(self._on_remembered_button_clicked)
        self.ui.forgot_button.clicked.connect(self._on_forgot_button_clicked)
        self.ui.retry_button.clicked.connect(self._on_retry_button_clicked)
        self.ui.username_edit.setFocus()
        # A lambda, not the bound method: the authenticator may still be loading (bootstrap).
        run_task(lambda: self._auth.remembered_username(), self._show_remembered, lambda _error: None)
        run_task(self._mode, self._show_mode, lambda _error: None)

    # -- office server -------------------------------------------------------------------

    def _mode(self):  # type: ignore[no-untyped-def]
        from lcs_desktop.services.office_mode import mode_of

        return mode_of(self._auth)

    def _show_mode(self, mode) -> None:  # type: ignore[no-untyped-def]
        """Which server this window signs in to (never a login or password)."""
        self.ui.server_label.setText(mode.sign_in_text)
        self.ui.server_label.setVisible(mode.is_server)

    def _on_retry_button_clicked(self) -> None:
        if self._last_attempt is not None and not self.busy:
            self._start(self._last_attempt)

    # -- remember me ---------------------------------------------------------------------

    def _show_remembered(self, username: str | None) -> None:
        self._remembered = username
        if username:
            self.ui.remembered_button.setText(f"Sign in as {username}")
            self.ui.remembered_button.show()
            self.ui.remembered_button.setDefault(True)
            self.ui.sign_in_button.setDefault(False)

    def _on_remembered_button_clicked(self) -> None:
        if self._remembered:
            username = self._remembered
            self._start(lambda: self._auth.sign_in_remembered(username))

    # -- password ------------------------------------------------------------------------

    def _on_username_edit_return_pressed(self) -> None:
        if self.ui.password_edit.text():
            self._on_sign_in_button_clicked()
        else:
            self.ui.password_edit.setFocus()

    def _on_sign_in_button_clicked(self) -> None:
        if self.busy:
            return
        username = self.ui.username_edit.text().strip()
        password = self.ui.password_edit.text()
        if not username:
            show_message(self.ui.error_label, "Enter your username.", "error")
            self.ui.username_edit.setFocus()
            return
        if not password:
            show_message(self.ui.error_label, "Enter your password.", "error")
            self.ui.password_edit.setFocus()
            return
        self._start(lambda: self._auth.sign_in(username, password))

    def _start(self, work) -> None:  # type: ignore[no-untyped-def]
        self._last_attempt = work
        self.ui.retry_button.hide()
        self._set_busy(True)
        show_message(self.ui.error_label, None, "error")  # a restore's "done" line was green
        run_task(work, self._on_signed_in, self._on_failed)

    def _on_signed_in(self, session: SignedIn) -> None:
        self._set_busy(False)
        self.ui.password_edit.clear()
        self.signed_in.emit(session)

    def _on_failed(self, error: LcsError) -> None:
        self._set_busy(False)
        show_message(self.ui.error_label, error.message, "error")
        from lcs_desktop.services.office_mode import offers_retry

        if offers_retry(error):  # the server did not answer: Retry tries the same again
            self.ui.retry_button.show()
            self.ui.retry_button.setFocus()
            return
        # Keep what was typed: select it so the next attempt simply types over it.
        self.ui.password_edit.setFocus()
        self.ui.password_edit.selectAll()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.ui.busy_bar.setVisible(busy)
        for widget in (
            self.ui.username_edit,
            self.ui.password_edit,
            self.ui.sign_in_button,
            self.ui.remembered_button,
            self.ui.forgot_button,
            self.ui.retry_button,
        ):
            widget.setEnabled(not busy)

    # -- recovery ------------------------------------------------------------------------

    def _on_forgot_button_clicked(self) -> None:
        from lcs_desktop.gui.recovery_dialog import RecoveryDialog

        dialog = RecoveryDialog(self._auth, self)
        if dialog.exec() and dialog.session is not None:
            self.signed_in.emit(dialog.session)

    def reset(self) -> None:
        """Back to an empty form (after signing out)."""
        self.ui.password_edit.clear()
        show_error(self.ui.error_label, None)
        self.ui.password_edit.setFocus() if self.ui.username_edit.text() else self.ui.username_edit.setFocus()
        run_task(lambda: self._auth.remembered_username(), self._show_remembered, lambda _error: None)
