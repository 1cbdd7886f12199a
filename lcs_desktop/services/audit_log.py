"""Reading and verifying the audit trail (lead and administrator only)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from lcs_desktop.domain.roles import Permission
from lcs_desktop.services.audit_chain import AuditChain, ChainProblem
from lcs_desktop.services.audit_lookups import facts, sentences
from lcs_desktop.services.audit_sentences import VISIBLE_WITHOUT_VALUES, AuditSentence, action_label
from lcs_desktop.services.audit_verify import verify
from lcs_desktop.services.identity import CurrentUser, require
from lcs_desktop.services.keyset import in_display_order, seek
from lcs_desktop.services.refusals import AuditsRefusals
from lcs_desktop.services.workspace import Workspace
from lcs_desktop.store import record_counts as counts
from lcs_desktop.store.accounts import User
from lcs_desktop.store.audit_events import AuditEvent
from lcs_desktop.store.record_counts import kept_count


@dataclass(frozen=True, slots=True)
class AuditFilter:
    since: datetime | None = None
    until: datetime | None = None
    actor: str | None = None
    action: str | None = None
    entity_type: str | None = None
    entity_id: str | None = None


@dataclass(frozen=True, slots=True)
class AuditRow:
    seq: int
    at: datetime
    actor: str
    action: str
    entity_type: str | None
    entity_id: str | None
    details: dict[str, Any]  # the raw fields, as this reader may see them ("Show details")
    sentence: AuditSentence | None = None  # the event in words (audit_sentences)


@dataclass(frozen=True, slots=True)
class VerifyResult:
    events: int
    problems: list[ChainProblem]

    @property
    def ok(self) -> bool:
        return not self.problems


# Events about accounts, settings and backups: an administrator reads these in full. Events about
# records (people, checks, cases) carry old and new values, which are case content.
ADMIN_ENTITY_TYPES = frozenset({None, "user", "settings", "backup", "database"})
CONTENT_PERMISSIONS = frozenset({Permission.VIEW_ALL_CASES, Permission.VIEW_CHECKS})


def _shows_values(user: CurrentUser, entity_type: str | None) -> bool:
    return entity_type in ADMIN_ENTITY_TYPES or user.permissions >= CONTENT_PERMISSIONS


def _visible_details(user: CurrentUser, entity_type: str | None, details: dict[str, Any]) -> dict[str, Any]:
    """The administrator role alone does not read case content, even in the audit log: for
    record events it sees what happened and which fields changed, not the values."""
    if _shows_values(user, entity_type):
        return details
    shown: dict[str, Any] = {}
    for key, value in details.items():
        if (key == "changes" and isinstance(value, dict)) or (key == "fields" and isinstance(value, list)):
            shown["fields changed"] = sorted(set(value) | set(shown.get("fields changed", [])))
        elif key in VISIBLE_WITHOUT_VALUES:
            shown[key] = value
    shown["values"] = "hidden: case content is shown only to case roles"
    return shown


class AuditLogService(AuditsRefusals):
    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def _query(self, flt: AuditFilter):  # type: ignore[no-untyped-def]
        query = select(AuditEvent)
        if flt.since:
            query = query.where(AuditEvent.at >= flt.since)
        if flt.until:
            query = query.where(AuditEvent.at < flt.until)
        if flt.actor:
            query = query.where(AuditEvent.actor == flt.actor)
        if flt.action:
            query = query.where(AuditEvent.action == flt.action)
        if flt.entity_type:
            query = query.where(AuditEvent.entity_type == flt.entity_type)
        if flt.entity_id:
            query = query.where(AuditEvent.entity_id == flt.entity_id)
        return query

    def count(self, user: CurrentUser, flt: AuditFilter = AuditFilter()) -> int:
        require(user, Permission.VIEW_AUDIT_LOG)
        with self._ws.reading() as session:
            if flt == AuditFilter(action=counts.REFUSED_ACTION):  # "Refused attempts (n)": kept
                kept = kept_count(session, counts.REFUSED)
                if kept is not None:
                    return kept
            return session.scalar(select(func.count()).select_from(self._query(flt).subquery())) or 0

    def events(
        self,
        user: CurrentUser,
        flt: AuditFilter = AuditFilter(),
        *,
        offset: int = 0,
        limit: int = 200,
        newest_first: bool = True,
        after: int | None = None,
        backwards: bool = False,
    ) -> list[AuditRow]:
        """One page: the events after the one numbered ``after`` in the order shown (or before
        it when ``backwards``), skipping ``offset`` more; see keyset.seek."""
        require(user, Permission.VIEW_AUDIT_LOG)
        stmt = seek(
            self._query(flt),
            (AuditEvent.seq,),
            None if after is None else (after,),
            descending=newest_first,
            backwards=backwards,
            skip=offset,
            limit=limit,
        )
        with self._ws.reading() as session:
            rows = in_display_order([facts(r) for r in session.scalars(stmt)], backwards)
            said = sentences(session, rows, lambda e: _shows_values(user, e.entity_type))
        return [
            AuditRow(
                r.seq,
                r.at,
                r.actor,
                r.action,
                r.entity_type,
                r.entity_id,
                _visible_details(user, r.entity_type, dict(r.details)),
                sentence,
            )
            for r, sentence in zip(rows, said, strict=True)
        ]

    def actions(self, user: CurrentUser) -> list[str]:
        require(user, Permission.VIEW_AUDIT_LOG)
        with self._ws.reading() as session:
            return _distinct(session, "action")

    def action_choices(self, user: CurrentUser) -> list[tuple[str, str]]:
        """(code, words) for the Action filter, in the order of the words."""
        return sorted(((code, action_label(code)) for code in self.actions(user)), key=lambda c: c[1])

    def actors(self, user: CurrentUser) -> list[str]:
        require(user, Permission.VIEW_AUDIT_LOG)
        with self._ws.reading() as session:
            return _distinct(session, "actor")

    def actor_choices(self, user: CurrentUser) -> list[tuple[str, str]]:
        """(username, full name) for the Person filter: everyone who has caused an event."""
        require(user, Permission.VIEW_AUDIT_LOG)
        with self._ws.reading() as session:
            names = dict(session.execute(select(User.username, User.full_name)).all())
            actors = _distinct(session, "actor")
            words = {"system": "LCS Desktop (automatic)", "-": "Failed sign-ins"}
            choices = [(a, names.get(a) or words.get(a, a)) for a in actors]
        return sorted(choices, key=lambda c: c[1].casefold())

    def verify(
        self,
        user: CurrentUser,
        *,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        full: bool = False,
    ) -> VerifyResult:
        """One streaming pass (see ``verify_workspace``); raises ``VerifyCancelled`` when
        ``cancelled()`` turns true, and then remembers nothing."""
        require(user, Permission.VIEW_AUDIT_LOG)
        return verify_workspace(self._ws, progress, cancelled, full=full)


# The distinct values of an indexed column, in order, by hopping through its index (one lookup
# per value) instead of reading every event: a few people and actions among 400 000 events.
_HOP = (
    "WITH RECURSIVE v(x) AS (SELECT min({c}) FROM audit_events UNION ALL "
    "SELECT (SELECT min({c}) FROM audit_events WHERE {c} > v.x) FROM v WHERE v.x IS NOT NULL) "
    "SELECT x FROM v WHERE x IS NOT NULL"
)
_DISTINCT = {column: text(_HOP.format(c=column)) for column in ("actor", "action")}


def _distinct(session: Session, column: str) -> list[str]:
    return list(session.scalars(_DISTINCT[column]))


def verify_workspace(
    workspace: Workspace,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    *,
    full: bool = False,
) -> VerifyResult:
    """Verify the chain in one pass: links, hashes, signatures and certificates, against both
    copies of its head and of the organisation key kept outside the database. Signatures this
    PC already checked are not checked again unless ``full`` (see ``verify_chain``)."""
    heads = [workspace.slots.audit_head(), workspace.pc_state.audit_head(workspace.db_id)]
    trusted = workspace.slots.org_public() or workspace.pc_state.org_key(workspace.db_id)
    with workspace.reading() as session:
        count = session.scalar(select(func.count(AuditEvent.seq))) or 0
        problems = verify(
            workspace.chain,
            session,
            heads=tuple(h for h in heads if h is not None),
            trusted_org_public=trusted,
            progress=progress,
            cancelled=cancelled,
            verified=None if full else workspace.pc_state.verified_head(workspace.db_id),
            full=full,
        )
        head = AuditChain.head(session)
    if not problems and head is not None:
        workspace.pc_state.set_verified_head(workspace.db_id, head)
    return VerifyResult(count, problems)
