"""Sign-in failure counters, kept beside the key slots (the database is shut until sign-in).

A real account keeps its counter in its slot; an unknown username keeps one too, under a
keyed hash (a random key held in the file), so an unknown name is answered exactly as a
real one — "locked for N seconds" after the fifth try included — and the lock-out does not
tell which usernames exist (issue 8 #6). Unknown names are few and bounded in number.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import time
from typing import Any

FAILURES_BEFORE_LOCK = 5
FIRST_LOCK_SECONDS = 30
MAX_LOCK_SECONDS = 60 * 60
UNKNOWN_LIMIT = 500


def lock_seconds(failures: int) -> int:
    """Growing delay: 30 s after the fifth failure, doubling each time, at most an hour."""
    if failures < FAILURES_BEFORE_LOCK:
        return 0
    return min(FIRST_LOCK_SECONDS * 2 ** (failures - FAILURES_BEFORE_LOCK), MAX_LOCK_SECONDS)


def record_failure(counter: dict[str, Any], now: float | None = None) -> None:
    counter["failures"] = int(counter.get("failures", 0)) + 1
    wait = lock_seconds(counter["failures"])
    counter["locked_until"] = (now or time.time()) + wait if wait else 0
    counter["at"] = int(now or time.time())


def seconds_left(counter: dict[str, Any] | None, now: float | None = None) -> int:
    if not counter:
        return 0
    return max(0, int(counter.get("locked_until", 0) - (now or time.time()) + 0.999))


def unknown_counter(data: dict[str, Any], username: str, *, create: bool) -> dict[str, Any] | None:
    """The counter for a username that has no slot, under a keyed hash of the name."""
    table = data.get("unknown_failures")
    if table is None:
        if not create:
            return None
        table = data["unknown_failures"] = {"key": os.urandom(16).hex(), "names": {}}
    name = _keyed(table, username)
    names: dict[str, dict[str, Any]] = table["names"]
    if name not in names and create:
        if len(names) >= UNKNOWN_LIMIT:  # bounded: forget the oldest
            oldest = min(names, key=lambda n: names[n].get("at", 0))
            del names[oldest]
        names[name] = {"failures": 0, "locked_until": 0}
    return names.get(name)


def keyed_name(data: dict[str, Any], username: str) -> str | None:
    """The keyed hash a username's counter is kept under (None before any failure)."""
    table = data.get("unknown_failures")
    return None if table is None else _keyed(table, username)


def _keyed(table: dict[str, Any], username: str) -> str:
    return hmac.new(
        bytes.fromhex(table["key"]), username.casefold().encode("utf-8"), hashlib.sha256
    ).hexdigest()[:32]
