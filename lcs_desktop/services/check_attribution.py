"""Who confirmed each attestation and who completed a check, kept on the check as it happens.

The checks service calls these inside its unit of work, so the row and its audit event say the
same thing. Someone other than the checker (the safeguarding lead) may act on a check; the
record then names them and says it was on the checker's behalf, never the checker's own act.
"""

from __future__ import annotations

from datetime import datetime

from lcs_desktop.domain.attribution import UNKNOWN, Attribution, acting_capacity
from lcs_desktop.services.identity import CurrentUser
from lcs_desktop.store.checks import Check

ATTESTATIONS = ("attest_public_only", "attest_no_private_access")


def behalf(check: Check, user: CurrentUser) -> dict[str, object]:
    """For an audit event's details: set when the act was done for another person's check."""
    return {"on_behalf_of_checker": True} if user.id != check.checker_id else {}


def _capacity(check: Check, user: CurrentUser) -> str | None:
    return acting_capacity(user.id == check.checker_id, user.roles)


def attribute_attestations(check: Check, user: CurrentUser, before: dict[str, bool], now: datetime) -> None:
    """Each attestation that changed is now this user's act (ticked) or no one's (unticked);
    one left as it was keeps whoever confirmed it."""
    for name in ATTESTATIONS:
        ticked = bool(getattr(check, name))
        if ticked == before[name]:
            continue
        setattr(check, f"{name}_by_id", user.id if ticked else None)
        setattr(check, f"{name}_at", now if ticked else None)
        setattr(check, f"{name}_as", _capacity(check, user) if ticked else None)


def attribute_completion(check: Check, user: CurrentUser, now: datetime) -> None:
    check.completed_at = now
    check.completed_by_id = user.id
    check.completed_as = _capacity(check, user)


def user_ids(check: Check) -> set[int | None]:
    """Accounts whose names the attributions need."""
    return {getattr(check, f"{name}_by_id") for name in ATTESTATIONS}


def _attribution(
    check: Check, by_id: int | None, at: datetime | None, capacity: str | None, names: dict[int, str]
) -> Attribution:
    if by_id is None:
        return UNKNOWN
    return Attribution(names.get(by_id, ""), at, capacity, by_id != check.checker_id)


def attestation_attributions(check: Check, names: dict[int, str]) -> tuple[Attribution | None, ...]:
    """One per attestation, in form order: None while it is not confirmed."""
    return tuple(
        _attribution(
            check,
            getattr(check, f"{name}_by_id"),
            getattr(check, f"{name}_at"),
            getattr(check, f"{name}_as"),
            names,
        )
        if getattr(check, name)
        else None
        for name in ATTESTATIONS
    )


def completion_attribution(check: Check, names: dict[int, str]) -> Attribution | None:
    if check.completed_at is None:
        return None
    return _attribution(check, check.completed_by_id, check.completed_at, check.completed_as, names)
