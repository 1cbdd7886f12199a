"""Deleting and reducing records with proof (issue 10, DESIGN.md §5a).

The lead decides (nothing is deleted automatically). A deletion removes the record and all
that hangs off it (``store.record_purge``), writes one content-free certificate per record
into the audit trail in the same transaction, and then makes the space unreadable: the
search index merged, free pages reclaimed, the WAL folded in and emptied. Work goes in
batches so a long review shows progress and can be cancelled between batches; a cancelled
run keeps what it finished (each finished batch has its certificates) and still scrubs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from lcs_desktop.domain.errors import LcsError, ValidationError
from lcs_desktop.domain.record_refs import (
    DELETION_METHOD_TEXT,
    REDUCTION_METHOD_TEXT,
    SERVER_DELETION_METHOD_TEXT,
    SERVER_REDUCTION_METHOD_TEXT,
    DeletionGrounds,
    DeletionReason,
    LegalHoldError,
    RecordRef,
)
from lcs_desktop.domain.roles import Permission
from lcs_desktop.services import legal_holds, record_history
from lcs_desktop.services.deletion_details import certificate_details, record_facts, refuse_names_in_note
from lcs_desktop.services.identity import CurrentUser, require
from lcs_desktop.services.refusals import audits_refusals
from lcs_desktop.services.workspace import Workspace
from lcs_desktop.store import record_purge
from lcs_desktop.store.cases import BreachCase
from lcs_desktop.store.checks import Check
from lcs_desktop.store.errors import DB_ERRORS

log = logging.getLogger(__name__)

DELETED_ACTION = "record_deleted"
REDUCED_ACTION = "record_reduced"
# Records per transaction: small enough for smooth progress and a prompt Cancel.
BATCH = 200
RULE_MAX = 40

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


@dataclass
class DeletionReport:
    """What a run did: records asked for and done, those that went with a person, any already
    gone, whether it was cancelled part-way, and whether the file was scrubbed afterwards."""

    done: list[RecordRef] = field(default_factory=list)
    with_person: list[RecordRef] = field(default_factory=list)
    already_gone: list[RecordRef] = field(default_factory=list)
    cancelled: bool = False
    scrubbed: bool = False

    @property
    def count(self) -> int:
        return len(self.done) + len(self.with_person)


def _check_inputs(
    user: CurrentUser, reason: DeletionReason | str, note: str, rule_code: str
) -> DeletionGrounds:
    require(user, Permission.DELETE_RECORDS)
    grounds = DeletionGrounds.of(reason, note)
    rule_code = rule_code.strip()
    if not rule_code or len(rule_code) > RULE_MAX:
        raise ValidationError("Name the retention rule the records are deleted under.", "rule_code")
    return grounds


def _refuse_held(session: Session, refs: Sequence[RecordRef], verb: str) -> None:
    held = legal_holds.held(session, refs)
    if held:
        what = "one of these records is" if len(held) == 1 else f"{len(held)} of these records are"
        raise LegalHoldError(
            f"Nothing was {verb}: {what} under a legal hold. Take held records out of the selection, "
            "or lift the hold first if it is no longer needed."
        )


def _batches(refs: Sequence[RecordRef]) -> Iterable[Sequence[RecordRef]]:
    for start in range(0, len(refs), BATCH):
        yield refs[start : start + BATCH]


def _scrub(workspace: Workspace, report: DeletionReport) -> None:
    """Never raises: the records are gone and certified; a fault here (a full disk during the
    vacuum) leaves ``scrubbed`` False, and the WAL is emptied at the next checkpoint."""
    if not report.count:
        return
    try:
        with workspace.alone() as database:
            report.scrubbed = record_purge.scrub(database.engine)
    except (SQLAlchemyError, LcsError, *DB_ERRORS) as exc:
        log.warning("scrub after a deletion failed: %s", type(exc).__name__)
    if not report.scrubbed:
        log.warning("the WAL could not be emptied after a deletion; it will be at the next checkpoint")


def _in_batches(
    workspace: Workspace,
    refs: Sequence[RecordRef],
    verb: str,
    step: Callable[[Session, Sequence[RecordRef], DeletionReport], None],
    progress: Progress | None,
    cancelled: CancelCheck | None,
) -> DeletionReport:
    """One transaction per batch, progress after each, Cancel between them; the scrub runs
    whatever happened, so what was deleted leaves no trace even if a later batch failed."""
    report = DeletionReport()
    try:
        for done, batch in enumerate(_batches(refs)):
            if cancelled is not None and cancelled():
                report.cancelled = True
                break
            with workspace.unit_of_work() as session:
                _refuse_held(session, batch, verb)  # a hold placed meanwhile still counts
                step(session, batch, report)
            if progress is not None:
                progress(min((done + 1) * BATCH, len(refs)), len(refs))
    finally:
        _scrub(workspace, report)
    return report


@audits_refusals
def delete_records(
    workspace: Workspace,
    user: CurrentUser,
    refs: Sequence[RecordRef],
    *,
    reason: DeletionReason | str,
    rule_code: str,
    note: str = "",
    trigger_dates: Mapping[RecordRef, date] | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> DeletionReport:
    """Delete each record and all that hangs off it (a person: with their checks and the cases
    about them). Refused as a whole, with nothing deleted, if any record is under a legal hold."""
    grounds = _check_inputs(user, reason, note, rule_code)
    refs = list(dict.fromkeys(refs))
    triggers = trigger_dates or {}
    with workspace.reading() as session:
        _refuse_held(session, refs, "deleted")
        refuse_names_in_note(session, refs, grounds.note)

    def step(session: Session, batch: Sequence[RecordRef], report: DeletionReport) -> None:
        record_purge.secure_fts_deletes(session)
        _delete_batch(workspace, session, user, batch, grounds, rule_code.strip(), triggers, report)

    return _in_batches(workspace, refs, "deleted", step, progress, cancelled)


def _delete_batch(
    workspace: Workspace,
    session: Session,
    user: CurrentUser,
    batch: Sequence[RecordRef],
    grounds: DeletionGrounds,
    rule_code: str,
    triggers: Mapping[RecordRef, date],
    report: DeletionReport,
) -> None:
    certificates: list[tuple[str, str | None, str | int | None, dict[str, object]]] = []
    method = DELETION_METHOD_TEXT if workspace.server is None else SERVER_DELETION_METHOD_TEXT
    for kind in ("check", "case", "person"):
        wanted = [ref for ref in batch if ref.kind == kind]
        if not wanted:
            continue
        facts = record_facts(session, kind, [ref.id for ref in wanted])
        report.already_gone += [ref for ref in wanted if ref.id not in facts]
        present = [ref for ref in wanted if ref.id in facts]
        ids = [ref.id for ref in present]
        if kind == "person":
            checks, cases = _owned(session, ids)
            check_facts, case_facts = (
                record_facts(session, "check", checks),
                record_facts(session, "case", cases),
            )
            record_purge.purge_people(session, ids)
            for kind_of, owned in (("check", check_facts), ("case", case_facts)):
                for record_id, fact in owned.items():
                    ref = RecordRef(kind_of, record_id)  # type: ignore[arg-type]
                    details = certificate_details(
                        kind_of, fact, grounds, rule_code, triggers.get(ref), method, True
                    )
                    certificates.append((DELETED_ACTION, ref.entity_type, record_id, details))
                    report.with_person.append(ref)
        elif kind == "check":
            record_purge.purge_checks(session, ids)
        else:
            record_purge.purge_cases(session, ids)
        for ref in present:
            details = certificate_details(kind, facts[ref.id], grounds, rule_code, triggers.get(ref), method)
            certificates.append((DELETED_ACTION, ref.entity_type, ref.id, details))
            report.done.append(ref)
    # Each record's version history (its earlier values and salts) goes with it.
    gone: dict[str, list[int]] = {}
    for ref in report_refs(certificates):
        gone.setdefault(ref[0], []).append(ref[1])
    for entity_type, ids in gone.items():
        record_history.delete_for(session, entity_type, ids)
    workspace.audit_many(session, user, certificates)


def report_refs(
    certificates: Sequence[tuple[str, str | None, str | int | None, dict[str, object]]],
) -> list[tuple[str, int]]:
    """(entity type, id) of each record a batch of certificates is about."""
    return [
        (str(entity_type), int(entity_id))
        for _, entity_type, entity_id, _ in certificates
        if entity_id is not None
    ]


def _owned(session: Session, person_ids: Sequence[int]) -> tuple[list[int], list[int]]:
    checks: list[int] = []
    cases: list[int] = []
    for part in record_purge.chunks(list(person_ids)):
        checks += session.scalars(select(Check.id).where(Check.person_id.in_(part)).order_by(Check.id))
        cases += session.scalars(
            select(BreachCase.id).where(BreachCase.subject_person_id.in_(part)).order_by(BreachCase.id)
        )
    return checks, cases


@audits_refusals
def reduce_checks(
    workspace: Workspace,
    user: CurrentUser,
    check_ids: Sequence[int],
    *,
    reason: DeletionReason | str,
    rule_code: str,
    note: str = "",
    trigger_dates: Mapping[int, date] | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> DeletionReport:
    """Cut checks down to a minimal log (date, checker, result, outcome): findings, evidence,
    scope, discussion text and earlier versions go. Refused as a whole under a legal hold."""
    grounds = _check_inputs(user, reason, note, rule_code)
    refs = [RecordRef("check", i) for i in dict.fromkeys(check_ids)]
    triggers = trigger_dates or {}
    with workspace.reading() as session:
        _refuse_held(session, refs, "reduced")
        refuse_names_in_note(session, refs, grounds.note)

    def step(session: Session, batch: Sequence[RecordRef], report: DeletionReport) -> None:
        _reduce_batch(workspace, session, user, batch, grounds, rule_code.strip(), triggers, report)

    return _in_batches(workspace, refs, "reduced", step, progress, cancelled)


def _reduce_batch(
    workspace: Workspace,
    session: Session,
    user: CurrentUser,
    batch: Sequence[RecordRef],
    grounds: DeletionGrounds,
    rule_code: str,
    triggers: Mapping[int, date],
    report: DeletionReport,
) -> None:
    ids = [ref.id for ref in batch]
    facts = record_facts(session, "check", ids)
    reduced = set(session.scalars(select(Check.id).where(Check.id.in_(ids), Check.reduced_at.is_not(None))))
    todo = [ref for ref in batch if ref.id in facts and ref.id not in reduced]
    report.already_gone += [ref for ref in batch if ref not in todo]
    record_purge.reduce_checks(session, [ref.id for ref in todo], workspace.now())
    record_history.reduce_for(session, "check", [ref.id for ref in todo])
    certificates: list[tuple[str, str | None, str | int | None, dict[str, object]]] = []
    method = REDUCTION_METHOD_TEXT if workspace.server is None else SERVER_REDUCTION_METHOD_TEXT
    for ref in todo:
        details = certificate_details(
            "check", facts[ref.id], grounds, rule_code, triggers.get(ref.id), method
        )
        certificates.append((REDUCED_ACTION, "check", ref.id, details))
        report.done.append(ref)
    workspace.audit_many(session, user, certificates)
