"""Warm the page cache after sign-in and unlock, off the GUI thread (issue 12).

The first query after the key is set decrypts every page it touches; later ones find them in
the page cache. Reading, in the background, what Home and the lists read first (their counts
and first pages) means the person's first click finds the pages decrypted and the service
modules imported. The pool hands out the connection used last, so the warmed one serves next.
Nothing here is audited: list reads are not views of a record.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lcs_desktop.domain.errors import LcsError
from lcs_desktop.domain.roles import Permission

if TYPE_CHECKING:
    from lcs_desktop.services.session import SignedIn

FIRST_PAGE = 200


def first_reads(session: SignedIn) -> list[Callable[[], object]]:
    """What the pages this person can open read first, most visited first."""
    user, reads = session.user, []
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
        reads += [lambda: session.cases.home_summary(user), lambda: session.cases.list_cases(user)]
    if user.can(Permission.VIEW_AUDIT_LOG):
        reads += [lambda: session.audit_log.events(user, limit=FIRST_PAGE)]
    return reads


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
