"""SCRAM-SHA-256 verifiers computed on the PC, checked against RFC 7677's test vector."""

from __future__ import annotations

import base64
import hashlib
import hmac

from lcs_desktop.vault.scram import is_verifier, scram_verifier, verifier_matches

# RFC 7677 §3: user "user", password "pencil", salt W22ZaJ0SNY7soEsUEjb6gQ==, 4096 iterations.
RFC_SALT = base64.b64decode("W22ZaJ0SNY7soEsUEjb6gQ==")
RFC_CLIENT_FIRST_BARE = "n=user,r=rOprNGfwEbeRWgbNEkqO"
RFC_SERVER_FIRST = "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096"
RFC_CLIENT_FINAL_NO_PROOF = "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0"
RFC_PROOF = "dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ="
RFC_SERVER_SIGNATURE = "6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4="


def test_rfc_7677_vector() -> None:
    verifier = scram_verifier("pencil", salt=RFC_SALT, iterations=4096)
    assert is_verifier(verifier)
    _, rest = verifier.split("$", 1)
    _, keys = rest.split("$")
    stored_key, server_key = (base64.b64decode(k) for k in keys.split(":"))
    auth_message = f"{RFC_CLIENT_FIRST_BARE},{RFC_SERVER_FIRST},{RFC_CLIENT_FINAL_NO_PROOF}".encode()
    # The server's signature from ServerKey, and the ClientKey recovered from the proof, hash to StoredKey.
    assert base64.b64encode(hmac.new(server_key, auth_message, hashlib.sha256).digest()).decode() == (
        RFC_SERVER_SIGNATURE
    )
    signature = hmac.new(stored_key, auth_message, hashlib.sha256).digest()
    client_key = bytes(a ^ b for a, b in zip(base64.b64decode(RFC_PROOF), signature, strict=True))
    assert hashlib.sha256(client_key).digest() == stored_key


def test_fresh_salt_each_time_and_matching() -> None:
    one, two = scram_verifier("secret-1"), scram_verifier("secret-1")
    assert one != two and is_verifier(one)
    assert verifier_matches(one, "secret-1") and not verifier_matches(one, "secret-2")
    assert "secret-1" not in one
    assert not is_verifier("md5abc") and not verifier_matches("nonsense", "x")
