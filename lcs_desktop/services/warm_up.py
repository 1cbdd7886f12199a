"""Warm the page cache after sign-in and unlock, off the GUI thread (issue 12).

The first query after the key is set decrypts every page it touches; later ones find them in
the page cache. Reading, in the background, what Home and the lists read first (their counts
and first pages) means the person's first click finds the pages decrypted and the service
modules imported. The pool hands out the connection used last, so the warmed one serves next.
Nothing here is audited: list reads are not views of a record.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from lcs_desktop.domain.errors import LcsError
from lcs_desktop.domain.roles import Permission

if TYPE_CHECKING:
    from lcs_desktop.services.session import SignedIn

FIRST_PAGE = 200
AUDIT_DAYS = 30  # the Audit log page's first window (gui/pages/audit_log_page.py)


def first_reads(session: SignedIn) -> list[Callable[[], object]]:
    """What the pages this person can open read first, Home first (it shows at sign-in and
    unlock), then the lists, most visited first. Each read is the page's own query with the
    page's own filter, so it decrypts the very pages the click will need (issue 12: warming
    the audit log's newest 200 events left the page's 30-day window, counts and choices cold)."""
    user, ws, reads = session.user, session.workspace, []
    reads += [lambda: _desk(session)]
    if user.can(Permission.VIEW_ALL_CASES) or user.can(Permission.VIEW_ASSIGNED_CASES):
        reads += [lambda: session.cases.home_summary(user)]
    if user.can(Permission.VIEW_PEOPLE):
        reads += [
            lambda: session.people.count_people(user),
            lambda: session.people.list_people(user, limit=FIRST_PAGE),
        ]
    if user.can(Permission.VIEW_CHECKS):
        reads += [
            lambda: session.checks.count_checks(user),
            lambda: session.checks.list_checks(user, limit=FIRST_PAGE),
        ]
    if user.can(Permission.VIEW_ALL_CASES) or user.can(Permission.VIEW_ASSIGNED_CASES):
        reads += [lambda: session.cases.list_cases(user)]
    if user.can(Permission.VIEW_AUDIT_LOG):
        from lcs_desktop.services.audit_log import AuditFilter
        from lcs_desktop.services.audit_sentences import REFUSED_ACTION

        audit = session.audit_log
        # The page opens on the last 30 days (London days; a day either side covers the same pages).
        window = AuditFilter(
            since=ws.now() - timedelta(days=AUDIT_DAYS + 1), until=ws.now() + timedelta(days=1)
        )
        reads += [
            lambda: audit.events(user, window, limit=FIRST_PAGE),
            lambda: audit.count(user, window),
            lambda: audit.actor_choices(user),
            lambda: audit.action_choices(user),
            lambda: audit.count(user, AuditFilter(action=REFUSED_ACTION)),  # "Refused attempts (n)"
        ]
    return reads


def _desk(session: SignedIn) -> object:
    from lcs_desktop.services.desk import desk_items

    return desk_items(session.workspace, session.user, session.workspace.today())


def warm_caches(session: SignedIn, stop: Callable[[], bool] = lambda: False) -> int:
    """Run the first reads; stop early when locked (or ``stop`` says so). Returns how many ran."""
    done = 0
    for read in first_reads(session):
        if stop() or session.workspace.locked:
            break
        try:
            read()
        except LcsError:  # locked or signed out meanwhile: nothing to warm any more
            break
        done += 1
    return done
