"""User accounts: add, change roles, switch off, reset passwords, remember me.

Only an administrator manages accounts. A password reset gives a temporary password that
must be changed at the next sign-in; it rewraps the database key for that account only.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select

from lcs_desktop.domain.errors import ConflictError, NotFound, ValidationError
from lcs_desktop.domain.passwords import password_problem
from lcs_desktop.domain.roles import Permission, Role, parse_roles
from lcs_desktop.domain.usernames import normalise_username, username_problem
from lcs_desktop.services import trust
from lcs_desktop.services.identity import CurrentUser, require
from lcs_desktop.services.key_rotation import (
    SWITCHED_OFF,
    KeyRotationService,
    RotationResult,
    note_rotation_owed,
)
from lcs_desktop.services.refusals import AuditsRefusals
from lcs_desktop.services.remember import keyring_name
from lcs_desktop.services.settings import read_settings
from lcs_desktop.services.workspace import Workspace
from lcs_desktop.store.accounts import User
from lcs_desktop.vault.common_passwords import common_passwords
from lcs_desktop.vault.secret_store import SecretStore

if TYPE_CHECKING:
    from lcs_desktop.services.server_signin import ServerLink

_TEMP_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


@dataclass(frozen=True, slots=True)
class UserSummary:
    id: int
    username: str
    full_name: str
    roles: frozenset[Role]
    active: bool
    remember_me: bool
    created_at: datetime
    last_sign_in_at: datetime | None
    locked_seconds: int


def roles_to_text(roles: frozenset[Role] | set[Role]) -> str:
    return ",".join(sorted(r.value for r in roles))


def roles_from_text(text: str) -> frozenset[Role]:
    return parse_roles(text)


def check_password(password: str, username: str) -> None:
    problem = password_problem(password, username, common_passwords())
    if problem:
        raise ValidationError(problem, "password")


def temporary_password() -> str:
    groups = ["".join(secrets.choice(_TEMP_ALPHABET) for _ in range(4)) for _ in range(4)]
    return "-".join(groups)


def to_current(user: User) -> CurrentUser:
    return CurrentUser(user.id, user.username, user.full_name, roles_from_text(user.roles))


class AccountService(AuditsRefusals):
    def __init__(self, workspace: Workspace, secrets_store: SecretStore) -> None:
        self._ws = workspace
        self._secrets = secrets_store

    # -- reading -------------------------------------------------------------------------

    def list_users(self, user: CurrentUser) -> list[UserSummary]:
        require(user, Permission.MANAGE_USERS)
        with self._ws.reading() as session:
            # Sorted here: on the office server full names are sealed and cannot be sorted in SQL.
            rows = sorted(session.scalars(select(User)).all(), key=lambda u: (u.full_name, u.id))
        return [self._summary(row) for row in rows]

    def _summary(self, row: User) -> UserSummary:
        return UserSummary(
            row.id,
            row.username,
            row.full_name,
            roles_from_text(row.roles),
            row.active,
            row.remember_me,
            row.created_at,
            row.last_sign_in_at,
            self._ws.slots.seconds_locked(row.username),
        )

    # -- changing ------------------------------------------------------------------------

    def add_user(
        self,
        user: CurrentUser,
        username: str,
        full_name: str,
        roles: frozenset[Role],
        password: str | None = None,
        *,
        must_change: bool = True,
    ) -> str:
        """Create an account. Returns its first password, which must be changed at sign-in
        (``must_change=False`` with a given password: the demo's published passwords)."""
        require(user, Permission.MANAGE_USERS)
        username = normalise_username(username)
        problem = username_problem(username)
        if problem:
            raise ValidationError(problem, "username")
        full_name = full_name.strip()
        if not full_name:
            raise ValidationError("Enter the person's full name.", "full_name")
        if len(full_name) > 200:
            raise ValidationError("The full name is too long (200 characters at most).", "full_name")
        if not roles:
            raise ValidationError("Give the account at least one role.", "roles")
        first_password = password or temporary_password()
        if password is not None:
            check_password(password, username)
        with self._ws.unit_of_work() as session:
            if session.scalar(select(User.id).where(User.username == username)) is not None:
                raise ConflictError(f"There is already an account called '{username}'.")
            row = User(
                username=username,
                full_name=full_name,
                roles=roles_to_text(roles),
                active=True,
                remember_me=False,
            )
            session.add(row)
            session.flush()
            self._ws.audit(
                session,
                user,
                "user_added",
                "user",
                row.id,
                {"username": username, "roles": sorted(r.value for r in roles)},
            )
            keys = self._ws.slots.set_password(
                username, first_password, self._key(), must_change=must_change or password is None
            )
            self._sync_login(session, row, first_password)
            self._new_key(session, user, row, keys.sign_public)
            self._ws.slots.save()
        return first_password

    def set_roles(self, user: CurrentUser, user_id: int, roles: frozenset[Role]) -> None:
        require(user, Permission.MANAGE_USERS)
        if not roles:
            raise ValidationError("Give the account at least one role.", "roles")
        with self._ws.unit_of_work() as session:
            row = self._get(session, user_id)
            old = roles_from_text(row.roles)
            if Role.ADMINISTRATOR in old and Role.ADMINISTRATOR not in roles:
                self._ensure_other_admin(session, row.id)
            row.roles = roles_to_text(roles)
            session.flush()
            self._sync_login(session, row)
            if self._ws.org_key is not None:  # the organisation key follows the administrator role
                trust.reseal_org_key(self._ws, session, self._ws.org_key)
            elif Role.ADMINISTRATOR in old and Role.ADMINISTRATOR not in roles:
                self._ws.slots.unseal_org_from(self._ws.slots.slot_id(row.username))
            self._ws.slots.save()
            self._ws.audit(
                session,
                user,
                "roles_changed",
                "user",
                row.id,
                {"roles": [sorted(r.value for r in old), sorted(r.value for r in roles)]},
            )

    def set_active(
        self,
        user: CurrentUser,
        user_id: int,
        active: bool,
        *,
        progress: Callable[[float], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        owner: tuple[str, str] | None = None,
    ) -> RotationResult | None:
        """Switch an account on or off. Off also changes the database key (issue 8, leavers):
        the account is off at once; if the key change is cancelled or fails, it stays owed. On
        an office server the key is changed when IT's owner login is given (``owner``)."""
        require(user, Permission.MANAGE_USERS)
        if user_id == user.id and not active:
            raise ConflictError("You cannot switch off your own account.")
        with self._ws.unit_of_work() as session:
            row = self._get(session, user_id)
            if not active and Role.ADMINISTRATOR in roles_from_text(row.roles):
                self._ensure_other_admin(session, row.id)
            row.active = active
            if not active:
                # A switched-off account keeps its history but can no longer open the data.
                self._ws.slots.remove_user(row.username)
                self._forget_on_this_pc(row.username)
                row.remember_me = False
                note_rotation_owed(self._ws.slots)
            self._sync_login(session, row)
            self._ws.audit(session, user, "user_activated" if active else "user_deactivated", "user", row.id)
            self._ws.slots.save()
        if active or (self._server() is not None and owner is None):
            # On an office server the login is off and the slot gone at once; changing the
            # workspace key there needs IT's owner login too (it re-seals every sealed column),
            # so without it the change stays owed (``KeyRotationService.owed``).
            return None
        return KeyRotationService(self._ws).rotate(
            user, SWITCHED_OFF, progress=progress, cancelled=cancelled, owner=owner
        )

    def reset_password(self, user: CurrentUser, user_id: int) -> str:
        """A temporary password for someone who forgot theirs; also ends remember me."""
        require(user, Permission.MANAGE_USERS)
        temp = temporary_password()
        with self._ws.unit_of_work() as session:
            row = self._get(session, user_id)
            if not row.active:
                raise ConflictError("Switch the account on before resetting its password.")
            keys = self._ws.slots.set_password(row.username, temp, self._key(), must_change=True)
            self._sync_login(session, row, temp)
            self._new_key(session, user, row, keys.sign_public)
            row.remember_me = False
            self._forget_on_this_pc(row.username)
            self._ws.audit(session, user, "password_reset", "user", row.id)
            self._ws.slots.save()
        return temp

    def unlock_account(self, user: CurrentUser, user_id: int) -> None:
        require(user, Permission.MANAGE_USERS)
        with self._ws.unit_of_work() as session:
            row = self._get(session, user_id)
            self._ws.slots.clear_lock(row.username)
            self._ws.audit(session, user, "account_unlocked", "user", row.id)
            self._ws.slots.save()

    def revoke_remember(self, user: CurrentUser, user_id: int) -> None:
        require(user, Permission.MANAGE_USERS)
        with self._ws.unit_of_work() as session:
            row = self._get(session, user_id)
            row.remember_me = False
            self._ws.slots.remove_remember(row.username)
            self._forget_on_this_pc(row.username)
            self._ws.audit(session, user, "remember_me_revoked", "user", row.id)
            self._ws.slots.save()

    # -- the signed-in person's own account ---------------------------------------------

    def change_own_password(self, user: CurrentUser, current: str, new: str) -> None:
        from lcs_desktop.vault.crypto import UnwrapError

        if new == current:
            raise ValidationError("The new password must be different from the current one.", "password")
        check_password(new, user.username)
        try:
            unlocked = self._ws.slots.unlock_password(user.username, current)
        except UnwrapError:
            raise ValidationError("The current password is not right.", "current_password") from None
        with self._ws.unit_of_work() as session:
            self._ws.slots.set_password(
                user.username, new, unlocked.key, must_change=False, keys=unlocked.keys
            )
            row = self._get(session, user.id)
            if self._server() is not None:  # one's own login: ALTER ROLE needs no admin
                self._server().change_own_login_password(session, user.username, new)
            row.remember_me = False
            self._forget_on_this_pc(user.username)
            self._ws.audit(session, user, "password_changed", "user", user.id)
            self._ws.slots.save()

    def remember_on_this_pc(self, user: CurrentUser, enabled: bool) -> None:
        """Opt in (or out) of signing in on this PC without typing the password."""
        if enabled and self._server() is not None:
            # The server login's password is derived from the typed password: nothing on the PC
            # could stand in for it without keeping a secret that opens the server.
            raise ConflictError(
                "On an office server, sign in with your password each time ('remember me' is off)."
            )
        with self._ws.unit_of_work() as session:
            if enabled:
                if not read_settings(session).remember_me_allowed:
                    raise ConflictError("Your administrator does not allow 'remember me' on this PC.")
                if not self._secrets.available:
                    raise ConflictError(
                        "This computer has no secure password store (Windows Credential Manager), "
                        "so it cannot remember you. Sign in with your password."
                    )
                token = os.urandom(32)
                self._secrets.put(self._keyring_name(user.username), token)
                self._ws.slots.add_remember(user.username, token, self._ws.account_keys())
                self._ws.pc_state.set_remembered_username(self._ws.db_id, user.username)
            else:
                self._ws.slots.remove_remember(user.username)
                self._forget_on_this_pc(user.username)
            row = self._get(session, user.id)
            row.remember_me = enabled
            self._ws.audit(session, user, "remember_me_on" if enabled else "remember_me_off", "user", user.id)
            self._ws.slots.save()

    # -- helpers ---------------------------------------------------------------------------

    def _new_key(self, session: object, user: CurrentUser, row: User, public: bytes) -> None:
        """A new signing key for ``row``: certified (and written in the audit trail), and the
        organisation key sealed to it if the account is an administrator."""
        org = self._ws.org_key
        trust.register_key(self._ws, session, user, row.id, public, org)  # type: ignore[arg-type]
        if org is not None and Role.ADMINISTRATOR in roles_from_text(row.roles):
            trust.reseal_org_key(self._ws, session, org)  # type: ignore[arg-type]

    def _server(self) -> ServerLink | None:
        return getattr(self._ws, "server", None)

    def _sync_login(self, session: object, row: User, password: str | None = None) -> None:
        """On an office server, the person's own login follows the account (issue 11): its
        password, group roles and whether it may sign in, in this same transaction."""
        server = self._server()
        if server is not None:
            roles = roles_from_text(row.roles)
            server.set_login(
                session,  # type: ignore[arg-type]
                self._ws.slots,
                row.username,
                row.id,
                roles,
                password,
                active=row.active,
            )

    def _keyring_name(self, username: str) -> str:
        return keyring_name(self._ws.db_id, self._ws.slots.slot_id(username))

    def _forget_on_this_pc(self, username: str) -> None:
        self._secrets.delete(self._keyring_name(username))
        if self._ws.pc_state.remembered_username(self._ws.db_id) == username:
            self._ws.pc_state.set_remembered_username(self._ws.db_id, None)

    def _key(self) -> bytes:
        return self._ws.key

    @staticmethod
    def _get(session: object, user_id: int) -> User:
        row = session.get(User, user_id)  # type: ignore[attr-defined]
        if row is None:
            raise NotFound("That account no longer exists.")
        return row

    @staticmethod
    def _ensure_other_admin(session: object, user_id: int) -> None:
        admins = session.scalars(  # type: ignore[attr-defined]
            select(User).where(User.active.is_(True), User.id != user_id)
        ).all()
        if not any(Role.ADMINISTRATOR in roles_from_text(a.roles) for a in admins):
            raise ConflictError(
                "This is the last administrator account. Make someone else an administrator first."
            )
