"""Audit log (lead and administrator): filters, a table that fetches pages on demand, verify."""

from __future__ import annotations

import gc
import json
import threading
from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHeaderView, QWidget

from lcs_desktop.domain.errors import LcsError
from lcs_desktop.gui.formatting import LONDON, date_time_text
from lcs_desktop.gui.forms.ui_audit_log_page import Ui_AuditLogPage
from lcs_desktop.gui.page_spec import PageContext
from lcs_desktop.gui.style import show_message
from lcs_desktop.gui.tasks import run_task
from lcs_desktop.services.audit_sentences import REFUSED_ACTION

if TYPE_CHECKING:
    from lcs_desktop.services.audit_log import AuditFilter, AuditLogService, AuditRow, VerifyResult
    from lcs_desktop.services.identity import CurrentUser

_Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("Event", "Details")
# "Show details": the stored fields as they are kept, for IT (never more than the reader may see).
RAW_COLUMNS = ("Seq.", "Time (UTC)", "Username", "Action code", "Record", "Stored details")
PAGE_SIZE = 200
# The first fetch fills a tall screen and no more: each row is a sentence made in Python, and
# the rest arrive as the view scrolls (issue 12: first paint < 100 ms at 400 000 events).
FIRST_PAGE = 60
EVENT_SHARE = 0.62  # of the table's width, for the Event column
EVERYONE = "Everyone"
EVERY_ACTION = "Every action"


def raw_values(row: AuditRow) -> tuple[str, ...]:
    record = " ".join(str(p) for p in (row.entity_type, row.entity_id) if p is not None)
    when = row.at.astimezone(UTC).isoformat(timespec="seconds") if row.at.tzinfo else row.at.isoformat()
    details = json.dumps(row.details, ensure_ascii=False, sort_keys=True)
    return (str(row.seq), when, row.actor, row.action, record, details)


def readable_values(row: AuditRow) -> tuple[str, ...]:
    said = row.sentence
    if said is None:  # pragma: no cover - the service always says it
        return (f"{date_time_text(row.at)} — {row.actor} {row.action}", "")
    return (said.text, "; ".join(said.lines))


