"""Keyset (seek) paging: a page starts after the sort key of the row before it.

OFFSET makes SQLite compute and throw away every row it skips, so a page near the end of
200 000 checks costs as much as reading them all. Seeking from a known key costs one index
probe. ``skip`` is kept for a jump to a page no key is known for yet: the table model then
seeks from the nearest page it knows (or from either end) and skips only the rest.

``backwards`` reads the rows *before* ``after`` in display order (or the last rows when
``after`` is None), handed back in display order: the last page of a list is as cheap as the first.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, literal, tuple_
from sqlalchemy.orm import Session

S = TypeVar("S", bound=Select[Any])

Key = tuple[Any, ...]


def seek(
    stmt: S,
    keys: Sequence[ColumnElement[Any]],
    after: Key | None,
    *,
    descending: bool,
    backwards: bool = False,
    skip: int = 0,
    limit: int,
) -> S:
    """``stmt`` ordered by ``keys`` (all one direction; the last one unique, e.g. the id),
    starting after the row whose key is ``after``."""
    down = descending != backwards  # the direction this query walks the index
    if after is not None:
        if len(after) != len(keys):
            raise ValueError("a page key has one value per sort column")
        here = tuple_(*keys)
        there = tuple_(*(literal(v, k.type) for v, k in zip(after, keys, strict=True)))
        stmt = stmt.where(here < there if down else here > there)
    order = [k.desc() if down else k.asc() for k in keys]
    return stmt.order_by(None).order_by(*order).offset(max(0, skip)).limit(limit)  # type: ignore[return-value]


def in_display_order(rows: list[Any], backwards: bool) -> list[Any]:
    if backwards:
        rows.reverse()
    return rows


# Beyond this many rows to skip, the page's starting key is found first from the sort index
# alone (no joins, no row reads), then the page is one seek: a scroll-bar drag to row 150 000.
LONG_SKIP = 300


def start_after(
    session: Session,
    key_stmt: Select[Any],
    keys: Sequence[ColumnElement[Any]],
    after: Key | None,
    *,
    descending: bool,
    backwards: bool,
    skip: int,
) -> tuple[Key | None, int] | None:
    """(after, skip) for the page query: unchanged for a short skip; for a long one the key of
    the row just before the page, and no skip. None when the list ends before the page.
    ``key_stmt`` selects the ``keys`` with the same filters as the page (and no joins that
    could drop rows)."""
    if skip <= LONG_SKIP:
        return after, skip
    row = session.execute(
        seek(key_stmt, keys, after, descending=descending, backwards=backwards, skip=skip - 1, limit=1)
    ).first()
    return None if row is None else (tuple(row), 0)
