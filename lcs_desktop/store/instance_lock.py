"""One copy of the app per data folder.

An OS lock on ``lcs.lock`` (released by the OS if the holder crashes) plus, in the same
file, who holds it, so a second copy can say "in use by <Windows user> on <PC> since …"
instead of risking two writers.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
import sys
from datetime import UTC, datetime
from pathlib import Path

from lcs_desktop.store.errors import FolderInUseError

LOCK_NAME = "lcs.lock"
_LOCK_OFFSET = 1 << 20  # lock a byte past the holder text, so the text stays readable


class InstanceLock:
    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_NAME
        self._fh: object | None = None

    def acquire(self) -> None:
        fh = open(self.path, "a+b")  # noqa: SIM115 - held open for the lifetime of the lock
        try:
            _lock(fh)
        except OSError:
            fh.close()
            raise FolderInUseError(self._in_use_message()) from None
        holder = {
            "user": _os_user(),
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "since": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        fh.seek(0)
        fh.truncate()
        fh.write(json.dumps(holder).encode("utf-8"))
        fh.flush()
        self._fh = fh

    def release(self) -> None:
        if self._fh is None:
            return
        fh = self._fh
        self._fh = None
        try:
            fh.seek(0)  # type: ignore[attr-defined]
            fh.truncate()  # type: ignore[attr-defined]
            _unlock(fh)
        finally:
            fh.close()  # type: ignore[attr-defined]

    @property
    def held(self) -> bool:
        return self._fh is not None

    def _in_use_message(self) -> str:
        try:
            holder = json.loads(self.path.read_text(encoding="utf-8") or "{}")
        except (OSError, ValueError):
            holder = {}
        who = holder.get("user") or "another user"
        where = holder.get("host") or "this or another computer"
        since = holder.get("since", "")
        when = ""
        if since:
            try:
                when = " since " + datetime.fromisoformat(since).astimezone().strftime("%d/%m/%Y %H:%M")
            except ValueError:
                when = ""
        return (
            f"The data folder is already open in LCS Desktop (Windows user {who} on {where}{when}). "
            "Only one copy may use it at a time, so that nothing is lost. "
            "Close the other copy first, or switch to that window."
        )


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment: say nothing rather than fail
        return "another user"


if sys.platform == "win32":  # pragma: no cover - Windows only
    import msvcrt

    def _lock(fh: object) -> None:
        fh.seek(_LOCK_OFFSET)  # type: ignore[attr-defined]
        msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]

    def _unlock(fh: object) -> None:
        fh.seek(_LOCK_OFFSET)  # type: ignore[attr-defined]
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]

else:
    import fcntl

    def _lock(fh: object) -> None:
        # flock, not lockf: it conflicts between two opens in one process too (tests).
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)  # type: ignore[attr-defined]

    def _unlock(fh: object) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)  # type: ignore[attr-defined]
