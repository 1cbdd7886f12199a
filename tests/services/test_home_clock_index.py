"""Home's referral clocks read the partial index of open referrals (issue 12, cold reads): the
query must hold the index's WHERE word for word, or SQLite falls back to reading every open case."""

from __future__ import annotations

from sqlalchemy import event

from lcs_desktop.store.cases import open_referral
from lcs_desktop.store.engine import connect_raw


def test_home_clocks_are_read_from_the_open_referrals_index(org):
    statements: list[tuple[str, object]] = []
    engine = org.workspace.database.engine

    def grab(_conn, _cursor, statement, parameters, _context, _many):  # type: ignore[no-untyped-def]
        if "case_referrals" in statement:
            statements.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", grab)
    try:
        org.cases.home_summary(org.user)
    finally:
        event.remove(engine, "before_cursor_execute", grab)
    ((statement, parameters),) = statements
    raw = connect_raw(org.workspace.database.path, bytes(org.workspace.key))
    try:
        plan = " ".join(row[3] for row in raw.execute("EXPLAIN QUERY PLAN " + statement, parameters))
        made = raw.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'ix_case_referrals_open_due'"
        ).fetchone()[0]
    finally:
        raw.close()
    assert "ix_case_referrals_open_due" in plan
    assert "TEMP B-TREE" not in plan  # read in due order: the first 200 and stop
    assert made.endswith(f"WHERE {open_referral()}")  # the migration's copy says the same
