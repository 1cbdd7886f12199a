"""The review queue's decisions that change records: delete, reduce and legal hold, handed to
the deletion engine and the legal-holds service (h-deletion's ``record_deletion`` and
``legal_holds``), singly or in bulk with one reason. Each run groups the records by the rule
they fell due under, so every deletion certificate names its rule; afterwards the retention
dates of what is gone are dropped and those of what remains (a person whose last check went)
are worked out again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from sqlalchemy import delete, select

from lcs_desktop.domain.errors import Problems, ValidationError
from lcs_desktop.domain.record_refs import DeletionReason, RecordRef
from lcs_desktop.domain.roles import Permission
from lcs_desktop.services.identity import CurrentUser, require
from lcs_desktop.services.legal_holds import place_hold
from lcs_desktop.services.record_deletion import DeletionReport, delete_records, reduce_checks
from lcs_desktop.services.refusals import audits_refusals
from lcs_desktop.services.retention_tracking import refresh
from lcs_desktop.services.workspace import Workspace
from lcs_desktop.store.cases import BreachCase
from lcs_desktop.store.checks import Check
from lcs_desktop.store.retention import RetentionDateRow, RetentionKeep

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def _rules_of(workspace: Workspace, refs: Sequence[RecordRef]) -> dict[str, list[RecordRef]]:
    """The records grouped by the rule their date came from (in queue order)."""
    groups: dict[str, list[RecordRef]] = {}
    with workspace.reading() as session:
        for ref in refs:
            rule = session.scalar(
                select(RetentionDateRow.rule_code).where(
                    RetentionDateRow.record_kind == ref.kind, RetentionDateRow.record_id == ref.id
                )
            )
            groups.setdefault(rule or f"{ref.kind}_manual", []).append(ref)
    return groups


def _owners(workspace: Workspace, refs: Sequence[RecordRef]) -> set[int]:
    """The people whose records these are: their dates change when the records go."""
    people: set[int] = set()
    with workspace.reading() as session:
        for ref in refs:
            if ref.kind == "person":
                continue
            model = Check.person_id if ref.kind == "check" else BreachCase.subject_person_id
            table = Check if ref.kind == "check" else BreachCase
            found = session.scalar(select(model).where(table.id == ref.id))
            if found is not None:
                people.add(found)
    return people


def _step(progress: Progress | None, offset: int, total: int) -> Progress | None:
    if progress is None:
        return None
    return lambda done, _of: progress(offset + done, total)


@audits_refusals
def delete_due(
    workspace: Workspace,
    user: CurrentUser,
    refs: Sequence[RecordRef],
    *,
    note: str = "",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> DeletionReport:
    """Delete records from the queue (the lead has confirmed). A malicious or false allegation
    removed under its rule is recorded as such; everything else as its retention reached."""
    require(user, Permission.DELETE_RECORDS)
    refs = list(dict.fromkeys(refs))
    problems = Problems()
    if not refs:
        problems.add(ValidationError("Choose at least one record to delete.", "records"))
    if not note.strip():
        problems.add(
            ValidationError("Say why these records are being deleted (a short note, no names).", "note")
        )
    problems.raise_any()
    owners = _owners(workspace, refs)
    total = len(refs)
    report = DeletionReport()
    offset = 0
    for rule, group in _rules_of(workspace, refs).items():
        reason = (
            DeletionReason.MALICIOUS_OR_FALSE
            if rule == "case_malicious"
            else DeletionReason.RETENTION_REACHED
        )
        part = delete_records(
            workspace,
            user,
            group,
            reason=reason,
            rule_code=rule,
            note=note,
            progress=_step(progress, offset, total),
            cancelled=cancelled,
        )
        offset += len(group)
        report.done += part.done
        report.with_person += part.with_person
        report.already_gone += part.already_gone
        report.scrubbed = report.scrubbed or part.scrubbed
        if part.cancelled:
            report.cancelled = True
            break
    gone = report.done + report.with_person + report.already_gone
    with workspace.unit_of_work() as session:
        refresh(session, owners, set(), set(), {(r.kind, r.id) for r in gone})
    return report


@audits_refusals
def reduce_due(
    workspace: Workspace,
    user: CurrentUser,
    check_ids: Sequence[int],
    *,
    note: str = "",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> DeletionReport:
    """Reduce checks from the queue to a minimal log (date, checker, result, outcome)."""
    require(user, Permission.DELETE_RECORDS)
    refs = [RecordRef("check", i) for i in dict.fromkeys(check_ids)]
    if not refs:
        raise ValidationError("Choose at least one check to reduce.", "records")
    report = DeletionReport()
    offset = 0
    for rule, group in _rules_of(workspace, refs).items():
        part = reduce_checks(
            workspace,
            user,
            [r.id for r in group],
            reason=DeletionReason.RETENTION_REACHED,
            rule_code=rule,
            note=note,
            progress=_step(progress, offset, len(refs)),
            cancelled=cancelled,
        )
        offset += len(group)
        report.done += part.done
        report.already_gone += part.already_gone
        report.scrubbed = report.scrubbed or part.scrubbed
        if part.cancelled:
            report.cancelled = True
            break
    with workspace.unit_of_work() as session:
        # A minimal log keeps no free text: the "keep longer" reasons on these checks go too.
        done = [r.id for r in report.done]
        if done:
            session.execute(
                delete(RetentionKeep).where(
                    RetentionKeep.record_kind == "check", RetentionKeep.record_id.in_(done)
                )
            )
        refresh(session, set(), {r.id for r in refs}, set())
    return report


@audits_refusals
def hold_from_queue(
    workspace: Workspace, user: CurrentUser, ref: RecordRef, *, reason: str, review_on: date
) -> int:
    """Place a legal hold from the queue: on the person (for a person or a check) or the case."""
    require(user, Permission.PLACE_LEGAL_HOLDS)
    if ref.kind == "case":
        return place_hold(workspace, user, case_id=ref.id, reason=reason, review_on=review_on)
    person_id = ref.id
    if ref.kind == "check":
        with workspace.reading() as session:
            found = session.scalar(select(Check.person_id).where(Check.id == ref.id))
        if found is None:
            raise ValidationError("That check is no longer on record.")
        person_id = found
    return place_hold(workspace, user, person_id=person_id, reason=reason, review_on=review_on)
