"""A check box whose sentence wraps: QCheckBox draws its text on one line, so a long
confirmation is cut off on a narrow screen. The sentence is a word-wrapped label beside a bare
box; clicking the sentence ticks the box, and the box keeps the sentence as its name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget


class _SentenceLabel(QLabel):
    def __init__(self, text: str, box: QCheckBox, parent: QWidget) -> None:
        super().__init__(text, parent)
        self._box = box
        self.setWordWrap(True)
        self.setBuddy(box)  # its Alt+letter goes to the box
        self.setTextFormat(Qt.TextFormat.PlainText)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._box.isEnabled():
            self._box.setFocus(Qt.FocusReason.MouseFocusReason)
            self._box.click()
        super().mouseReleaseEvent(event)


def wrapping_check_box(text: str, parent: QWidget) -> tuple[QWidget, QCheckBox]:
    """A row holding a check box and its wrapping sentence (``&`` marks the Alt key). Enable or
    disable the row, so the sentence greys with the box."""
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 6, 0, 6)
    layout.setSpacing(6)
    box = QCheckBox(row)
    box.setAccessibleName(text.replace("&", ""))
    label = _SentenceLabel(text, box, row)
    label.setObjectName("sentence_label")
    layout.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(label, 1)
    return row, box
