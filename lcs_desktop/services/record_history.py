"""Record version history: the values a change wrote, kept with the record, so the audit
trail (append-only, kept for ever) holds no content.

``record_change`` stores a change's old and new values in ``record_history`` and returns
the content-free details for the audit event: the fields changed and keyed hashes of their
values (HMAC-SHA256 under the record's own random salt, first 16 hex digits). The hashes let
someone holding the record show that an event matches it; once the record and its salt are
deleted (``delete_for``) they can no longer confirm a guessed name. ``Workspace.audit`` calls
``content_free`` for every event on a record, so a service cannot put content in the chain by
accident. Reading the history: ``record_history_read``.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from lcs_desktop.services.identity import CurrentUser
from lcs_desktop.store.base import Base
from lcs_desktop.store.cases import BreachCase
from lcs_desktop.store.checks import Check
from lcs_desktop.store.people import Person
from lcs_desktop.store.record_history import RecordSalt, RecordVersion

# The records whose events carry content; account, settings and backup events do not.
_MODELS: dict[str, type[Base]] = {"person": Person, "check": Check, "breach_case": BreachCase}
RECORD_TYPES = frozenset(_MODELS)
# Detail keys that hold values typed or recorded about someone: moved to the history.
CONTENT_KEYS = ("changes", "values", "details", "reason", "note")
# Fields whose values are the app's own codes or account ids, not content: they stay readable
# in the event ("Risk: — → High") beside their hashes.
CODE_FIELDS = frozenset(
    {
        "status",
        "risk",
        "state",
        "kind",
        "result",
        "outcome",
        "finding",
        "level",
        "category",
        "severity",
        "relevance",
        "stage",
        "method",
        "identity_match",
        "out_of_recruitment",
        "checker_on_panel",
        "attest_public_only",
        "attest_no_private_access",
        "officer_id",
        "decision_maker_id",
        "person_id",
        "reference",
    }
)
HASH_DIGITS = 16


def _canonical(value: object) -> bytes:
    return json.dumps(value, sort_keys=True, default=str, ensure_ascii=False).encode()


def _code(value: object) -> bool:
    return value is None or isinstance(value, bool | int) or (isinstance(value, str) and len(value) <= 40)


def salt_for(session: Session, entity_type: str, entity_id: int) -> bytes:
    """The record's salt, made on first need."""
    row = session.scalar(
        select(RecordSalt).where(RecordSalt.entity_type == entity_type, RecordSalt.entity_id == entity_id)
    )
    if row is None:
        row = RecordSalt(entity_type=entity_type, entity_id=entity_id, salt=secrets.token_bytes(32))
        session.add(row)
        session.flush()
    return row.salt


def keyed_hash(salt: bytes, value: object) -> str | None:
    """HMAC-SHA256 of the value under the record's salt, 16 hex digits; None for no value."""
    if value is None or value == "":
        return None
    return hmac.new(salt, _canonical(value), hashlib.sha256).hexdigest()[:HASH_DIGITS]


def record_change(
    session: Session,
    entity_type: str,
    entity_id: int,
    actor: CurrentUser | None,
    changes: Mapping[str, Any],
    *,
    action: str = "",
    reason: str | None = None,
    at: datetime,
) -> dict[str, Any]:
    """Keep ``changes`` ({field: [old, new]}) and ``reason`` in the record's history; return
    the audit details: {"fields": [...], "hashes": {field: [old, new]}, "history": seq}, plus
    "changes" for the fields holding only codes or account ids."""
    salt = salt_for(session, entity_type, entity_id)
    last = session.scalar(
        select(func.max(RecordVersion.seq)).where(
            RecordVersion.entity_type == entity_type, RecordVersion.entity_id == entity_id
        )
    )
    seq = (last or 0) + 1
    pairs = {k: p for k, v in changes.items() if not _empty(*(p := _pair(v)))}  # None → "" is no change
    session.add(
        RecordVersion(
            entity_type=entity_type,
            entity_id=entity_id,
            seq=seq,
            at=at,
            actor_id=actor.id if actor else None,
            actor=actor.username if actor else "system",
            action=action,
            changes=json.dumps(pairs, default=str, ensure_ascii=False),
            reason=reason or "",
        )
    )
    details: dict[str, Any] = {
        "fields": list(pairs),
        "hashes": {k: [keyed_hash(salt, old), keyed_hash(salt, new)] for k, (old, new) in pairs.items()},
        "history": seq,
    }
    codes = {k: p for k, p in pairs.items() if k in CODE_FIELDS and _code(p[0]) and _code(p[1])}
    if codes:
        details["changes"] = codes
    if reason:
        details["reason_given"] = True
    return details


