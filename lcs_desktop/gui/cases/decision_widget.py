"""The decision and outcome tab: decision, finding and reason; outcomes (policy §8) with their
dates; the appeal; sign-offs; and what closing the case still needs."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lcs_desktop.domain.roles import Permission
from lcs_desktop.gui.cases.decision_dialog import DecisionDialog
from lcs_desktop.gui.cases.outcome_dialogs import AppealDialog, OutcomeDialog
from lcs_desktop.gui.fields import date_text
from lcs_desktop.gui.formatting import date_time_text
from lcs_desktop.gui.style import show_message

if TYPE_CHECKING:
    from lcs_desktop.gui.cases.env import CaseEnv
    from lcs_desktop.services.case_types import CaseDetail, OutcomeView

ID_ROLE = Qt.ItemDataRole.UserRole


def _label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def outcome_text(o: OutcomeView) -> str:
    dates = []
    if o.review_on:
        dates.append(f"review on {date_text(o.review_on)}")
    if o.expires_on:
        dates.append(f"expires on {date_text(o.expires_on)}")
    extra = f" ({', '.join(dates)})" if dates else ""
    return f"{o.text}{extra}" + (f" — {o.details}" if o.details else "")


class DecisionWidget(QWidget):
    def __init__(self, env: CaseEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._env = env
        self.detail: CaseDetail | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout.addLayout(columns, 1)

        box = QGroupBox("Decision", self)
        box_layout = QVBoxLayout(box)
        self.decision_label = _label(box, "decision_label")
        self.decision_button = QPushButton("Record &decision…", box)
        self.decision_button.setObjectName("record_decision_button")
        box_layout.addWidget(self.decision_label)
        box_layout.addWidget(self.decision_button, 0, Qt.AlignmentFlag.AlignLeft)
        left.addWidget(box)

        box = QGroupBox("Outcomes (policy §8)", self)
        box_layout = QVBoxLayout(box)
        self.outcomes_list = QListWidget(box)
        self.outcomes_list.setObjectName("outcomes_list")
        self.outcomes_list.setAccessibleName("Outcomes")
        self.outcomes_list.setWordWrap(True)
        self.outcomes_list.setMaximumHeight(180)
        box_layout.addWidget(self.outcomes_list)
        row = QHBoxLayout()
        self.add_outcome_button = QPushButton("Add o&utcome…", box)
        self.add_outcome_button.setObjectName("add_outcome_button")
        self.remove_outcome_button = QPushButton("Remove outcome", box)
        self.remove_outcome_button.setObjectName("remove_outcome_button")
        row.addWidget(self.add_outcome_button)
        row.addWidget(self.remove_outcome_button)
        row.addStretch(1)
        box_layout.addLayout(row)
        left.addWidget(box)
        left.addStretch(1)

        box = QGroupBox("Appeal", self)
        box_layout = QVBoxLayout(box)
        self.appeal_label = _label(box, "appeal_label")
        self.appeal_button = QPushButton("Record a&ppeal…", box)
        self.appeal_button.setObjectName("record_appeal_button")
        box_layout.addWidget(self.appeal_label)
        box_layout.addWidget(self.appeal_button, 0, Qt.AlignmentFlag.AlignLeft)
        right.addWidget(box)

        box = QGroupBox("Closure", self)
        box_layout = QVBoxLayout(box)
        self.closure_label = _label(box, "closure_label")
        self.sign_offs_label = _label(box, "sign_offs_label")
        box_layout.addWidget(self.closure_label)
        box_layout.addWidget(self.sign_offs_label)
        right.addWidget(box)
        right.addStretch(1)

        self.decision_button.clicked.connect(self._on_decision_button_clicked)
        self.add_outcome_button.clicked.connect(self._on_add_outcome_button_clicked)
        self.remove_outcome_button.clicked.connect(self._on_remove_outcome_button_clicked)
        self.appeal_button.clicked.connect(self._on_appeal_button_clicked)
        self.outcomes_list.currentRowChanged.connect(self._enable)

    def show_detail(self, d: CaseDetail) -> None:
        self.detail = d
        if d.finding is not None:
            who = d.decision_maker.name if d.decision_maker else "not recorded"
            self.decision_label.setText(
                f"<p><b>Allegation {escape(d.finding.label.lower())}</b>: {escape(d.finding.meaning)}</p>"
                f"<p>Decided by {escape(who)} on {date_text(d.decided_on)}.</p>"
                f"<p>{escape(d.decision_reason).replace(chr(10), '<br>')}</p>"
            )
        else:
            self.decision_label.setText("No decision has been recorded yet.")
        self.outcomes_list.clear()
        for o in d.outcomes:
            item = QListWidgetItem(outcome_text(o), self.outcomes_list)
            item.setData(ID_ROLE, o.id)
        a = d.appeal
        if a is None:
            self.appeal_label.setText("No appeal. The subject may appeal once the decision is made.")
        else:
            lines = [f"<b>{a.stage}</b>. Lodged on {date_text(a.lodged_on)}: {escape(a.grounds)}"]
            if a.heard_on:
                lines.append(f"Heard on {date_text(a.heard_on)} by {escape(a.heard_by or 'not recorded')}.")
            if a.result is not None:
                lines.append(f"{a.result.label} on {date_text(a.result_on)}: {escape(a.result_reason)}")
            self.appeal_label.setText("<br>".join(lines))
        if d.closed_at is not None:
            show_message(self.closure_label, f"Closed on {date_time_text(d.closed_at)}.", "ok")
        elif d.closure_problems:
            show_message(
                self.closure_label,
                "Closing the case still needs:\n" + "\n".join(f"• {p}" for p in d.closure_problems),
                "hint",
            )
        else:
            show_message(self.closure_label, "Ready to close.", "ok")
        self.sign_offs_label.setText(
            "<br>".join(
                f"{'Closed' if s.kind == 'closure' else 'Reopened'} by {escape(s.signed_by)} on "
                f"{date_time_text(s.signed_at)}: {escape(s.note)}"
                for s in d.sign_offs
            )
        )
        self._enable()

    def _enable(self, *_args: object) -> None:
        d = self.detail
        can_decide = d is not None and d.can_edit and self._env.can(Permission.DECIDE_CASES)
        self.decision_button.setEnabled(can_decide)
        self.add_outcome_button.setEnabled(can_decide)
        self.remove_outcome_button.setEnabled(can_decide and self.outcomes_list.currentRow() >= 0)
        self.appeal_button.setEnabled(
            d is not None and d.decided_on is not None and self._env.can(Permission.DECIDE_CASES)
        )

    def _on_decision_button_clicked(self) -> None:
        assert self.detail is not None
        dialog = DecisionDialog(self._env, self.detail, self)
        if dialog.exec():
            if dialog.warnings:
                QMessageBox.warning(self, "Decision recorded", "\n\n".join(dialog.warnings))
            self._env.reload()

    def _on_add_outcome_button_clicked(self) -> None:
        if OutcomeDialog(self._env, self).exec():
            self._env.reload()

    def _on_remove_outcome_button_clicked(self) -> None:
        item = self.outcomes_list.currentItem()
        if item is None:
            return
        answer = QMessageBox.question(
            self,
            "Remove outcome?",
            f"Remove '{item.text()}'? The audit log keeps a record that it was removed.",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        env = self._env
        if env.attempt(lambda: env.cases.remove_outcome(env.user, env.case_id, int(item.data(ID_ROLE)))):
            env.reload()

    def _on_appeal_button_clicked(self) -> None:
        assert self.detail is not None
        if AppealDialog(self._env, self.detail.appeal, self).exec():
            self._env.reload()
