"""The case list as a paged table model: only the first page is read when a filter changes, and
only the pages in view after that, so 100 000 cases paint and scroll as fast as 100. Overdue
rows are shown in red."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from lcs_desktop.gui.formatting import date_time_text
from lcs_desktop.gui.paged_table_model import PagedTableModel

if TYPE_CHECKING:
    from lcs_desktop.services.case_types import CaseFilter, CaseSummary
    from lcs_desktop.services.identity import CurrentUser
    from lcs_desktop.services.session import SignedIn

OVERDUE = QColor("#b00020")


def flags_text(c: CaseSummary) -> str:
    flags = (["Overdue clock"] if c.overdue else []) + (["Reported late"] if c.late_report else [])
    return ", ".join(flags)


COLUMNS = (
    ("Reference", lambda c: c.reference),
    ("Subject", lambda c: c.subject_name),
    ("Status", lambda c: c.status.label),
    ("Risk", lambda c: c.risk.label if c.risk else "Not rated"),
    ("Came in", lambda c: date_time_text(c.reported_at)),
    ("Investigating officer", lambda c: c.officer_name or "Not assigned"),
    ("Next clock due", lambda c: date_time_text(c.next_due_at)),
    ("Flags", flags_text),
)


class CaseTableModel(PagedTableModel["CaseSummary"]):
    def __init__(self, session: SignedIn, page_size: int = 100, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, page_size, parent)
        self._session = session

    def set_filter(self, flt: CaseFilter) -> None:
        """Read the first page for ``flt`` (the total comes with it: no second query); later
        pages seek by key and skip the count."""
        cases, user = self._session.cases, self._session.user
        first = cases.list_cases(user, flt, 0, self.page_size)

        def fetch(
            *, after: tuple | None, skip: int, limit: int, backwards: bool, u: CurrentUser = user
        ) -> tuple[CaseSummary, ...]:
            page = cases.list_cases(u, flt, skip, limit, after=after, backwards=backwards, with_total=False)
            return page.rows

        self.set_source(fetch, first.total, first.rows)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if index.isValid() and role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole):
            row = self.row_or_none(index.row())
            if row is None or not row.overdue:
                return None
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(OVERDUE)
            font = QFont()
            font.setBold(index.column() == len(COLUMNS) - 1)
            return font
        return super().data(index, role)
