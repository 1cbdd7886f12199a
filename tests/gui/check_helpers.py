"""Helpers for the people and checks GUI tests: signed-in contexts for real accounts on a real
SQLCipher database, and a user's way of typing into a form."""

from __future__ import annotations

import struct
import zlib

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from lcs_desktop.domain.roles import Role
from lcs_desktop.gui.page_spec import PageContext
from lcs_desktop.services.accounts import to_current
from lcs_desktop.services.session import SignedIn


def context_for(org, session: SignedIn | None = None) -> PageContext:
    return PageContext(session or org, navigate=lambda _key: None)


def signed_in_as(
    org, make_user, secret_store, username: str, *roles: Role, full_name: str | None = None
) -> SignedIn:
    """Another person at the same database (their own account and permissions)."""
    make_user(username, *roles, full_name=full_name)
    return SignedIn(org.workspace, to_current(org.workspace.load_user(username)), False, secret_store)


def type_into(qtbot, widget: QWidget, text: str) -> None:
    """Type as a keyboard would. QTest only knows ASCII keys, so other characters (ë, ễ, محمد)
    arrive as key events carrying their text, as an input method delivers them."""
    widget.setFocus()
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def choose(qtbot, combo: QComboBox, label: str) -> None:
    """Pick an entry by its visible label, with the keyboard as a user would."""
    index = combo.findText(label, Qt.MatchFlag.MatchStartsWith)
    assert index >= 0, f"{label!r} not in {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setFocus()
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def modal() -> QWidget | None:
    return QApplication.activeModalWidget()


def png(width: int = 40, height: int = 30) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    raw = b"".join(b"\x00" + b"\x30\x60\x90" * width for _ in range(height))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
    )


def confirm_next(seen: list[str] | None = None, *, cancel: bool = False) -> None:
    """Answer the next "record this?" confirmation (fields.confirm_summary) with its go-ahead
    button (or Cancel), keeping the summary it showed in ``seen``."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            button = box.findChild(QWidget, "confirm_button")
            if button is not None:
                if seen is not None:
                    seen.append(box.text() + "\n" + box.informativeText())
                (box.button(QMessageBox.StandardButton.Cancel) if cancel else button).click()
                return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
