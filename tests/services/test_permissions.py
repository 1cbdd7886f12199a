"""Every service refuses a user without the permission: a table of role × action.

Later record kinds add their rows to ACTIONS; the table is the specification.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from lcs_desktop.domain.errors import PermissionDenied
from lcs_desktop.domain.roles import Role
from lcs_desktop.domain.settings import OrgSettings
from lcs_desktop.services.identity import CurrentUser
from tests.services.case_helpers import decide_referrals

A, L, M, C = Role.ADMINISTRATOR, Role.SAFEGUARDING_LEAD, Role.MANAGER, Role.CHECKER

# action name -> (roles allowed, call(session, as_user))
ACTIONS: dict[str, tuple[set[Role], Callable[[Any, CurrentUser], Any]]] = {
    "list users": ({A}, lambda s, u: s.accounts.list_users(u)),
    "add user": ({A}, lambda s, u: s.accounts.add_user(u, f"new-{u.username}", "New Person", frozenset({C}))),
    "change roles": ({A}, lambda s, u: s.accounts.set_roles(u, s.user.id, frozenset({A, L}))),
    "reset password": ({A}, lambda s, u: s.accounts.reset_password(u, _other_id(s))),
    "unlock account": ({A}, lambda s, u: s.accounts.unlock_account(u, _other_id(s))),
    "revoke remember me": ({A}, lambda s, u: s.accounts.revoke_remember(u, _other_id(s))),
    "switch account off": ({A}, lambda s, u: s.accounts.set_active(u, _other_id(s), False)),
    "change settings": ({A}, lambda s, u: s.settings.update(u, OrgSettings(idle_lock_minutes=7))),
    "read audit log": ({A, L}, lambda s, u: s.audit_log.events(u)),
    "verify audit log": ({A, L}, lambda s, u: s.audit_log.verify(u)),
    # Breach cases (issue 4). Each call acts as a real account with the role (records need one).
    "report a concern": ({A, L, M, C}, lambda s, u: _report(s, _real(s, u))),
    "list cases": ({L, M}, lambda s, u: s.cases.list_cases(u)),
    "open a case": ({L, M}, lambda s, u: s.cases.open_case(*_with_case(s, u))),
    "add a chronology entry": ({L, M}, lambda s, u: _entry(s, *_with_case(s, u))),
    "record a referral": (
        {L, M},
        lambda s, u: s.cases.record_referral(*_with_case(s, u), kind="lado", state="needed"),
    ),
    "assign a case": (
        {L},
        lambda s, u: s.cases.assign(*_with_case(s, u), officer_id=s.user.id, decision_maker_id=None),
    ),
    "record a decision": ({L, M}, lambda s, u: _decide(s, *_with_case(s, u))),
    "close a case": ({L}, lambda s, u: _close(s, *_with_case(s, u))),
    "reopen a case": ({L}, lambda s, u: _reopen(s, *_with_case(s, u))),
    "see a protected name": ({L, M}, lambda s, u: _reveal(s, *_with_case(s, u))),
}

pytestmark = pytest.mark.both_backends


def _other_id(session) -> int:
    users = session.accounts.list_users(session.user)
    return next(x.id for x in users if x.username == "other")


# -- breach-case helpers ----------------------------------------------------------------------


def _real(session, user: CurrentUser) -> CurrentUser:
    """An account with the same roles as ``user`` (records refer to real accounts)."""
    from lcs_desktop.services.accounts import to_current

    name = f"real-{'-'.join(sorted(r.value for r in user.roles))}".replace("_", "-")[:32]
    if session.workspace.load_user(name) is None:
        session.accounts.add_user(session.user, name, "Real Person", user.roles)
    return to_current(session.workspace.load_user(name))


def _report(session, user: CurrentUser) -> int:
    from datetime import timedelta

    from tests.frozen_clock import TEST_NOW

    people = session.people.list_people(session.user, query="V-PERM")
    person = (
        people[0].id
        if people
        else session.people.add_person(
            session.user, first_name="Pat", last_name="Subject", kind="staff", reference="V-PERM"
        )
    )
    now = TEST_NOW
    return session.cases.report_concern(
        user,
        subject_person_id=person,
        concern_at=now - timedelta(hours=2),
        reported_at=now - timedelta(hours=1),
        raised_by="A colleague",
        raised_by_kind="staff",
        what_was_seen="A post naming a family.",
        breach_types=["referencing_child_family_case"],
    ).case_id


def _with_case(session, user: CurrentUser) -> tuple[CurrentUser, int]:
    """A case this user would be allowed to see if their role lets them: a manager is made
    its investigating officer; the lead sees every case; others see none."""
    real = _real(session, user)
    case_id = _report(session, session.user)
    if M in real.roles:
        session.cases.assign(session.user, case_id, officer_id=real.id, decision_maker_id=real.id)
    return real, case_id


def _entry(session, user: CurrentUser, case_id: int) -> int:
    from tests.frozen_clock import TEST_NOW

    return session.cases.add_entry(user, case_id, kind="note", occurred_at=TEST_NOW, summary="Note")


def _decide(session, user: CurrentUser, case_id: int) -> object:
    from tests.frozen_clock import TEST_TODAY

    return session.cases.record_decision(
        user,
        case_id,
        decision_maker_id=session.user.id,
        decided_on=TEST_TODAY,
        finding="unfounded",
        reason="No evidence.",
    )


def _close(session, user: CurrentUser, case_id: int) -> None:
    _decide(session, session.user, case_id)
    session.cases.add_outcome(session.user, case_id, kind="no_further_action")
    decide_referrals(session.cases, session.user, case_id)
    session.cases.close_case(user, case_id, note="Closed after review.")


def _reopen(session, user: CurrentUser, case_id: int) -> None:
    _close(session, session.user, case_id)
    session.cases.reopen_case(user, case_id, reason="New information.")


def _reveal(session, user: CurrentUser, case_id: int) -> str:
    party = session.cases.add_party(session.user, case_id, kind="child", reference="C-1", name="Child Name")
    return session.cases.reveal_name(user, case_id, party)


def _as(role: Role, user_id: int = 99) -> CurrentUser:
    return CurrentUser(id=user_id, username=f"as-{role.value}", full_name="Test", roles=frozenset({role}))


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
@pytest.mark.parametrize("action", list(ACTIONS), ids=str)
def test_service_allows_or_refuses_by_role(org, role: Role, action: str):
    org.accounts.add_user(org.user, "other", "Other Person", frozenset({C}))
    allowed, call = ACTIONS[action]
    user = _as(role)
    if role in allowed:
        call(org, user)
    else:
        with pytest.raises(PermissionDenied) as error:
            call(org, user)
        assert "not allowed to" in error.value.message


def test_administrator_alone_cannot_open_case_content():
    from lcs_desktop.domain.roles import Permission, permissions_for

    admin = permissions_for({A})
    for case_permission in (
        Permission.VIEW_PEOPLE,
        Permission.VIEW_CHECKS,
        Permission.VIEW_ALL_CASES,
        Permission.VIEW_ASSIGNED_CASES,
        Permission.EXPORT_CASES,
    ):
        assert case_permission not in admin
