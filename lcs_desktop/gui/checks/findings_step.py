"""Step 4, findings: what was seen, each with its policy category and evidence. Each finding is
saved by its own dialog, so this step never holds unsaved typing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lcs_desktop.domain.errors import LcsError
from lcs_desktop.gui.checks.step_base import CheckEnv, Step, heading, hint
from lcs_desktop.gui.fields import date_text
from lcs_desktop.gui.style import show_error
from lcs_desktop.gui.table_fit import fit_columns

if TYPE_CHECKING:
    from lcs_desktop.services.check_types import CheckDetail, FindingDetail

HEADINGS = ("#", "Platform", "Category (policy section)", "Severity", "Relevance", "Content date", "Evidence")


class FindingsStep(Step):
    title = "Findings"

    def __init__(self, env: CheckEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading("Findings", self))
        layout.addWidget(
            hint(
                "Record each thing of concern that was seen, with its category from the policy and its "
                "evidence (screenshots or saved pages). If nothing was found, leave this empty.",
                self,
            )
        )
        self.table = QTableWidget(0, len(HEADINGS), self)
        self.table.setObjectName("findings_table")
        self.table.setAccessibleName("Findings")
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setHorizontalHeaderLabels(HEADINGS)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        fit_columns(self.table, stretch=2, wrap=True)  # the category takes what is left
        self.table.doubleClicked.connect(self._on_edit_button_clicked)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton("&Add a finding…", self)
        self.add_button.setObjectName("add_finding_button")
        self.edit_button = QPushButton("&Open…", self)
        self.edit_button.setObjectName("edit_finding_button")
        self.remove_button = QPushButton("&Remove…", self)
        self.remove_button.setObjectName("remove_finding_button")
        for button in (self.add_button, self.edit_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.message_label = QLabel(self)
        self.message_label.setProperty("role", "error")
        self.message_label.setWordWrap(True)
        layout.addWidget(self.message_label)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)

    def fill(self, d: CheckDetail) -> None:
        self.table.setRowCount(len(d.findings))
        for number, f in enumerate(d.findings):
            count = len(f.evidence)
            values = (
                str(number + 1),
                f.platform.label,
                f"{f.category_label} ({f.policy_sections})",
                f.severity.label,
                f.relevance.label,
                date_text(f.content_date) or "not shown",
                f"{count} file{'s' if count != 1 else ''}",
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(f.seen[:500] if column == 2 else text)
                self.table.setItem(number, column, item)
        self.table.resizeRowsToContents()
        editable = self.env.can_edit(d)
        ready = d.privacy_notice_date is not None and bool(d.proportionality_reason)
        self.add_button.setVisible(editable)
        self.add_button.setEnabled(ready)
        self.remove_button.setVisible(editable)
        self.edit_button.setText("&Open…" if editable else "&View…")
        show_error(
            self.message_label,
            None if ready or not editable else "Record the pre-search details (step 1) before any finding.",
        )

    def selected(self) -> FindingDetail | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.detail is None:
            return None
        return self.detail.findings[rows[0].row()]

    def _on_add_button_clicked(self) -> None:
        self._open(None)

    def _on_edit_button_clicked(self, *_args: object) -> None:
        finding = self.selected()
        if finding is not None:
            self._open(finding)

    def _open(self, finding: FindingDetail | None) -> None:
        from lcs_desktop.gui.checks.finding_dialog import FindingDialog

        assert self.detail is not None
        dialog = FindingDialog(self.env, self.detail, finding, self)
        self.open_dialog = dialog  # for tests and the lock screen: the dialog on screen
        dialog.offer_draft()
        if dialog.exec():
            self.env.reload()

    def _on_remove_button_clicked(self) -> None:
        finding = self.selected()
        if finding is None or self.detail is None:
            return
        answer = QMessageBox.question(
            self,
            "Remove this finding?",
            f"Remove the finding “{finding.category_label}” on {finding.platform.label} and its "
            f"{len(finding.evidence)} evidence file(s)?",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        go, reason = self.env.reason_for(self.detail, "removing a finding")
        if not go:
            return
        try:
            self.env.session.checks.remove_finding(self.env.session.user, finding.id, reason)
        except LcsError as exc:
            show_error(self.message_label, exc.message)
            return
        self.env.reload()

    def is_done(self, d: CheckDetail) -> bool:
        return bool(d.findings)
