"""SCRAM-SHA-256 verifiers for PostgreSQL logins, computed on the PC (RFC 5802, RFC 7677).

PostgreSQL accepts ``ALTER ROLE … PASSWORD 'SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>'``
and stores it as given: the server can then check a sign-in but never held the password, and
nothing it stores lets anyone sign in (StoredKey is a hash of the ClientKey).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re

ITERATIONS = (
    4096  # PostgreSQL's default (scram_iterations); the login password is itself a 256-bit derivation
)
SALT_BYTES = 16
_B64 = r"[A-Za-z0-9+/]+={0,2}"
VERIFIER = re.compile(rf"^SCRAM-SHA-256\$(\d+):({_B64})\$({_B64}):({_B64})$")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _hmac(key: bytes, message: bytes) -> bytes:
    return hmac.new(key, message, hashlib.sha256).digest()


def scram_verifier(password: str, *, salt: bytes | None = None, iterations: int = ITERATIONS) -> str:
    """The verifier PostgreSQL stores for ``password`` (a fresh random salt unless one is given).

    SaltedPassword = Hi(password, salt, i) (PBKDF2-HMAC-SHA-256); ClientKey = HMAC(SaltedPassword,
    "Client Key"); StoredKey = H(ClientKey); ServerKey = HMAC(SaltedPassword, "Server Key").
    The password is used as UTF-8 (PostgreSQL's SASLprep leaves ASCII unchanged; the derived
    login passwords are ASCII).
    """
    if iterations < 1:
        raise ValueError("iterations must be positive")
    salt = os.urandom(SALT_BYTES) if salt is None else salt
    salted = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    stored_key = hashlib.sha256(_hmac(salted, b"Client Key")).digest()
    server_key = _hmac(salted, b"Server Key")
    return f"SCRAM-SHA-256${iterations}:{_b64(salt)}${_b64(stored_key)}:{_b64(server_key)}"


def is_verifier(text: str) -> bool:
    return VERIFIER.match(text) is not None


def verifier_matches(verifier: str, password: str) -> bool:
    """Whether ``password`` is the one ``verifier`` was made from (constant-time on the keys)."""
    found = VERIFIER.match(verifier)
    if found is None:
        return False
    iterations, salt = int(found.group(1)), base64.b64decode(found.group(2))
    return hmac.compare_digest(scram_verifier(password, salt=salt, iterations=iterations), verifier)
