"""What a deletion writes about each record, and what it checks first: the certificate's
content-free details (kind, reference, dates, rule, reason category, method), the facts they
come from, and the refusal of a note that names someone whose records go."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from lcs_desktop.domain.errors import ValidationError
from lcs_desktop.domain.record_refs import DeletionGrounds, RecordRef
from lcs_desktop.domain.working_days import london_date
from lcs_desktop.store import record_purge
from lcs_desktop.store.cases import BreachCase
from lcs_desktop.store.checks import Check
from lcs_desktop.store.people import Person


@dataclass(frozen=True, slots=True)
class Facts:
    reference: str
    created_on: date


_MODELS = {"person": Person, "check": Check, "case": BreachCase}


def record_facts(session: Session, kind: str, ids: Sequence[int]) -> dict[int, Facts]:
    model = _MODELS[kind]
    found: dict[int, Facts] = {}
    for part in record_purge.chunks(list(ids)):
        rows = session.execute(select(model.id, model.reference, model.created_at).where(model.id.in_(part)))
        for record_id, reference, created in rows:
            found[record_id] = Facts(reference, london_date(created))
    return found


def refuse_names_in_note(session: Session, refs: Sequence[RecordRef], note: str) -> None:
    """The note goes into the audit trail for good: it must not name the people whose records go."""
    words = set(re.findall(r"\w+", note.casefold()))
    if not words:
        return
    people = {r.id for r in refs if r.kind == "person"}
    for kind, model, column in (
        ("check", Check, Check.person_id),
        ("case", BreachCase, BreachCase.subject_person_id),
    ):
        ids = [r.id for r in refs if r.kind == kind]
        for part in record_purge.chunks(ids):
            people.update(session.scalars(select(column).where(model.id.in_(part))))
    for part in record_purge.chunks(sorted(people)):
        for first, last in session.execute(
            select(Person.first_name, Person.last_name).where(Person.id.in_(part))
        ):
            names = {w for w in re.findall(r"\w+", f"{first} {last}".casefold()) if len(w) > 2}
            if names & words:
                raise ValidationError(
                    "The note names someone whose records are being deleted. Leave names out: the note "
                    "is kept in the audit trail for good.",
                    "note",
                )


def certificate_details(
    kind: str,
    facts: Facts,
    grounds: DeletionGrounds,
    rule_code: str,
    trigger: date | None,
    method: str,
    with_person: bool = False,
) -> dict[str, object]:
    """The certificate's details: dates, codes and the record's reference — no content, no names."""
    details: dict[str, object] = {
        "kind": kind,
        "reference": facts.reference,
        "created_on": facts.created_on.isoformat(),
        "trigger_on": trigger.isoformat() if trigger else None,
        "rule": rule_code,
        "reason_category": grounds.reason.value,
        "method": method,
    }
    if grounds.note:
        details["note"] = grounds.note
    if with_person:
        details["with_person"] = True
    return details
