"""Who did an act on a check, in words a tribunal can rely on.

A check's attestations and its completion belong to its authorised checker, but the
safeguarding lead may record them on the checker's behalf. The record then says so by
name; an act recorded before LCS Desktop kept who did it says exactly that, never a guess.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from lcs_desktop.domain.roles import Role
from lcs_desktop.domain.working_days import london_date

CHECKER = "checker"

# The capacity an act was done in, as the record prints it.
CAPACITY_TEXT = {
    CHECKER: "the checker",
    Role.SAFEGUARDING_LEAD.value: "the safeguarding lead",
    Role.MANAGER.value: "a manager",
    Role.ADMINISTRATOR.value: "an administrator",
}


def acting_capacity(is_checker: bool, roles: Iterable[Role]) -> str | None:
    """The capacity someone acts in on a check: the checker's own, or the role that let them."""
    if is_checker:
        return CHECKER
    held = set(roles)
    for role in (Role.SAFEGUARDING_LEAD, Role.MANAGER, Role.ADMINISTRATOR):
        if role in held:
            return role.value
    return None


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who did an act and when. ``by`` empty means the record never kept who (older data);
    ``capacity`` None means who is known but not the role they acted in."""

    by: str
    at: datetime | None
    capacity: str | None
    on_behalf: bool  # done by someone other than the check's authorised checker

    @property
    def known(self) -> bool:
        return bool(self.by)


UNKNOWN = Attribution("", None, None, False)


def attribution_sentence(verb: str, noun: str, attribution: Attribution | None) -> str:
    """E.g. "Confirmed by the safeguarding lead (Ada Lowe) on 30/11/2026 on behalf of the checker".

    ``verb`` is the past participle ("Confirmed", "Completed"); ``noun`` what the older-data
    sentence says was not kept ("who confirmed", "who completed").
    """
    if attribution is None or not attribution.known:
        return f"{verb} — recorded before LCS Desktop kept {noun}"
    who = attribution.by
    capacity = CAPACITY_TEXT.get(attribution.capacity or "")
    if attribution.on_behalf:
        person = f"{capacity} ({who})" if capacity and attribution.capacity != CHECKER else who
    else:
        person = f"the checker ({who})"
    when = f" on {london_date(attribution.at):%d/%m/%Y}" if attribution.at else ""
    behalf = " on behalf of the checker" if attribution.on_behalf else ""
    return f"{verb} by {person}{when}{behalf}"
