"""The recovery key: 160 random bits written as eight groups of four for the office safe.

Crockford's base32 alphabet (no I, L, O, U) so it survives being read aloud or retyped.
"""

from __future__ import annotations

import os

_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})
_BYTES = 20  # 160 bits -> 32 base32 characters
_GROUP = 4


class RecoveryKeyFormatError(ValueError):
    pass


def new_recovery_secret() -> bytes:
    return os.urandom(_BYTES)


def format_recovery_key(secret: bytes) -> str:
    number = int.from_bytes(secret, "big")
    chars = []
    for _ in range(_BYTES * 8 // 5):
        number, digit = divmod(number, 32)
        chars.append(_ALPHABET[digit])
    text = "".join(reversed(chars))
    return "-".join(text[i : i + _GROUP] for i in range(0, len(text), _GROUP))


def parse_recovery_key(text: str) -> bytes:
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum()).translate(_CONFUSABLE)
    if len(cleaned) != _BYTES * 8 // 5:
        raise RecoveryKeyFormatError(
            "A recovery key has 32 letters and digits (eight groups of four). Check you have typed all of it."
        )
    number = 0
    for ch in cleaned:
        index = _ALPHABET.find(ch)
        if index < 0:
            raise RecoveryKeyFormatError(f"'{ch}' cannot appear in a recovery key.")
        number = number * 32 + index
    return number.to_bytes(_BYTES, "big")
