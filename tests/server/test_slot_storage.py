"""Key slots over the storage seam (issue 11): the same sealing and unwrapping whether the
slots are in keyslots.json or rows of a ``key_slots`` table; the server login's password is a
derivation of its own, never the slot's key-encryption key. These run on a real SQLCipher
file (the table exists on both dialects); tests/server/test_server_signin.py runs them on
PostgreSQL with row-level security."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from sqlalchemy import select

from lcs_desktop.store.database import create_database
from lcs_desktop.store.server_key_slots import KeySlotRow, ServerSlotStore
from lcs_desktop.vault import crypto
from lcs_desktop.vault.crypto import FAST_KDF_FOR_TESTS, UnwrapError
from lcs_desktop.vault.keyslots import AuditHead, KeySlotFile
from lcs_desktop.vault.server_login import login_name, login_password, login_salt

PASSWORD = "Quiet-River-Stone-1987"
DB_ID = "7f1c2a52-3a7e-4d7e-9d55-0d4d1a9b2c11"


@pytest.fixture
def database(tmp_path):
    db = create_database(tmp_path / "data", crypto.new_key(), DB_ID)
    yield db
    db.close()


def _slots(database, tmp_path) -> KeySlotFile:
    return KeySlotFile(tmp_path, FAST_KDF_FOR_TESTS, store=ServerSlotStore(database.session, DB_ID))


def test_slots_as_rows_seal_and_unwrap_like_the_file(database, tmp_path) -> None:
    key = crypto.new_key()
    slots = _slots(database, tmp_path)
    assert not slots.exists()
    slots.create(DB_ID)
    slots.store.logins[slots.slot_id("ada")] = "lcs_x_u_ada"  # type: ignore[attr-defined]
    keys = slots.set_password("ada", PASSWORD, key, must_change=False)
    slots.set_recovery(b"r" * 32, key)
    slots.set_org_public(keys.sign_public)
    slots.save()
    assert not (tmp_path / "keyslots.json").exists()

    with database.transaction() as session:
        rows = {r.slot_id: r for r in session.scalars(select(KeySlotRow))}
    assert rows[slots.slot_id("ada")].login == "lcs_x_u_ada"
    assert rows["recovery"].login is None and rows["@org_key"].kind == "meta"
    assert all("ada" not in r.body and PASSWORD not in r.body for r in rows.values())

    again = _slots(database, tmp_path)
    assert again.exists()
    unlocked = again.unlock_password("ada", PASSWORD)
    assert unlocked.key == key
    assert again.org_public() == keys.sign_public
    with pytest.raises(UnwrapError):
        again.unlock_password("ada", "Wrong-Password-Entirely-1")
    assert _slots(database, tmp_path).failures("ada") == 1  # the counter is in the row

    again.remove_user("ada")
    again.save()
    with database.transaction() as session:
        assert session.get(KeySlotRow, slots.slot_id("ada")) is None


def test_a_save_that_changes_nothing_writes_nothing(database, tmp_path) -> None:
    slots = _slots(database, tmp_path)
    slots.create(DB_ID)
    slots.set_password("ada", PASSWORD, crypto.new_key(), must_change=False)
    slots.save()
    slots.set_audit_head(AuditHead(3, "ab" * 32))
    before = slots.store._seen.copy()  # type: ignore[attr-defined]
    slots.save()  # the head is kept on each PC, not on the server
    assert slots.store._seen == before  # type: ignore[attr-defined]
    with database.transaction() as session:
        assert session.get(KeySlotRow, "@audit_head") is None


def test_login_password_is_its_own_derivation() -> None:
    first = login_password(DB_ID, "ada", PASSWORD, FAST_KDF_FOR_TESTS)
    assert first == login_password(DB_ID, "ADA", PASSWORD, FAST_KDF_FOR_TESTS)  # as sign-in folds
    assert first != login_password(DB_ID, "bob", PASSWORD, FAST_KDF_FOR_TESTS)
    assert first != login_password("another-db", "ada", PASSWORD, FAST_KDF_FOR_TESTS)
    assert PASSWORD not in first and len(first) == 43

    # The slot's key-encryption key (Argon2id with the slot's own salt) is unrelated to it, and
    # so is the bare Argon2id output the login password is expanded from.
    slots = KeySlotFile(Path("/nonexistent"), FAST_KDF_FOR_TESTS)
    slots.create(DB_ID)
    slots.set_password("ada", PASSWORD, crypto.new_key(), must_change=False)
    kek = slots._kek(PASSWORD.encode(), slots._slots()[slots.slot_id("ada")])
    stretched = crypto.derive_kek(PASSWORD.encode(), login_salt(DB_ID, "ada"), FAST_KDF_FOR_TESTS)
    for secret in (kek, stretched):
        for form in (
            secret.hex(),
            base64.b64encode(secret).decode(),
            base64.urlsafe_b64encode(secret).decode(),
        ):
            assert form.rstrip("=") not in first and first not in form


def test_login_names_carry_the_prefix_and_no_username() -> None:
    name = login_name("lcs_office", DB_ID, "ada.lovelace")
    assert name.startswith("lcs_office_u_") and "ada" not in name
    assert len(name.encode()) <= 63 and name == name.lower()
    assert name == login_name("lcs_office", DB_ID, "Ada.Lovelace")
    assert name != login_name("lcs_office", "another-db", "ada.lovelace")