def _empty(*values: object) -> bool:
    return all(v is None or v == "" or v == [] or v == {} for v in values)


def _pair(value: object) -> list[Any]:
    if isinstance(value, list | tuple) and len(value) == 2:
        return [value[0], value[1]]
    return [None, value]


def content_free(
    session: Session,
    actor: CurrentUser | None,
    action: str,
    entity_type: str | None,
    entity_id: str | int | None,
    details: dict[str, Any] | None,
    at: datetime,
) -> dict[str, Any] | None:
    """An event's details with their content moved into the record's history (for every
    event on a person, check or case; other events and content-free details pass as they are)."""
    if not details or entity_type not in RECORD_TYPES or not any(k in details for k in CONTENT_KEYS):
        return details
    kept = {k: v for k, v in details.items() if k not in CONTENT_KEYS}
    changes: dict[str, Any] = {}
    for key in ("values", "details", "changes"):
        given = details.get(key)
        if isinstance(given, Mapping):
            changes.update(given if key == "changes" else {k: [None, v] for k, v in given.items()})
        elif given not in (None, "", [], {}):
            changes[key] = [None, given]
    if details.get("note"):
        changes["note"] = [None, details["note"]]
    reason = details.get("reason")
    reason_text = reason if isinstance(reason, str) else (None if reason is None else str(reason))
    if not changes and not reason_text:
        return kept
    try:
        record_id = int(entity_id)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        record_id = None
    if record_id is None or session.get(_MODELS[entity_type], record_id) is None:
        # About no single record (many at once), or one already deleted: no history to hold
        # the values (nor a salt to leave behind), so the event keeps only the field names.
        named = kept | {"fields": [k for k in changes if not _empty(*_pair(changes[k]))]}
        return named | ({"reason_given": True} if reason_text else {})
    return kept | record_change(
        session, entity_type, record_id, actor, changes, action=action, reason=reason_text, at=at
    )


def delete_for(session: Session, entity_type: str, ids: Iterable[int]) -> int:
    """Delete the records' history and salts (with the records): returns history rows deleted."""
    wanted = list(ids)
    if not wanted:
        return 0
    gone = 0
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        result = session.execute(
            delete(RecordVersion).where(
                RecordVersion.entity_type == entity_type, RecordVersion.entity_id.in_(chunk)
            )
        )
        gone += result.rowcount or 0  # type: ignore[attr-defined]
        session.execute(
            delete(RecordSalt).where(RecordSalt.entity_type == entity_type, RecordSalt.entity_id.in_(chunk))
        )
    return gone


def reduce_for(session: Session, entity_type: str, ids: Iterable[int]) -> int:
    """For a record reduced to its minimum: keep who changed which field and when, drop every
    value and reason, and the salt (so the audit hashes confirm nothing). Returns rows reduced."""
    wanted = list(ids)
    reduced = 0
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        rows = session.scalars(
            select(RecordVersion).where(
                RecordVersion.entity_type == entity_type, RecordVersion.entity_id.in_(chunk)
            )
        )
        for row in rows:
            row.changes = json.dumps(dict.fromkeys(json.loads(row.changes or "{}")))
            row.reason = ""
            reduced += 1
        session.execute(
            delete(RecordSalt).where(RecordSalt.entity_type == entity_type, RecordSalt.entity_id.in_(chunk))
        )
    return reduced
