"""A person's own PostgreSQL login on an office server (issue 11, DESIGN.md §5).

One password serves both the key slot and the server login, yet the server never learns it and
never holds anything that opens the slot: the login password is a *separate* derivation —
Argon2id over the password with a salt fixed by (database id, username), then HKDF with its own
info string — while the slot's key-encryption key is Argon2id with the slot's own random salt.
The salt must be computable before anything is read from the server (the login is needed to
read at all), hence derived, not stored; the cost is the workspace's fixed sign-in cost.

The login's name carries the database's role prefix and a hash of the username, never the
username itself (the server's role list is cluster-wide and visible to every login).
"""

from __future__ import annotations

import base64
import hashlib

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from lcs_desktop.vault import crypto
from lcs_desktop.vault.crypto import DEFAULT_KDF, KdfParams

LOGIN_INFO = b"lcs-server-login-password|v1"
NAME_HASH_CHARS = 24


def _who(db_id: str, username: str) -> bytes:
    return f"{db_id}|{username.casefold()}".encode()


def login_name(prefix: str, db_id: str, username: str) -> str:
    """``<prefix>_u_<hash>``: lower-case, under PostgreSQL's 63-byte limit, no personal data."""
    digest = hashlib.sha256(b"lcs-server-login-name|" + _who(db_id, username)).hexdigest()
    return f"{prefix}_u_{digest[:NAME_HASH_CHARS]}"


def login_salt(db_id: str, username: str) -> bytes:
    return hashlib.sha256(b"lcs-server-login-salt|" + _who(db_id, username)).digest()[:16]


def login_password(db_id: str, username: str, password: str, kdf: KdfParams = DEFAULT_KDF) -> str:
    """The login's password (43 URL-safe characters), derived on the PC at every sign-in."""
    stretched = crypto.derive_kek(password.encode("utf-8"), login_salt(db_id, username), kdf)
    secret = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=LOGIN_INFO).derive(stretched)
    return base64.urlsafe_b64encode(secret).decode("ascii").rstrip("=")
