"""A read-only table model over a list of any length that holds only a few pages of it.

The model knows the total, so the scroll bar is the whole list from the start; a page is read
only when the view asks for a row on it, and only the pages seen last are kept (memory stays
flat however far anyone scrolls). Pages are read by keyset (issue 12): each page remembers the
sort keys of its first and last rows, so the page next to one already seen is one index seek,
the last page is read backwards from the end, and a jump (dragging the scroll bar) seeks from
the nearest known key and skips only the rows in between.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer

from lcs_desktop.domain.errors import LcsError

T = TypeVar("T")
Key = tuple[Any, ...]
_Index = QModelIndex | QPersistentModelIndex

MAX_PAGES = 6  # pages kept: a screenful either side of the view at any page size


class Fetch(Protocol):
    """One page: ``limit`` rows after the row keyed ``after`` (from the start when None),
    skipping ``skip``; with ``backwards`` the rows before it (from the end), in display order."""

    def __call__(self, *, after: Key | None, skip: int, limit: int, backwards: bool) -> Sequence[Any]: ...


def service_fetch(read: Callable[..., Sequence[Any]]) -> Fetch:
    """A ``Fetch`` over a service's list function taking ``after``, ``offset`` (the skip),
    ``limit`` and ``backwards`` keywords (people, checks, audit events)."""

    def fetch(*, after: Key | None, skip: int, limit: int, backwards: bool) -> Sequence[Any]:
        return read(after=after, offset=skip, limit=limit, backwards=backwards)

    return fetch


def sort_key_of(row: Any) -> Key:
    return tuple(row.sort_key)


class PagedTableModel(QAbstractTableModel, Generic[T]):
    """``columns`` are (heading, row → text); ``key(row)`` is the row's sort key (by default
    its ``sort_key``), the value ``fetch`` seeks from. A refusal while reading a page (the
    workspace locked meanwhile) leaves its rows blank and is handed to ``on_read_failed``
    once the paint is over (never from inside ``data``, where a model must not be reset)."""

    def __init__(
        self,
        columns: Sequence[tuple[str, Callable[[T], str]]],
        page_size: int = 100,
        parent: QObject | None = None,
        *,
        key: Callable[[T], Key] = sort_key_of,
        max_pages: int = MAX_PAGES,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._page = page_size
        self._key = key
        self._max_pages = max(2, max_pages)
        self.on_read_failed: Callable[[LcsError], None] | None = None
        self._fetch: Fetch | None = None
        self._total = 0
        self._pages: OrderedDict[int, list[T]] = OrderedDict()  # least recently used first
        # Sort keys of each page's first and last row, for every page read since the reset:
        # two small tuples per page, so seeks stay cheap without keeping the rows.
        self._first_keys: dict[int, Key] = {}
        self._last_keys: dict[int, Key] = {}

    def set_source(self, fetch: Fetch | None, total: int = 0, first_page: Sequence[T] | None = None) -> None:
        """A new query of ``total`` rows: drop what is held; ``first_page`` may come already read
        (off the GUI thread), else the first page is read when the view first asks."""
        self.beginResetModel()
        self._fetch = fetch
        self._total = max(0, total) if fetch is not None else 0
        self._pages.clear()
        self._first_keys.clear()
        self._last_keys.clear()
        if fetch is not None and first_page is not None and self._total:
            self._keep(0, list(first_page))
        self.endResetModel()

    @property
    def page_size(self) -> int:
        return self._page

    @property
    def total(self) -> int:
        return self._total

    @property
    def held_rows(self) -> int:
        """How many rows the model holds now (bounded by ``max_pages`` pages)."""
        return sum(len(rows) for rows in self._pages.values())

    def row(self, number: int) -> T:
        row = self.row_or_none(number)
        if row is None:
            raise IndexError(number)
        return row

    @property
    def rows(self) -> list[T]:
        """Every row, read page by page: for short lists (a search's few answers) and tests."""
        return [r for n in range(self._total) if (r := self.row_or_none(n)) is not None]

    def _read(self, number: int) -> list[T]:
        rows = self._pages.get(number)
        if rows is not None:
            self._pages.move_to_end(number)
            return rows
        try:
            rows = self._fetch_page(number) if self._fetch is not None else []
        except LcsError as exc:
            report = self.on_read_failed
            if report is not None:  # the model as context: nothing is called once it is gone
                QTimer.singleShot(0, self, partial(report, exc))
            return []
        self._keep(number, rows)
        return rows

    def _keep(self, number: int, rows: list[T]) -> None:
        self._pages[number] = rows
        if rows:
            self._first_keys[number] = self._key(rows[0])
            self._last_keys[number] = self._key(rows[-1])
        while len(self._pages) > self._max_pages:
            self._pages.popitem(last=False)

    def _fetch_page(self, number: int) -> list[T]:
        """The cheapest seek to page ``number``: from the nearest known key before or after
        it, or from either end of the list, skipping the fewest rows."""
        assert self._fetch is not None
        start = number * self._page
        end = min(self._total, start + self._page)
        if end <= start:
            return []
        # (rows skipped, after key, backwards): from the start and from the end first.
        options: list[tuple[int, Key | None, bool]] = [(start, None, False), (self._total - end, None, True)]
        before = [p for p in self._last_keys if p < number]
        if before:
            p = max(before)
            options.append((start - (p + 1) * self._page, self._last_keys[p], False))
        later = [p for p in self._first_keys if p > number]
        if later:
            p = min(later)
            options.append((p * self._page - end, self._first_keys[p], True))
        skip, after, backwards = min(options, key=lambda o: o[0])
        return list(self._fetch(after=after, skip=skip, limit=end - start, backwards=backwards))

    # -- Qt ------------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section][0]
        return None

    def row_or_none(self, number: int) -> T | None:
        """The row, or None where the list changed under the view (a row deleted meanwhile)."""
        if not 0 <= number < self._total:
            return None
        page = self._read(number // self._page)
        offset = number % self._page
        return page[offset] if offset < len(page) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.row_or_none(index.row())
        return None if row is None else self._columns[index.column()][1](row)
