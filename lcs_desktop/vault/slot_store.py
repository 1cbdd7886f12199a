"""Where the key slots are kept: ``keyslots.json`` in the data folder (one PC), or an office
server's ``key_slots`` table (issue 11). ``KeySlotFile`` seals and unwraps the same way over
either; only loading and saving the whole set of slots differs.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Protocol

from lcs_desktop.vault.slot_sharing import DAMAGED, KeySlotError

MISSING = "The key file (keyslots.json) is missing from the data folder."


class SlotStore(Protocol):
    def exists(self) -> bool: ...

    def load(self) -> dict[str, Any]:
        """The whole slot document (``db_id``, ``slots``, ...); ``KeySlotError`` if unreadable."""
        ...

    def save(self, data: dict[str, Any]) -> None: ...


class FileSlotStore:
    """``keyslots.json``, rewritten atomically (write, fsync, rename)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def exists(self) -> bool:
        return self.path.exists()

    def load(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise KeySlotError(MISSING) from None
        except (OSError, ValueError):
            raise KeySlotError(DAMAGED) from None
        if not isinstance(data, dict):
            raise KeySlotError(DAMAGED)
        return data

    def save(self, data: dict[str, Any]) -> None:
        tmp = self.path.with_suffix(".tmp")
        payload = json.dumps(data, indent=1, sort_keys=True).encode("utf-8")
        with open(tmp, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)
