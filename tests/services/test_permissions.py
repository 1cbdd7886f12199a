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
}


def _other_id(session) -> int:
    users = session.accounts.list_users(session.user)
    return next(x.id for x in users if x.username == "other")


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
