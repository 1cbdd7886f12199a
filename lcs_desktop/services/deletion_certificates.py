"""The deletion certificates (issue 10): listed from the audit trail, each checked against the
chain (its hash, its signature, its link to the event before it), and printed as a PDF.

A certificate is the ``record_deleted`` / ``record_reduced`` event itself, so it lasts as long
as the audit trail and holds only what the event holds: kind, reference, dates, rule, reason,
method and who authorised it.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from sqlalchemy import select
from sqlalchemy.orm import Session

from lcs_desktop.domain.errors import NotFound
from lcs_desktop.domain.record_refs import KIND_LABELS, DeletionReason
from lcs_desktop.domain.roles import Permission
from lcs_desktop.reports.common import CancelCheck, PdfResult, Progress, audit_head_line
from lcs_desktop.reports.deletion_certificate import (
    CertificateRow,
    build_deletion_certificate_pdf,
    certificate_info,
)
from lcs_desktop.services.audit_chain import GENESIS, SIGN_CONTEXT, AuditChain, event_hash
from lcs_desktop.services.audit_verify import _keys
from lcs_desktop.services.export_files import move_into_place, write_beside
from lcs_desktop.services.identity import CurrentUser, require
from lcs_desktop.services.record_deletion import DELETED_ACTION, REDUCED_ACTION
from lcs_desktop.services.refusals import audits_refusals
from lcs_desktop.services.settings import read_settings
from lcs_desktop.services.workspace import Workspace
from lcs_desktop.store.accounts import User
from lcs_desktop.store.audit_events import AuditEvent

EXPORTED_ACTION = "deletion_certificates_exported"
ACTIONS = (DELETED_ACTION, REDUCED_ACTION)
HOLDS = "The event's hash, its signature and its link to the event before it all hold."


@dataclass(frozen=True, slots=True)
class Certificate:
    seq: int
    at: datetime
    reduced: bool
    kind: str
    reference: str
    created_on: date | None
    trigger_on: date | None
    rule: str
    reason: str  # category code
    note: str
    method: str
    authorised_by: str
    event_hash: str

    @property
    def reason_label(self) -> str:
        return DeletionReason(self.reason).label if self.reason in set(DeletionReason) else self.reason

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, "record")


def _may_read(user: CurrentUser) -> None:
    if not (user.can(Permission.DELETE_RECORDS) or user.can(Permission.VIEW_AUDIT_LOG)):
        require(user, Permission.DELETE_RECORDS)


def _date(value: object) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) and value else None


def _certificate(event: AuditEvent, names: dict[int, str]) -> Certificate:
    d = json.loads(event.details)
    return Certificate(
        seq=event.seq,
        at=event.at,
        reduced=event.action == REDUCED_ACTION,
        kind=str(d.get("kind", "")),
        reference=str(d.get("reference", "")),
        created_on=_date(d.get("created_on")),
        trigger_on=_date(d.get("trigger_on")),
        rule=str(d.get("rule", "")),
        reason=str(d.get("reason_category", "")),
        note=str(d.get("note", "")),
        method=str(d.get("method", "")),
        authorised_by=names.get(event.actor_id or -1, event.actor),
        event_hash=event.mac,
    )


def _names(session: Session, events: Sequence[AuditEvent]) -> dict[int, str]:
    ids = {e.actor_id for e in events if e.actor_id is not None}
    return dict(session.execute(select(User.id, User.full_name).where(User.id.in_(ids))).all()) if ids else {}


@audits_refusals
def list_certificates(
    workspace: Workspace, user: CurrentUser, *, before_seq: int | None = None, limit: int = 200
) -> list[Certificate]:
    """Newest first, a page at a time (``before_seq``: the last page's smallest ``seq``)."""
    _may_read(user)
    with workspace.reading() as session:
        query = select(AuditEvent).where(AuditEvent.action.in_(ACTIONS))
        if before_seq is not None:
            query = query.where(AuditEvent.seq < before_seq)
        events = list(session.scalars(query.order_by(AuditEvent.seq.desc()).limit(limit)))
        names = _names(session, events)
        return [_certificate(e, names) for e in events]


def verify_certificate(session: Session, workspace: Workspace, event: AuditEvent) -> str | None:
    """None when the event holds in the chain, else what is wrong, in a sentence."""
    if event_hash(workspace.db_id, event) != event.mac:
        return "The event has been changed since it was written."
    before = session.scalar(select(AuditEvent.mac).where(AuditEvent.seq == event.seq - 1))
    if event.prev_mac != (before if before is not None else GENESIS):
        return "The event is not linked to the one before it."
    key = _keys(session, workspace.db_id, None).get(event.key_id or "")
    if key is None or key.user_id != event.actor_id:
        return "The event is not signed by the person it names."
    try:
        key.public.verify(base64.b64decode(event.signature or ""), SIGN_CONTEXT + event.mac.encode("ascii"))
    except (InvalidSignature, ValueError):
        return "The event's signature does not hold."
    return None


@audits_refusals
def export_certificates(
    workspace: Workspace,
    user: CurrentUser,
    seqs: Sequence[int],
    *,
    target: Path | None = None,
    progress: Progress | None = None,
    is_cancelled: CancelCheck | None = None,
) -> PdfResult:
    """One PDF of the chosen certificates, each verified in the chain as it is printed. With a
    ``target`` the file is written there whole, and audited before it is moved into place."""
    require(user, Permission.DELETE_RECORDS)
    with workspace.reading() as session:
        events = list(
            session.scalars(
                select(AuditEvent)
                .where(AuditEvent.seq.in_(list(seqs)), AuditEvent.action.in_(ACTIONS))
                .order_by(AuditEvent.seq)
            )
        )
        if not events or len(events) != len(set(seqs)):
            raise NotFound("Those deletion certificates are not in the audit trail.")
        names = _names(session, events)
        rows = []
        for event in events:
            c = _certificate(event, names)
            problem = verify_certificate(session, workspace, event)
            rows.append(
                CertificateRow(
                    c.seq, c.at, c.reduced, c.kind_label, c.reference, c.created_on, c.trigger_on, c.rule,
                    c.reason_label, c.note, c.method, c.authorised_by, c.event_hash,
                    HOLDS if problem is None else f"DOES NOT VERIFY: {problem}",
                )
            )  # fmt: skip
        organisation = read_settings(session).organisation_name
        head = AuditChain.head(session)
    reference = f"DEL-{events[0].seq}" + (f"-{events[-1].seq}" if len(events) > 1 else "")
    info = certificate_info(
        organisation,
        reference,
        user.full_name,
        workspace.now(),
        audit_head_line(head.seq, head.digest) if head is not None else "",
    )
    result = build_deletion_certificate_pdf(rows, info, progress=progress, is_cancelled=is_cancelled)
    tmp = write_beside(target, result.data) if target is not None else None
    try:
        with workspace.unit_of_work() as session:
            workspace.audit(
                session,
                user,
                EXPORTED_ACTION,
                None,
                None,
                {"count": len(rows), "sha256": result.sha256, "reference": reference},
            )
        if tmp is not None and target is not None:
            move_into_place(tmp, target)
    except BaseException:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
        raise
    return result
