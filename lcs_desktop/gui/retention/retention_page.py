"""Retention review: records whose retention date has passed, oldest first, for the lead to
decide on — delete, reduce, keep for N more months, or place a legal hold — one or many at
once. The list is keyset-paged (it may hold tens of thousands of records)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from lcs_desktop.domain.errors import LcsError
from lcs_desktop.domain.retention import RecordKind, dmy
from lcs_desktop.domain.roles import Permission
from lcs_desktop.gui.page_spec import PageContext
from lcs_desktop.gui.paged_table_model import PagedTableModel, service_fetch
from lcs_desktop.gui.retention.decision_dialog import DELETE, HOLD, KEEP, REDUCE, RetentionDecisionDialog
from lcs_desktop.gui.style import show_error, show_message
from lcs_desktop.gui.table_fit import fit_columns
from lcs_desktop.gui.tasks import run_task

if TYPE_CHECKING:
    from lcs_desktop.services.retention import QueueRow

COLUMNS = (
    ("Due", lambda r: dmy(r.due)),
    ("Record", lambda r: RecordKind(r.kind).label),
    ("Reference", lambda r: r.reference),
    ("About", lambda r: r.name),
    ("Proposed", lambda r: r.action.label),
    ("Legal hold", lambda r: "Held" if r.held else ""),
    ("Why", lambda r: r.sentence),
)


class RetentionPage(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retention_page")
        self._context = context
        self._session = context.session
        user = self._session.user
        layout = QVBoxLayout(self)
        title = QLabel("<h2>Retention review</h2>", self)
        layout.addWidget(title)
        intro = QLabel(
            "Records whose retention date has passed, oldest first. Nothing is deleted by itself: "
            "choose one or more records and decide.",
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count_label")
        layout.addWidget(self.count_label)
        self.table = QTableView(self)
        self.table.setObjectName("queue_table")
        self.table.setAccessibleName("Records due for a retention decision")
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.model: PagedTableModel[QueueRow] = PagedTableModel(COLUMNS, parent=self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        fit_columns(self.table, stretch=len(COLUMNS) - 1)
        self.model.on_read_failed = self._on_model_read_failed
        layout.addWidget(self.table, 1)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("message_label")
        self.message_label.setWordWrap(True)
        layout.addWidget(self.message_label)
        row = QHBoxLayout()
        layout.addLayout(row)
        self.certificates_button = QPushButton("Deletion &certificates…", self)
        self.certificates_button.setObjectName("certificates_button")
        self.certificates_button.setVisible(user.can(Permission.DELETE_RECORDS))
        self.certificates_button.clicked.connect(self._on_certificates)
        row.addWidget(self.certificates_button)
        row.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        for mode, text, permission in (
            (KEEP, "&Keep for longer…", Permission.REVIEW_RETENTION),
            (HOLD, "Legal &hold…", Permission.PLACE_LEGAL_HOLDS),
            (REDUCE, "&Reduce…", Permission.DELETE_RECORDS),
            (DELETE, "&Delete…", Permission.DELETE_RECORDS),
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"{mode}_button")
            button.setVisible(user.can(permission))
            button.clicked.connect(lambda _c=False, m=mode: self._on_decide(m))
            row.addWidget(button)
            self.buttons[mode] = button
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        show_error(self.message_label, None)
        self.refresh()

    def refresh(self) -> None:
        service, user = self._session.retention, self._session.user
        try:
            current = service.dates_current(user)
        except LcsError as exc:
            show_error(self.message_label, exc.message)
            return
        if not current:  # first open after an upgrade: every record's date, off the GUI thread
            self.count_label.setText("Working out every record's retention date… this happens once.")
            run_task(lambda: service.prepare(user), lambda _r: self._after_prepare(), self._on_prepare_failed)
            return
        try:
            total = service.queue_count(user)
            first = service.queue_page(user, limit=self.model.page_size)
        except LcsError as exc:
            show_error(self.message_label, exc.message)
            return
        fetch = service_fetch(lambda **kw: service.queue_page(user, **kw))
        self.model.set_source(fetch, total, first)
        noun = "record is" if total == 1 else "records are"
        self.count_label.setText(f"{total:,} {noun} past the retention date." if total else "Nothing is due.")
        self._update_buttons()

    def _after_prepare(self) -> None:
        if isValid(self):
            self.refresh()

    def _on_prepare_failed(self, error: LcsError) -> None:
        if isValid(self):
            show_error(self.message_label, error.message)

    def selected(self) -> list[QueueRow]:
        rows = self.table.selectionModel().selectedRows()
        return [self.model.row(index.row()) for index in sorted(rows, key=lambda i: i.row())]

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.selected()
        for mode, button in self.buttons.items():
            if mode == HOLD:
                button.setEnabled(len(chosen) == 1 and not chosen[0].held)
            elif mode == REDUCE:
                button.setEnabled(bool(chosen) and all(r.kind == "check" for r in chosen))
            else:
                button.setEnabled(bool(chosen))

    def _on_decide(self, mode: str) -> None:
        chosen = self.selected()
        if not chosen:
            return
        dialog = RetentionDecisionDialog(self._session, mode, chosen, self)
        if not dialog.exec():
            return
        self.refresh()
        show_message(self.message_label, self._done_text(mode, len(chosen), dialog.result_value), "ok")

    def _on_certificates(self) -> None:
        from lcs_desktop.gui.retention.certificates_dialog import CertificatesDialog

        CertificatesDialog(self._session, self).exec()

    @staticmethod
    def _done_text(mode: str, count: int, result: object) -> str:
        records = f"{count} record{'s' if count != 1 else ''}"
        if mode == KEEP:
            return f"Kept {records} until {dmy(result)}." if result else f"Kept {records}."  # type: ignore[arg-type]
        if mode == HOLD:
            return "Legal hold placed. The record cannot be deleted or reduced while it stands."
        done = getattr(result, "count", count)
        stopped = " Stopped part-way, as asked." if getattr(result, "cancelled", False) else ""
        verb = "Deleted" if mode == DELETE else "Reduced"
        records = f"{done} record{'s' if done != 1 else ''}"
        return f"{verb} {records}; the certificates are in the audit trail.{stopped}"

    def _on_model_read_failed(self, error: LcsError) -> None:
        if isValid(self):
            show_error(self.message_label, error.message)
