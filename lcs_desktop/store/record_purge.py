"""Removing a record and everything hanging off it, in SQL, for the deletion engine.

Each function works on a list of ids inside the caller's transaction. Order matters: evidence
and children first, then the record, so foreign keys hold at every statement. Tables other
parts of the app add later register their own clean-up in ``DEPENDENTS`` (no import cycle:
a store module appends to the list when it is imported by ``store.models``).

After the rows go, ``scrub`` makes them unrecoverable: SQLCipher's ``secure_delete`` has
already zeroed the freed cells; the people search index is merged so no segment keeps an old
term, the WAL is folded in and emptied, and free pages are given back to the file system.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import datetime

from sqlalchemy import Engine, Table, delete, select, text
from sqlalchemy.orm import Session

from lcs_desktop.store import models  # noqa: F401  (every table, and the clean-ups they register)
from lcs_desktop.store.base import Base
from lcs_desktop.store.cases import CHRONOLOGY_TRIGGERS
from lcs_desktop.store.dialect import on_server
from lcs_desktop.store.name_search import PERSON, forget_name_tokens
from lcs_desktop.store.sealed import update_sealed

# SQLite limits the variables in one statement; a few hundred keeps each IN (...) cheap.
CHUNK = 500

Purger = Callable[[Session, Sequence[int]], None]
# kind ("person", "check", "case") -> clean-ups to run before that kind's rows are deleted.
DEPENDENTS: dict[str, list[Purger]] = {"person": [], "check": [], "case": []}

# Drafts name their record in their form key ("check_finding:12:new", "chronology_entry:7:3").
DRAFT_PREFIXES = {
    "check": ("check_",),
    "case": ("chronology_entry", "case_"),
    "person": ("person_",),
}


def chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _delete_where(session: Session, table: str, column: str, ids: Sequence[int]) -> None:
    t = _table(table)
    session.execute(delete(t).where(t.c[column].in_(ids)))


def _ids(session: Session, table: str, column: str, ids: Sequence[int]) -> list[int]:
    t = _table(table)
    return list(session.scalars(select(t.c.id).where(t.c[column].in_(ids)).order_by(t.c.id)))


def purge_dependents(session: Session, parent: str, ids: Sequence[int], handled: frozenset[str]) -> None:
    """Rows of any other table that point at these records by foreign key (and, in turn, rows
    pointing at those): tables the rest of the app adds later (subject access requests, policy
    acknowledgements…) go with the record instead of blocking its deletion. ``handled``: the
    child tables the caller deletes itself."""
    if not ids:
        return
    parent_table = _table(parent)
    for child in Base.metadata.sorted_tables:
        if child.name in handled or child.name == parent:
            continue
        for fk in child.foreign_keys:
            if fk.column.table is not parent_table:
                continue
            for part in chunks(ids):
                if "id" in child.c:
                    child_ids = list(session.scalars(select(child.c.id).where(fk.parent.in_(part))))
                    purge_dependents(session, child.name, child_ids, frozenset())
                    for rows in chunks(child_ids):
                        session.execute(delete(child).where(child.c.id.in_(rows)))
                else:
                    session.execute(delete(child).where(fk.parent.in_(part)))


def purge_evidence(session: Session, owner_type: str, owner_ids: Sequence[int]) -> int:
    """Evidence files (bytes, thumbnails, print renditions) of these owners; how many went."""
    found: list[int] = []
    for owners in chunks(owner_ids):
        t = _table("evidence")
        found += session.scalars(select(t.c.id).where(t.c.owner_type == owner_type, t.c.owner_id.in_(owners)))
    for part in chunks(found):
        _delete_where(session, "evidence_renditions", "evidence_id", part)
        _delete_where(session, "evidence_content", "evidence_id", part)
        _delete_where(session, "evidence", "id", part)
    return len(found)


def purge_drafts(session: Session, kind: str, ids: Sequence[int]) -> None:
    """Anyone's unsaved typing about these records (drafts are few: one per person and form)."""
    wanted = {str(i) for i in ids}
    t = _table("drafts")
    doomed = []
    for draft_id, form_key in session.execute(select(t.c.id, t.c.form_key)):
        prefix, _, rest = form_key.partition(":")
        record = rest.split(":", 1)[0]
        if record in wanted and prefix.startswith(DRAFT_PREFIXES[kind]):
            doomed.append(draft_id)
    for part in chunks(doomed):
        _delete_where(session, "drafts", "id", part)


CHECK_CHILDREN = ("check_platforms", "findings", "check_discussions", "check_versions")


def _strip_check(session: Session, part: Sequence[int], children: Sequence[str]) -> None:
    for purger in DEPENDENTS["check"]:
        purger(session, part)
    purge_evidence(session, "finding", _ids(session, "findings", "check_id", part))
    purge_evidence(session, "check", part)
    for table in children:
        _delete_where(session, table, "check_id", part)
    purge_drafts(session, "check", part)


def purge_checks(session: Session, check_ids: Sequence[int]) -> int:
    """Checks with their scope, findings, evidence, discussion, earlier versions and drafts."""
    for part in chunks(check_ids):
        _strip_check(session, part, CHECK_CHILDREN)
        purge_dependents(session, "checks", part, frozenset(CHECK_CHILDREN))
        _delete_where(session, "checks", "id", part)
    return len(check_ids)


