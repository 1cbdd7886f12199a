"""Small helpers every record form uses: choice lists, dd/mm/yyyy fields, messages at the field,
and noticing unsaved changes (so nothing typed is lost without a question)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from enum import StrEnum

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from lcs_desktop.domain.errors import LcsError, ValidationError
from lcs_desktop.domain.people import format_date, parse_date
from lcs_desktop.gui.style import show_error


def fill_combo(combo: QComboBox, members: Iterable[StrEnum], blank: str | None = None) -> None:
    """Labels shown, stored values kept as item data; ``blank`` is a first "choose…" entry."""
    combo.clear()
    if blank is not None:
        combo.addItem(blank, None)
    for member in members:
        combo.addItem(getattr(member, "label", str(member)), member.value)


def combo_value(combo: QComboBox) -> str | None:
    value = combo.currentData()
    return None if value is None else str(value)


def set_combo(combo: QComboBox, value: str | None) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


def read_date(edit: QLineEdit, field_name: str, what: str) -> date | None:
    """The typed date, or a refusal naming the field (so it is shown beside it)."""
    return parse_date(edit.text(), field_name, what)


def date_text(value: date | None) -> str:
    return format_date(value)


def plain(edit: QPlainTextEdit) -> str:
    return edit.toPlainText()


class FieldMessages:
    """Shows a refusal beside the field it names (``<field>_error`` labels on the form) and puts
    the cursor there; anything else goes to the form's general message label."""

    def __init__(self, ui: object, general: QLabel | None, aliases: dict[str, str] | None = None) -> None:
        self._ui = ui
        self._general = general
        self._aliases = aliases or {}
        self.clear()

    def _labels(self) -> list[QLabel]:
        return [getattr(self._ui, n) for n in dir(self._ui) if n.endswith("_error")]

    def clear(self) -> None:
        for label in self._labels():
            show_error(label, None)
        if self._general is not None:
            show_error(self._general, None)

    def show(self, error: LcsError) -> bool:
        """True if shown beside a field; otherwise in the general label (if the form has one)."""
        self.clear()
        field = error.field if isinstance(error, ValidationError) else None
        field = self._aliases.get(field or "", field)
        label = getattr(self._ui, f"{field}_error", None) if field else None
        if isinstance(label, QLabel):
            show_error(label, error.message)
            widget = self.field_widget(field or "")
            if widget is not None:
                widget.setFocus()
                if isinstance(widget, QLineEdit):
                    widget.selectAll()
            return True
        if self._general is not None:
            show_error(self._general, error.message)
        return False

    def field_widget(self, field: str) -> QWidget | None:
        for suffix in ("_edit", "_combo", "_list", "_check"):
            widget = getattr(self._ui, f"{field}{suffix}", None)
            if isinstance(widget, QWidget):
                return widget
        return None


def watch_changes(widgets: Iterable[QWidget], on_change: Callable[[], None]) -> None:
    """Call ``on_change`` whenever the user edits any of ``widgets``."""
    for widget in widgets:
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(on_change)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(on_change)
        elif isinstance(widget, QComboBox):
            widget.activated.connect(on_change)
        elif isinstance(widget, QAbstractButton):
            widget.clicked.connect(on_change)
        elif isinstance(widget, QListWidget):
            widget.itemChanged.connect(on_change)


def confirm_discard(parent: QWidget, what: str = "your changes") -> bool:
    """Ask before throwing away typing. True means: yes, discard."""
    answer = QMessageBox.question(
        parent,
        "Discard changes?",
        f"You have not saved {what}. Close and lose them?",
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard
