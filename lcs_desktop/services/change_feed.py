"""Other desks' changes, as they happen (issue 11): a ``ChangeListener`` on the workspace's
server, or None on a local SQLCipher file (one desk: nothing to hear).

The listener calls ``on_change(table, record_id)`` from its own thread with "people",
"checks", "breach_cases", "policy_versions" or "legal_holds" and an id (a finding or a
chronology entry is announced as its check or case), or ``(RESYNC, 0)`` after a reconnect.
Ids only: the receiver reads what changed through the services, with the usual permission
checks, so nothing is shown that this user may not see.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from lcs_desktop.services.workspace import Workspace
from lcs_desktop.store.server_notify import KEY_CHANGED, RESYNC, ChangeListener, EngineConnector

__all__ = ["RESYNC", "change_listener", "key_changed"]

KEY_CHANGED_LOCK = (
    "An administrator changed the workspace key at another desk, so LCS Desktop locked itself. "
    "Enter your password to carry on where you left off: your open forms are kept."
)


def change_listener(workspace: Workspace, on_change: Callable[[str, int], None]) -> ChangeListener | None:
    """A listener (not started) for this workspace's server; None for a local database."""
    engine = workspace.database.engine
    if engine.dialect.name != "postgresql":
        return None
    return ChangeListener(EngineConnector(engine), on_change)


def key_changed(workspace: Workspace, changes: Iterable[tuple[str, int]]) -> bool:
    """Another desk changed the workspace key: this desk holds an older one and must sign in
    again (the desk that made the change hears its own announcement too, and holds the new key)."""
    held = getattr(workspace.database, "key_generation", None)
    return any(table == KEY_CHANGED and str(generation) != held for table, generation in changes)
