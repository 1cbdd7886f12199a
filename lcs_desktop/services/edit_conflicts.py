"""Refusing a save that lost the race (issue 11): the version check and the comparison.

A service that edits a record takes the version its form was loaded at (``expected_version``)
and calls ``require_version`` inside its transaction, before changing anything. On a mismatch
it raises ``EditConflict`` built from the record as it is now, the user's edit and the record's
version history (``record_history``): who changed it last, when, and from what to what. The
history belongs to the record (a person, a check or a case); a finding or a referral is
compared under its check or case. No value is logged or audited here.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lcs_desktop.domain.conflicts import NOTHING, EditConflict, FieldComparison
from lcs_desktop.domain.working_days import london_date, to_london
from lcs_desktop.services.audit_words import field_label, value_text
from lcs_desktop.store.accounts import User
from lcs_desktop.store.record_history import RecordVersion

# At most this many of the latest changes are compared (a form left open all day).
MAX_CHANGES = 10
# What the audit details of a save say when the user chose "Overwrite with mine".
OVERWRITE_DETAIL = "overwrite"


def require_version(
    session: Session,
    row: Any,
    expected_version: int | None,
    *,
    entity_type: str,
    entity_id: int,
    noun: str,
    edit: Mapping[str, tuple[object, object]],
    now: datetime,
) -> None:
    """Refuse (``EditConflict``) when ``row`` has moved on from ``expected_version``.

    ``edit`` maps each field the user changed to (its value now, the user's value), in stored
    form (codes, ids, ISO dates); ``None`` for ``expected_version`` means the caller had no
    form open (a script, an import) and is not checked."""
    if expected_version is None or row.row_version == expected_version:
        return
    raise conflict(
        session,
        entity_type=entity_type,
        entity_id=entity_id,
        noun=noun,
        edit=edit,
        versions_behind=row.row_version - expected_version,
        current_version=row.row_version,
        now=now,
    )


def conflict(
    session: Session,
    *,
    entity_type: str,
    entity_id: int,
    noun: str,
    edit: Mapping[str, tuple[object, object]],
    versions_behind: int,
    current_version: int,
    now: datetime,
) -> EditConflict:
    rows = list(
        session.scalars(
            select(RecordVersion)
            .where(RecordVersion.entity_type == entity_type, RecordVersion.entity_id == entity_id)
            .order_by(RecordVersion.seq.desc())
            .limit(max(1, min(MAX_CHANGES, versions_behind)))
        )
    )
    theirs: dict[str, list[Any]] = {}
    for row in reversed(rows):  # oldest first: the first old value and the last new one
        for key, pair in json.loads(row.changes or "{}").items():
            if not (isinstance(pair, list) and len(pair) == 2):
                continue
            if key in theirs:
                theirs[key][1] = pair[1]
            else:
                theirs[key] = list(pair)
    ids = {r.actor_id for r in rows if r.actor_id is not None}
    for old, new in (*theirs.values(), *edit.values()):
        ids |= {v for v in (old, new) if isinstance(v, int) and not isinstance(v, bool)}
    names = dict(session.execute(select(User.id, User.full_name).where(User.id.in_(ids))).all())
    tables = {"users": names}
    fields = []
    for key in dict.fromkeys([*theirs, *edit]):
        now_value, mine = edit.get(key, (None, None))
        changed_by_them = theirs.get(key)
        current = changed_by_them[1] if changed_by_them else now_value
        before = changed_by_them[0] if changed_by_them else current
        fields.append(
            FieldComparison(
                caption=field_label(key),
                before=value_text(key, before, tables),
                theirs=value_text(key, current, tables),
                mine=value_text(key, mine, tables) if key in edit else NOTHING,
            )
        )
    latest = rows[0] if rows else None
    who = ""
    if latest is not None:
        who = names.get(latest.actor_id, "") if latest.actor_id is not None else "LCS Desktop"
    return EditConflict(
        noun=noun,
        who=who,
        at=latest.at if latest else None,
        when=when_text(latest.at, now) if latest else "",
        fields=tuple(fields),
        current_version=current_version,
    )


def when_text(at: datetime, now: datetime) -> str:
    """ "at 10:42" today (London), else "on 29/11/2026 at 10:42"."""
    local = to_london(at)
    if london_date(at) == london_date(now):
        return f"at {local:%H:%M}"
    return f"on {local:%d/%m/%Y} at {local:%H:%M}"


def overwrite_detail(overwrite: bool) -> dict[str, bool]:
    """The audit detail of a save made over someone else's change (the user chose to)."""
    return {OVERWRITE_DETAIL: True} if overwrite else {}
