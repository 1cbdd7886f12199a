"""Names and references for a page of audit events: one query per table, only for the ids
the page names (never one query per event), so the log reads as fast at 200 000 events."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from lcs_desktop.services.audit_sentences import AuditFacts, AuditNames, AuditSentence, render, wanted
from lcs_desktop.store.accounts import User
from lcs_desktop.store.audit_events import AuditEvent
from lcs_desktop.store.cases import AffectedChild, BreachCase
from lcs_desktop.store.checks import Check
from lcs_desktop.store.people import Person

_CHUNK = 500  # ids per IN (...) list, well inside SQLite's variable limit


def _chunks(ids: Iterable[int]) -> Iterable[list[int]]:
    items = sorted(ids)
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _references(session: Session, id_col, ref_col, ids: set[int]) -> dict[int, str]:  # type: ignore[no-untyped-def]
    found: dict[int, str] = {}
    for chunk in _chunks(ids):
        found.update(dict(session.execute(select(id_col, ref_col).where(id_col.in_(chunk))).all()))
    return found


def facts(event: AuditEvent) -> AuditFacts:
    try:
        details = json.loads(event.details or "{}")
    except ValueError:
        details = {}
    if not isinstance(details, dict):
        details = {"value": details}
    return AuditFacts(
        event.seq,
        event.at,
        event.actor_id,
        event.actor,
        event.action,
        event.entity_type,
        event.entity_id,
        details,
    )


def lookup_names(session: Session, events: list[AuditFacts]) -> AuditNames:
    w = wanted(events)
    users: dict[int, str] = {}
    usernames: dict[str, str] = {}
    if w.users or w.usernames:
        for chunk in _chunks(w.users) if w.users else [[]]:
            query = select(User.id, User.username, User.full_name).where(
                or_(User.id.in_(chunk), User.username.in_(sorted(w.usernames)))
            )
            for uid, username, full_name in session.execute(query):
                users[uid] = full_name
                usernames[username] = full_name
    return AuditNames(
        users=users,
        usernames=usernames,
        cases=_references(session, BreachCase.id, BreachCase.reference, w.cases),
        checks=_references(session, Check.id, Check.reference, w.checks),
        people=_references(session, Person.id, Person.reference, w.people),
        parties=_references(session, AffectedChild.id, AffectedChild.reference, w.parties),
    )


def sentences(
    session: Session,
    events: list[AuditFacts],
    show_values: Callable[[AuditFacts], bool] = lambda _e: True,
    redact: Callable[[str], str] = lambda t: t,
) -> list[AuditSentence]:
    """The sentence for each event, with one batched lookup for the whole list."""
    names = lookup_names(session, events)
    return [render(e, names, show_values=show_values(e), redact=redact) for e in events]
