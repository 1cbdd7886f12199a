"""The subject access dialog's widgets, built in code (the proposals panel changes with the
request); the dialog uses them by composition, as it would a Designer form."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from lcs_desktop.domain.subject_access import Decision, Exemption
from lcs_desktop.gui.fields import date_text
from lcs_desktop.gui.formatting import isolated
from lcs_desktop.gui.style import show_error, show_message
from lcs_desktop.gui.table_fit import fit_columns

COLUMNS = ("What", "Proposed for redaction", "Where", "Decision")
REDACT, DISCLOSE = "Redact", "Disclose"


def _button(text: str, name: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    return button


def _value(name: str, caption: str, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setAccessibleName(caption)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SubjectAccessForm:
    def setup(self, dialog: QWidget, person_name: str, person_reference: str, today: date) -> None:
        outer = QVBoxLayout(dialog)
        heading = QLabel(f"Subject access request: {isolated(person_name)} ({person_reference})")
        heading.setObjectName("heading_label")
        heading.setWordWrap(True)
        outer.addWidget(heading)

        self.request_group = QGroupBox("The request", dialog)
        form = QFormLayout(self.request_group)
        self.received_edit = QLineEdit(self.request_group)
        self.received_edit.setObjectName("received_edit")
        self.received_edit.setPlaceholderText("dd/mm/yyyy")
        self.received_edit.setAccessibleName("Date the request arrived")
        self.received_edit.setText(date_text(today))
        self.open_button = _button("Record the request", "open_button", self.request_group)
        row = QHBoxLayout()
        row.addWidget(self.received_edit)
        row.addWidget(self.open_button)
        received_label = QLabel("&Request arrived on:", self.request_group)
        received_label.setBuddy(self.received_edit)
        form.addRow(received_label, row)
        self.reference_value = _value("reference_value", "Reference", self.request_group)
        self.clock_value = _value("clock_value", "Clock", self.request_group)
        form.addRow("Reference:", self.reference_value)
        form.addRow("Clock:", self.clock_value)
        self.reason_edit = QLineEdit(self.request_group)
        self.reason_edit.setObjectName("reason_edit")
        self.reason_edit.setAccessibleName("Reason for stopping the clock or extending")
        self.reason_edit.setPlaceholderText("What you asked the requester, or why the request is complex")
        reason_label = QLabel("Rea&son:", self.request_group)
        reason_label.setBuddy(self.reason_edit)
        form.addRow(reason_label, self.reason_edit)
        buttons = QHBoxLayout()
        self.pause_button = _button("Stop the clock", "pause_button", self.request_group)
        self.resume_button = _button("Restart the clock", "resume_button", self.request_group)
        self.extend_button = _button("Extend by two months", "extend_button", self.request_group)
        for b in (self.pause_button, self.resume_button, self.extend_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        form.addRow(buttons)
        outer.addWidget(self.request_group)

        self.proposals_group = QGroupBox("Proposed redactions", dialog)
        box = QVBoxLayout(self.proposals_group)
        self.proposals_table = QTableWidget(0, len(COLUMNS), self.proposals_group)
        self.proposals_table.setObjectName("proposals_table")
        self.proposals_table.setAccessibleName("Proposed redactions")
        self.proposals_table.setHorizontalHeaderLabels(COLUMNS)
        self.proposals_table.setTabKeyNavigation(False)
        self.proposals_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.proposals_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.proposals_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.proposals_table.verticalHeader().hide()
        fit_columns(self.proposals_table, stretch=1)
        box.addWidget(self.proposals_table)
        decide = QHBoxLayout()
        self.decision_combo = QComboBox(self.proposals_group)
        self.decision_combo.setObjectName("decision_combo")
        self.decision_combo.setAccessibleName("Decision")
        self.decision_combo.addItem(REDACT, Decision.ACCEPTED.value)
        self.decision_combo.addItem(DISCLOSE, Decision.REJECTED.value)
        self.exemption_combo = QComboBox(self.proposals_group)
        self.exemption_combo.setObjectName("exemption_combo")
        self.exemption_combo.setAccessibleName("Exemption")
        for e in Exemption:
            self.exemption_combo.addItem(e.label, e.value)
        self.decide_button = _button("Save decision", "decide_button", self.proposals_group)
        for w in (self.decision_combo, self.exemption_combo, self.decide_button):
            decide.addWidget(w)
        decide.addStretch(1)
        box.addLayout(decide)
        outer.addWidget(self.proposals_group, 1)

        self.progress_bar = QProgressBar(dialog)
        self.progress_bar.setObjectName("progress_bar")
        self.progress_bar.setAccessibleName("Progress")
        self.progress_bar.hide()
        outer.addWidget(self.progress_bar)
        self.status_label = _value("status_label", "Status", dialog)
        self.error_label = _value("error_label", "Message", dialog)
        self.error_label.setProperty("role", "error")
        outer.addWidget(self.status_label)
        outer.addWidget(self.error_label)
        show_error(self.error_label, None)
        show_message(self.status_label, None)
        bottom = QHBoxLayout()
        self.build_button = _button("Build the pack…", "build_button", dialog)
        self.release_button = _button("Record as sent", "release_button", dialog)
        self.close_button = _button("Close", "close_button", dialog)
        bottom.addWidget(self.build_button)
        bottom.addWidget(self.release_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        outer.addLayout(bottom)

        dialog.resize(900, 640)
