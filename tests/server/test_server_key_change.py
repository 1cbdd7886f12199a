"""Changing the workspace key on the office server when an account is switched off (issue 11,
issue 8's leavers): every sealed value, search token and key slot moves to a new key in one
server transaction run with IT's owner login; desks still holding the old key are refused in
plain words and carry on after signing in again; a refusal changes nothing."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from lcs_desktop.domain.errors import ConflictError, LcsError
from lcs_desktop.domain.roles import Role
from lcs_desktop.paths import AppPaths
from lcs_desktop.services.auth import Authenticator
from lcs_desktop.services.key_rotation import SERVER_ROTATION
from lcs_desktop.services.server_key_change import NOT_OWNER
from lcs_desktop.store.audit_events import AuditEvent
from lcs_desktop.store.server_errors import KeyChangedError
from lcs_desktop.vault.crypto import FAST_KDF_FOR_TESTS
from lcs_desktop.vault.field_cipher import AlteredValueError, FieldCipher
from tests.conftest import ADMIN_PASSWORD, USER_PASSWORD
from tests.gui.desk_helpers import other_desk  # noqa: F401 (a fixture)
from tests.server_helpers import owner_of, superuser
from tests.services.check_fixtures import add_applicant, ready_check

pytestmark = pytest.mark.parametrize("backend", ["server"], indirect=True)


def _raw(org, sql: str):
    """What the server holds, as its superuser sees it."""
    with superuser(org.workspace.server.settings) as connection:
        return connection.execute(sql).fetchall()  # type: ignore[arg-type]


def _generation(org) -> str | None:
    rows = _raw(org, "SELECT value FROM lcs_meta WHERE key = 'key_generation'")
    return rows[0][0] if rows else None


@pytest.fixture
def office(org, other_desk):  # noqa: F811
    """A workspace with a person, a check (finding, screenshot, the list's copy of the name), a
    draft of the lead's, a manager signed in at another desk with a draft, and a leaver."""
    person_id = add_applicant(org, reference="APP-77", first_name="Philippa", last_name="Quarrington")
    check_id = ready_check(org, org.user, person_id)
    org.drafts.save(org.user, "case:new", {"what_was_seen": "Zebra-crossing photograph"})
    mona = other_desk("mona", Role.MANAGER, full_name="Mona Manager")
    mona.drafts.save(mona.user, "case:new", {"what_was_seen": "Mona's own unsaved words"})
    leaver = org.accounts.add_user(org.user, "cass", "Cass Checker", frozenset({Role.CHECKER}))
    assert leaver
    cass = org.workspace.load_user("cass")
    return org, mona, person_id, check_id, cass.id


def test_switching_off_with_the_owner_login_moves_every_sealed_value_to_a_new_key(
    office, authenticator, tmp_path, secret_store
) -> None:
    org, mona, person_id, check_id, cass_id = office
    old_key = org.workspace.key
    before = org.checks.get_check(org.user, check_id)
    listed = [c.person_name for c in org.checks.list_checks(org.user)]  # the trigger-kept copy
    assert _generation(org) is None

    result = org.accounts.set_active(org.user, cass_id, False, owner=owner_of(authenticator))

    assert result is not None and result.needs_temporary_password == []
    assert org.workspace.key != old_key
    assert _generation(org) == "1"
    assert not org.key_rotation.owed()
    # The old key opens nothing on the server any more; the new one opens everything.
    ((first, pid),) = _raw(org, f"SELECT first_name, id FROM people WHERE id = {person_id}")
    with pytest.raises(AlteredValueError):
        FieldCipher(old_key).open_text(first, f"people.first_name#{pid}")
    assert FieldCipher(org.workspace.key).open_text(first, f"people.first_name#{pid}") == "Philippa"
    ((image, eid),) = _raw(org, "SELECT data, evidence_id FROM evidence_content LIMIT 1")
    assert (
        FieldCipher(org.workspace.key)
        .open_bytes(bytes(image), f"evidence_content.data#{eid}")
        .startswith(b"\x89PNG")
    )

    # This desk goes on: reads, the name search (tokens made again), writes.
    after = org.checks.get_check(org.user, check_id)
    assert (after.person, after.findings[0].seen) == (before.person, before.findings[0].seen)
    assert [c.person_name for c in org.checks.list_checks(org.user)] == listed == ["Philippa Quarrington"]
    assert [p.id for p in org.people.list_people(org.user, query="quarr")] == [person_id]
    org.people.add_person(org.user, first_name="Nia", last_name="New", kind="volunteer", reference="V-9")
    assert org.drafts.load(org.user, "case:new").data == {"what_was_seen": "Zebra-crossing photograph"}

    # A fresh sign-in elsewhere gets the new key from its slot and reads the same.
    paths = AppPaths.under(tmp_path / "desk3")
    authenticator.server_settings().save(paths.data_dir)
    again = Authenticator(paths, secret_store, kdf=FAST_KDF_FOR_TESTS).sign_in("admin", ADMIN_PASSWORD)
    assert again.workspace.key == org.workspace.key
    assert again.checks.get_check(again.user, check_id).findings[0].seen == before.findings[0].seen
    again.sign_out()

    # The desk that signed in before the change is refused in plain words, reading and writing...
    with pytest.raises(KeyChangedError, match="changed the workspace key since you signed in"):
        mona.people.get_person(mona.user, person_id)
    with pytest.raises(KeyChangedError, match="Lock LCS Desktop"):
        mona.drafts.save(mona.user, "case:new", {"what_was_seen": "typed after the change"})
    # ...and carries on once it has signed in again; its draft (sealed, not the lead's to read)
    # came through the change.
    mona.lock()
    mona.unlock(USER_PASSWORD)
    assert mona.people.get_person(mona.user, person_id).last_name == "Quarrington"
    assert mona.drafts.load(mona.user, "case:new").data == {"what_was_seen": "Mona's own unsaved words"}

    # Audited once, and the chain still verifies.
    with org.workspace.reading() as session:
        rotated = session.scalars(
            select(AuditEvent.details).where(AuditEvent.action == "database_key_rotated")
        ).all()
    assert [json.loads(d)["reason"] for d in rotated] == ["account_switched_off"]
    assert org.audit_log.verify(org.user).ok


def test_without_the_owner_login_the_key_change_stays_owed_and_nothing_changes(
    office, authenticator, pg_server
) -> None:
    org, mona, person_id, _check_id, cass_id = office
    old_key = org.workspace.key

    assert org.accounts.set_active(org.user, cass_id, False) is None
    assert org.key_rotation.owed()
    with pytest.raises(ConflictError, match="IT's database-owner login") as refused:
        org.key_rotation.rotate(org.user)
    assert str(refused.value) == SERVER_ROTATION
    owner, _password = owner_of(authenticator)
    with pytest.raises(LcsError) as wrong:
        org.key_rotation.rotate(org.user, owner=(owner, "not-the-owner-password"))
    assert "password" in str(wrong.value).lower() and "not-the-owner-password" not in str(wrong.value)
    # A login that is not the database's owner: the lead's own.
    login = org.workspace.server.login_for("admin")
    from lcs_desktop.vault.server_login import login_password

    own = login_password(org.workspace.db_id, "admin", ADMIN_PASSWORD, FAST_KDF_FOR_TESTS)
    with pytest.raises(ConflictError) as not_owner:
        org.key_rotation.rotate(org.user, owner=(login, own))
    assert str(not_owner.value) == NOT_OWNER

    assert org.workspace.key == old_key and _generation(org) is None and org.key_rotation.owed()
    ((first, pid),) = _raw(org, f"SELECT first_name, id FROM people WHERE id = {person_id}")
    assert FieldCipher(old_key).open_text(first, f"people.first_name#{pid}") == "Philippa"
    assert mona.people.get_person(mona.user, person_id).first_name == "Philippa"
    mona.drafts.save(mona.user, "case:new", {"what_was_seen": "still saving"})


def test_a_desk_that_names_an_old_generation_cannot_write_sealed_values(office, authenticator) -> None:
    """The server's own guard, not the app's: a connection announcing another generation is
    refused on insert and update of sealed tables (SQLSTATE LCSKG)."""
    _org, mona, _person_id, _check_id, _cass_id = office
    mona.workspace.database.key_generation = "7"
    with mona.workspace.database.engine.connect() as connection:
        setting = connection.exec_driver_sql("SELECT current_setting('lcs.key_generation', true)").scalar()
    assert setting == "7"
    with pytest.raises(KeyChangedError):
        mona.drafts.save(mona.user, "case:new", {"what_was_seen": "with a stale key"})
    mona.workspace.database.key_generation = "0"  # what the server holds: writes go through
    mona.drafts.save(mona.user, "case:new", {"what_was_seen": "with the current key"})
    assert mona.drafts.load(mona.user, "case:new").data == {"what_was_seen": "with the current key"}


def test_a_desk_holding_its_transaction_too_long_leaves_the_key_as_it_was(
    office, authenticator, monkeypatch
) -> None:
    """The change waits for every desk's open transaction; past the wait it gives up in plain
    words and nothing changes (the server's lock_timeout, said as the shared 'busy' fault)."""
    from sqlalchemy import text

    from lcs_desktop.services.server_key_change import BUSY
    from lcs_desktop.store import server_reseal

    org, mona, person_id, _check_id, _cass_id = office
    old_key = org.workspace.key
    monkeypatch.setattr(server_reseal, "LOCK_WAIT", "1s")
    with mona.workspace.database.engine.connect() as busy, busy.begin():
        busy.execute(text("SELECT count(*) FROM people"))  # holds its read lock until it ends
        with pytest.raises(ConflictError) as refused:
            org.key_rotation.rotate(org.user, owner=owner_of(authenticator))
    assert str(refused.value) == BUSY
    assert org.workspace.key == old_key and _generation(org) is None
    assert mona.people.get_person(mona.user, person_id).first_name == "Philippa"
