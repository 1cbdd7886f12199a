"""A record's History: every change to a person or a case, who made it, when, and each field's
value before and after. Shown only to people who may read the record (the service refuses the
others, and audits the reading); the audit trail itself keeps only the field names."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lcs_desktop.domain.errors import LcsError
from lcs_desktop.gui.screen_fit import fit_to_screen
from lcs_desktop.gui.style import show_error
from lcs_desktop.gui.table_fit import fit_columns

if TYPE_CHECKING:
    from lcs_desktop.services.record_history_read import HistoryLine
    from lcs_desktop.services.session import SignedIn

HEADINGS = ("When", "Who", "What", "Field", "Before", "After", "Reason")
INTRO = (
    "Every change to {what}: who made it, when, and each field before and after. The audit log "
    "names only the fields changed; the values are kept here, and go when the record is deleted."
)


class RecordHistoryDialog(QDialog):
    def __init__(
        self,
        session: SignedIn,
        entity_type: str,
        entity_id: int,
        what: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("record_history_dialog")
        self.setWindowTitle(f"History of {what}")  # a reference, never a name
        layout = QVBoxLayout(self)
        intro = QLabel(INTRO.format(what=what), self)
        intro.setObjectName("history_intro_label")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("history_error_label")
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName("History message")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.table = QTableWidget(0, len(HEADINGS), self)
        self.table.setObjectName("history_table")
        self.table.setAccessibleName("Changes, newest first")
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setHorizontalHeaderLabels(HEADINGS)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        fit_columns(self.table, stretch=5, wrap=True)  # "After" takes what is left
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.lines: list[HistoryLine] = []
        try:
            self.lines = session.history.history_for(session.user, entity_type, entity_id)
        except LcsError as exc:
            show_error(self.error_label, exc.message)
        self._fill()
        fit_to_screen(self, 960, 560)

    def _fill(self) -> None:
        self.table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            cells = (line.when, line.who, line.what, line.field, line.old, line.new, line.reason)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        if not self.lines and self.error_label.isHidden():
            self.error_label.setProperty("role", "hint")  # nothing wrong: nothing to show yet
            show_error(self.error_label, "No changes are recorded for this record yet.")


def history_button(
    parent: QWidget, layout: QHBoxLayout, after: QWidget, open_history: Callable[[], object]
) -> QPushButton:
    """A "History…" button just after ``after`` in ``layout`` and in the Tab order (Alt+Y: Alt+H
    is the Help menu)."""
    button = QPushButton("Histor&y…", parent)
    button.setObjectName("history_button")
    button.setToolTip("Every change to this record, with the values before and after")
    layout.insertWidget(layout.indexOf(after) + 1, button)
    QWidget.setTabOrder(after, button)
    button.clicked.connect(lambda: open_history())
    return button
