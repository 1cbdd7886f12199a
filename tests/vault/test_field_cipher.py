"""Field sealing for the office server: round trips, the row's identity bound in, wrong keys."""

from __future__ import annotations

import base64

import pytest

from lcs_desktop.domain.errors import WorkspaceLocked
from lcs_desktop.store.errors import StoreError
from lcs_desktop.vault.blind_index import BlindIndex, words
from lcs_desktop.vault.field_cipher import AlteredValueError, FieldCipher

KEY = bytes(range(32))
OTHER_KEY = bytes(range(1, 33))


def test_text_round_trip_is_sealed_and_random() -> None:
    cipher = FieldCipher(KEY)
    one = cipher.seal_text("Zebediah Quartermaine", "people.first_name#42")
    two = cipher.seal_text("Zebediah Quartermaine", "people.first_name#42")
    assert one.startswith("s1:") and two.startswith("s1:")
    assert one != two  # a fresh nonce each time: equal names do not look equal
    assert "Zebediah" not in one
    assert cipher.open_text(one, "people.first_name#42") == "Zebediah Quartermaine"
    assert cipher.open_text(cipher.seal_text("", "x.y#1"), "x.y#1") == ""


def test_bytes_round_trip() -> None:
    cipher = FieldCipher(KEY)
    sealed = cipher.seal_bytes(b"\x89PNG purple-elephant-7781", "evidence_content.data#7")
    assert sealed.startswith(b"s1") and b"purple" not in sealed
    assert cipher.open_bytes(sealed, "evidence_content.data#7") == b"\x89PNG purple-elephant-7781"


@pytest.mark.parametrize("context", ["people.first_name#43", "people.last_name#42", "checks.first_name#42"])
def test_value_moved_to_another_row_or_column_does_not_open(context: str) -> None:
    cipher = FieldCipher(KEY)
    sealed = cipher.seal_text("Zebediah", "people.first_name#42")
    with pytest.raises(StoreError) as raised:
        cipher.open_text(sealed, context)
    assert "altered on the server" in str(raised.value)
    assert "Zebediah" not in str(raised.value) and "43" not in str(raised.value)
    with pytest.raises(AlteredValueError):
        cipher.open_bytes(cipher.seal_bytes(b"x", "people.first_name#42"), context)


def test_wrong_key_cannot_open() -> None:
    sealed = FieldCipher(KEY).seal_text("Zebediah", "people.first_name#42")
    with pytest.raises(AlteredValueError):
        FieldCipher(OTHER_KEY).open_text(sealed, "people.first_name#42")


@pytest.mark.parametrize(
    "garbage", ["Zebediah", "s1:", "s1:not base64!", "s1:" + base64.b64encode(b"short").decode()]
)
def test_plain_or_broken_values_are_refused(garbage: str) -> None:
    with pytest.raises(AlteredValueError):
        FieldCipher(KEY).open_text(garbage, "people.first_name#42")


def test_flipped_bit_is_refused() -> None:
    cipher = FieldCipher(KEY)
    sealed = bytearray(cipher.seal_bytes(b"purple-elephant", "t.c#1"))
    sealed[-1] ^= 1
    with pytest.raises(AlteredValueError):
        cipher.open_bytes(bytes(sealed), "t.c#1")


def test_subkeys_are_not_the_workspace_key_and_differ() -> None:
    cipher = FieldCipher(KEY)
    assert cipher.index_key != KEY and len(cipher.index_key) == 32
    # The sealing key differs from the index key: a value sealed under a cipher built from the
    # index key does not open.
    sealed = cipher.seal_text("x", "t.c#1")
    with pytest.raises(AlteredValueError):
        FieldCipher(cipher.index_key).open_text(sealed, "t.c#1")


def test_forgotten_cipher_refuses_as_locked() -> None:
    cipher = FieldCipher(KEY)
    cipher.forget()
    with pytest.raises(WorkspaceLocked):
        cipher.seal_text("x", "t.c#1")
    with pytest.raises(WorkspaceLocked):
        cipher.index_key  # noqa: B018


def test_blind_index_tokens_fold_and_prefix() -> None:
    index = BlindIndex(FieldCipher(KEY).index_key)
    tokens = index.tokens_for("person", "Łukasz", "O'Brien")
    for typed in ("lu", "Łuk", "LUKASZ", "obr", "O'Brien", "brien"):
        assert set(index.query_tokens("person", typed)) <= tokens, typed
    assert not set(index.query_tokens("person", "ukasz")) <= tokens  # no infix matches
    assert index.query_tokens("person", "l") == []  # one letter is not looked for
    assert index.token("person", "lu") != index.token("case", "lu")
    assert index.token("person", "lu") != BlindIndex(FieldCipher(OTHER_KEY).index_key).token("person", "lu")
    assert words("Zoë  Nguyễn-Smith") == ["zoe", "nguyen", "smith"]
