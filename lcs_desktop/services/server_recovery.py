"""The recovery key on an office server (issue 11): every administrator password lost.

Nobody can sign in to read the recovery slot, so IT's owner login does (its row policy sees
every slot), the recovery key unwraps it on this PC exactly as locally, and the administrator's
login is given a new password with the owner's rights. Everything after that — the new slot,
the audit events signed by the recovery key — is written by the administrator's own login,
as ``Authenticator.recover`` does locally.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from lcs_desktop.domain.errors import AuthenticationError, ValidationError
from lcs_desktop.domain.roles import Role
from lcs_desktop.services.accounts import roles_from_text
from lcs_desktop.services.server_signin import ServerLink
from lcs_desktop.services.workspace import Workspace
from lcs_desktop.store import server_link as link_store
from lcs_desktop.store.accounts import User
from lcs_desktop.store.server_key_slots import ServerSlotStore
from lcs_desktop.store.server_settings import ServerSettings
from lcs_desktop.vault.crypto import UnwrapError
from lcs_desktop.vault.keyslots import KeySlotFile, Unlocked
from lcs_desktop.vault.server_login import login_password

NEEDS_OWNER = (
    "On an office server the recovery key is used together with IT's database-owner login: "
    "ask IT to run the recovery with you."
)
WRONG_KEY = "That recovery key does not open this office server's workspace."
ONLY_ADMINS = "The recovery key can only set the password of an active administrator account."


class _Snapshot:
    """The slots as the owner read them, for one unwrap on this PC (never saved from here)."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    def exists(self) -> bool:
        return bool(self.data["slots"])

    def load(self) -> dict[str, Any]:
        return self.data

    def save(self, data: dict[str, Any]) -> None:
        raise RuntimeError("a recovery snapshot is read-only")


def recover_on_server(
    auth: Any,
    settings: ServerSettings,
    owner: tuple[str, str] | None,
    secret: bytes,
    username: str,
    new_password: str,
) -> tuple[Workspace, Unlocked]:
    if owner is None:
        raise AuthenticationError(NEEDS_OWNER)
    link = ServerLink(settings, auth.paths, auth.kdf)
    owner_db = link_store.open_server_database(settings, auth.paths.state_dir, *owner)
    try:
        with owner_db.transaction() as session:
            link_store.as_owner(session, settings)
            store = ServerSlotStore(lambda: _Borrowed(session), settings.db_id)
            slots = KeySlotFile(auth.paths.data_dir, auth.kdf, store=_Snapshot(store.load()))
            try:
                unlocked = slots.unlock_recovery(secret)
            except UnwrapError:
                raise AuthenticationError(WRONG_KEY) from None
            # Plain columns only: the owner's engine holds no field cipher (names are sealed).
            row = session.execute(
                select(User.id, User.active, User.roles).where(User.username == username)
            ).first()
            if row is None or not row.active or Role.ADMINISTRATOR.value not in row.roles.split(","):
                raise ValidationError(ONLY_ADMINS, "username")
            secret_login = login_password(settings.db_id, username, new_password, link.kdf)
            link_store.set_login(
                session, link.login_for(username), row.id, secret_login, roles_from_text(row.roles), True
            )
    finally:
        owner_db.close()
    database = link.connect(username, new_password)
    try:
        slots = link.slots(database)
        link_store.install_workspace_key(database, unlocked.key)
        workspace = Workspace(auth.paths, slots, database, unlocked.key)
        workspace.server = link
    except BaseException:
        database.close()
        raise
    return workspace, unlocked


class _Borrowed:
    """The owner's open session, lent to ``ServerSlotStore.load`` (which closes what it is given)."""

    def __init__(self, session: Any) -> None:
        self._session = session

    def __enter__(self) -> Any:
        return self._session

    def __exit__(self, *exc: object) -> None:
        return None
