"""Key slots format 2: key pairs per slot, the database key sealed, rotation without passwords,
format-1 slots upgraded, damaged files and slots refused in one plain sentence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lcs_desktop.vault import crypto
from lcs_desktop.vault.crypto import FAST_KDF_FOR_TESTS, UnwrapError
from lcs_desktop.vault.keyslots import RECOVERY_SLOT, KeySlotError, KeySlotFile

PASSWORD = "Quiet-River-Stone-1987"
OTHER = "Tall-Giraffe-Meadow-42"
SECRET = b"r" * 20


def _slots(folder: Path) -> KeySlotFile:
    return KeySlotFile(folder, FAST_KDF_FOR_TESTS)


@pytest.fixture
def made(tmp_path: Path) -> tuple[KeySlotFile, bytes]:
    slots = _slots(tmp_path)
    slots.create()
    key = crypto.new_key()
    slots.set_recovery(SECRET, key)
    slots.set_password("alice", PASSWORD, key, must_change=False)
    slots.set_password("bob", OTHER, key, must_change=True)
    slots.save()
    return slots, key


def _write_v1(folder: Path, key: bytes) -> None:
    """A key file exactly as format 1 wrote it (key wrapped directly under each secret)."""
    data = {"format": 1, "db_id": "db-1", "slots": {}}
    slots = _slots(folder)
    slots._data = data
    for slot_id, secret, kind in (
        (slots.slot_id("alice"), PASSWORD.encode(), "password"),
        (RECOVERY_SLOT, SECRET, "recovery"),
    ):
        salt = b"s" * 16
        kek = crypto.derive_kek(secret, salt, FAST_KDF_FOR_TESTS)
        nonce, ct = crypto.wrap(kek, key, f"lcs-keyslot|db-1|{slot_id}".encode())
        data["slots"][slot_id] = {
            "kind": kind,
            "nonce": crypto.b64e(nonce),
            "ct": crypto.b64e(ct),
            "salt": crypto.b64e(salt),
            "kdf": FAST_KDF_FOR_TESTS.to_json(),
            "must_change": False,
            "failures": 0,
            "locked_until": 0,
        }
    (folder / "keyslots.json").write_text(json.dumps(data), encoding="utf-8")


def test_a_format_2_slot_keeps_public_halves_in_clear_and_nothing_else(made, tmp_path):
    slots, key = made
    raw = (tmp_path / "keyslots.json").read_text()
    data = json.loads(raw)
    assert data["format"] == 2
    slot = data["slots"][slots.slot_id("alice")]
    assert slot["v"] == 2 and {"box_pub", "sign_pub", "priv", "sealed"} <= set(slot)
    assert "alice" not in raw and crypto.b64e(key) not in raw
    unlocked = _slots(tmp_path).unlock_password("alice", PASSWORD)
    assert unlocked.key == key and not unlocked.must_change_password and not unlocked.upgraded
    assert crypto.b64e(unlocked.keys.sign_public) == slot["sign_pub"]
    assert unlocked.pending_key is None
    assert _slots(tmp_path).unlock_password("bob", OTHER).must_change_password


def test_each_account_has_its_own_signing_key(made, tmp_path):
    a = _slots(tmp_path).unlock_password("alice", PASSWORD)
    b = _slots(tmp_path).unlock_password("bob", OTHER)
    r = _slots(tmp_path).unlock_recovery(SECRET)
    publics = {a.keys.sign_public, b.keys.sign_public, r.keys.sign_public}
    assert len(publics) == 3 and a.key == b.key == r.key


def test_wrong_password_refused_and_counted(made, tmp_path):
    with pytest.raises(UnwrapError):
        _slots(tmp_path).unlock_password("alice", "wrong")
    assert _slots(tmp_path).failures("alice") == 1


def test_reseal_commit_reaches_every_password_and_the_recovery_key(made, tmp_path):
    slots, old = made
    new = crypto.new_key()
    assert slots.reseal_all(new) == []
    assert slots.has_pending()
    slots.save()
    for unlocked in (
        _slots(tmp_path).unlock_password("alice", PASSWORD),
        _slots(tmp_path).unlock_password("bob", OTHER),
        _slots(tmp_path).unlock_recovery(SECRET),
    ):
        assert unlocked.key == old and unlocked.pending_key == new
    slots.commit_pending()
    slots.save()
    assert not _slots(tmp_path).has_pending()
    for unlocked in (
        _slots(tmp_path).unlock_password("alice", PASSWORD),
        _slots(tmp_path).unlock_recovery(SECRET),
    ):
        assert unlocked.key == new and unlocked.pending_key is None


def test_drop_pending_keeps_the_old_key(made, tmp_path):
    slots, old = made
    slots.reseal_all(crypto.new_key())
    slots.drop_pending()
    slots.save()
    reread = _slots(tmp_path)
    assert not reread.has_pending()
    assert reread.unlock_password("alice", PASSWORD).key == old


def test_remember_me_follows_a_rotation(made, tmp_path):
    slots, _old = made
    alice = slots.unlock_password("alice", PASSWORD)
    token = b"t" * 32
    slots.add_remember("alice", token, alice.keys)
    new = crypto.new_key()
    slots.reseal_all(new)
    slots.commit_pending()
    slots.save()
    remembered = _slots(tmp_path).unlock_remember("alice", token)
    assert remembered.key == new and remembered.keys.sign_public == alice.keys.sign_public
    with pytest.raises(UnwrapError):
        _slots(tmp_path).unlock_remember("alice", b"x" * 32)


def test_a_new_password_keeps_the_keys_when_asked(made, tmp_path):
    slots, key = made
    alice = slots.unlock_password("alice", PASSWORD)
    slots.set_password("alice", OTHER + "!", key, must_change=False, keys=alice.keys)
    slots.save()
    again = _slots(tmp_path).unlock_password("alice", OTHER + "!")
    assert again.keys.sign_public == alice.keys.sign_public


def test_format_1_slots_open_and_are_upgraded_at_next_use(tmp_path):
    key = crypto.new_key()
    _write_v1(tmp_path, key)
    slots = _slots(tmp_path)
    assert slots.reseal_all(crypto.new_key()) == [slots.slot_id("alice"), RECOVERY_SLOT]
    slots.drop_pending()
    unlocked = _slots(tmp_path).unlock_password("alice", PASSWORD)
    assert unlocked.key == key and unlocked.upgraded and unlocked.keys is not None
    reread = _slots(tmp_path)
    assert reread.slot_format(reread.slot_id("alice")) == 2
    assert not reread.unlock_password("alice", PASSWORD).upgraded
    recovered = reread.unlock_recovery(SECRET)
    assert recovered.key == key and recovered.upgraded
    assert _slots(tmp_path).slot_format(RECOVERY_SLOT) == 2
    assert _slots(tmp_path).reseal_all(crypto.new_key()) == []


def test_organisation_key_sealed_to_chosen_slots(made, tmp_path):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    slots, _key = made
    org = Ed25519PrivateKey.generate()
    slots.set_org_public(crypto.raw_public(org))
    assert slots.seal_org_key(org, [slots.slot_id("alice"), RECOVERY_SLOT]) == [
        slots.slot_id("alice"),
        RECOVERY_SLOT,
    ]
    slots.save()
    assert _slots(tmp_path).org_public() == crypto.raw_public(org)
    got = _slots(tmp_path).unlock_password("alice", PASSWORD).org_key
    assert crypto.raw_private(got) == crypto.raw_private(org)
    assert _slots(tmp_path).unlock_password("bob", OTHER).org_key is None
    assert _slots(tmp_path).unlock_recovery(SECRET).org_key is not None


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b'{"format": 2, "db_id": "x", "slo',
        b"\x00\xff garbage",
        b'{"db_id": 5, "slots": {}}',
        b'{"db_id": "x", "slots": {"a": 3}}',
    ],
)
def test_a_damaged_or_truncated_key_file_is_one_plain_sentence(tmp_path, content):
    (tmp_path / "keyslots.json").write_bytes(content)
    with pytest.raises(KeySlotError) as caught:
        _slots(tmp_path).unlock_password("alice", PASSWORD)
    assert str(caught.value).startswith("The key file (keyslots.json) in the data folder is damaged.")
    assert (tmp_path / "keyslots.json").read_bytes() == content  # nothing written


@pytest.mark.parametrize("field", ["salt", "priv", "sealed"])
def test_a_slot_with_bad_base64_is_one_plain_sentence_and_nothing_is_written(made, tmp_path, field):
    slots, _key = made
    path = tmp_path / "keyslots.json"
    data = json.loads(path.read_text())
    slot = data["slots"][slots.slot_id("alice")]
    if field == "salt":
        slot["salt"] = "not base64 !!"
    else:
        slot[field]["ct"] = "%%%"
    path.write_text(json.dumps(data))
    before = path.read_bytes()
    with pytest.raises(KeySlotError) as caught:
        _slots(tmp_path).unlock_password("alice", PASSWORD)
    assert "A key slot in the key file (keyslots.json) is damaged" in str(caught.value)
    assert path.read_bytes() == before


def test_a_recovery_slot_with_bad_base64_is_one_plain_sentence(made, tmp_path):
    path = tmp_path / "keyslots.json"
    data = json.loads(path.read_text())
    data["slots"][RECOVERY_SLOT]["priv"]["nonce"] = "@@"
    path.write_text(json.dumps(data))
    with pytest.raises(KeySlotError):
        _slots(tmp_path).unlock_recovery(SECRET)


def test_seal_needs_the_right_box_key_and_the_same_binding():
    keys = crypto.AccountKeys.generate()
    other = crypto.AccountKeys.generate()
    sealed = crypto.seal(keys.box_public, b"k" * 32, b"aad")
    assert crypto.unseal(keys.box, sealed, b"aad") == b"k" * 32
    with pytest.raises(UnwrapError):
        crypto.unseal(other.box, sealed, b"aad")
    with pytest.raises(UnwrapError):
        crypto.unseal(keys.box, sealed, b"other slot")


def test_sign_in_with_a_truncated_key_file_is_one_sentence_nothing_opened_nothing_written(
    org, authenticator, paths
):
    from lcs_desktop.domain.errors import LcsError

    org.sign_out()
    path = paths.data_dir / "keyslots.json"
    path.write_bytes(path.read_bytes()[:100])
    before = path.read_bytes()
    with pytest.raises(LcsError) as caught:
        authenticator.sign_in("admin", "Tall-Giraffe-Meadow-42")
    assert caught.value.message == (
        "The key file (keyslots.json) in the data folder is damaged. Restore it from the latest backup."
    )
    assert path.read_bytes() == before
    with pytest.raises(LcsError) as again:  # nothing left half-open (no "folder in use")
        authenticator.sign_in("admin", "Tall-Giraffe-Meadow-42")
    assert again.value.message == caught.value.message
