"""Small-count suppression for published tables (issue 10, the trustee report).

Every count below ``THRESHOLD`` is shown as "fewer than 5" — zero too: in a small table a zero
says "nobody", which can disclose as much as a one. That is *primary* suppression. *Secondary*
suppression then hides further cells so no suppressed count can be worked out from the rest: a
row (or column) with one hidden cell and a shown total gives that cell away by subtraction, so
the next-smallest shown cell of that line is hidden too ("not shown": it is 5 or more; its
total when the line has no other cell), repeated until every line holds none or at least two
hidden values, and a line's hidden cells add up to 5 or more. Two per line is not always
enough (hidden cells can still be pinned down by combining lines), so the result is then
checked by exact linear algebra over the table's equations and more is hidden until no hidden
value is determined by the shown ones.

Pure Python, no I/O: the service, the GUI and the PDF all show the same ``ShownTable``.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from fractions import Fraction

THRESHOLD = 5
SUPPRESSED_TEXT = "fewer than 5"
# A count of 5 or more hidden so that a small one cannot be worked out (never called "fewer than 5").
PROTECTING_TEXT = "not shown"


@dataclass(frozen=True, slots=True)
class ShownCount:
    """One published count. Show ``text`` or ``shown``, never ``value`` of a suppressed count."""

    value: int
    suppressed: bool
    structural: bool = False  # a cell that is zero by definition (no clock, so never late)

    @property
    def text(self) -> str:
        if self.structural:
            return "—"
        if not self.suppressed:
            return f"{self.value:,}"
        return SUPPRESSED_TEXT if self.value < THRESHOLD else PROTECTING_TEXT

    @property
    def shown(self) -> int | None:
        """The value as published: None when it is hidden."""
        return None if self.suppressed else self.value


@dataclass(frozen=True, slots=True)
class ShownTable:
    """A table as published. With totals, a table of two or more columns has row totals,
    column totals and the grand total; a one-column table (a list) only its ``grand_total``."""

    row_labels: tuple[str, ...]
    column_labels: tuple[str, ...]
    cells: tuple[tuple[ShownCount, ...], ...]
    row_totals: tuple[ShownCount, ...] | None
    column_totals: tuple[ShownCount, ...] | None
    grand_total: ShownCount | None

    def all_shown(self) -> list[ShownCount]:
        items = [c for row in self.cells for c in row]
        items += list(self.row_totals or ()) + list(self.column_totals or ())
        if self.grand_total is not None:
            items.append(self.grand_total)
        return items


# -- the engine: values and the equations that link them -----------------------------------


@dataclass(frozen=True, slots=True)
class _Equation:
    members: tuple[int, ...]  # indices of the values that add up to ...
    total: int  # ... the value at this index


def _suppress(
    values: Sequence[int], equations: Sequence[_Equation], is_total: Sequence[bool], fixed: set[int]
) -> set[int]:
    """``fixed`` values are known to every reader (structural zeros): never hidden."""
    hidden = {i for i, v in enumerate(values) if v < THRESHOLD and i not in fixed}
    while True:
        _close_single_gaps(values, equations, is_total, hidden, fixed)
        determined = _determined(values, equations, hidden)
        if not determined:
            return hidden
        # A hidden value is still pinned down by combining lines: widen the gap around it.
        target = min(determined)
        for eq in equations:
            items = (*eq.members, eq.total)
            if target in items:
                choice = _next_to_hide(values, items, is_total, hidden, fixed, equations)
                if choice is not None:
                    hidden.add(choice)
                    break
        else:  # pragma: no cover - every value sits in an equation with something shown
            return hidden


def _close_single_gaps(
    values: Sequence[int],
    equations: Sequence[_Equation],
    is_total: Sequence[bool],
    hidden: set[int],
    fixed: set[int],
) -> None:
    """No line with exactly one hidden value; and no line whose hidden cells add up (shown total
    less shown cells) to fewer than 5 — hidden cells known to add up to 0 are each 0."""
    changed = True
    while changed:
        changed = False
        for eq in equations:
            items = (*eq.members, eq.total)
            count = sum(i in hidden for i in items)
            small_gap = (
                count >= 2
                and eq.total not in hidden
                and sum(values[i] for i in eq.members if i in hidden) < THRESHOLD
            )
            if count == 1 or small_gap:
                choice = _next_to_hide(values, items, is_total, hidden, fixed, equations)
                if choice is not None:
                    hidden.add(choice)
                    changed = True


def _next_to_hide(
    values: Sequence[int],
    items: Sequence[int],
    is_total: Sequence[bool],
    hidden: set[int],
    fixed: set[int],
    equations: Sequence[_Equation],
) -> int | None:
    """The shown cell of the line to hide next (its total only when no cell is left): one
    whose other lines already hide something (so no new gap opens), then the smallest."""
    shown = [i for i in items if i not in hidden and i not in fixed]
    cells = [i for i in shown if not is_total[i]]
    pool = cells or shown
    if not pool:
        return None

    def new_gaps(i: int) -> int:
        return sum(
            1
            for eq in equations
            if i in (*eq.members, eq.total) and not any(j in hidden for j in (*eq.members, eq.total))
        )

    return min(pool, key=lambda i: (new_gaps(i), values[i], i))


def _determined(values: Sequence[int], equations: Sequence[_Equation], hidden: set[int]) -> set[int]:
    """Hidden values that the shown ones fix exactly (each equation: members - total = 0).

    Row-reduce the equations over the hidden unknowns; an unknown is fixed when its pivot
    row has no free unknown in it (every solution of the system then agrees on it)."""
    unknowns = sorted(hidden)
    if not unknowns:
        return set()
    col = {u: k for k, u in enumerate(unknowns)}
    rows: list[list[Fraction]] = []
    for eq in equations:
        row = [Fraction(0)] * len(unknowns)
        for i, sign in [(m, 1) for m in eq.members] + [(eq.total, -1)]:
            if i in col:
                row[col[i]] += sign
        if any(row):
            rows.append(row)
    pivots: list[int] = []
    r = 0
    for c in range(len(unknowns)):
        pivot = next((k for k in range(r, len(rows)) if rows[k][c] != 0), None)
        if pivot is None:
            continue
        rows[r], rows[pivot] = rows[pivot], rows[r]
        lead = rows[r][c]
        rows[r] = [x / lead for x in rows[r]]
        for k in range(len(rows)):
            if k != r and rows[k][c] != 0:
                factor = rows[k][c]
                rows[k] = [a - factor * b for a, b in zip(rows[k], rows[r], strict=True)]
        pivots.append(c)
        r += 1
    free = set(range(len(unknowns))) - set(pivots)
    fixed = set()
    for k, c in enumerate(pivots):
        if not any(rows[k][f] != 0 for f in free):
            fixed.add(unknowns[c])
    return fixed


# -- tables ----------------------------------------------------------------------------------


def suppress_table(
    row_labels: Sequence[str],
    column_labels: Sequence[str],
    counts: Sequence[Sequence[int]],
    *,
    totals: bool = True,
    structural: Collection[tuple[int, int]] = (),
) -> ShownTable:
    """Suppress a table of counts. With ``totals``, a table of one column gets its column
    total; a wider one gets row totals, column totals and the grand total. Without totals
    (a case can fall in several rows, so a total would mean nothing) only small cells hide.
    ``structural`` cells (row, column) are zero by definition: shown as a dash, never hidden."""
    n_rows, n_cols = len(row_labels), len(column_labels)
    if len(counts) != n_rows or any(len(row) != n_cols for row in counts):
        raise ValueError("counts do not match the labels")
    if any(v < 0 for row in counts for v in row):
        raise ValueError("counts cannot be negative")
    values = [int(v) for row in counts for v in row]
    is_total = [False] * len(values)
    equations: list[_Equation] = []

    def add(value: int) -> int:
        values.append(value)
        is_total.append(True)
        return len(values) - 1

    def cell(r: int, c: int) -> int:
        return r * n_cols + c

    row_idx: list[int] | None = None
    col_idx: list[int] | None = None
    grand: int | None = None
    if totals and n_rows:
        col_idx = [add(sum(counts[r][c] for r in range(n_rows))) for c in range(n_cols)]
        for c in range(n_cols):
            equations.append(_Equation(tuple(cell(r, c) for r in range(n_rows)), col_idx[c]))
        if n_cols > 1:
            row_idx = [add(sum(counts[r])) for r in range(n_rows)]
            for r in range(n_rows):
                equations.append(_Equation(tuple(cell(r, c) for c in range(n_cols)), row_idx[r]))
            grand = add(sum(sum(row) for row in counts))
            equations.append(_Equation(tuple(row_idx), grand))
            equations.append(_Equation(tuple(col_idx), grand))
    fixed = {cell(r, c) for r, c in structural}
    if any(values[i] for i in fixed):
        raise ValueError("a structural cell must be zero")
    hidden = _suppress(values, equations, is_total, fixed)

    def shown(i: int) -> ShownCount:
        return ShownCount(values[i], i in hidden, i in fixed)

    return ShownTable(
        tuple(row_labels),
        tuple(column_labels),
        tuple(tuple(shown(cell(r, c)) for c in range(n_cols)) for r in range(n_rows)),
        tuple(shown(i) for i in row_idx) if row_idx is not None else None,
        tuple(shown(i) for i in col_idx) if col_idx is not None and n_cols > 1 else None,
        shown(grand) if grand is not None else (shown(col_idx[0]) if col_idx and n_cols == 1 else None),
    )


def suppress_list(labels: Sequence[str], counts: Sequence[int], *, total: bool = True) -> ShownTable:
    """A one-column table: ``labels`` with their counts and, with ``total``, the total."""
    return suppress_table(labels, ("Number",), [[c] for c in counts], totals=total)
