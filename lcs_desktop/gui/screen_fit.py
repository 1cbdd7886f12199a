"""Windows that fit the screen they open on, whatever the display scaling.

At 150 % on a 1920×1080 laptop the screen is 1280×720 logical pixels less the task bar, so a window
asks for its comfortable size and gets at most what the screen has; its body scrolls inside it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLayout, QScrollArea, QVBoxLayout, QWidget

# A Windows title bar and borders around the client area, in logical pixels.
FRAME = QSize(16, 40)


def room_on_screen(window: QWidget) -> QSize:
    """The largest client area a window can have on its screen (task bar and frame left out)."""
    anchor = window.parentWidget().window() if window.parentWidget() else window
    screen = anchor.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size() - FRAME


def fit_to_screen(window: QWidget, width: int | None = None, height: int | None = None) -> None:
    """Resize ``window`` to ``width``×``height`` (its current size when not given), no larger
    than its screen allows."""
    room = room_on_screen(window)
    wanted = QSize(width or window.width(), height or window.height())
    window.resize(wanted.boundedTo(room).expandedTo(window.minimumSizeHint().boundedTo(room)))


class _BodyScroll(QScrollArea):
    """A scroll area that asks for its body's whole size (QScrollArea caps its size hint at
    24 lines), so a window sized from its hint opens big enough not to scroll when there is room."""

    def sizeHint(self) -> QSize:
        body = self.widget()
        if body is None:
            return super().sizeHint()
        frame = 2 * self.frameWidth()
        return body.sizeHint() + QSize(frame + self.verticalScrollBar().sizeHint().width(), frame)


def scrolling(body: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """``body`` inside a frameless scroll area: when the window is smaller than the body, the body
    scrolls inside it and the window keeps to the screen."""
    area = _BodyScroll(parent)
    area.setObjectName(f"{body.objectName() or 'body'}_scroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no extra Tab stop; it scrolls to the focused field
    area.setWidget(body)
    return area


def scroll_body(dialog: QWidget, button_row: QWidget) -> QScrollArea:
    """Move a form's layout (made by setupUi) into a scroll area, with ``button_row`` kept below
    it: a long form scrolls on a small screen and its Save and Cancel stay in reach.
    Call at the end of the constructor; ``self.ui`` names keep working."""
    layout = dialog.layout()
    margins = layout.contentsMargins()
    _take(layout, button_row)
    body = QWidget()
    body.setObjectName(f"{dialog.objectName() or 'form'}_body")
    body.setLayout(layout)  # takes the layout, and its widgets, from the dialog
    layout.setContentsMargins(margins.left(), margins.top(), margins.right(), 0)
    outer = QVBoxLayout(dialog)
    outer.setContentsMargins(0, 0, 0, margins.bottom())
    area = scrolling(body, dialog)
    outer.addWidget(area, 1)
    row = QHBoxLayout()
    row.setContentsMargins(margins.left(), 0, margins.right(), 0)
    row.addWidget(button_row)
    outer.addLayout(row)
    return area


def _take(layout: QLayout, widget: QWidget) -> None:
    """Remove ``widget`` from ``layout`` or the layout nested in it that holds it."""
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is widget:
            layout.removeWidget(widget)
            return
        if item.layout() is not None:
            _take(item.layout(), widget)


def shrinkable_combos(widget: QWidget, characters: int = 12) -> None:
    """Let the drop-down lists under ``widget`` be narrower than their longest entry (the open
    list still shows it whole), so a filter row fits a narrow window."""
    for combo in widget.findChildren(QComboBox):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(characters)
        # Qt keeps the minimum size hint it worked out from the entries: an explicit minimum wins.
        combo.setMinimumWidth(min(combo.sizeHint().width(), combo.minimumSizeHint().width()))
        combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
