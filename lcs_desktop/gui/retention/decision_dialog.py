"""One decision on records from the retention review queue: keep for N more months (reason),
delete (the lead's confirmation and a reason), reduce to a minimal log, or place a legal hold.

Deleting and reducing many records runs off the GUI thread with progress; closing the dialog
meanwhile asks the job to stop after the current batch (``JobDialog``). Every problem is shown
beside its field at once, and nothing typed is lost on a refusal.
"""

from __future__ import annotations

from collections.abc import Sequence
from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lcs_desktop.domain.errors import LcsError, Problems, ValidationError
from lcs_desktop.domain.people import parse_date
from lcs_desktop.domain.record_refs import NOTE_HINT, NOTE_MAX, RecordRef
from lcs_desktop.gui.fields import FieldMessages
from lcs_desktop.gui.pdf_export import ExportJob, JobDialog
from lcs_desktop.gui.style import show_error, show_message

KEEP, DELETE, REDUCE, HOLD = "keep", "delete", "reduce", "hold"
TITLES = {
    KEEP: "Keep for longer",
    DELETE: "Delete records",
    REDUCE: "Reduce checks to a minimal log",
    HOLD: "Place a legal hold",
}


def _error_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(f"{name}_error_label")
    label.setProperty("role", "error")
    label.setWordWrap(True)
    return label


