"""Referrals, each with its clock: LADO, DBS barring, police, ICO, Charity Commission. A clock
still running past its time is shown in red on the case (and on the Home page)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lcs_desktop.domain.case_referrals import RULES, ReferralKind
from lcs_desktop.gui.cases.referral_dialog import ReferralDialog
from lcs_desktop.gui.fields import date_text
from lcs_desktop.gui.formatting import date_time_text
from lcs_desktop.gui.table_fit import fit_columns

if TYPE_CHECKING:
    from lcs_desktop.gui.cases.env import CaseEnv
    from lcs_desktop.services.case_types import CaseDetail, ReferralView

HEADINGS = ("Referral", "Status", "Clock", "Due", "Made on", "Reference or reason")
RED = QColor("#b00020")


def due_text(view: ReferralView | None) -> str:
    if view is None or view.due_at is None:
        return "" if view is None else "No fixed time"
    text = date_time_text(view.due_at)
    if view.overdue:
        return f"OVERDUE since {text}"
    if view.made_late:
        return f"{text} (made late)"
    return text


class ReferralsWidget(QWidget):
    def __init__(self, env: CaseEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._env = env
        self.views: dict[ReferralKind, ReferralView] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.table = QTableWidget(len(ReferralKind), len(HEADINGS), self)
        self.table.setObjectName("referrals_table")
        self.table.setAccessibleName("Referrals and their clocks")
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setHorizontalHeaderLabels(HEADINGS)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Every heading shows whole ("Made on", "Reference or reason"); the reason takes what is left.
        fit_columns(self.table, stretch=len(HEADINGS) - 1, wrap=True)
        layout.addWidget(self.table, 1)
        self.explanation_label = QLabel(self)
        self.explanation_label.setObjectName("referral_explanation_label")
        self.explanation_label.setWordWrap(True)
        self.explanation_label.setProperty("role", "hint")
        layout.addWidget(self.explanation_label)
        row = QHBoxLayout()
        self.record_button = QPushButton("&Record referral…", self)
        self.record_button.setObjectName("record_referral_button")
        row.addWidget(self.record_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.record_button.clicked.connect(self._on_record_button_clicked)
        self.table.itemActivated.connect(self._on_record_button_clicked)
        self.table.currentCellChanged.connect(self._on_current_cell_changed)

    def show_detail(self, detail: CaseDetail) -> None:
        self.views = {v.kind: v for v in detail.referrals}
        self.record_button.setEnabled(self._env.can_work(detail))
        for row, kind in enumerate(ReferralKind):
            view = self.views.get(kind)
            cells = (
                RULES[kind].label,
                view.state.label if view else "Not recorded",
                RULES[kind].clock_text,
                due_text(view),
                date_text(view.made_on) if view else "",
                (view.reference or view.reason) if view else "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if view is not None and view.overdue:
                    item.setForeground(QBrush(RED))
                    if column == 3:
                        font = QFont()
                        font.setBold(True)
                        item.setFont(font)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        if self.table.currentRow() < 0:
            self.table.selectRow(0)
        self._on_current_cell_changed(self.table.currentRow())

    def selected_kind(self) -> ReferralKind | None:
        row = self.table.currentRow()
        kinds = list(ReferralKind)
        return kinds[row] if 0 <= row < len(kinds) else None

    def _on_current_cell_changed(self, row: int, *_args: object) -> None:
        kind = self.selected_kind()
        self.explanation_label.setText(RULES[kind].explanation if kind else "")

    def _on_record_button_clicked(self, *_args: object) -> None:
        if not self.record_button.isEnabled():
            return
        kind = self.selected_kind()
        dialog = ReferralDialog(self._env, kind, self.views.get(kind) if kind else None, self)
        if dialog.exec():
            self._env.reload()
