"""Shared behaviour of the dialogs that set a password: rule shown, match checked, busy state."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QProgressBar, QWidget

from lcs_desktop.domain.errors import LcsError, ValidationError
from lcs_desktop.gui.formatting import PASSWORD_RULE
from lcs_desktop.gui.style import show_error
from lcs_desktop.gui.tasks import run_task

MISMATCH = "The two new passwords are not the same. Type them again."


class PasswordDialogMixin:
    """For a QDialog whose form has rule_label, error_label, busy_bar and button_box."""

    busy = False
    _fields: dict[str, QLineEdit]

    def _setup_password_form(
        self,
        rule: QLabel,
        error: QLabel,
        busy_bar: QProgressBar,
        buttons: QDialogButtonBox,
        also_disable: Iterable[QWidget] = (),
    ) -> None:
        self._error_label = error
        self._also_disable = list(also_disable)
        self._busy_bar = busy_bar
        self._buttons = buttons
        rule.setText(PASSWORD_RULE)
        busy_bar.hide()
        show_error(error, None)

    def _passwords_match(self, new: QLineEdit, confirm: QLineEdit) -> bool:
        if new.text() != confirm.text():
            show_error(self._error_label, MISMATCH)
            confirm.setFocus()
            confirm.selectAll()
            return False
        return True

    def _run(self, work: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        self._set_busy(True)
        show_error(self._error_label, None)

        def done(result: Any) -> None:
            self._set_busy(False)
            on_done(result)

        run_task(work, done, self._on_refused)

    def _on_refused(self, error: LcsError) -> None:
        self._set_busy(False)
        show_error(self._error_label, error.message)
        field = self._fields.get(error.field or "") if isinstance(error, ValidationError) else None
        if field is not None:
            field.setFocus()
            field.selectAll()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._busy_bar.setVisible(busy)
        for widget in [*self._fields.values(), *self._also_disable, self._buttons]:
            widget.setEnabled(not busy)
