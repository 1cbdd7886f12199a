"""Keeps a form's typing as a draft (encrypted, in the database) a moment after each change,
and offers it back when the form is next opened — after a crash, a power cut or a restart.

Fields are kept by name: line edits, text boxes, combo boxes, check boxes, and the ticked
items of a list.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from lcs_desktop.domain.errors import LcsError
from lcs_desktop.gui.formatting import date_time_text
from lcs_desktop.gui.idle_lock import database_timer

if TYPE_CHECKING:
    from lcs_desktop.services.session import SignedIn

log = logging.getLogger(__name__)
SAVE_AFTER_MS = 1500


def _read(widget: QWidget) -> Any:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentIndex()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    if isinstance(widget, QListWidget):
        return [i for i in range(widget.count()) if widget.item(i).checkState() == Qt.CheckState.Checked]
    raise TypeError(f"cannot keep a draft of {type(widget).__name__}")


def _write(widget: QWidget, value: Any) -> None:
    if isinstance(widget, QLineEdit) and isinstance(value, str):
        widget.setText(value)
    elif isinstance(widget, QPlainTextEdit) and isinstance(value, str):
        widget.setPlainText(value)
    elif isinstance(widget, QComboBox) and isinstance(value, int) and 0 <= value < widget.count():
        widget.setCurrentIndex(value)
    elif isinstance(widget, QAbstractButton) and isinstance(value, bool):
        widget.setChecked(value)
    elif isinstance(widget, QListWidget) and isinstance(value, list):
        for i in range(widget.count()):
            state = Qt.CheckState.Checked if i in value else Qt.CheckState.Unchecked
            widget.item(i).setCheckState(state)


class DraftKeeper(QObject):
    def __init__(self, owner: QWidget, session: SignedIn, form_key: str, fields: dict[str, QWidget]) -> None:
        super().__init__(owner)  # the owner is reached as parent(): no Python reference back to it
        self._session, self._key, self._fields = session, form_key, fields
        self._touched = False  # a draft may exist only once we saved or looked for one
        self._timer = database_timer(QTimer(self, singleShot=True, interval=SAVE_AFTER_MS))
        self._timer.timeout.connect(self.save_now)
        # Saved or cancelled, the form is done with its draft. A crash never gets here, which
        # is the point: the draft is still there next time.
        finished = getattr(owner, "finished", None)
        if finished is not None:
            finished.connect(self.discard)

    def changed(self, *_args: object) -> None:
        self._timer.start()

    def save_now(self) -> None:
        self._timer.stop()
        if self._session.locked:
            return
        data = {name: _read(widget) for name, widget in self._fields.items()}
        self._touched = True
        try:
            self._session.drafts.save(self._session.user, self._key, data)
        except LcsError:  # a draft is a safety net: failing to keep one must not stop the typing
            log.warning("could not keep a draft of form %s", self._key)

    def offer_restore(self, ask: bool = True) -> bool:
        """Ask whether to bring back a kept draft (``ask`` False: the person already chose to,
        at sign-in); True when the form was filled from it."""
        try:
            draft = self._session.drafts.load(self._session.user, self._key)
        except LcsError:
            return False
        if draft is None:
            return False
        self._touched = True
        answer = (
            QMessageBox.StandardButton.Yes
            if not ask
            else QMessageBox.question(
                self.parent(),  # type: ignore[arg-type]
                "Carry on where you left off?",
                f"You were filling in this form on {date_time_text(draft.saved_at)} and it was not saved. "
                "Bring back what you had typed?",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard,
                QMessageBox.StandardButton.Yes,
            )
        )
        if answer != QMessageBox.StandardButton.Yes:
            self.discard()
            return False
        for name, value in draft.data.items():
            widget = self._fields.get(name)
            if widget is not None:
                _write(widget, value)
        return True

    def discard(self, *_args: object) -> None:
        self._timer.stop()
        if not self._touched or self._session.locked:
            return
        try:
            self._session.drafts.discard(self._session.user, self._key)
        except LcsError:
            log.warning("could not discard the draft of form %s", self._key)
