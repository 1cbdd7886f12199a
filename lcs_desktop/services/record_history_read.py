"""Reading a record's version history: who changed which field, when, from what to what.

Only for someone who may read the record itself (the same permission, the same case
visibility), and each reading is audited like opening the record. The history holds content,
so it is never in the audit trail; it goes with the record (``record_history.delete_for``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from lcs_desktop.domain.errors import NotFound, NotVisible, ValidationError
from lcs_desktop.domain.roles import Permission
from lcs_desktop.services.audit_actions import ACTIONS
from lcs_desktop.services.audit_words import NOTHING, field_label, london_text, value_text
from lcs_desktop.services.case_access import NOT_VISIBLE, may_see, require_case_view
from lcs_desktop.services.identity import CurrentUser, require
from lcs_desktop.services.refusals import AuditsRefusals
from lcs_desktop.services.workspace import Workspace
from lcs_desktop.store.accounts import User
from lcs_desktop.store.cases import BreachCase
from lcs_desktop.store.checks import Check
from lcs_desktop.store.people import Person
from lcs_desktop.store.record_history import RecordVersion

_KINDS = {"person": (Person, "person"), "check": (Check, "check"), "breach_case": (BreachCase, "case")}


@dataclass(frozen=True, slots=True)
class HistoryLine:
    """One field of one change, as the History dialog lists it."""

    seq: int
    at: datetime
    when: str  # dd/mm/yyyy HH:MM, Europe/London
    who: str
    what: str  # the action in words ("Person changed")
    field: str  # "Last name"
    old: str
    new: str
    reason: str = ""


class RecordHistoryService(AuditsRefusals):
    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def person_history(self, user: CurrentUser, person_id: int) -> list[HistoryLine]:
        return self.history_for(user, "person", person_id)

    def check_history(self, user: CurrentUser, check_id: int) -> list[HistoryLine]:
        return self.history_for(user, "check", check_id)

    def case_history(self, user: CurrentUser, case_id: int) -> list[HistoryLine]:
        return self.history_for(user, "breach_case", case_id)

    def history_for(self, user: CurrentUser, entity_type: str, entity_id: int) -> list[HistoryLine]:
        """Every change to the record, newest first, one line per field; an audited read."""
        if entity_type not in _KINDS:
            raise ValidationError("Only people, checks and cases keep a history.", "record")
        with self._ws.unit_of_work() as session:
            _may_read(session, user, entity_type, entity_id)
            rows = list(
                session.scalars(
                    select(RecordVersion)
                    .where(RecordVersion.entity_type == entity_type, RecordVersion.entity_id == entity_id)
                    .order_by(RecordVersion.seq.desc())
                )
            )
            users = {row.id: row.full_name for row in session.execute(select(User.id, User.full_name))}
            shown = {"count": len(rows)}
            self._ws.audit(session, user, "record_history_viewed", entity_type, entity_id, shown)
        return [line for row in rows for line in _lines(row, users)]


def _may_read(session: Session, user: CurrentUser, entity_type: str, entity_id: int) -> None:
    """The same rule as opening the record: raises (and is audited as refused) otherwise."""
    model, noun = _KINDS[entity_type]
    if entity_type == "person":
        require(user, Permission.VIEW_PEOPLE)
    elif entity_type == "check":
        require(user, Permission.VIEW_CHECKS)
    else:
        require_case_view(user)
    row = session.get(model, entity_id)
    if row is None:
        raise NotFound(f"That {noun} is not recorded.")
    if entity_type == "breach_case" and not may_see(user, row):
        raise NotVisible(NOT_VISIBLE)


def _lines(row: RecordVersion, users: dict[int, str]) -> list[HistoryLine]:
    changes = json.loads(row.changes or "{}")
    who = users.get(row.actor_id, row.actor) if row.actor_id is not None else "LCS Desktop"
    spec = ACTIONS.get(row.action)
    what = spec.label if spec is not None else row.action.replace("_", " ").capitalize()
    tables = {"users": users}
    base = {"seq": row.seq, "at": row.at, "when": london_text(row.at), "who": who, "what": what}
    lines = []
    for key, pair in changes.items():
        old, new = pair if isinstance(pair, list) and len(pair) == 2 else (None, None)
        reduced = pair is None
        lines.append(
            HistoryLine(
                **base,
                field=field_label(key),
                old="(removed)" if reduced else value_text(key, old, tables),
                new="(removed)" if reduced else value_text(key, new, tables),
            )
        )
    if not lines:
        lines.append(HistoryLine(**base, field=NOTHING, old=NOTHING, new=NOTHING))
    if row.reason:
        lines[0] = replace(lines[0], reason=row.reason)
    return lines
