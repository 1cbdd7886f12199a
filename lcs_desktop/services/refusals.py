"""Refused attempts leave a trace for the safeguarding lead: who tried what, on which record,
and when (issue 8 #4).

One mechanism for every service: a service class that inherits ``AuditsRefusals`` has each
public method taking ``user`` wrapped, so a ``PermissionDenied`` (or a record hidden from the
user, ``NotVisible``) raised anywhere inside it is recorded as ``access_refused`` in its own
short transaction — the refused one has already rolled back — and then raised unchanged, so
the user sees the same plain sentence. Module-level service functions use ``audits_refusals``.
Details hold a short code of what was tried (the method's name) and never any content.
"""

from __future__ import annotations

import functools
import inspect
import logging
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from lcs_desktop.domain.errors import LcsError, NotVisible, PermissionDenied
from lcs_desktop.services.identity import CurrentUser

log = logging.getLogger(__name__)

REFUSED = "access_refused"
WRAPPED = "__audits_refusals__"
# The first argument naming a record says what the attempt was on.
ENTITY_OF_ARGUMENT = {
    "case_id": "breach_case",
    "check_id": "check",
    "person_id": "person",
    "finding_id": "finding",
    "evidence_id": "evidence",
    "user_id": "user",
}

F = TypeVar("F", bound=Callable[..., Any])
_depth = threading.local()


def record_refusal(
    workspace: Any,
    user: CurrentUser,
    attempted: str,
    entity_type: str | None = None,
    entity_id: int | str | None = None,
) -> None:
    """Write one ``access_refused`` event in its own transaction. Never raises: the refusal
    itself is what the user must see, even if the trace cannot be written (e.g. locked)."""
    try:
        with workspace.unit_of_work() as session:
            workspace.audit(session, user, REFUSED, entity_type, entity_id, {"attempted": attempted})
    except LcsError:
        log.warning("could not record a refused attempt (%s)", attempted)


def audits_refusals(func: F) -> F:
    """Wrap one service method (``self`` with ``_ws``) or function (a ``workspace`` argument)."""
    if getattr(func, WRAPPED, False):
        return func
    signature = inspect.signature(func)
    id_name = next((n for n in signature.parameters if n in ENTITY_OF_ARGUMENT), None)

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        # Only the outermost wrapped call records: a service calling another records once,
        # and never from inside a transaction it still holds.
        depth = getattr(_depth, "value", 0)
        _depth.value = depth + 1
        try:
            return func(*args, **kwargs)
        except (PermissionDenied, NotVisible):
            if depth == 0:
                _record(signature, func.__name__, id_name, args, kwargs)
            raise
        finally:
            _depth.value = depth

    setattr(wrapper, WRAPPED, True)
    return wrapper  # type: ignore[return-value]


def _record(
    signature: inspect.Signature, name: str, id_name: str | None, args: tuple, kwargs: dict[str, Any]
) -> None:
    try:
        bound = signature.bind_partial(*args, **kwargs).arguments
    except TypeError:
        return
    user = bound.get("user")
    owner = bound.get("self")
    workspace = bound.get("workspace") or getattr(owner, "_ws", None)
    if not isinstance(user, CurrentUser) or workspace is None:
        return
    entity_id = bound.get(id_name) if id_name else None
    entity_type = ENTITY_OF_ARGUMENT[id_name] if id_name and entity_id is not None else None
    record_refusal(workspace, user, name, entity_type, entity_id)


def _takes_user(func: Callable[..., Any]) -> bool:
    params = list(inspect.signature(func).parameters)
    return len(params) >= 2 and params[0] == "self" and params[1] == "user"


class AuditsRefusals:
    """Base of a service (or service part): its public methods that take ``user`` — its own
    and those of the parts it is built from — audit every refusal."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name in dir(cls):
            if name.startswith("_"):
                continue
            member = inspect.getattr_static(cls, name)
            if inspect.isfunction(member) and not getattr(member, WRAPPED, False) and _takes_user(member):
                setattr(cls, name, audits_refusals(member))
