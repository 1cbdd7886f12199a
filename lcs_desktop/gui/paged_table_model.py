"""A read-only table model that fetches its rows a page at a time (canFetchMore/fetchMore).

The view asks for more only as the user scrolls, so 100 000 people paint as fast as 200:
only the first page is read when the search or a filter changes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

T = TypeVar("T")
_Index = QModelIndex | QPersistentModelIndex
Fetch = Callable[[int, int], Sequence[Any]]


class PagedTableModel(QAbstractTableModel, Generic[T]):
    """``columns`` are (heading, row → text); ``fetch(offset, limit)`` returns one page."""

    def __init__(
        self,
        columns: Sequence[tuple[str, Callable[[T], str]]],
        page_size: int = 200,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._page = page_size
        self._rows: list[T] = []
        self._fetch: Fetch | None = None
        self._exhausted = True

    def set_source(self, fetch: Fetch | None, first_page: Sequence[T] | None = None) -> None:
        """A new query: drop the rows and read the first page (or take ``first_page``, already
        read off the GUI thread)."""
        self.beginResetModel()
        self._fetch = fetch
        self._rows = []
        self._exhausted = fetch is None
        if fetch is not None and first_page is not None:
            self._rows = list(first_page)
            self._exhausted = len(self._rows) < self._page
        elif fetch is not None:
            self._read_page_into_rows()
        self.endResetModel()

    @property
    def page_size(self) -> int:
        return self._page

    def _read_page_into_rows(self) -> int:
        assert self._fetch is not None
        page = list(self._fetch(len(self._rows), self._page))
        self._rows.extend(page)
        self._exhausted = len(page) < self._page
        return len(page)

    def row(self, number: int) -> T:
        return self._rows[number]

    @property
    def rows(self) -> list[T]:
        return self._rows

    # -- Qt ------------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or self._fetch is None:
            return
        page = list(self._fetch(len(self._rows), self._page))
        self._exhausted = len(page) < self._page
        if page:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section][0]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return self._columns[index.column()][1](self._rows[index.row()])
