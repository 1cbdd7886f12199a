"""The lock screen that covers the main window after the idle lock (or Ctrl+L)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from lcs_desktop.domain.errors import LcsError
from lcs_desktop.gui.formatting import isolated
from lcs_desktop.gui.forms.ui_lock_screen import Ui_LockScreen
from lcs_desktop.gui.style import show_error
from lcs_desktop.gui.tasks import run_task

if TYPE_CHECKING:
    from lcs_desktop.services.session import SignedIn


class LockScreen(QWidget):
    unlocked = Signal()
    sign_out_requested = Signal()

    def __init__(self, session: SignedIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LockScreen()
        self.ui.setupUi(self)
        self._session = session
        self.busy = False
        self.ui.message_label.setText(
            f"Signed in as {isolated(session.user.full_name)}. LCS Desktop locked itself because nobody "
            "used it for a while. Enter your password to carry on where you left off."
        )
        self.ui.busy_bar.hide()
        show_error(self.ui.error_label, None)
        self.ui.unlock_button.clicked.connect(self._on_unlock_button_clicked)
        self.ui.password_edit.returnPressed.connect(self._on_unlock_button_clicked)
        self.ui.sign_out_button.clicked.connect(self.sign_out_requested)

    def set_reason(self, idle: bool, why: str | None = None) -> None:
        """Say who locked it: the idle timer, the person (so nobody wonders whether someone
        else was at their desk), or ``why`` (a key change at another desk)."""
        name = self._session.user.full_name
        if why is not None:
            self.ui.message_label.setText(f"Signed in as {name}. {why}")
            return
        reason = (
            "LCS Desktop locked itself because nobody used it for a while."
            if idle
            else "You locked LCS Desktop."
        )
        self.ui.message_label.setText(
            f"Signed in as {name}. {reason} Enter your password to carry on where you left off."
        )

    def prepare(self) -> None:
        self.ui.password_edit.clear()
        show_error(self.ui.error_label, None)
        self.ui.password_edit.setFocus()

    def _on_unlock_button_clicked(self) -> None:
        if self.busy:
            return
        password = self.ui.password_edit.text()
        if not password:
            show_error(self.ui.error_label, "Enter your password.")
            return
        self._set_busy(True)
        run_task(lambda: self._session.unlock(password), self._on_unlocked, self._on_refused)

    def _on_unlocked(self, _result: object) -> None:
        self._set_busy(False)
        self.ui.password_edit.clear()
        self.unlocked.emit()

    def _on_refused(self, error: LcsError) -> None:
        self._set_busy(False)
        show_error(self.ui.error_label, error.message)
        self.ui.password_edit.setFocus()
        self.ui.password_edit.selectAll()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.ui.busy_bar.setVisible(busy)
        for widget in (self.ui.password_edit, self.ui.unlock_button, self.ui.sign_out_button):
            widget.setEnabled(not busy)
