"""A folder from before issue 8 (format-1 key slots, HMAC audit events) after the upgrade:
the old events keep verifying, slots become format 2 at next use, the organisation key is made
at the first administrator sign-in and certifies keys made before it existed."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from lcs_desktop.domain.roles import Role
from lcs_desktop.services.audit_log import verify_workspace
from lcs_desktop.store.audit_events import AccountKey, AuditEvent
from lcs_desktop.vault.keyslots import RECOVERY_SLOT
from tests.conftest import ADMIN_PASSWORD, USER_PASSWORD
from tests.legacy_folder import EVENTS, RECOVERY_KEY, build_format1_folder


@pytest.fixture
def legacy(authenticator, monkeypatch, tmp_path):
    build_format1_folder(authenticator.paths, monkeypatch, tmp_path)
    return authenticator


def _slot_formats(authenticator) -> dict[str, int]:
    data = json.loads((authenticator.paths.data_dir / "keyslots.json").read_text())
    return {k: v.get("v", 1) for k, v in data["slots"].items()}


def test_a_checker_first_then_the_administrator_certifies_and_everything_verifies(legacy):
    checker = legacy.sign_in("checker", USER_PASSWORD)  # no organisation key yet
    with checker.workspace.reading() as session:
        row = session.scalar(select(AccountKey).where(AccountKey.user_id == checker.user.id))
        assert row is not None and row.certificate is None
    checker.sign_out()

    admin = legacy.sign_in("admin", ADMIN_PASSWORD)
    try:
        with admin.workspace.reading() as session:
            keys = session.scalars(select(AccountKey)).all()
            events = session.scalars(select(AuditEvent).order_by(AuditEvent.seq)).all()
        assert keys and all(k.certificate for k in keys)
        old, new = events[: len(EVENTS)], events[len(EVENTS) :]
        assert all(e.format == 1 for e in old) and all(e.format == 2 for e in new)
        assert new[0].prev_mac == old[-1].mac  # the first signed event anchors the older ones
        actions = [e.action for e in new]
        assert "organisation_key_created" in actions and "account_key_certified" in actions
        result = verify_workspace(admin.workspace)
        assert result.ok, result.problems
        assert admin.workspace.slots.org_public() is not None
    finally:
        admin.sign_out()
    assert set(_slot_formats(legacy).values()) == {1, 2}  # the recovery slot waits for its next use


def test_a_format_1_recovery_slot_is_upgraded_at_its_next_use(legacy):
    admin = legacy.sign_in("admin", ADMIN_PASSWORD)  # the organisation key is made now
    admin.accounts.add_user(
        admin.user, "it", "IT", frozenset({Role.ADMINISTRATOR}), "Copper-Thistle-Lamp-44", must_change=False
    )
    admin.sign_out()
    session = legacy.recover(RECOVERY_KEY, "admin", "Brand-New-Pass-Phrase-77")
    try:
        assert _slot_formats(legacy)[RECOVERY_SLOT] == 2
        # A format-1 recovery slot could not hold the organisation key: its key and the
        # administrator's new one wait for a certificate.
        assert any("not certified" in p.what for p in verify_workspace(session.workspace).problems)
    finally:
        session.sign_out()
    other = legacy.sign_in("it", "Copper-Thistle-Lamp-44")  # holds the organisation key
    try:
        assert verify_workspace(other.workspace).ok
        assert other.workspace.slots.holds_org_key(RECOVERY_SLOT)
    finally:
        other.sign_out()
    again = legacy.sign_in("admin", "Brand-New-Pass-Phrase-77")
    try:
        assert again.workspace.org_key is not None and verify_workspace(again.workspace).ok
    finally:
        again.sign_out()


def test_old_events_edited_are_still_found_after_the_upgrade(legacy):
    from sqlalchemy import text

    admin = legacy.sign_in("admin", ADMIN_PASSWORD)
    try:
        with admin.workspace.database.engine.begin() as conn:
            conn.execute(text("DROP TRIGGER IF EXISTS audit_events_no_update"))
            conn.execute(text("UPDATE audit_events SET actor = 'mallory' WHERE seq = 2"))
        problems = verify_workspace(admin.workspace).problems
        assert [p.seq for p in problems] == [2]
    finally:
        admin.sign_out()
