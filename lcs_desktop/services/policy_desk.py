"""Home's reminders from the policy register (issue 10): the annual review of the policy from a
month before it is due (the lead), and how many people have yet to acknowledge the version in
force (lead and manager). Counts and labels only: no item names a person."""

from __future__ import annotations

from datetime import date

from lcs_desktop.domain.desk import DeskItem, DeskKind, DeskLink
from lcs_desktop.domain.policy_register import REMIND_BEFORE
from lcs_desktop.domain.roles import Permission
from lcs_desktop.services.identity import CurrentUser
from lcs_desktop.services.policy_acks import pending_count
from lcs_desktop.services.policy_register import PAGE_KEY, get_version, may_read, version_in_force_id
from lcs_desktop.services.workspace import Workspace


def desk_items(ws: Workspace, user: CurrentUser, today: date) -> list[DeskItem]:
    """Home's reminders: the policy review from a month before it is due (the lead), and one item
    with the number of people yet to acknowledge the version in force (lead and manager)."""
    if not may_read(user):
        return []
    items: list[DeskItem] = []
    with ws.reading() as session:
        current = version_in_force_id(session, today)
        if current is None:
            return []
        version = get_version(session, current)
        review = version.next_review_on
        if user.can(Permission.MANAGE_POLICY) and review is not None and today >= review - REMIND_BEFORE:
            items.append(
                DeskItem(
                    DeskKind.POLICY_REVIEW,
                    review,
                    f"The annual review of the Social Media Policy (version {version.label}) is due",
                    DeskLink(PAGE_KEY),
                    overdue=today > review,
                )
            )
        if user.can(Permission.RECORD_ACKNOWLEDGEMENTS):
            count = pending_count(session, current)
            if count:
                items.append(
                    DeskItem(
                        DeskKind.ACKNOWLEDGEMENTS,
                        version.approved_on or today,
                        f"{count} {'person has' if count == 1 else 'people have'} not yet acknowledged "
                        f"the Social Media Policy, version {version.label}",
                        DeskLink(PAGE_KEY),
                    )
                )
    return items
