"""Views of a record are audited once per open, whatever path reads it (issue 8 #4).

Opening a record (the person page, a check, a case) is always an audited view. A page that
re-reads the record it has open, after each change, is not a new view — but only when this
person really opened that record in this sign-in: a re-read by anyone who did not is audited
as the view it is. Which records each person has opened is kept in memory beside the
workspace, never written anywhere (ids only).
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from lcs_desktop.services.identity import CurrentUser

if TYPE_CHECKING:
    from lcs_desktop.services.workspace import Workspace

_OPENED: weakref.WeakKeyDictionary[Workspace, set[tuple[int, str, str]]] = weakref.WeakKeyDictionary()


def _opened(workspace: Workspace) -> set[tuple[int, str, str]]:
    return _OPENED.setdefault(workspace, set())


def record_view(
    workspace: Workspace,
    session: Session,
    user: CurrentUser,
    action: str,
    entity_type: str,
    entity_id: int,
    details: dict[str, Any] | None = None,
) -> None:
    """An opening: audited every time, and remembered so its re-reads are not."""
    workspace.audit(session, user, action, entity_type, entity_id, details)
    _opened(workspace).add((user.id, entity_type, str(entity_id)))


def view_again(
    workspace: Workspace,
    session: Session,
    user: CurrentUser,
    action: str,
    entity_type: str,
    entity_id: int,
    details: dict[str, Any] | None = None,
) -> None:
    """A re-read of an open record: audited only if this person has not opened it."""
    if (user.id, entity_type, str(entity_id)) not in _opened(workspace):
        record_view(workspace, session, user, action, entity_type, entity_id, details)
