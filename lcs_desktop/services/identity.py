"""Who is signed in, and the one function every service calls before it acts."""

from __future__ import annotations

from dataclasses import dataclass

from lcs_desktop.domain.errors import PermissionDenied
from lcs_desktop.domain.roles import PERMISSION_TEXT, Permission, Role, permissions_for


@dataclass(frozen=True, slots=True)
class CurrentUser:
    id: int
    username: str
    full_name: str
    roles: frozenset[Role]

    @property
    def permissions(self) -> frozenset[Permission]:
        return permissions_for(self.roles)

    def can(self, permission: Permission) -> bool:
        return permission in self.permissions

    @property
    def role_text(self) -> str:
        return ", ".join(role.label for role in sorted(self.roles, key=list(Role).index))


def require(user: CurrentUser, permission: Permission) -> None:
    if not user.can(permission):
        raise PermissionDenied(
            f"Your account ({user.role_text or 'no role'}) is not allowed to "
            f"{PERMISSION_TEXT[permission]}. Ask your safeguarding lead or administrator "
            "if you need to."
        )
