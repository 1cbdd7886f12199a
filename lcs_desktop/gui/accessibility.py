"""What a screen reader and the keyboard need that Designer cannot say: value labels that
speak their value, messages that are announced when they appear, and parts built in code put
in their place in the Tab order. (Tables leave Tab alone by ``tabKeyNavigation`` = false,
set in each form and on each table made in code.)"""

from __future__ import annotations

from collections import deque

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent, QTextDocument
from PySide6.QtWidgets import QLabel, QWidget

# The caption a label's designed accessible name gave it ("Reference"), kept once so the
# spoken name can become "Reference: APP-0001" every time the value changes.
_CAPTION = "lcsAccessibleCaption"


def plain_text(label: QLabel) -> str:
    """The label's text as it is read: markup removed, the mnemonic's ampersand dropped."""
    text = label.text()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    )
    if rich:
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    elif label.buddy() is not None:  # only a buddy's caption has a mnemonic
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split())


def expose_value(label: QLabel) -> None:
    """Let the label's value be heard: a fixed accessible name ("Recovery key") would otherwise
    hide the text shown, so the name becomes "Recovery key: ABCD-…"."""
    caption = label.property(_CAPTION)
    if caption is None:
        caption = label.accessibleName()
        label.setProperty(_CAPTION, caption)
    if not caption:
        return  # no fixed name: Qt already reads the text itself
    text = plain_text(label)
    label.setAccessibleName(f"{caption}: {text}" if text else caption)


def set_value(label: QLabel, text: str) -> None:
    label.setText(text)
    expose_value(label)


# What was announced lately, newest last: a plain record (no signal, so nothing is called back
# in the middle of a worker's delivery) that a status line or a test can read.
announced: deque[str] = deque(maxlen=50)


def announce(widget: QWidget, message: str, *, urgent: bool = True) -> None:
    """Have a screen reader say ``message`` now (an error that appears must not go unheard)."""
    event = QAccessibleAnnouncementEvent(widget, message)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive if urgent else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)
    if urgent:  # older readers know only the alert event
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Alert))
    announced.append(message)


def tab_after(anchor: QWidget, container: QWidget) -> QWidget:
    """Put the controls inside ``container`` (kept in their own order) right after ``anchor`` in
    the Tab order, and return the last of them. For parts built in code after a Designer form,
    which Qt otherwise puts at the end of the chain, after the form's buttons."""
    inside: list[QWidget] = []
    widget = container.nextInFocusChain()
    seen = {id(container)}
    while id(widget) not in seen:
        seen.add(id(widget))
        if container.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            inside.append(widget)
        widget = widget.nextInFocusChain()
    for widget in inside:
        QWidget.setTabOrder(anchor, widget)
        anchor = widget
    return anchor