class AuditTableModel(QAbstractTableModel):
    """Rows arrive ``FIRST_PAGE``, then ``PAGE_SIZE`` at a time as the view scrolls
    (canFetchMore/fetchMore)."""

    def __init__(self, service: AuditLogService, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._user = user
        self._filter: AuditFilter | None = None
        self.rows: list[AuditRow] = []
        self._more = False
        self.raw = False

    def set_raw(self, raw: bool) -> None:
        """Show the stored fields (for IT) instead of the sentences; the rows stay loaded."""
        self.beginResetModel()
        self.raw = raw
        self.endResetModel()

    def columns(self) -> tuple[str, ...]:
        return RAW_COLUMNS if self.raw else COLUMNS

    def set_filter(self, flt: AuditFilter) -> None:
        self.beginResetModel()
        self._filter = flt
        self.rows = []
        self._more = True
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and self._filter is not None

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        assert self._filter is not None
        limit = PAGE_SIZE if self.rows else FIRST_PAGE
        after = self.rows[-1].seq if self.rows else None  # keyset: a seek, not an OFFSET (issue 12)
        batch = self._service.events(self._user, self._filter, after=after, limit=limit)
        self._more = len(batch) == limit
        if batch:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(batch) - 1)
            self.rows.extend(batch)
            self.endInsertRows()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns()[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and not self.raw and row.sentence is not None:
            return row.sentence.full_text  # the whole sentence, one changed field per line
        values = raw_values(row) if self.raw else readable_values(row)
        return values[index.column()]


def _day_start_utc(day: QDate) -> datetime:
    local = datetime.combine(day.toPython(), time.min, tzinfo=LONDON) if LONDON else None
    if local is None:
        local = datetime.combine(day.toPython(), time.min).astimezone()
    return local.astimezone(UTC)


def verify_text(result: VerifyResult) -> str:
    if result.ok:
        return (
            f"The audit log is complete: all {result.events} events are in order and none has been "
            "changed or removed."
        )
    return (
        f"Warning: the audit log has been tampered with or damaged ({len(result.problems)} problem(s) "
        f"among {result.events} events). Keep this PC as it is and tell your safeguarding lead and IT. "
        + " ".join(f"Event {p.seq} {p.what}." for p in result.problems[:5])
    )


def _verify_without_gc_pauses(verify: Callable[[], VerifyResult]) -> VerifyResult:
    """Run ``verify`` with Python's cyclic garbage collector paused: its full collections hold
    the GIL for 50-90 ms, stalling the window, and the pass makes millions of short-lived rows
    (freed by reference counting anyway). Automatic collection resumes afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return verify()
    finally:
        if was_enabled:
            gc.enable()


class _VerifyProgress(QObject):
    """Lives on the GUI thread: the worker emits, Qt queues each report here (never a widget
    call from the worker)."""

    advanced = Signal(int, int)  # done, total


class AuditLogPage(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AuditLogPage()
        self.ui.setupUi(self)
        self._session = context.session
        self.busy = False
        self.model = AuditTableModel(self._session.audit_log, self._session.user, self)
        self.ui.events_table.setModel(self.model)
        self._size_columns()
        today = QDate(*self._session.workspace.today().timetuple()[:3])
        for edit in (self.ui.from_date_edit, self.ui.to_date_edit):
            edit.setMaximumDate(today)
        self.ui.from_date_edit.setDate(today.addDays(-30))
        self.ui.to_date_edit.setDate(today)
        self.ui.verify_result_label.hide()
        self.ui.verify_progress_bar.hide()
        self.ui.cancel_verify_button.hide()
        self._stop = threading.Event()
        self._progress = _VerifyProgress(self)
        self._progress.advanced.connect(self._on_verify_advanced)
        self.ui.cancel_verify_button.clicked.connect(self._on_cancel_verify_button_clicked)
        self.ui.apply_button.clicked.connect(self._on_apply_button_clicked)
        self.ui.verify_button.clicked.connect(self._on_verify_button_clicked)
        self.ui.details_button.toggled.connect(self._on_details_button_toggled)
        self.ui.refused_check.toggled.connect(self._on_refused_check_toggled)
        self._fill_choices()
        self._on_apply_button_clicked()

    def _size_columns(self) -> None:
        header = self.ui.events_table.horizontalHeader()
        if self.model.raw:
            for column in range(self.model.columnCount() - 1):
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(self.model.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
            return
        # Sentences vary in length: the Event column takes most of the width (the whole sentence
        # is in its tooltip), leaving the changed fields in view beside it.
        for column in range(self.model.columnCount()):  # undo the raw view's sizing
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        # The page's width, not the table's: the layout sizes the table after this page's resize.
        header.resizeSection(0, max(320, int(self.width() * EVENT_SHARE)))
        header.setSectionResizeMode(self.model.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(1, header.minimumSectionSize())  # re-lays out the Stretch (after raw)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._size_columns()

    def _fill_choices(self) -> None:
        from lcs_desktop.services.audit_log import AuditFilter

        audit, user = self._session.audit_log, self._session.user
        self.ui.person_combo.addItem(EVERYONE, None)
        for username, name in audit.actor_choices(user):
            self.ui.person_combo.addItem(name, username)
        self.ui.action_combo.addItem(EVERY_ACTION, None)
        for code, words in audit.action_choices(user):
            self.ui.action_combo.addItem(words, code)
        refused = audit.count(user, AuditFilter(action=REFUSED_ACTION))
        if refused:
            self.ui.refused_check.setText(f"&Refused attempts ({refused})")

    def current_filter(self) -> AuditFilter:
        from lcs_desktop.services.audit_log import AuditFilter

        start, end = self.ui.from_date_edit.date(), self.ui.to_date_edit.date()
        if end < start:
            start, end = end, start
        return AuditFilter(
            since=_day_start_utc(start),
            until=_day_start_utc(end) + timedelta(days=1),
            actor=self.ui.person_combo.currentData(),
            action=REFUSED_ACTION
            if self.ui.refused_check.isChecked()
            else self.ui.action_combo.currentData(),
        )

    def _on_refused_check_toggled(self, checked: bool) -> None:
        self.ui.action_combo.setEnabled(not checked)
        self._on_apply_button_clicked()

    def _on_details_button_toggled(self, checked: bool) -> None:
        self.model.set_raw(checked)
        self._size_columns()
        self.ui.details_button.setText("Hide &details" if checked else "Show &details")

    def _on_apply_button_clicked(self) -> None:
        try:
            flt = self.current_filter()
            self.model.set_filter(flt)
            total = self._session.audit_log.count(self._session.user, flt)
        except LcsError as exc:
            self.ui.count_label.setText(exc.message)
            return
        self.ui.count_label.setText(f"{total} event{'s' if total != 1 else ''} (newest first)")

    def _on_verify_button_clicked(self) -> None:
        """Verify off the GUI thread: one streaming pass, with a progress bar and Stop."""
        self.busy = True
        self._stop = stop = threading.Event()
        self.ui.verify_button.setEnabled(False)
        self.ui.verify_progress_bar.setRange(0, 0)  # busy until the first report gives the total
        self.ui.verify_progress_bar.show()
        self.ui.cancel_verify_button.setEnabled(True)
        self.ui.cancel_verify_button.show()
        show_message(self.ui.verify_result_label, "Checking every event…", "hint")
        session, advanced = self._session, self._progress.advanced
        run_task(
            lambda: _verify_without_gc_pauses(
                lambda: session.audit_log.verify(session.user, progress=advanced.emit, cancelled=stop.is_set)
            ),
            self._on_verified,
            self._on_verify_failed,
        )

    def _on_verify_advanced(self, done: int, total: int) -> None:
        if self.busy and total:
            self.ui.verify_progress_bar.setRange(0, total)
            self.ui.verify_progress_bar.setValue(done)

    def _on_cancel_verify_button_clicked(self) -> None:
        self._stop.set()  # the worker stops at its next batch and remembers nothing
        self.ui.cancel_verify_button.setEnabled(False)
        show_message(self.ui.verify_result_label, "Stopping the check…", "hint")

    def _on_verified(self, result: VerifyResult) -> None:
        self._finish_verify("ok" if result.ok else "error", verify_text(result))

    def _on_verify_failed(self, error: LcsError) -> None:
        role = "hint" if self._stop.is_set() else "error"
        self._finish_verify(role, error.message)

    def _finish_verify(self, role: str, text: str) -> None:
        self.busy = False
        self.ui.verify_button.setEnabled(True)
        self.ui.verify_progress_bar.hide()
        self.ui.cancel_verify_button.hide()
        show_message(self.ui.verify_result_label, text, role)
