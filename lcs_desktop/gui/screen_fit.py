"""Windows that fit the screen they open on, whatever the display scaling.

At 150 % on a 1920×1080 laptop the screen is 1280×720 logical pixels less the task bar, so a window
asks for its comfortable size and gets at most what the screen has; its body scrolls inside it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QFrame, QScrollArea, QWidget

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


def scrolling(body: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """``body`` inside a frameless scroll area that scrolls up and down only: its labels wrap
    to the width instead of pushing it sideways."""
    area = QScrollArea(parent)
    area.setObjectName(f"{body.objectName() or 'body'}_scroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(body)
    return area


def shrinkable_combos(widget: QWidget, characters: int = 12) -> None:
    """Let the drop-down lists under ``widget`` be narrower than their longest entry (the open
    list still shows it whole), so a filter row fits a narrow window."""
    for combo in widget.findChildren(QComboBox):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(characters)
        combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
