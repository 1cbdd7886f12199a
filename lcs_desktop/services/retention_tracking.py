"""Keeps ``retention_dates`` current without every service having to remember it.

A listener on every ORM session notes, after each flush, which people, checks and cases the
unit of work added, changed or removed (and the day a person's status changed: the trigger of
the check rules); just before the transaction commits, it works out those records' dates again
under the stored schedule. Importing this module installs the listener (the workspace does).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from lcs_desktop.domain.working_days import london_date
from lcs_desktop.services import retention_dates as dates
from lcs_desktop.store.base import utcnow
from lcs_desktop.store.cases import BreachCase
from lcs_desktop.store.checks import Check, CheckDiscussion
from lcs_desktop.store.dialect import has_table, insert_for, may_read
from lcs_desktop.store.people import Person
from lcs_desktop.store.retention import RetentionDateRow, RetentionKeep, RetentionWish

PENDING = "lcs_retention_pending"
_KIND_OF_KEEP = {"person": "people", "check": "checks", "case": "cases"}


def _pending(session: Session) -> dict[str, Any]:
    return session.info.setdefault(
        PENDING, {"people": set(), "checks": set(), "cases": set(), "gone": set(), "since": {}}
    )


def _note(session: Session, objects: Iterable[object], removed: bool) -> None:
    p = _pending(session)
    for obj in objects:
        if isinstance(obj, Person):
            if removed:
                p["gone"].add(("person", obj.id))
                continue
            p["people"].add(obj.id)
            history = inspect(obj).attrs.status.history
            if history.added:
                # The workspace's clock (workspace.CLOCK_INFO), which tests freeze.
                now = session.info.get("lcs_clock", utcnow)()
                p["since"][obj.id] = london_date(now)
        elif isinstance(obj, Check):
            p["people"].add(obj.person_id)
            (p["gone"].add(("check", obj.id)) if removed else p["checks"].add(obj.id))
        elif isinstance(obj, CheckDiscussion):
            p["checks"].add(obj.check_id)
        elif isinstance(obj, BreachCase):
            p["people"].add(obj.subject_person_id)
            (p["gone"].add(("case", obj.id)) if removed else p["cases"].add(obj.id))
        elif isinstance(obj, RetentionWish):
            p["cases"].add(obj.case_id)
        elif isinstance(obj, RetentionKeep) and obj.record_kind in _KIND_OF_KEEP:
            p[_KIND_OF_KEEP[obj.record_kind]].add(obj.record_id)


def _after_flush(session: Session, _context: object) -> None:
    _note(session, session.new, False)
    _note(session, session.dirty, False)
    _note(session, session.deleted, True)


def _before_commit(session: Session) -> None:
    if session.new or session.dirty or session.deleted:
        session.flush()  # before_commit comes before the commit's own flush
    if not session.info.get(PENDING):
        return
    p = session.info.pop(PENDING, None)
    if not p or not any(p.values()) or not _has_table(session):
        return
    refresh(session, p["people"], p["checks"], p["cases"], p["gone"], p["since"])
    session.info.pop(PENDING, None)  # the refresh's own writes need no second pass


def refresh(
    session: Session,
    people: set[int],
    checks: set[int],
    cases: set[int],
    gone: set[tuple[str, int]] = frozenset(),  # type: ignore[assignment]
    since: dict[int, date] | None = None,
) -> None:
    """Work out again the dates of these records and of the records that hang on them."""
    rules = dates.load_rules(session)
    for person_id, day in (since or {}).items():
        stmt = insert_for(session, RetentionDateRow).values(
            record_kind="person",
            record_id=person_id,
            rule_code="person_no_records",
            action="delete",
            due=None,
            sentence="",
            status_since=day,
        )
        session.execute(
            stmt.on_conflict_do_update(
                index_elements=["record_kind", "record_id"], set_={"status_since": day}
            )
        )
    dates.forget(session, gone)
    people = people - {rid for kind, rid in gone if kind == "person"}
    if people:
        ids = sorted(people)
        for i in range(0, len(ids), dates.CHUNK):
            chunk = ids[i : i + dates.CHUNK]
            checks |= set(session.scalars(select(Check.id).where(Check.person_id.in_(chunk))))
            if may_read(session, "breach_cases"):
                cases |= set(
                    session.scalars(select(BreachCase.id).where(BreachCase.subject_person_id.in_(chunk)))
                )
        dates.refresh_people(session, rules, people)
    checks -= {rid for kind, rid in gone if kind == "check"}
    cases -= {rid for kind, rid in gone if kind == "case"}
    if checks:
        dates.refresh_checks(session, rules, checks)
    if cases:
        dates.refresh_cases(session, rules, cases)


def _has_table(session: Session) -> bool:
    """False on a database migrated only part of the way (an upgrade test): nothing to keep."""
    if session.info.get("lcs_retention_table") is None:
        session.info["lcs_retention_table"] = has_table(session, "retention_dates")
    return bool(session.info["lcs_retention_table"])


def install() -> None:
    """Listen on every session (once; importing twice does not listen twice)."""
    if not event.contains(Session, "after_flush", _after_flush):
        event.listen(Session, "after_flush", _after_flush)
        event.listen(Session, "before_commit", _before_commit)
