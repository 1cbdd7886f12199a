"""Small-count suppression: no shown count below 5, and no hidden count recoverable from the
shown counts and totals by linear differencing (checked independently of the engine, by
brute force over the integer tables near the true one that give the same published figures)."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from lcs_desktop.domain.suppression import (
    PROTECTING_TEXT,
    SUPPRESSED_TEXT,
    THRESHOLD,
    ShownTable,
    suppress_list,
    suppress_table,
)

small_tables = st.integers(1, 4).flatmap(
    lambda rows: st.integers(1, 4).flatmap(
        lambda cols: st.lists(
            st.lists(st.integers(0, 40), min_size=cols, max_size=cols), min_size=rows, max_size=rows
        )
    )
)


def _table(counts: list[list[int]]) -> ShownTable:
    rows, cols = len(counts), len(counts[0])
    return suppress_table([f"r{i}" for i in range(rows)], [f"c{j}" for j in range(cols)], counts)


def _hidden_cells(t: ShownTable) -> list[tuple[int, int]]:
    return [(r, c) for r, row in enumerate(t.cells) for c, x in enumerate(row) if x.suppressed]


def _published_constraints_hold(t: ShownTable, grid: list[list[int]]) -> bool:
    """Would ``grid`` (non-negative integers) have produced what is shown?"""
    for r, row in enumerate(t.cells):
        for c, x in enumerate(row):
            if not x.suppressed and grid[r][c] != x.value:
                return False
    n_cols = len(t.column_labels)
    totals: list[tuple[int, object]] = []
    if t.row_totals is not None:
        totals += [(sum(grid[r]), x) for r, x in enumerate(t.row_totals)]
    if t.column_totals is not None:
        totals += [(sum(row[c] for row in grid), x) for c, x in enumerate(t.column_totals)]
    if t.grand_total is not None:
        totals.append((sum(sum(row) for row in grid), t.grand_total))
    for value, shown in totals:
        if not shown.suppressed and value != shown.value:  # type: ignore[attr-defined]
            return False
    return n_cols > 0


def _alternatives(t: ShownTable, counts: list[list[int]]) -> set[tuple[int, int]]:
    """Hidden cells that take another value in some other table giving the same published
    figures (linear differencing: any integers; each hidden cell moved by at most 2, enough to
    follow every direction the table's lines leave free)."""
    hidden = _hidden_cells(t)
    varied: set[tuple[int, int]] = set()
    for deltas in itertools.product(range(-2, 3), repeat=len(hidden)):
        if not any(deltas):
            continue
        grid = [row[:] for row in counts]
        for (r, c), d in zip(hidden, deltas, strict=True):
            grid[r][c] += d
        if _published_constraints_hold(t, grid):
            varied.update(cell for cell, d in zip(hidden, deltas, strict=True) if d)
    return varied


@settings(max_examples=300, deadline=None)
@given(small_tables)
def test_no_shown_count_is_below_five(counts: list[list[int]]) -> None:
    t = _table(counts)
    for x in t.all_shown():
        assert x.suppressed or x.value >= THRESHOLD
        assert (x.text == SUPPRESSED_TEXT) == (x.suppressed and x.value < THRESHOLD)
        assert (x.text == PROTECTING_TEXT) == (x.suppressed and x.value >= THRESHOLD)
        if x.value < THRESHOLD:
            assert x.suppressed and x.shown is None


@settings(max_examples=120, deadline=None)
@given(
    st.lists(st.lists(st.integers(0, 30), min_size=3, max_size=3), min_size=2, max_size=3).filter(
        lambda rows: sum(v < 5 for row in rows for v in row) <= 2
    )
)
def test_no_hidden_cell_can_be_worked_out_from_the_rest(counts: list[list[int]]) -> None:
    t = _table(counts)
    hidden = _hidden_cells(t)
    if not hidden or len(hidden) > 5:  # brute force grows fast; small gaps are where leaks are
        return
    assert _alternatives(t, counts) == set(hidden)


@settings(max_examples=200, deadline=None)
@given(small_tables)
def test_every_line_with_a_shown_total_hides_none_or_at_least_two(counts: list[list[int]]) -> None:
    t = _table(counts)
    lines = []
    if t.row_totals is not None:
        lines += [[*row, total] for row, total in zip(t.cells, t.row_totals, strict=True)]
        lines.append([*t.row_totals, t.grand_total])
    if t.column_totals is not None:
        lines += [[row[c] for row in t.cells] + [t.column_totals[c]] for c in range(len(t.column_labels))]
        lines.append([*t.column_totals, t.grand_total])
    elif t.grand_total is not None:
        lines.append([row[0] for row in t.cells] + [t.grand_total])
    for line in lines:
        assert sum(x.suppressed for x in line) != 1


@settings(max_examples=200, deadline=None)
@given(small_tables)
def test_hidden_cells_of_a_line_with_a_shown_total_add_up_to_five_or_more(counts: list[list[int]]) -> None:
    # Otherwise non-negativity gives them away: two hidden cells adding up to 0 are both 0.
    t = _table(counts)
    lines = [(list(row), total) for row, total in zip(t.cells, t.row_totals or (), strict=False)]
    lines += [([row[c] for row in t.cells], total) for c, total in enumerate(t.column_totals or ())]
    if t.column_totals is None and t.grand_total is not None:
        lines.append(([row[0] for row in t.cells], t.grand_total))
    for cells, total in lines:
        if not total.suppressed and any(x.suppressed for x in cells):
            assert sum(x.value for x in cells if x.suppressed) >= THRESHOLD


def test_a_zero_is_suppressed_too_and_its_partner_with_it() -> None:
    t = suppress_list(["Substantiated", "Unfounded", "False"], [0, 12, 30])
    assert [c[0].text for c in t.cells] == [SUPPRESSED_TEXT, PROTECTING_TEXT, "30"]
    assert t.grand_total is not None and t.grand_total.text == "42"


def test_a_single_small_cell_in_a_wide_table_takes_a_rectangle_with_it() -> None:
    # Hiding 3 forces a second cell in its row and column, and then a fourth to close the rectangle.
    t = suppress_table(["A", "B"], ["x", "y", "z"], [[3, 20, 30], [40, 50, 60]])
    assert sorted(_hidden_cells(t)) == [(0, 0), (0, 1), (1, 0), (1, 1)]
    assert t.grand_total is not None and not t.grand_total.suppressed


def test_a_list_without_a_total_hides_only_small_counts() -> None:
    t = suppress_list(["a", "b", "c"], [1, 7, 9], total=False)
    assert [c[0].suppressed for c in t.cells] == [True, False, False]
    assert t.grand_total is None


def test_a_small_total_hides_everything_in_its_list() -> None:
    t = suppress_list(["a", "b"], [2, 1])
    assert all(x.suppressed for x in t.all_shown())


def test_structural_zeros_are_known_so_they_never_protect_a_small_cell() -> None:
    # Police has no clock: its on-time and late cells are zero by definition, known to anyone.
    t = suppress_table(
        ["LADO", "Police"], ["On time", "Late", "No time limit"], [[9, 3, 0], [0, 0, 7]],
        structural=[(0, 2), (1, 0), (1, 1)],
    )  # fmt: skip
    assert [[x.text for x in row] for row in t.cells] == [
        ["not shown", "fewer than 5", "—"],
        ["—", "—", "7"],
    ]
    assert t.row_totals is not None and [x.text for x in t.row_totals] == ["12", "7"]
    assert t.column_totals is not None and [x.text for x in t.column_totals] == [
        "not shown",
        "fewer than 5",
        "7",
    ]
