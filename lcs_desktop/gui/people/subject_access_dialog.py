"""Subject access request on one person (lead only): the request and its clock, the proposed
redactions to accept or reject with an exemption, and building the pack off the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QThreadPool, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lcs_desktop.domain.errors import LcsError
from lcs_desktop.domain.subject_access import Decision, Exemption
from lcs_desktop.gui.accessibility import set_value
from lcs_desktop.gui.fields import date_text, read_date
from lcs_desktop.gui.formatting import isolated
from lcs_desktop.gui.pdf_export import ExportJob, JobDialog, documents_folder
from lcs_desktop.gui.style import show_error, show_message
from lcs_desktop.gui.table_fit import fit_columns

if TYPE_CHECKING:
    from lcs_desktop.services.people import PersonDetail
    from lcs_desktop.services.session import SignedIn
    from lcs_desktop.services.subject_access import RequestView
    from lcs_desktop.services.subject_access_proposals import Proposal

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


class SubjectAccessDialog(JobDialog):
    def __init__(self, session: SignedIn, person: PersonDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Subject access request")  # never the person's name
        self._session, self._person = session, person
        self._service = session.subject_access
        self.request: RequestView | None = None
        self.proposals: list[Proposal] = []
        self._build()
        self.refresh()

    # -- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        heading = QLabel(
            f"Subject access request: {isolated(self._person.full_name)} ({self._person.reference})"
        )
        heading.setObjectName("heading_label")
        heading.setWordWrap(True)
        outer.addWidget(heading)

        self.request_group = QGroupBox("The request", self)
        form = QFormLayout(self.request_group)
        self.received_edit = QLineEdit(self.request_group)
        self.received_edit.setObjectName("received_edit")
        self.received_edit.setPlaceholderText("dd/mm/yyyy")
        self.received_edit.setAccessibleName("Date the request arrived")
        self.received_edit.setText(date_text(self._session.workspace.today()))
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

        self.proposals_group = QGroupBox("Proposed redactions", self)
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

        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("progress_bar")
        self.progress_bar.setAccessibleName("Progress")
        self.progress_bar.hide()
        outer.addWidget(self.progress_bar)
        self.status_label = _value("status_label", "Status", self)
        self.error_label = _value("error_label", "Message", self)
        self.error_label.setProperty("role", "error")
        outer.addWidget(self.status_label)
        outer.addWidget(self.error_label)
        show_error(self.error_label, None)
        show_message(self.status_label, None)
        bottom = QHBoxLayout()
        self.build_button = _button("Build the pack…", "build_button", self)
        self.release_button = _button("Record as sent", "release_button", self)
        self.close_button = _button("Close", "close_button", self)
        bottom.addWidget(self.build_button)
        bottom.addWidget(self.release_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        outer.addLayout(bottom)

        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.pause_button.clicked.connect(self._on_pause_button_clicked)
        self.resume_button.clicked.connect(self._on_resume_button_clicked)
        self.extend_button.clicked.connect(self._on_extend_button_clicked)
        self.decide_button.clicked.connect(self._on_decide_button_clicked)
        self.build_button.clicked.connect(self._on_build_button_clicked)
        self.release_button.clicked.connect(self._on_release_button_clicked)
        self.close_button.clicked.connect(self.reject)
        self.proposals_table.itemSelectionChanged.connect(self._on_proposals_table_selection)
        self.resize(900, 640)

    # -- state -------------------------------------------------------------------------------

    def _act(self, work) -> bool:  # type: ignore[no-untyped-def]
        """Run one service call; a refusal is shown in place and nothing typed is lost."""
        try:
            work()
        except LcsError as exc:
            show_error(self.error_label, exc.message)
            return False
        show_error(self.error_label, None)
        return True

    def refresh(self) -> None:
        user = self._session.user
        found: list[RequestView] = []
        if not self._act(lambda: found.extend(self._service.requests_for(user, self._person.id))):
            return
        self.request = next((r for r in found if r.open), found[0] if found else None)
        r = self.request
        self.received_edit.setEnabled(r is None or not r.open)
        self.open_button.setEnabled(r is None or not r.open)
        if r is not None:
            self.received_edit.setText(date_text(r.received_on))
        set_value(self.reference_value, r.reference if r else "No request recorded yet")
        clock = "—"
        if r is not None:
            clock = f"Answered {date_text(r.answered_on)}" if not r.open else r.status.text
            clock += " · extended by two months" if r.extended else ""
        set_value(self.clock_value, clock)
        is_open = r is not None and r.open
        self.pause_button.setEnabled(is_open and not r.paused)  # type: ignore[union-attr]
        self.resume_button.setEnabled(is_open and r.paused)  # type: ignore[union-attr]
        self.extend_button.setEnabled(is_open and not r.extended)  # type: ignore[union-attr]
        self.reason_edit.setEnabled(is_open)
        self.build_button.setEnabled(r is not None)
        self.release_button.setEnabled(is_open)
        self._load_proposals()

    def _load_proposals(self) -> None:
        self.proposals = []
        r = self.request
        if r is not None and r.open:
            self._act(lambda: self.proposals.extend(self._service.proposals(self._session.user, r.id)))
        table = self.proposals_table
        table.setRowCount(len(self.proposals))
        for row, p in enumerate(self.proposals):
            decided = "Not decided yet"
            if p.decision is Decision.ACCEPTED and p.exemption is not None:
                decided = f"{REDACT}: {p.exemption.label}"
            elif p.decision is Decision.REJECTED:
                decided = DISCLOSE
            for column, text in enumerate((p.kind.label, p.words, p.where_text, decided)):
                table.setItem(row, column, QTableWidgetItem(text))
        waiting = sum(1 for p in self.proposals if p.decision is None)
        title = (
            f"Proposed redactions ({len(self.proposals)}, {waiting} to decide)"
            if self.proposals
            else ("Proposed redactions: none")
        )
        self.proposals_group.setTitle(title)
        has = bool(self.proposals) and r is not None and r.open
        for w in (self.decision_combo, self.exemption_combo, self.decide_button):
            w.setEnabled(has)
        if has and not table.selectionModel().selectedRows():
            table.selectRow(0)

    def _selected(self) -> Proposal | None:
        rows = self.proposals_table.selectionModel().selectedRows()
        return self.proposals[rows[0].row()] if rows and rows[0].row() < len(self.proposals) else None

    # -- slots -------------------------------------------------------------------------------

    def _on_proposals_table_selection(self) -> None:
        p = self._selected()
        if p is None:
            return
        chosen = p.exemption or p.suggested
        self.exemption_combo.setCurrentIndex(max(self.exemption_combo.findData(chosen.value), 0))
        rejected = p.decision is Decision.REJECTED
        self.decision_combo.setCurrentIndex(1 if rejected else 0)

    def _on_open_button_clicked(self) -> None:
        user = self._session.user
        if self._act(
            lambda: self._service.open_request(
                user,
                self._person.id,
                read_date(self.received_edit, "received_on", "the date the request arrived"),
            )
        ):
            self.refresh()

    def _on_pause_button_clicked(self) -> None:
        assert self.request is not None
        if self._act(
            lambda: self._service.pause(self._session.user, self.request.id, self.reason_edit.text())
        ):
            self.reason_edit.clear()
            self.refresh()

    def _on_resume_button_clicked(self) -> None:
        assert self.request is not None
        if self._act(lambda: self._service.resume(self._session.user, self.request.id)):
            self.refresh()

    def _on_extend_button_clicked(self) -> None:
        assert self.request is not None
        if self._act(
            lambda: self._service.extend(self._session.user, self.request.id, self.reason_edit.text())
        ):
            self.reason_edit.clear()
            self.refresh()

    def _on_decide_button_clicked(self) -> None:
        p, r = self._selected(), self.request
        if p is None or r is None:
            return
        decision = Decision(self.decision_combo.currentData())
        exemption = self.exemption_combo.currentData() if decision is Decision.ACCEPTED else None
        row = self.proposals_table.currentRow()
        if self._act(lambda: self._service.decide(self._session.user, r.id, p, decision, exemption)):
            self._load_proposals()
            following = min(row + 1, self.proposals_table.rowCount() - 1)
            self.proposals_table.selectRow(following)

    def _on_release_button_clicked(self) -> None:
        assert self.request is not None
        if self._act(lambda: self._service.release(self._session.user, self.request.id)):
            show_message(self.status_label, "Recorded as answered.", "ok")
            self.refresh()

    def _on_build_button_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Save the pack in", str(documents_folder()))
        if folder:
            self.build(folder)

    def build(self, folder: str) -> None:
        """Build the pack into ``folder`` on the thread pool, with progress and Cancel."""
        assert self.request is not None
        user, request_id = self._session.user, self.request.id
        self.job = ExportJob(
            lambda progress, cancelled: self._service.build_pack(
                user, request_id, folder, progress=progress, is_cancelled=cancelled
            )
        )
        self.job.relay.progress.connect(self._on_progress)
        self.job.relay.finished.connect(self._on_finished)
        self.progress_bar.setValue(0)
        self.progress_bar.show()
        self.build_button.setEnabled(False)
        show_error(self.error_label, None)
        show_message(self.status_label, "Building the pack…")
        QThreadPool.globalInstance().start(self.job)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progress_bar.setMaximum(max(total, 1))
        self.progress_bar.setValue(min(done, total))

    @Slot(object, object)
    def _on_finished(self, result: object, error: object) -> None:
        self.job = None
        self.build_button.setEnabled(True)
        if error is None:
            self.progress_bar.setValue(self.progress_bar.maximum())
            done = result
            show_message(
                self.status_label,
                f"Saved {done.path.name} ({done.pages} pages)"  # type: ignore[attr-defined]
                + (f" and {done.evidence_files} evidence files." if done.evidence_files else "."),  # type: ignore[attr-defined]
                "ok",
            )
        elif isinstance(error, LcsError):
            self.progress_bar.hide()
            show_message(self.status_label, None)
            show_error(self.error_label, error.message)
        else:
            import sys

            assert isinstance(error, BaseException)
            sys.excepthook(type(error), error, error.__traceback__)