class RetentionDecisionDialog(JobDialog):
    """``rows`` are the queue rows chosen (``kind``, ``record_id``, ``reference``)."""

    def __init__(self, session: Any, mode: str, rows: Sequence[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retention_decision_dialog")
        self.setWindowTitle(TITLES[mode])
        self._session, self.mode, self.rows = session, mode, list(rows)
        self.result_value: object = None
        layout = QVBoxLayout(self)
        count = len(self.rows)
        what = self.rows[0].reference if count == 1 else f"{count} records"
        intro = QLabel(self._intro(what), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)
        ui = SimpleNamespace()
        if mode == KEEP:
            ui.months_edit = QSpinBox(self)
            ui.months_edit.setRange(0, 120)
            ui.months_edit.setValue(6)
            ui.months_edit.setSuffix(" months")
            form.addRow("Keep for &more:", ui.months_edit)
            ui.months_error = _error_label(self, "months")
            form.addRow("", ui.months_error)
        if mode in (KEEP, HOLD):
            ui.reason_edit = QPlainTextEdit(self)
            ui.reason_edit.setTabChangesFocus(True)
            ui.reason_edit.setMaximumHeight(ui.reason_edit.fontMetrics().lineSpacing() * 5)
            form.addRow("&Reason:", ui.reason_edit)
            ui.reason_error = _error_label(self, "reason")
            form.addRow("", ui.reason_error)
        if mode == HOLD:
            ui.review_on_edit = QLineEdit(self)
            ui.review_on_edit.setPlaceholderText("dd/mm/yyyy")
            form.addRow("Re&view the hold on:", ui.review_on_edit)
            ui.review_on_error = _error_label(self, "review_on")
            form.addRow("", ui.review_on_error)
        if mode in (DELETE, REDUCE):
            ui.note_edit = QLineEdit(self)
            ui.note_edit.setMaxLength(NOTE_MAX)
            ui.note_edit.setPlaceholderText(NOTE_HINT)
            form.addRow("&Reason:", ui.note_edit)
            ui.note_error = _error_label(self, "note")
            form.addRow("", ui.note_error)
        if mode == DELETE:
            ui.confirm_check = QCheckBox(
                f"I confirm, as safeguarding lead, that {what} are to be deleted for good", self
            )
            if count == 1:
                ui.confirm_check.setText(
                    f"I confirm, as safeguarding lead, that {what} is to be deleted for good"
                )
            form.addRow("", ui.confirm_check)
            ui.confirm_error = _error_label(self, "confirm")
            form.addRow("", ui.confirm_error)
        for name in ("months", "reason", "review_on", "note", "confirm"):
            widget = getattr(ui, f"{name}_edit", None) or getattr(ui, f"{name}_check", None)
            if widget is not None:
                widget.setObjectName(f"{name}_{'check' if name == 'confirm' else 'edit'}")
        self.ui = ui
        self.message_label = QLabel(self)
        self.message_label.setObjectName("message_label")
        self.message_label.setWordWrap(True)
        layout.addWidget(self.message_label)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("progress_bar")
        self.progress_bar.hide()
        layout.addWidget(self.progress_bar)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.go_button = self.buttons.addButton(
            TITLES[mode].split(" ")[0], QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.go_button.setObjectName("go_button")
        if mode == DELETE:
            self.go_button.setText("&Delete")
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_go)
        self.buttons.rejected.connect(self.reject)
        self.messages = FieldMessages(ui, self.message_label)
        show_error(self.message_label, None)

    def _intro(self, what: str) -> str:
        return {
            KEEP: f"Keep {what} past the retention date. The reason is kept with the record.",
            DELETE: f"Delete {what} with everything attached: evidence, search entries and drafts. "
            "A deletion certificate (no content) stays in the audit trail. This cannot be undone.",
            REDUCE: f"Reduce {what} to a minimal log: date, checker, result and outcome. Findings, "
            "evidence and the discussion are deleted. This cannot be undone.",
            HOLD: f"Place a legal hold on {what}: nobody can delete or reduce it while the hold stands.",
        }[self.mode]

    # -- acting ----------------------------------------------------------------------------

    def _on_go(self) -> None:
        if self.job is not None:
            return
        session, user, ui = self._session, self._session.user, self.ui
        try:
            if self.mode == KEEP:
                refs = [(r.kind, r.record_id) for r in self.rows]
                self.result_value = session.retention.keep(
                    user, refs, ui.months_edit.value(), ui.reason_edit.toPlainText()
                )
                self.accept()
            elif self.mode == HOLD:
                self._hold()
            else:
                self._start_job()
        except LcsError as exc:
            self.messages.show(exc)

    def _hold(self) -> None:
        from lcs_desktop.services.retention_actions import hold_from_queue

        problems = Problems()
        review_on = problems.check(parse_date, self.ui.review_on_edit.text(), "review_on", "the review date")
        reason = self.ui.reason_edit.toPlainText()
        if not reason.strip():
            problems.add(ValidationError("Say why the hold is needed.", "reason"))
        if review_on is None and not problems.has("review_on"):
            problems.add(ValidationError("Choose the date the hold should be reviewed.", "review_on"))
        problems.raise_any()
        row = self.rows[0]
        ref = RecordRef(row.kind, row.record_id)
        self.result_value = hold_from_queue(
            self._session.workspace, self._session.user, ref, reason=reason, review_on=review_on
        )
        self.accept()

    def _start_job(self) -> None:
        from lcs_desktop.services.retention_actions import delete_due, reduce_due

        problems = Problems()
        note = self.ui.note_edit.text()
        if self.mode == DELETE and not self.ui.confirm_check.isChecked():
            problems.add(ValidationError("Tick the box to confirm the deletion.", "confirm"))
        if not note.strip():
            problems.add(ValidationError("Say why, in a few words (no names).", "note"))
        problems.raise_any()
        ws, user = self._session.workspace, self._session.user
        if self.mode == DELETE:
            refs = [RecordRef(r.kind, r.record_id) for r in self.rows]

            def work(progress, cancelled):  # type: ignore[no-untyped-def]
                return delete_due(ws, user, refs, note=note, progress=progress, cancelled=cancelled)
        else:
            ids = [r.record_id for r in self.rows if r.kind == "check"]

            def work(progress, cancelled):  # type: ignore[no-untyped-def]
                return reduce_due(ws, user, ids, note=note, progress=progress, cancelled=cancelled)

        self.job = ExportJob(work)
        self.job.relay.progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self.job.relay.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self.go_button.setEnabled(False)
        self.progress_bar.setRange(0, max(1, len(self.rows)))
        self.progress_bar.setValue(0)
        self.progress_bar.show()
        show_message(self.message_label, "Working… closing this window stops after the current batch.")
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().start(self.job)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(1, total))
        self.progress_bar.setValue(done)

    @Slot(object, object)
    def _on_finished(self, result: object, error: object) -> None:
        self.job = None
        self.go_button.setEnabled(True)
        self.progress_bar.hide()
        if error is not None:
            if isinstance(error, LcsError):
                self.messages.show(error)
                return
            import sys

            assert isinstance(error, BaseException)
            sys.excepthook(type(error), error, error.__traceback__)
            return
        self.result_value = result
        self.accept()
