"""Checking many audit signatures on every core: a full verify of a long log.

Ed25519 verification is the slow part of ``verify`` (and holds the GIL), so above a threshold
the signatures go to worker processes in chunks while the main process streams the log and
does every other check. Workers import only ``cryptography``; they never touch the database.
"""

from __future__ import annotations

import base64
import multiprocessing
import os
from concurrent.futures import Future, ProcessPoolExecutor

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

SIGN_CONTEXT = b"lcs-audit-event|"  # as audit_chain.SIGN_CONTEXT (kept here: workers import little)
THRESHOLD = 50_000  # fewer signatures than this: one process (starting workers costs ~1 s)
CHUNK = 20_000


def workers() -> int:
    return min(os.cpu_count() or 1, 8)


def check_chunk(publics: dict[str, bytes], items: list[tuple[int, str, str | None, str]]) -> list[int]:
    """The sequence numbers whose signature does not verify under their key."""
    keys = {key_id: Ed25519PublicKey.from_public_bytes(raw) for key_id, raw in publics.items()}
    bad = []
    for seq, key_id, signature, mac in items:
        try:
            keys[key_id].verify(base64.b64decode(signature or ""), SIGN_CONTEXT + mac.encode("ascii"))
        except (InvalidSignature, ValueError, KeyError):
            bad.append(seq)
    return bad


class ParallelSignatures:
    """Collects (seq, key_id, signature, mac) and checks them in worker processes."""

    def __init__(self, publics: dict[str, bytes]) -> None:
        self._publics = publics
        self._pool = ProcessPoolExecutor(workers(), mp_context=multiprocessing.get_context("spawn"))
        self._items: list[tuple[int, str, str | None, str]] = []
        self._futures: list[Future[list[int]]] = []
        self._bad: list[int] = []

    def add(self, seq: int, key_id: str, signature: str | None, mac: str) -> None:
        self._items.append((seq, key_id, signature, mac))
        if len(self._items) >= CHUNK:
            self._submit()

    def _submit(self) -> None:
        if self._items:
            self._futures.append(self._pool.submit(check_chunk, self._publics, self._items))
            self._items = []
        while len(self._futures) > 2 * workers():  # bounded memory: wait for the oldest chunk
            self._bad += self._futures.pop(0).result()

    def failed(self) -> list[int]:
        """Every failing sequence number, once all chunks are checked; shuts the workers down."""
        try:
            self._submit()
            for future in self._futures:
                self._bad += future.result()
            return sorted(self._bad)
        finally:
            self.close()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
