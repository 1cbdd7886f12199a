"""Key wrapping: Argon2id turns a secret into a key-encryption key, AES-256-GCM wraps.

The database key is 32 random bytes. Each key slot holds it encrypted under a key derived
from a password (or the recovery key) — like LUKS key slots (DESIGN.md §4). The slowness is
here, once per sign-in, not in SQLCipher's per-connection KDF.
"""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

KEY_BYTES = 32


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id cost. Stored with each slot so it can be raised later without breaking old slots."""

    time_cost: int = 3
    memory_kib: int = 128 * 1024
    parallelism: int = 2

    def to_json(self) -> dict[str, int]:
        return {"t": self.time_cost, "m": self.memory_kib, "p": self.parallelism}

    @classmethod
    def from_json(cls, data: dict[str, int]) -> KdfParams:
        return cls(time_cost=int(data["t"]), memory_kib=int(data["m"]), parallelism=int(data["p"]))


# Tests set this to something cheap; the app leaves the default (~0.3-0.5 s on an office PC).
DEFAULT_KDF = KdfParams()
FAST_KDF_FOR_TESTS = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)


class UnwrapError(Exception):
    """The secret did not open the slot. Deliberately says nothing more."""


def new_key() -> bytes:
    return os.urandom(KEY_BYTES)


def derive_kek(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        secret=secret,
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def wrap(kek: bytes, key: bytes, aad: bytes) -> tuple[bytes, bytes]:
    nonce = os.urandom(12)
    return nonce, AESGCM(kek).encrypt(nonce, key, aad)


def unwrap(kek: bytes, nonce: bytes, ciphertext: bytes, aad: bytes) -> bytes:
    try:
        return AESGCM(kek).decrypt(nonce, ciphertext, aad)
    except InvalidTag:
        raise UnwrapError from None


def b64e(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64d(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


# -- format-2 key slots: per-account key pairs and sealing to a public key --------------------


class AccountKeys:
    """An account's two key pairs: X25519 ("box", to receive sealed keys) and Ed25519 (to sign)."""

    __slots__ = ("box", "sign")

    def __init__(self, box: X25519PrivateKey, sign: Ed25519PrivateKey) -> None:
        self.box = box
        self.sign = sign

    @classmethod
    def generate(cls) -> AccountKeys:
        return cls(X25519PrivateKey.generate(), Ed25519PrivateKey.generate())

    def private_bytes(self) -> bytes:
        return _raw_private(self.box) + _raw_private(self.sign)

    @classmethod
    def from_private_bytes(cls, data: bytes) -> AccountKeys:
        if len(data) != 64:
            raise ValueError("private keys have the wrong length")
        return cls(
            X25519PrivateKey.from_private_bytes(data[:32]),
            Ed25519PrivateKey.from_private_bytes(data[32:]),
        )

    @property
    def box_public(self) -> bytes:
        return self.box.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)

    @property
    def sign_public(self) -> bytes:
        return self.sign.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def _raw_private(key: X25519PrivateKey | Ed25519PrivateKey) -> bytes:
    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def raw_public(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def raw_private(key: Ed25519PrivateKey) -> bytes:
    return _raw_private(key)


def _seal_kek(shared: bytes, epk: bytes, recipient: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=epk + recipient, info=b"lcs-seal").derive(shared)


def seal(recipient_public: bytes, secret: bytes, aad: bytes) -> dict[str, str]:
    """Encrypt ``secret`` so only the holder of the box private key can read it (ECIES)."""
    ephemeral = X25519PrivateKey.generate()
    epk = ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    nonce, ct = wrap(_seal_kek(shared, epk, recipient_public), secret, aad)
    return {"epk": b64e(epk), "nonce": b64e(nonce), "ct": b64e(ct)}


def unseal(box: X25519PrivateKey, sealed: dict[str, str], aad: bytes) -> bytes:
    epk = b64d(sealed["epk"])
    recipient = box.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    shared = box.exchange(X25519PublicKey.from_public_bytes(epk))
    return unwrap(_seal_kek(shared, epk, recipient), b64d(sealed["nonce"]), b64d(sealed["ct"]), aad)


def fingerprint(public_key: bytes) -> str:
    """SHA-256 of a public key as eight groups of four hex digits, for paper and screens."""
    digest = hashlib.sha256(public_key).hexdigest()[:32].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))
