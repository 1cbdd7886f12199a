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

from lcs_desktop.domain.errors import LcsError, Problems, ValidationError, ValidationErrors
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
    """Shows refusals beside the fields they name (``<field>_error`` labels on the form), every
    problem at once, and puts the cursor at the first; anything else goes to the form's general
    message label. Each field's line of message space is kept while it is empty, so a message
    appearing never moves the fields under the pointer, and a message clears as soon as its
    field is edited."""

    def __init__(self, ui: object, general: QLabel | None, aliases: dict[str, str] | None = None) -> None:
        self._ui = ui
        self._general = general
        self._aliases = aliases or {}
        for name in self._names():
            label = getattr(ui, f"{name}_error")
            label.setWordWrap(True)
            label.setMinimumHeight(label.fontMetrics().lineSpacing())
            widget = self.field_widget(name)
            if widget is not None:
                _on_edit(widget, lambda *_a, n=name: self.clear_field(n))
        self.clear()

    def _names(self) -> list[str]:
        return [
            n.removesuffix("_error") for n in dir(self._ui) if n.endswith("_error") and n != "general_error"
        ]

    def _label(self, field: str) -> QLabel | None:
        label = getattr(self._ui, f"{field}_error", None)
        return label if isinstance(label, QLabel) else None

    def clear(self) -> None:
        for name in self._names():
            self.clear_field(name)
        if self._general is not None:
            show_error(self._general, None)

    def clear_field(self, field: str) -> None:
        label = self._label(field)
        if label is not None:
            label.setText("")
            label.setVisible(True)  # an empty line kept in place
            widget = self.field_widget(field)
            if widget is not None:
                widget.setAccessibleDescription("")

    def showing(self) -> dict[str, str]:
        """Field name → message now shown beside it (for the form and its tests)."""
        return {n: lbl.text() for n in self._names() if (lbl := self._label(n)) is not None and lbl.text()}

    def show(self, error: LcsError) -> bool:
        """True if shown beside a field (the first field with a problem gets the cursor);
        otherwise in the general label (if the form has one)."""
        self.clear()
        problems = error.problems if isinstance(error, ValidationErrors) else [error]
        widgets: list[QWidget] = []
        placed = False
        leftovers: list[str] = []
        for problem in problems:
            field = problem.field if isinstance(problem, ValidationError) else None
            field = self._aliases.get(field or "", field)
            label = self._label(field) if field else None
            if label is None:
                leftovers.append(problem.message)
                continue
            shown = label.text()
            label.setText(f"{shown} {problem.message}" if shown else problem.message)
            placed = True
            widget = self.field_widget(field or "")
            if widget is not None:
                widget.setAccessibleDescription(label.text())  # heard with the field
                widgets.append(widget)
        # The cursor goes to the problem highest on the form (problems the form found itself,
        # such as an unreadable date, are listed before the service's).
        first = min(widgets, key=_form_position, default=None)
        if first is not None:
            first.setFocus()
            if isinstance(first, QLineEdit):
                first.selectAll()
        if leftovers and self._general is not None:
            show_error(self._general, " ".join(leftovers))
        return placed and not leftovers

    def field_widget(self, field: str) -> QWidget | None:
        for suffix in ("_edit", "_combo", "_list", "_check"):
            widget = getattr(self._ui, f"{field}{suffix}", None)
            if isinstance(widget, QWidget):
                return widget
        return None


def _form_position(widget: QWidget) -> tuple[int, int]:
    at = widget.mapTo(widget.window(), widget.rect().topLeft())
    return at.y(), at.x()


def refuse_all(local: Problems, check: Callable[[], object]) -> None:
    """Raise every problem at once: those the form found itself (a date it could not read) and
    those the pure ``check`` of the whole form finds in the other fields. Nothing is saved."""
    try:
        check()
    except ValidationError as exc:
        for problem in exc.problems if isinstance(exc, ValidationErrors) else [exc]:
            if not local.has(problem.field or ""):
                local.add(problem)
    local.raise_any()


def _on_edit(widget: QWidget, slot: Callable[..., None]) -> None:
    """Connect ``slot`` to whatever signal says the user changed ``widget``."""
    if isinstance(widget, QLineEdit):
        widget.textEdited.connect(slot)
    elif isinstance(widget, QPlainTextEdit):
        widget.textChanged.connect(slot)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(slot)
    elif isinstance(widget, QAbstractButton):
        widget.toggled.connect(slot)
    elif isinstance(widget, QListWidget):
        widget.itemChanged.connect(slot)


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
        f"You have not saved {what}. Close and lose {_pronoun(what)}?",
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard


def _pronoun(what: str) -> str:
    """ "it" for one thing (the entry, the concern); "them" for changes or details."""
    return "them" if what.endswith(("changes", "details")) else "it"


def confirm_summary(parent: QWidget, title: str, question: str, lines: Iterable[str], yes: str) -> bool:
    """Ask before a step that records something lasting, listing what will be recorded.
    True means: go ahead. The safe answer (Escape, Enter) is Cancel."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question, QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText("\n".join(f"•  {line}" for line in lines))
    go = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    go.setObjectName("confirm_button")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is go
