"""The audit log's filters at scale (issue 12): choices from the index, rows newest first."""

from __future__ import annotations

from sqlalchemy import text

from lcs_desktop.domain.roles import Role
from lcs_desktop.services.audit_log import AuditFilter


def _plan(org, sql: str) -> str:
    with org.workspace.reading() as session:
        return " | ".join(row[3] for row in session.execute(text(f"EXPLAIN QUERY PLAN {sql}")))


def test_person_and_action_choices_are_every_distinct_value_read_from_the_index(org):
    for name in ("ann", "ben"):
        org.accounts.add_user(org.user, name, name.title(), frozenset({Role.CHECKER}))
    with org.workspace.reading() as session:
        actors = list(session.scalars(text("SELECT DISTINCT actor FROM audit_events ORDER BY actor")))
        actions = list(session.scalars(text("SELECT DISTINCT action FROM audit_events ORDER BY action")))
    assert org.audit_log.actors(org.user) == actors
    assert org.audit_log.actions(org.user) == actions
    assert "user_added" in actions
    # The hop through the index: one search per value, never a scan of the events.
    plan = _plan(org, "SELECT min(actor) FROM audit_events WHERE actor > 'a'")
    assert "USING COVERING INDEX ix_audit_events_actor_at" in plan and "SCAN" not in plan


def test_a_date_range_newest_first_reads_the_index_in_order_without_sorting(org):
    for sql in (
        "SELECT * FROM audit_events WHERE at >= '2026-01-01' AND at < '2026-02-01' "
        "ORDER BY at DESC, seq DESC",
        "SELECT * FROM audit_events WHERE actor = 'admin' AND at >= '2026-01-01' ORDER BY at DESC, seq DESC",
        "SELECT * FROM audit_events WHERE action = 'signed_in' AND at >= '2026-01-01' "
        "ORDER BY at DESC, seq DESC",
    ):
        plan = _plan(org, sql)
        assert "TEMP B-TREE" not in plan and "SEARCH" in plan, plan


def test_events_are_newest_first_and_filters_still_narrow_them(org):
    org.accounts.add_user(org.user, "ann", "Ann", frozenset({Role.CHECKER}))
    rows = org.audit_log.events(org.user, limit=500)
    assert [r.seq for r in rows] == sorted((r.seq for r in rows), reverse=True)
    added = org.audit_log.events(org.user, AuditFilter(action="user_added", actor="admin"))
    assert added and {(r.action, r.actor) for r in added} == {("user_added", "admin")}
    assert org.audit_log.count(org.user, AuditFilter(action="user_added", actor="admin")) == len(added)
