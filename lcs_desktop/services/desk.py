"""Home as the lead's desk: one list of what needs doing, soonest first (issue 10).

Each source is ``function(ws, user, today) -> list[DeskItem]`` named in ``_SOURCES`` as
"module:function" and imported by name when the desk is read, so a part of the app that is
not in this build (or a source that fails) leaves the rest of the list standing. To wire a new
source in, add one line to ``_SOURCES``. Each source applies its own permissions: a manager
sees only their cases' items, a checker none of the case items.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from datetime import date

from lcs_desktop.domain.desk import DeskItem
from lcs_desktop.domain.errors import LcsError, WorkspaceLocked
from lcs_desktop.services.identity import CurrentUser
from lcs_desktop.services.workspace import Workspace

log = logging.getLogger(__name__)

Source = Callable[[Workspace, CurrentUser, date], list[DeskItem]]

_SOURCES: tuple[str, ...] = (
    "lcs_desktop.services.desk_sources:referral_clocks",
    "lcs_desktop.services.desk_sources:outcome_dates",
    "lcs_desktop.services.desk_sources:appeals",
    "lcs_desktop.services.desk_sources:crash_drafts",
    "lcs_desktop.services.retention:desk_items",  # retention reviews due (h-retention)
    "lcs_desktop.services.legal_holds:desk_items",  # legal hold review dates (h-deletion)
    "lcs_desktop.services.subject_access:desk_items",  # SAR deadlines (h-sar)
    "lcs_desktop.services.policy_desk:desk_items",  # policy review, acknowledgements (h-policy)
)


def _load(name: str) -> Source | None:
    module_name, _, attribute = name.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name != module_name:  # the source exists but something it imports does not
            log.warning("desk source %s could not be loaded", name)
        return None
    source = getattr(module, attribute, None)
    return source if callable(source) else None


def desk_items(ws: Workspace, user: CurrentUser, today: date) -> list[DeskItem]:
    """Everything on this person's desk, soonest first (overdue before due on the same day)."""
    items: list[DeskItem] = []
    for name in _SOURCES:
        source = _load(name)
        if source is None:
            continue
        try:
            items.extend(source(ws, user, today))
        except WorkspaceLocked:
            raise
        except LcsError:  # one source's fault must not empty the desk; the log says which
            log.warning("desk source %s failed", name)
    return sorted(items, key=lambda i: (i.due, not i.overdue, i.kind.value, i.sentence))
