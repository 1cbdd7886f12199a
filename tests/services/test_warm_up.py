"""The warm-up after sign-in and unlock (issue 12): it reads what each person's pages read first,
nothing it reads is audited, and it stops quietly when the workspace is locked."""

from __future__ import annotations

from lcs_desktop.domain.roles import Permission, Role
from lcs_desktop.services.accounts import to_current
from lcs_desktop.services.session import SignedIn
from lcs_desktop.services.warm_up import first_reads, warm_caches


def _events(org) -> int:  # type: ignore[no-untyped-def]
    return org.audit_log.count(org.user)


def test_warm_up_reads_every_first_page_without_auditing_anything(org):
    org.people.add_person(org.user, first_name="Jo", last_name="Bloggs", kind="staff", reference="S-1")
    before = _events(org)
    reads = first_reads(org)
    assert warm_caches(org) == len(reads) >= 5  # people, checks, cases and audit for the lead
    assert _events(org) == before
    for name in ("people", "checks", "cases", "audit_log"):
        assert name in vars(org)  # the service modules were imported here, not at click time


def test_warm_up_reads_only_what_the_person_may_see(org, make_user, secret_store):
    make_user("chris", Role.CHECKER)
    checker = SignedIn(org.workspace, to_current(org.workspace.load_user("chris")), False, secret_store)
    assert not checker.user.can(Permission.VIEW_AUDIT_LOG)
    reads = first_reads(checker)
    assert warm_caches(checker) == len(reads) < len(first_reads(org))  # no refusal on the way
    assert "audit_log" not in vars(checker) and "cases" not in vars(checker)


def test_warm_up_stops_when_locked(org):
    org.lock()
    assert warm_caches(org) == 0
    assert warm_caches(org, stop=lambda: True) == 0
