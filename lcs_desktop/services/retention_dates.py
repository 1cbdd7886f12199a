"""Each record's retention date, worked out from its facts and kept in ``retention_dates``.

The review queue reads that table by its ``due`` index, so it must be current: the tracker
(``retention_tracking``) refreshes the records a unit of work touched before it commits, and a
schedule change (or a database from before this table) refreshes them all. Every function here
works inside the caller's session and writes nothing to the audit trail.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, delete, exists, func, select
from sqlalchemy.orm import Session, aliased

from lcs_desktop.domain.retention import (
    CaseFacts,
    CheckFacts,
    PeriodBasis,
    PersonFacts,
    RecordKind,
    RetentionAction,
    RetentionDate,
    RetentionRule,
    case_retention,
    check_retention,
    person_retention,
    schedule,
    with_keep,
)
from lcs_desktop.domain.working_days import london_date
from lcs_desktop.store.accounts import Meta
from lcs_desktop.store.cases import BreachCase
from lcs_desktop.store.checks import Check, CheckDiscussion
from lcs_desktop.store.dialect import insert_for, may_read
from lcs_desktop.store.people import Person
from lcs_desktop.store.retention import RetentionDateRow, RetentionKeep, RetentionRuleRow, RetentionWish

STAMP_KEY = "retention_schedule_stamp"
CHUNK = 500  # ids per IN (...) list: well under SQLite's variable limit
Progress = Callable[[int, int], None]


def load_rules(session: Session) -> dict[str, RetentionRule]:
    rows = session.scalars(select(RetentionRuleRow).order_by(RetentionRuleRow.position)).all()
    return schedule(
        RetentionRule(
            r.code,
            RecordKind(r.record_kind),
            r.applies_to,
            r.trigger,
            PeriodBasis(r.basis),
            r.period_months,
            RetentionAction(r.action),
            r.source,
            r.short,
        )
        for r in rows
    )


def schedule_stamp(rules: dict[str, RetentionRule]) -> str:
    """Changes whenever a period or an action does: stored dates made under another are stale."""
    return ";".join(f"{c}={r.period_months}:{r.action.value}" for c, r in sorted(rules.items()))


def _day(moment: datetime | None) -> date | None:
    """The London date of an instant. London is UTC or an hour ahead, so only an instant in the
    last UTC hour of a day can fall on another London date: the zone rules are read only then
    (a full refresh converts hundreds of thousands of instants)."""
    if moment is None:
        return None
    return moment.date() if moment.hour < 23 else london_date(moment)


def _chunks(ids: Collection[int] | None) -> Iterator[list[int] | None]:
    if ids is None:
        yield None
        return
    items = sorted(set(ids))
    for i in range(0, len(items), CHUNK):
        yield items[i : i + CHUNK]


def _keeps(session: Session, kind: str, ids: list[int] | None) -> dict[int, date]:
    stmt = select(RetentionKeep.record_id, func.max(RetentionKeep.keep_until)).where(
        RetentionKeep.record_kind == kind
    )
    if ids is not None:
        stmt = stmt.where(RetentionKeep.record_id.in_(ids))
    return dict(session.execute(stmt.group_by(RetentionKeep.record_id)).all())


def _limit(stmt: Any, column: Any, chunk: list[int] | None, span: tuple[int, int] | None) -> Any:
    if chunk is not None:
        stmt = stmt.where(column.in_(chunk))
    if span is not None:
        stmt = stmt.where(column.between(*span))
    return stmt


def _upsert(session: Session, kind: str, results: Iterable[tuple[int, RetentionDate]]) -> int:
    rows = [
        {
            "record_kind": kind,
            "record_id": rid,
            "rule_code": r.rule_code,
            "action": r.action.value,
            "due": r.due,
            "sentence": r.sentence,
        }
        for rid, r in results
    ]
    if rows:
        # Core on the table, not the ORM entity: one executemany, not a statement per row.
        stmt = insert_for(session, RetentionDateRow.__table__)
        stmt = stmt.on_conflict_do_update(
            index_elements=["record_kind", "record_id"],
            set_={k: stmt.excluded[k] for k in ("rule_code", "action", "due", "sentence")},
        )
        session.connection().execute(stmt, rows)
    return len(rows)


def refresh_checks(
    session: Session,
    rules: dict[str, RetentionRule],
    ids: Collection[int] | None = None,
    span: tuple[int, int] | None = None,
) -> int:
    done = 0
    since_row = aliased(RetentionDateRow)  # the person's: the day their status was set
    for chunk in _chunks(ids):
        stmt = (
            select(
                Check.id,
                Check.person_id,
                Person.status,
                CheckDiscussion.applicant_told_on,
                CheckDiscussion.recorded_at,
                Check.completed_at,
                Check.reduced_at,
                since_row.status_since,
            )
            .join(Person, Person.id == Check.person_id)
            .outerjoin(CheckDiscussion, CheckDiscussion.check_id == Check.id)
            .outerjoin(
                since_row, and_(since_row.record_kind == "person", since_row.record_id == Check.person_id)
            )
        )
        stmt = _limit(stmt, Check.id, chunk, span)
        found = session.execute(stmt).all()
        keeps = _keeps(session, "check", chunk)
        results = []
        for check_id, _person, status, told_on, discussed_at, completed_at, reduced_at, since in found:
            decided = max((d for d in (_day(discussed_at), _day(completed_at)) if d), default=None)
            facts = CheckFacts(
                status,
                told_on=told_on,
                status_since=since,
                decided_on=decided,
                reduced_on=_day(reduced_at),
            )
            results.append((check_id, with_keep(check_retention(rules, facts), keeps.get(check_id))))
        done += _upsert(session, "check", results)
    return done


def refresh_cases(
    session: Session,
    rules: dict[str, RetentionRule],
    ids: Collection[int] | None = None,
    span: tuple[int, int] | None = None,
) -> int:
    done = 0
    for chunk in _chunks(ids):
        wished = exists().where(RetentionWish.case_id == BreachCase.id)
        stmt = select(
            BreachCase.id,
            BreachCase.concern_at,
            BreachCase.finding,
            BreachCase.closed_at,
            Person.date_of_birth,
            wished,
        ).join(Person, Person.id == BreachCase.subject_person_id)
        stmt = _limit(stmt, BreachCase.id, chunk, span)
        keeps = _keeps(session, "case", chunk)
        results = []
        for case_id, concern_at, finding, closed_at, born, wish in session.execute(stmt):
            facts = CaseFacts(
                _day(concern_at),  # type: ignore[arg-type]
                finding,
                _day(closed_at),
                born,
                bool(wish),
            )
            results.append((case_id, with_keep(case_retention(rules, facts), keeps.get(case_id))))
        done += _upsert(session, "case", results)
    return done


def refresh_people(
    session: Session,
    rules: dict[str, RetentionRule],
    ids: Collection[int] | None = None,
    span: tuple[int, int] | None = None,
) -> int:
    done = 0
    for chunk in _chunks(ids):
        has_check = exists().where(Check.person_id == Person.id)
        if may_read(session, "breach_cases"):
            has_case = exists().where(BreachCase.subject_person_id == Person.id)
        else:  # a checker's login on the server: whether there is one, never which (definer function)
            has_case = func.lcs_person_has_case(Person.id)
        stmt = select(Person.id, Person.status, Person.updated_at, has_check | has_case)
        stmt = _limit(stmt, Person.id, chunk, span)
        keeps = _keeps(session, "person", chunk)
        results = []
        for person_id, status, updated_at, has_records in session.execute(stmt):
            facts = PersonFacts(bool(has_records), status, _day(updated_at))  # type: ignore[arg-type]
            results.append((person_id, with_keep(person_retention(rules, facts), keeps.get(person_id))))
        done += _upsert(session, "person", results)
    return done


def forget(session: Session, refs: Iterable[tuple[str, int]]) -> None:
    """Drop the dates and keep decisions of records that are gone."""
    for kind, rid in refs:
        for table in (RetentionDateRow, RetentionKeep):
            session.execute(delete(table).where(table.record_kind == kind, table.record_id == rid))


STEPS: tuple[tuple[Callable[..., int], Any], ...] = (
    (refresh_people, Person),
    (refresh_checks, Check),
    (refresh_cases, BreachCase),
)
SPAN = 20_000  # records per transaction in a full refresh: other work is never held up for long


def refresh_all(session: Session, progress: Progress | None = None) -> dict[str, RetentionRule]:
    """Every record's date under the schedule as stored now, in one transaction (small
    databases, tests); ``refresh_all_batched`` for a live one. The stamp says it is current."""
    rules = load_rules(session)
    for n, (step, _model) in enumerate(STEPS):
        step(session, rules)
        if progress is not None:
            progress(n + 1, len(STEPS))
    _write_stamp(session, schedule_stamp(rules))
    return rules


def refresh_all_batched(workspace: Any, progress: Progress | None = None) -> None:
    """The same in transactions of ``SPAN`` records by id range, so saving a rule or opening
    the queue after an upgrade never holds the database's one writer for long."""
    with workspace.reading() as session:
        rules = load_rules(session)
        tops = [session.scalar(select(func.max(model.id))) or 0 for _step, model in STEPS]
    total = sum(tops) or 1
    done = 0
    for (step, _model), top in zip(STEPS, tops, strict=True):
        for low in range(1, top + 1, SPAN):
            with workspace.unit_of_work() as session:
                step(session, rules, span=(low, low + SPAN - 1))
            done += min(SPAN, top - low + 1)
            if progress is not None:
                progress(done, total)
    with workspace.unit_of_work() as session:
        _write_stamp(session, schedule_stamp(rules))


def _write_stamp(session: Session, stamp: str) -> None:
    stmt = insert_for(session, Meta).values(key=STAMP_KEY, value=stamp)
    session.execute(stmt.on_conflict_do_update(index_elements=["key"], set_={"value": stamp}))


def is_current(session: Session) -> bool:
    stamp = session.scalar(select(Meta.value).where(Meta.key == STAMP_KEY))
    return stamp == schedule_stamp(load_rules(session))
