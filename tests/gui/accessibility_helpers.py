"""Walking a window as a screen reader and a keyboard user do: the accessible tree Qt hands to
assistive technology, and the widgets Tab actually reaches."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QRadioButton,
    QWidget,
)

from lcs_desktop.gui.accessibility import plain_text

Role = QAccessible.Role
INTERACTIVE = {
    Role.PushButton,
    Role.CheckBox,
    Role.RadioButton,
    Role.ComboBox,
    Role.EditableText,
    Role.SpinBox,
    Role.Table,
    Role.List,
    Role.Tree,
    Role.Slider,
    Role.ButtonMenu,
    Role.ButtonDropDown,
}
ITEM_VIEWS = {Role.Table, Role.List, Role.Tree}  # their cells are rows of data, not controls


def walk(iface: QAccessibleInterface) -> Iterator[QAccessibleInterface]:
    """Every visible node of the accessible tree below ``iface``, as a screen reader sees it."""
    if iface is None or not iface.isValid() or iface.state().invisible:
        return
    yield iface
    if iface.role() in ITEM_VIEWS:
        return
    for index in range(iface.childCount()):
        yield from walk(iface.child(index))


def _who(iface: QAccessibleInterface) -> str:
    obj = iface.object()
    return f"{type(obj).__name__} {obj.objectName() or '(unnamed)'}" if obj is not None else str(iface.role())


def heard(widget: QWidget) -> str:
    """What a screen reader says for the widget: its accessible name."""
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def unnamed_controls(window: QWidget) -> list[str]:
    """Interactive controls that a screen reader would announce with no name."""
    return [
        _who(node)
        for node in walk(QAccessible.queryAccessibleInterface(window))
        if node.role() in INTERACTIVE and not node.text(QAccessible.Text.Name).strip()
    ]


def hidden_values(window: QWidget) -> list[str]:
    """Labels whose shown text is not in what a screen reader hears (a fixed accessible name
    hiding a value, say)."""
    hidden = []
    for node in walk(QAccessible.queryAccessibleInterface(window)):
        label = node.object()
        if not isinstance(label, QLabel) or not label.text().strip() or (label.pixmap() and not label.text()):
            continue
        shown = plain_text(label)
        heard = " ".join(node.text(QAccessible.Text.Name).split())
        if shown and shown not in heard:
            hidden.append(f"{label.objectName() or '(unnamed)'}: shows {shown!r}, heard {heard!r}")
    return hidden


def tab_stops(window: QWidget) -> list[QWidget]:
    """Every control Tab should reach: visible, enabled, taking focus by Tab."""
    stops = []
    for widget in window.findChildren(QWidget):
        if widget.focusProxy() is not None or not widget.isVisibleTo(window) or not widget.isEnabled():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget.parent(), QComboBox | QAbstractSpinBox):  # their own line edit
            continue
        if widget.window() is not window:
            continue
        stops.append(widget)
    return stops


def _stop_key(widget: QWidget) -> int:
    """A choice group (radio buttons) is one Tab stop, arrow keys move within it."""
    if isinstance(widget, QRadioButton):
        if widget.group() is not None:
            return id(widget.group())
        if widget.autoExclusive():
            return id(widget.parentWidget())
    return id(widget)


def tab_through(
    qtbot, window: QWidget, first: QWidget, *, backwards: bool = False, limit: int = 200
) -> list[QWidget]:
    """Press Tab (or Shift+Tab) from ``first`` until focus comes back to it; what was focused."""
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first, timeout=2000)
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    modifier = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    visited = [first]
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), key, modifier)
        focused = QApplication.focusWidget()
        if focused is first or focused is None:
            break
        visited.append(focused)
    return visited


def unreachable(qtbot, window: QWidget) -> list[str]:
    """Controls that tabbing from the first control never reaches (the keyboard is trapped, or
    they are out of the focus chain)."""
    stops = tab_stops(window)
    assert stops, "nothing in this window takes the keyboard"
    first = _first_in_chain(window, stops)
    reached = set(map(_stop_key, tab_through(qtbot, window, first)))
    return [
        f"{type(w).__name__} {w.objectName() or '(unnamed)'}" for w in stops if _stop_key(w) not in reached
    ]


def _first_in_chain(window: QWidget, stops: list[QWidget]) -> QWidget:
    """The first control in the window's focus chain (where Tab starts when it opens)."""
    wanted = set(map(id, stops))
    widget = window.nextInFocusChain()
    while widget is not window:
        if id(widget) in wanted:
            return widget
        widget = widget.nextInFocusChain()
    return stops[0]


def shown(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def assert_accessible(qtbot, window: QWidget, where: str) -> None:
    """What a screen-reader user and a keyboard user need from any window, on its current page."""
    assert unnamed_controls(window) == [], f"{where}: controls without an accessible name"
    assert hidden_values(window) == [], f"{where}: labels whose text a screen reader does not hear"
    assert unreachable(qtbot, window) == [], f"{where}: controls Tab never reaches"
    for view in window.findChildren(QAbstractItemView):
        if view.isVisibleTo(window) and view.isEnabled():
            assert_tab_leaves(qtbot, view, where)


def assert_tab_leaves(qtbot, view: QAbstractItemView, where: str) -> None:
    for key, modifier in (
        (Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier),
    ):
        view.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is view, timeout=2000)
        qtbot.keyClick(view, key, modifier)
        assert QApplication.focusWidget() is not view, f"{where}: {view.objectName()} keeps the keyboard"


def text_starts_at_left(label) -> bool:
    """Render the label and find its first inked column: near the left edge for a left-aligned
    line, far right for a line Qt turned right-to-left."""
    label.setFixedWidth(max(label.width(), 900))
    image = label.grab().toImage()
    background = image.pixelColor(image.width() - 1, 0)
    for x in range(image.width()):
        for y in range(image.height()):
            if image.pixelColor(x, y) != background:
                return x < image.width() // 4
    return False
