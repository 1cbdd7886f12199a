"""Subject access request on one person (lead only): the request and its clock, the proposed
redactions to accept or reject with an exemption, and building the pack off the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QThreadPool, Slot
from PySide6.QtWidgets import QFileDialog, QTableWidgetItem, QWidget
from shiboken6 import isValid

from lcs_desktop.domain.errors import LcsError
from lcs_desktop.domain.subject_access import Decision, Exemption
from lcs_desktop.gui.accessibility import set_value
from lcs_desktop.gui.fields import confirm_summary, date_text, read_date
from lcs_desktop.gui.pdf_export import ExportJob, JobDialog, documents_folder
from lcs_desktop.gui.people.subject_access_form import DISCLOSE, REDACT, SubjectAccessForm
from lcs_desktop.gui.style import show_error, show_message
from lcs_desktop.gui.tasks import run_task

if TYPE_CHECKING:
    from lcs_desktop.services.people import PersonDetail
    from lcs_desktop.services.session import SignedIn
    from lcs_desktop.services.subject_access import RequestView
    from lcs_desktop.services.subject_access_proposals import Proposal


class SubjectAccessDialog(JobDialog):
    def __init__(self, session: SignedIn, person: PersonDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Subject access request")  # never the person's name
        self._session, self._person = session, person
        self._service = session.subject_access
        self.request: RequestView | None = None
        self.proposals: list[Proposal] = []
        self.loading = False  # the proposals are being read on the thread pool
        self.ui = SubjectAccessForm()
        self.ui.setup(self, person.full_name, person.reference, session.workspace.today())
        self._connect()
        self.refresh()

    def _connect(self) -> None:
        self.ui.open_button.clicked.connect(self._on_open_button_clicked)
        self.ui.pause_button.clicked.connect(self._on_pause_button_clicked)
        self.ui.resume_button.clicked.connect(self._on_resume_button_clicked)
        self.ui.extend_button.clicked.connect(self._on_extend_button_clicked)
        self.ui.decide_button.clicked.connect(self._on_decide_button_clicked)
        self.ui.build_button.clicked.connect(self._on_build_button_clicked)
        self.ui.release_button.clicked.connect(self._on_release_button_clicked)
        self.ui.close_button.clicked.connect(self.reject)
        self.ui.proposals_table.itemSelectionChanged.connect(self._on_proposals_table_selection)

    # -- state -------------------------------------------------------------------------------

    def _act(self, work) -> bool:  # type: ignore[no-untyped-def]
        """Run one service call; a refusal is shown in place and nothing typed is lost."""
        try:
            work()
        except LcsError as exc:
            show_error(self.ui.error_label, exc.message)
            return False
        show_error(self.ui.error_label, None)
        return True

    def refresh(self, *, proposals: bool = True) -> None:
        """Show the request as stored; ``proposals`` re-reads the records for the proposals
        (the clock buttons change nothing they depend on)."""
        user = self._session.user
        found: list[RequestView] = []
        if not self._act(lambda: found.extend(self._service.requests_for(user, self._person.id))):
            return
        self.request = next((r for r in found if r.open), found[0] if found else None)
        r = self.request
        self.ui.received_edit.setEnabled(r is None or not r.open)
        self.ui.open_button.setEnabled(r is None or not r.open)
        if r is not None:
            self.ui.received_edit.setText(date_text(r.received_on))
        set_value(self.ui.reference_value, r.reference if r else "No request recorded yet")
        clock = "—"
        if r is not None:
            clock = f"Answered {date_text(r.answered_on)}" if not r.open else r.status.text
            clock += " · extended by two months" if r.extended else ""
        set_value(self.ui.clock_value, clock)
        is_open = r is not None and r.open
        self.ui.pause_button.setEnabled(is_open and not r.paused)  # type: ignore[union-attr]
        self.ui.resume_button.setEnabled(is_open and r.paused)  # type: ignore[union-attr]
        self.ui.extend_button.setEnabled(is_open and not r.extended)  # type: ignore[union-attr]
        self.ui.reason_edit.setEnabled(is_open)
        self.ui.release_button.setEnabled(is_open)
        if proposals or r is None or not r.open:
            self._load_proposals()
        else:
            self._show_proposals()

    def _load_proposals(self) -> None:
        """Read the records for the proposals on the thread pool: for a person with many
        checks and cases that takes most of a second, which must not freeze the window."""
        self.proposals = []
        r = self.request
        if r is None or not r.open:
            self._show_proposals()
            return
        self.loading = True
        self._show_proposals()
        user, service = self._session.user, self._service
        run_task(lambda: service.proposals(user, r.id), self._on_proposals_read, self._on_proposals_fault)

    def _on_proposals_read(self, found: list[Proposal]) -> None:
        if not isValid(self):  # closed while the records were read
            return
        self.loading = False
        self.proposals = found
        self._show_proposals()

    def _on_proposals_fault(self, error: LcsError) -> None:
        if not isValid(self):
            return
        self.loading = False
        self._show_proposals()
        show_error(self.ui.error_label, error.message)

    def _show_proposals(self) -> None:
        r = self.request
        table = self.ui.proposals_table
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
        if self.loading:
            title = "Proposed redactions: reading the records…"
        elif self.proposals:
            title = f"Proposed redactions ({len(self.proposals)}, {waiting} to decide)"
        else:
            title = "Proposed redactions: none"
        self.ui.proposals_group.setTitle(title)
        has = bool(self.proposals) and r is not None and r.open and not self.loading
        for w in (self.ui.decision_combo, self.ui.exemption_combo, self.ui.decide_button):
            w.setEnabled(has)
        self.ui.build_button.setEnabled(r is not None and not self.loading and self.job is None)
        if has and not table.selectionModel().selectedRows():
            table.selectRow(0)

    def _selected(self) -> Proposal | None:
        rows = self.ui.proposals_table.selectionModel().selectedRows()
        return self.proposals[rows[0].row()] if rows and rows[0].row() < len(self.proposals) else None

    # -- slots -------------------------------------------------------------------------------

    def _on_proposals_table_selection(self) -> None:
        p = self._selected()
        if p is None:
            return
        chosen = p.exemption or p.suggested
        self.ui.exemption_combo.setCurrentIndex(max(self.ui.exemption_combo.findData(chosen.value), 0))
        rejected = p.decision is Decision.REJECTED
        self.ui.decision_combo.setCurrentIndex(1 if rejected else 0)

    def _on_open_button_clicked(self) -> None:
        user = self._session.user
        if self._act(
            lambda: self._service.open_request(
                user,
                self._person.id,
                read_date(self.ui.received_edit, "received_on", "the date the request arrived"),
            )
        ):
            self.refresh()

    def _on_pause_button_clicked(self) -> None:
        assert self.request is not None
        if self._act(
            lambda: self._service.pause(self._session.user, self.request.id, self.ui.reason_edit.text())
        ):
            self.ui.reason_edit.clear()
            self.refresh(proposals=False)

    def _on_resume_button_clicked(self) -> None:
        assert self.request is not None
        if self._act(lambda: self._service.resume(self._session.user, self.request.id)):
            self.refresh(proposals=False)

    def _on_extend_button_clicked(self) -> None:
        assert self.request is not None
        if self._act(
            lambda: self._service.extend(self._session.user, self.request.id, self.ui.reason_edit.text())
        ):
            self.ui.reason_edit.clear()
            self.refresh(proposals=False)

    def _on_decide_button_clicked(self) -> None:
        p, r = self._selected(), self.request
        if p is None or r is None:
            return
        decision = Decision(self.ui.decision_combo.currentData())
        exemption = self.ui.exemption_combo.currentData() if decision is Decision.ACCEPTED else None
        row = self.ui.proposals_table.currentRow()
        if self._act(lambda: self._service.decide(self._session.user, r.id, p, decision, exemption)):
            p.decision = decision
            p.exemption = Exemption(exemption) if exemption else None
            self._show_proposals()
            following = min(row + 1, self.ui.proposals_table.rowCount() - 1)
            self.ui.proposals_table.selectRow(following)

    def _on_release_button_clicked(self) -> None:
        assert self.request is not None
        r = self.request
        lines = [
            f"{r.reference}: answered today ({date_text(self._session.workspace.today())})",
            r.status.text,
            "The request closes: its clock stops and it can no longer change.",
        ]
        if not confirm_summary(
            self, "Record as sent", "Record that the pack has been sent?", lines, "Record as sent"
        ):
            return
        if self._act(lambda: self._service.release(self._session.user, self.request.id)):
            show_message(self.ui.status_label, "Recorded as answered.", "ok")
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
        self.ui.progress_bar.setValue(0)
        self.ui.progress_bar.show()
        self.ui.build_button.setEnabled(False)
        show_error(self.ui.error_label, None)
        show_message(self.ui.status_label, "Building the pack…")
        QThreadPool.globalInstance().start(self.job)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.ui.progress_bar.setMaximum(max(total, 1))
        self.ui.progress_bar.setValue(min(done, total))

    @Slot(object, object)
    def _on_finished(self, result: object, error: object) -> None:
        self.job = None
        self.ui.build_button.setEnabled(True)
        if error is None:
            self.ui.progress_bar.setValue(self.ui.progress_bar.maximum())
            done = result
            show_message(
                self.ui.status_label,
                f"Saved {done.path.name} ({done.pages} pages)"  # type: ignore[attr-defined]
                + (f" and {done.evidence_files} evidence files." if done.evidence_files else "."),  # type: ignore[attr-defined]
                "ok",
            )
        elif isinstance(error, LcsError):
            self.ui.progress_bar.hide()
            show_message(self.ui.status_label, None)
            show_error(self.ui.error_label, error.message)
        else:
            import sys

            assert isinstance(error, BaseException)
            sys.excepthook(type(error), error, error.__traceback__)
