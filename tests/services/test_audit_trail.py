"""The audit trail: every kind of tampering with the raw database is found by verify."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from lcs_desktop.domain.roles import Role
from lcs_desktop.domain.settings import OrgSettings
from lcs_desktop.services.audit_log import AuditFilter, verify_workspace
from lcs_desktop.store.errors import RolledBackError, StoreError
from tests.conftest import ADMIN_PASSWORD
from tests.server_helpers import tamper

pytestmark = pytest.mark.both_backends


def _fill(org) -> None:
    for name in ("ann", "ben", "cat"):
        org.accounts.add_user(org.user, name, name.title(), frozenset({Role.CHECKER}))
    org.settings.update(org.user, OrgSettings(idle_lock_minutes=5))


def _raw(org, *statements: str) -> None:
    """What someone with the key and a SQLCipher shell could do: drop the guards and edit
    (on an office server: the owner's password and psql)."""
    if org.workspace.server is not None:
        tamper(org, *statements)
        return
    with org.workspace.database.engine.begin() as connection:
        connection.execute(text("DROP TRIGGER IF EXISTS audit_events_no_update"))
        connection.execute(text("DROP TRIGGER IF EXISTS audit_events_no_delete"))
        for statement in statements:
            connection.execute(text(statement))


def test_untouched_log_verifies(org):
    _fill(org)
    result = org.audit_log.verify(org.user)
    assert result.ok and result.events >= 6


def test_the_app_itself_cannot_change_or_delete_an_audit_event(org):
    with pytest.raises(StoreError), org.workspace.database.transaction() as session:
        session.execute(text("UPDATE audit_events SET actor = 'someone' WHERE seq = 1"))
    with pytest.raises(StoreError), org.workspace.database.transaction() as session:
        session.execute(text("DELETE FROM audit_events WHERE seq = 1"))


def test_edited_event_is_found(org):
    _fill(org)
    _raw(org, "UPDATE audit_events SET actor = 'mallory' WHERE seq = 3")
    problems = verify_workspace(org.workspace).problems
    assert [p.seq for p in problems] == [3]
    assert "changed" in problems[0].what


def test_deleted_event_is_found(org):
    _fill(org)
    _raw(org, "DELETE FROM audit_events WHERE seq = 4")
    problems = verify_workspace(org.workspace).problems
    assert any(p.seq == 5 and "missing" in p.what for p in problems)


def test_reordered_events_are_found(org):
    _fill(org)
    _raw(
        org,
        "UPDATE audit_events SET seq = -1 WHERE seq = 4",
        "UPDATE audit_events SET seq = 4 WHERE seq = 5",
        "UPDATE audit_events SET seq = 5 WHERE seq = -1",
    )
    assert {p.seq for p in verify_workspace(org.workspace).problems} >= {4, 5}


def test_newest_events_removed_are_found_against_the_head_kept_outside(org):
    _fill(org)
    last = org.audit_log.events(org.user, limit=1)[0].seq
    _raw(org, f"DELETE FROM audit_events WHERE seq >= {last - 1}")
    problems = verify_workspace(org.workspace).problems
    assert any("newest events are missing" in p.what for p in problems)


@pytest.mark.local_only  # on a server: tests/server/test_two_desks.py
def test_older_copy_of_the_database_swapped_in_is_refused_at_sign_in(org, paths, authenticator):
    org.sign_out()
    older = paths.database.read_bytes()
    session = authenticator.sign_in("admin", ADMIN_PASSWORD)
    session.accounts.add_user(session.user, "dan", "Dan", frozenset({Role.MANAGER}))
    session.sign_out()
    paths.database.write_bytes(older)
    with pytest.raises(RolledBackError) as error:
        authenticator.sign_in("admin", ADMIN_PASSWORD)
    assert "older" in error.value.message


def test_audit_log_filters_by_action_and_person(org):
    _fill(org)
    added = org.audit_log.events(org.user, AuditFilter(action="user_added"))
    assert {e.details["username"] for e in added} == {"admin", "ann", "ben", "cat"}
    by_admin = org.audit_log.count(org.user, AuditFilter(actor="admin"))
    assert by_admin == org.audit_log.count(org.user)
    changed = org.audit_log.events(org.user, AuditFilter(action="settings_changed"))
    assert changed[0].details["changes"]["idle_lock_minutes"] == [10, 5]


def test_administrator_alone_sees_which_fields_changed_on_records_but_not_their_values(org):
    from lcs_desktop.services.identity import CurrentUser

    with org.workspace.unit_of_work() as session:
        org.workspace.audit(
            session,
            org.user,
            "check_changed",
            "check",
            7,
            {
                "changes": {"proportionality_reason": ["", "Applicant works with under-fives"]},
                "reference": "SMC-2026-000007",
            },
        )
    admin_only = CurrentUser(org.user.id, "it", "IT", frozenset({Role.ADMINISTRATOR}))
    seen_by_admin = org.audit_log.events(admin_only, AuditFilter(action="check_changed"))[0].details
    assert seen_by_admin["fields changed"] == ["proportionality_reason"]
    assert "under-fives" not in str(seen_by_admin)
    seen_by_lead = org.audit_log.events(org.user, AuditFilter(action="check_changed"))[0].details
    assert seen_by_lead["fields"] == ["proportionality_reason"]  # the value went to the history
    assert "under-fives" not in str(seen_by_lead)
    # Account events stay in full for the administrator.
    added = org.audit_log.events(admin_only, AuditFilter(action="user_added"))[0].details
    assert added["username"] == "admin"
