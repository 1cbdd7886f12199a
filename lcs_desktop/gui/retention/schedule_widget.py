"""Settings › Retention: the schedule, one row per record kind and outcome (trigger, period,
action, source), and a small form to change the chosen rule's period and action. A period of
zero or less is refused in place; after a change every record's date is worked out again off
the GUI thread (it may take a while on a large database)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lcs_desktop.domain.errors import LcsError
from lcs_desktop.domain.retention import RetentionRule
from lcs_desktop.gui.fields import FieldMessages
from lcs_desktop.gui.style import show_error, show_message
from lcs_desktop.gui.table_fit import fit_columns
from lcs_desktop.gui.tasks import run_task

COLUMNS = ("Record", "Applies to", "Clock starts at", "Kept for", "Then", "Source")


class RetentionScheduleWidget(QGroupBox):
    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        super().__init__("Retention schedule", parent)
        self.setObjectName("retention_group")
        self._session = session
        self.busy = False
        self.rules: list[RetentionRule] = []
        layout = QVBoxLayout(self)
        intro = QLabel(
            "How long each kind of record is kept and what happens then. Nothing is deleted by "
            "itself: records past their date go to the Retention review for the lead to decide.",
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("schedule_table")
        self.table.setAccessibleName("Retention schedule")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setTabKeyNavigation(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        fit_columns(self.table, stretch=len(COLUMNS) - 1)
        layout.addWidget(self.table)
        form = QFormLayout()
        layout.addLayout(form)
        ui = SimpleNamespace()
        ui.period_edit = QSpinBox(self)
        ui.period_edit.setObjectName("period_edit")
        ui.period_edit.setRange(-1200, 1200)  # zero or less is typed, then refused in words
        ui.period_edit.setSuffix(" months")
        form.addRow("&Period:", ui.period_edit)
        ui.period_error = QLabel(self)
        form.addRow("", ui.period_error)
        ui.action_combo = QComboBox(self)
        ui.action_combo.setObjectName("action_combo")
        form.addRow("&Then:", ui.action_combo)
        ui.action_error = QLabel(self)
        form.addRow("", ui.action_error)
        for label in (ui.period_error, ui.action_error):
            label.setProperty("role", "error")
        self.ui = ui
        row = QHBoxLayout()
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setRange(0, 0)
        self.progress_bar.hide()
        row.addWidget(self.progress_bar, 1)
        self.save_button = QPushButton("Save &rule", self)
        self.save_button.setObjectName("save_rule_button")
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("retention_message_label")
        self.message_label.setWordWrap(True)
        layout.addWidget(self.message_label)
        self.messages = FieldMessages(ui, self.message_label)
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.load()

    def load(self, select: str | None = None) -> None:
        try:
            self.rules = self._session.retention.rules(self._session.user)
        except LcsError as exc:
            show_error(self.message_label, exc.message)
            return
        self.table.setRowCount(len(self.rules))
        for number, rule in enumerate(self.rules):
            values = (
                rule.record_kind.label,
                rule.applies_to,
                rule.trigger,
                rule.period_text,
                rule.action.label,
                rule.source,
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(number, column, item)
        codes = [r.code for r in self.rules]
        self.table.selectRow(codes.index(select) if select in codes else 0)

    def current(self) -> RetentionRule | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rules[rows[0].row()] if rows else None

    def _on_table_selection_changed(self) -> None:
        rule = self.current()
        if rule is None:
            return
        self.messages.clear()
        self.ui.period_edit.setEnabled(rule.period_editable)
        self.ui.period_edit.setValue(rule.period_months or 0)
        combo = self.ui.action_combo
        combo.clear()
        for action in rule.allowed_actions:
            combo.addItem(action.label, action.value)
        combo.setCurrentIndex(max(0, combo.findData(rule.action.value)))
        self.save_button.setEnabled(len(rule.allowed_actions) > 1 or rule.period_editable)

    def _on_save_button_clicked(self) -> None:
        rule = self.current()
        if rule is None or self.busy:
            return
        period = self.ui.period_edit.value() if rule.period_editable else rule.period_months
        action = self.ui.action_combo.currentData()
        # The rule's own check first, on the GUI thread: a refusal shows at once, in place.
        from lcs_desktop.domain.retention import RetentionAction, changed_rule

        try:
            changed_rule(rule, period, RetentionAction(action))
        except LcsError as exc:
            self.messages.show(exc)
            return
        self.busy = True
        self.save_button.setEnabled(False)
        self.progress_bar.show()
        show_message(self.message_label, "Saving and working out every record's date again…")
        session = self._session

        def save() -> RetentionRule:
            return session.retention.update_rule(session.user, rule.code, period, RetentionAction(action))

        run_task(save, lambda _r: self._finish(rule.code, None), lambda e: self._finish(rule.code, e))

    def _finish(self, code: str, error: LcsError | None) -> None:
        self.busy = False
        self.save_button.setEnabled(True)
        self.progress_bar.hide()
        if error is not None:
            self.messages.show(error)
            return
        self.load(select=code)
        show_message(self.message_label, "Rule saved. Every record's retention date follows it.", "ok")