CASE_CHILDREN = (
    "case_breach_types",
    "case_platforms",
    "case_affected",
    "case_referrals",
    "case_outcomes",
    "case_appeals",
    "case_sign_offs",
)


def purge_cases(session: Session, case_ids: Sequence[int]) -> int:
    """Cases with their chronology, referrals, outcomes, appeal, sign-offs, affected people,
    evidence and drafts. The chronology refuses deletion by trigger (it is append-only in
    use); the trigger is lifted for this statement only, inside the same transaction."""
    for part in chunks(case_ids):
        for purger in DEPENDENTS["case"]:
            purger(session, part)
        entries = _ids(session, "case_chronology", "case_id", part)
        purge_evidence(session, "chronology_entry", entries)
        purge_evidence(session, "case", part)
        for table in CASE_CHILDREN:
            _delete_where(session, table, "case_id", part)
        if entries and on_server(session):  # the owner's function: a login cannot lift a trigger
            session.execute(text("SELECT lcs_purge_chronology(:ids)"), {"ids": list(part)})
        elif entries:
            session.execute(text("DROP TRIGGER IF EXISTS case_chronology_no_delete"))
            _delete_where(session, "case_chronology", "case_id", part)
            session.execute(text(CHRONOLOGY_TRIGGERS[1]))
        purge_drafts(session, "case", part)
        purge_dependents(session, "breach_cases", part, frozenset(CASE_CHILDREN) | {"case_chronology"})
        _delete_where(session, "breach_cases", "id", part)
    return len(case_ids)


def purge_people(session: Session, person_ids: Sequence[int]) -> tuple[list[int], list[int]]:
    """People with their checks and the cases about them; returns (check ids, case ids) that
    went with them. The search index loses them through its delete trigger."""
    all_checks: list[int] = []
    all_cases: list[int] = []
    for part in chunks(person_ids):
        checks = _ids(session, "checks", "person_id", part)
        cases = _ids(session, "breach_cases", "subject_person_id", part)
        purge_checks(session, checks)
        purge_cases(session, cases)
        for purger in DEPENDENTS["person"]:
            purger(session, part)
        purge_drafts(session, "person", part)
        purge_dependents(session, "people", part, frozenset({"checks", "breach_cases"}))
        forget_name_tokens(session, PERSON, list(part))  # the office server's search tokens
        _delete_where(session, "people", "id", part)
        all_checks += checks
        all_cases += cases
    return all_checks, all_cases


# What a reduced check keeps: who checked, when, the result and the discussion's outcome.
REDUCED_CHECK_TEXT = (
    "role_applied_for",
    "authorised_by",
    "proportionality_reason",
    "panel_confirmation",
    "justification",
)
REDUCED_DISCUSSION_TEXT = ("present", "applicant_account", "assessment", "decided_by", "decision_reason")


def reduce_checks(session: Session, check_ids: Sequence[int], reduced_at: datetime) -> None:
    """Cut checks down to a minimal log: no findings, evidence, scope, versions or discussion text."""
    for part in chunks(check_ids):
        _strip_check(session, part, ("check_platforms", "findings", "check_versions"))
        discussions = _table("check_discussions")
        # update_sealed: on the office server each emptied text is sealed to its own row.
        update_sealed(
            session,
            discussions,
            discussions.c.check_id.in_(part),
            {**dict.fromkeys(REDUCED_DISCUSSION_TEXT, ""), "findings_discussed": "[]"},
        )
        checks = _table("checks")
        update_sealed(
            session,
            checks,
            checks.c.id.in_(part),
            {**dict.fromkeys(REDUCED_CHECK_TEXT, ""), "reduced_at": reduced_at},
        )


# -- making it unrecoverable ------------------------------------------------------------------


def scrub(engine: Engine) -> bool:
    """After a deletion's transactions: merge the search index (no segment keeps a deleted
    term), give free pages back (incremental vacuum; the first time, a full VACUUM switches the
    file to incremental mode), then fold the WAL in and empty it. A raw connection, outside
    any transaction: VACUUM cannot run inside one. False when a reader kept the WAL from
    being emptied (it is emptied at the next checkpoint, at the latest when the app closes).
    On the office server nothing is to do: rows were only ever ciphertext, VACUUM reclaims them."""
    if engine.dialect.name != "sqlite":
        return True
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("INSERT INTO people_fts(people_fts) VALUES ('optimize')")
        if cursor.execute("PRAGMA auto_vacuum").fetchone()[0] != 2:
            cursor.execute("PRAGMA auto_vacuum = INCREMENTAL")
            cursor.execute("VACUUM")
        else:
            cursor.execute("PRAGMA incremental_vacuum").fetchall()
        busy, _, _ = cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        cursor.close()
    finally:
        raw.close()
    return busy == 0


def secure_fts_deletes(session: Session) -> None:
    """FTS5 removes a deleted row's terms at once instead of writing tombstones that name them."""
    if on_server(session):
        return  # no FTS5 index on the office server
    session.execute(text("INSERT INTO people_fts(people_fts, rank) VALUES ('secure-delete', 1)"))
