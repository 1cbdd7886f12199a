"""Field encryption for the office server (issue 11, DESIGN.md §5): the server never sees content.

Each sensitive value is sealed in the client with AES-256-GCM under a subkey derived by HKDF from
the workspace key (never the raw key itself; the blind indexes get a subkey of their own). The
associated data names the table, the column and the row ("people.first_name#42"), so a
ciphertext copied to another row or column does not open: the server can move bytes about, but
not without it showing.

Sealed formats (versioned, so a later scheme can live beside this one):
- text columns: ``"s1:" + base64(nonce || ciphertext+tag)``;
- binary columns: ``b"s1" + nonce + ciphertext+tag``.
"""

from __future__ import annotations

import base64
import binascii
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from lcs_desktop.domain.errors import WorkspaceLocked
from lcs_desktop.store.errors import StoreError

TEXT_PREFIX = "s1:"
BYTES_PREFIX = b"s1"
NONCE_BYTES = 12
_AD_VERSION = b"lcs-sealed-v1\x00"
_FIELD_INFO = b"lcs-desktop field encryption v1"
_INDEX_INFO = b"lcs-desktop blind index v1"


class AlteredValueError(StoreError):
    """A sealed value does not open under this row's identity (moved, changed or another key)."""


def _altered(context: str) -> AlteredValueError:
    # The table and column only: the row id is a reference, never content.
    where = context.split("#", 1)[0]
    return AlteredValueError(
        f"A stored value ({where}) has been altered on the server, or was sealed with another "
        "workspace's key, so it cannot be shown. Ask IT to restore the server from its last backup."
    )


def derive_subkey(workspace_key: bytes, info: bytes) -> bytes:
    if len(workspace_key) != 32:
        raise ValueError("the workspace key must be 32 bytes")
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(workspace_key)


class FieldCipher:
    """Seals and opens values for one workspace. Holds derived subkeys only."""

    __slots__ = ("_aead", "_index_key")

    def __init__(self, workspace_key: bytes) -> None:
        self._aead: AESGCM | None = AESGCM(derive_subkey(workspace_key, _FIELD_INFO))
        self._index_key: bytes | None = derive_subkey(workspace_key, _INDEX_INFO)

    @property
    def index_key(self) -> bytes:
        """The blind-index subkey (vault/blind_index.py); separate from the sealing key."""
        if self._index_key is None:
            raise _locked()
        return self._index_key

    def forget(self) -> None:
        """Drop the subkeys (the workspace locked): nothing seals or opens after this."""
        self._aead = None
        self._index_key = None

    def _cipher(self) -> AESGCM:
        if self._aead is None:
            raise _locked()
        return self._aead

    # -- bytes ------------------------------------------------------------------------------

    def seal_bytes(self, value: bytes, context: str) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        return BYTES_PREFIX + nonce + self._cipher().encrypt(nonce, bytes(value), _ad(context))

    def open_bytes(self, sealed: bytes, context: str) -> bytes:
        sealed = bytes(sealed)
        if not sealed.startswith(BYTES_PREFIX) or len(sealed) < len(BYTES_PREFIX) + NONCE_BYTES + 16:
            raise _altered(context)
        body = sealed[len(BYTES_PREFIX) :]
        try:
            return self._cipher().decrypt(body[:NONCE_BYTES], body[NONCE_BYTES:], _ad(context))
        except InvalidTag:
            raise _altered(context) from None

    # -- text -------------------------------------------------------------------------------

    def seal_text(self, value: str, context: str) -> str:
        nonce = os.urandom(NONCE_BYTES)
        body = nonce + self._cipher().encrypt(nonce, value.encode("utf-8"), _ad(context))
        return TEXT_PREFIX + base64.b64encode(body).decode("ascii")

    def open_text(self, sealed: str, context: str) -> str:
        if not sealed.startswith(TEXT_PREFIX):
            raise _altered(context)
        try:
            body = base64.b64decode(sealed[len(TEXT_PREFIX) :], validate=True)
        except (binascii.Error, ValueError):
            raise _altered(context) from None
        if len(body) < NONCE_BYTES + 16:
            raise _altered(context)
        try:
            plain = self._cipher().decrypt(body[:NONCE_BYTES], body[NONCE_BYTES:], _ad(context))
        except InvalidTag:
            raise _altered(context) from None
        return plain.decode("utf-8")


def _ad(context: str) -> bytes:
    return _AD_VERSION + context.encode("utf-8")


def _locked() -> WorkspaceLocked:
    return WorkspaceLocked()
