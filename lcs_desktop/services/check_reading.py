"""Reading checks: the audited view of one check, its earlier versions, and paged lists."""

from __future__ import annotations

from sqlalchemy import func, select

from lcs_desktop.domain.checks import CheckResult, CheckStatus
from lcs_desktop.domain.errors import NotFound
from lcs_desktop.domain.roles import Permission
from lcs_desktop.services.check_detail import load_detail
from lcs_desktop.services.check_types import CheckDetail, CheckSummary
from lcs_desktop.services.identity import CurrentUser, require
from lcs_desktop.services.keyset import Key, in_display_order, seek, start_after
from lcs_desktop.services.refusals import AuditsRefusals
from lcs_desktop.services.views import record_view, view_again
from lcs_desktop.services.workspace import Workspace
from lcs_desktop.store import record_counts as counts
from lcs_desktop.store.accounts import User
from lcs_desktop.store.checks import Check, CheckVersion
from lcs_desktop.store.record_counts import kept_count

_STATUSES = {s.value: s for s in CheckStatus}
_RESULTS = {r.value: r for r in CheckResult}


class ReadingPart(AuditsRefusals):
    _ws: Workspace

    def get_check(self, user: CurrentUser, check_id: int) -> CheckDetail:
        """The whole check; opening it is an audited view."""
        require(user, Permission.VIEW_CHECKS)
        with self._ws.unit_of_work() as session:
            detail = load_detail(session, check_id)
            record_view(self._ws, session, user, "check_viewed", "check", check_id)
        return detail

    def read_check(self, user: CurrentUser, check_id: int) -> CheckDetail:
        """The whole check again, not audited: for a form re-reading a check it has already
        opened with ``get_check`` (that opening is the audited view), e.g. after each save.
        A person who never opened it gets an audited view."""
        require(user, Permission.VIEW_CHECKS)
        with self._ws.unit_of_work() as session:
            detail = load_detail(session, check_id)
            view_again(self._ws, session, user, "check_viewed", "check", check_id)
        return detail

    def version_snapshot(self, user: CurrentUser, check_id: int, version: int) -> str:
        """An earlier version of a completed check, as the JSON kept when it was changed."""
        require(user, Permission.VIEW_CHECKS)
        with self._ws.unit_of_work() as session:
            snapshot = session.scalar(
                select(CheckVersion.snapshot).where(
                    CheckVersion.check_id == check_id, CheckVersion.version == version
                )
            )
            if snapshot is None:
                raise NotFound("That earlier version of the check is not recorded.")
            self._ws.audit(session, user, "check_viewed", "check", check_id, {"version": version})
        return snapshot

    def list_checks(
        self,
        user: CurrentUser,
        *,
        person_id: int | None = None,
        status: CheckStatus | None = None,
        offset: int = 0,
        limit: int = 100,
        after: Key | None = None,
        backwards: bool = False,
    ) -> list[CheckSummary]:
        """Newest first, one page: after the row whose ``sort_key`` is ``after`` (see keyset.seek)."""
        require(user, Permission.VIEW_CHECKS)
        stmt = select(
            Check.id,
            Check.reference,
            Check.person_id,
            Check.person_name,  # copies kept by triggers: no people page per row (0018)
            Check.person_reference,
            Check.role_applied_for,
            Check.status,
            Check.result,
            User.full_name,
            Check.created_at,
            Check.completed_at,
        ).join(User, User.id == Check.checker_id)
        stmt = self._check_filters(stmt, person_id, status)
        keys = (Check.created_at, Check.id)
        key_stmt = self._check_filters(select(*keys), person_id, status)  # the inner join drops no row
        with self._ws.reading() as session:
            start = start_after(
                session, key_stmt, keys, after, descending=True, backwards=backwards, skip=offset
            )
            if start is None:
                return []
            stmt = seek(
                stmt,
                keys,
                start[0],
                descending=True,
                backwards=backwards,
                skip=start[1],
                limit=max(1, min(limit, 500)),
            )
            rows = [
                CheckSummary(
                    cid,
                    ref,
                    pid,
                    name or "",
                    pref or "",
                    role,
                    _STATUSES[st],
                    _RESULTS[res] if res else None,
                    checker,
                    created,
                    completed,
                )
                for (cid, ref, pid, name, pref, role, st, res, checker, created, completed) in (
                    session.execute(stmt)
                )
            ]
        return in_display_order(rows, backwards)

    def count_checks(
        self, user: CurrentUser, *, person_id: int | None = None, status: CheckStatus | None = None
    ) -> int:
        require(user, Permission.VIEW_CHECKS)
        stmt = self._check_filters(select(func.count(Check.id)), person_id, status)
        with self._ws.reading() as session:
            whole = person_id is None and status is None
            kept = kept_count(session, counts.CHECKS) if whole else None
            return int(kept if kept is not None else session.scalar(stmt) or 0)

    @staticmethod
    def _check_filters(stmt, person_id: int | None, status: CheckStatus | None):  # type: ignore[no-untyped-def]
        if person_id is not None:
            stmt = stmt.where(Check.person_id == person_id)
        if status is not None:
            stmt = stmt.where(Check.status == status.value)
        return stmt
