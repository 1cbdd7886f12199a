"""Signing in to a workspace on an office server (issue 11, DESIGN.md §5).

The steps, in order: the PC-side failure counter may refuse at once (the server cannot be
asked before the password is right); the person's own login password is derived
(``vault/server_login.py``, never the slot's key); the PC connects with TLS verify-full — a
refused login is counted like a wrong password, an unreachable server is h-pgstore's plain
sentence and nothing typed is lost; the schema versions must match; the person's key slot is
read from the server and unwrapped exactly as locally; the field cipher is installed for that
engine; a ``Workspace`` opens over the ``ServerDatabase``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from lcs_desktop.domain.errors import AccountLocked, AuthenticationError, LcsError
from lcs_desktop.domain.roles import Role
from lcs_desktop.paths import AppPaths
from lcs_desktop.services.unlocking import WRONG, locked_message
from lcs_desktop.services.workspace import Workspace
from lcs_desktop.store import server_link as link_store
from lcs_desktop.store.sealed_rows import seal_seeded_values
from lcs_desktop.store.server_key_slots import ServerSlotStore
from lcs_desktop.store.server_settings import PcSignInCounter, ServerSettings
from lcs_desktop.vault.crypto import KdfParams, UnwrapError
from lcs_desktop.vault.keyslots import KeySlotFile, Unlocked
from lcs_desktop.vault.server_login import login_name, login_password

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

SLOT_MISSING = (
    "Your account has no key on the office server, so the workspace cannot be opened. "
    "Ask your administrator for a temporary password."
)


@dataclass
class ServerLink:
    """What a server workspace needs beyond a local one: reaching the server again after the
    idle lock, and keeping each person's login in step with their account."""

    settings: ServerSettings
    paths: AppPaths
    kdf: KdfParams

    @property
    def prefix(self) -> str:
        return link_store.role_prefix(self.settings)

    def login_for(self, username: str) -> str:
        return login_name(self.prefix, self.settings.db_id, username)

    def counter(self) -> PcSignInCounter:
        return PcSignInCounter(self.paths.state_dir, self.settings.db_id)

    # -- connecting ------------------------------------------------------------------------

    def connect(self, username: str, password: str, wrong: str = WRONG) -> Any:
        """A ``ServerDatabase`` signed in as this person's login, or a plain refusal."""
        counter = self.counter()
        seconds = counter.seconds_locked(username)
        if seconds:
            raise AccountLocked(locked_message(seconds), seconds)
        secret = login_password(self.settings.db_id, username, password, self.kdf)
        try:
            database = link_store.open_server_database(
                self.settings, self.paths, self.login_for(username), secret
            )
        except link_store.LoginRefused:
            counter.record_failure(username, Workspace.default_clock().isoformat())
            seconds = counter.seconds_locked(username)
            if seconds:
                raise AccountLocked(locked_message(seconds), seconds) from None
            raise AuthenticationError(wrong) from None
        try:
            _learn_key_generation(database)
        except BaseException:
            database.close()
            raise
        return database

    def slots(self, database: Any) -> KeySlotFile:
        store = ServerSlotStore(database.session, self.settings.db_id)
        return KeySlotFile(self.paths.data_dir, self.kdf, store=store)

    def unlock_slot(self, slots: KeySlotFile, username: str, password: str, wrong: str = WRONG) -> Unlocked:
        """The person's slot, read from the server: its counter is the server-side one."""
        if not slots.has_user(username):
            raise AuthenticationError(SLOT_MISSING)
        seconds = slots.seconds_locked(username)
        if seconds:
            raise AccountLocked(locked_message(seconds), seconds)
        try:
            return slots.unlock_password(username, password)
        except UnwrapError:
            raise AuthenticationError(wrong) from None

    # -- logins follow accounts ------------------------------------------------------------

    def set_login(
        self,
        session: Session,
        slots: KeySlotFile,
        username: str,
        user_id: int,
        roles: frozenset[Role],
        password: str | None = None,
        *,
        active: bool = True,
    ) -> None:
        """Create or change ``username``'s login in the caller's transaction (DDL is transactional
        on PostgreSQL, so the login and the account change commit together)."""
        login = self.login_for(username)
        secret = login_password(self.settings.db_id, username, password, self.kdf) if password else None
        link_store.set_login(session, login, user_id, secret, roles, active)
        store = slots.store
        if isinstance(store, ServerSlotStore):
            store.logins[slots.slot_id(username)] = login

    def forget(self, database: Any) -> None:
        """Idle lock: the field cipher forgets the workspace key (the engine is disposed next)."""
        link_store.forget_workspace_key(database)

    def change_own_login_password(self, session: Session, username: str, password: str) -> None:
        secret = login_password(self.settings.db_id, username, password, self.kdf)
        link_store.change_own_password(session, self.login_for(username), secret)


def _learn_key_generation(database: Any) -> None:
    """Read before the key slot, never after: a desk may then hold an older generation than its
    key (its writes are refused, and it signs in again), never a newer one (store/server_key_guard)."""
    database.key_generation = database.read_key_generation()


def is_server(workspace: Workspace) -> bool:
    return getattr(workspace, "server", None) is not None


def open_on_server(
    paths: AppPaths, settings: ServerSettings, kdf: KdfParams, username: str, password: str
) -> tuple[Workspace, Unlocked]:
    link = ServerLink(settings, paths, kdf)
    database = link.connect(username, password)
    try:
        slots = link.slots(database)
        unlocked = link.unlock_slot(slots, username, password)
        link_store.install_workspace_key(database, unlocked.key)
        workspace = Workspace(paths, slots, database, unlocked.key)
        workspace.server = link
        # Failures this PC counted before the server answered go into the audit trail now,
        # each as the account whose name was typed (as locally), or as no account.
        counter = link.counter()
        pending = counter.clear(username)
        accounts = _accounts_by_key(workspace, counter, slots) if pending else {}
        slots.data["pending_failures"] = [
            {"slot": accounts.get(name or ""), "at": at} for at, name in pending
        ]
    except BaseException:
        database.close()
        raise
    return workspace, unlocked


def _accounts_by_key(workspace: Workspace, counter: PcSignInCounter, slots: KeySlotFile) -> dict[str, str]:
    """Each account's slot id under the keyed hash the PC's failure counter uses."""
    from sqlalchemy import select

    from lcs_desktop.store.accounts import User

    with workspace.reading() as session:
        usernames = list(session.scalars(select(User.username)))
    return {key: slots.slot_id(name) for key, name in counter.keyed_names(usernames).items()}


def unlock_on_server(workspace: Workspace, username: str, password: str) -> Unlocked:
    """After the idle lock: connect again as this person, unwrap their slot, key the cipher."""
    link: ServerLink = workspace.server  # type: ignore[attr-defined]
    wrong = "That password is not right."
    counter = link.counter()
    seconds = counter.seconds_locked(username)
    if seconds:
        raise AccountLocked(locked_message(seconds), seconds)
    try:
        link_store.reconnect(
            workspace.database, login_password(link.settings.db_id, username, password, link.kdf)
        )
    except link_store.LoginRefused:
        counter.record_failure(username, workspace.now().isoformat())
        raise AuthenticationError(wrong) from None
    _learn_key_generation(workspace.database)
    workspace.slots.reload()
    unlocked = link.unlock_slot(workspace.slots, username, password, wrong)
    link_store.install_workspace_key(workspace.database, unlocked.key)
    return unlocked


# -- IT's steps: point a PC at a server, set up the first administrator ---------------------

ALREADY_SET_UP = "The office server's workspace is already set up. Sign in instead."
NOT_CONNECTED = "This PC is not connected to an office server. Run 'lcs-desktop admin connect-server' first."


def connect_server(
    paths: AppPaths, url: str, ca_file: str, owner: str, owner_password: str
) -> ServerSettings:
    """Check the server answers over verified TLS with an up-to-date schema, learn (or, on a
    freshly initialised server, make) its workspace id, and store the PC's settings: address,
    CA path and workspace id — no secret. ``owner`` is the login IT used for ``server-init``."""
    from pathlib import Path

    ca = str(Path(ca_file).expanduser().absolute())
    if not Path(ca).is_file():
        raise LcsError(f"The CA certificate file {ca} does not exist. Check the path IT gave you.")
    probe = ServerSettings(link_store.address_of(ServerSettings(url, ca, "")).url, ca, "")
    database = link_store.open_server_database(probe, paths.state_dir, owner, owner_password)
    try:
        with database.transaction() as session:
            # The roles' names as server-init made them (the database may have been renamed since).
            probe = ServerSettings(probe.url, ca, "", link_store.found_role_prefix(session, probe))
            link_store.as_owner(session, probe)
            db_id = link_store.workspace_id(session)
    finally:
        database.close()
    settings = ServerSettings(probe.url, ca, db_id, probe.role_prefix)
    settings.save(paths.data_dir)
    return settings


def set_up_on_server(
    auth: Any,
    owner: str,
    owner_password: str,
    organisation: str,
    username: str,
    full_name: str,
    password: str,
) -> tuple[Any, str]:
    """The first administrator on a freshly initialised server: their login is made with the
    owner's rights; everything else is written by that new login, as in local set-up."""
    from lcs_desktop.vault import crypto

    settings = auth.server_settings()
    if settings is None:
        raise LcsError(NOT_CONNECTED)
    org_settings, username = auth.check_first_account(organisation, username, full_name, password)
    link = ServerLink(settings, auth.paths, auth.kdf)
    admin_roles = frozenset({Role.ADMINISTRATOR, Role.SAFEGUARDING_LEAD})
    owner_db = link_store.open_server_database(settings, auth.paths.state_dir, owner, owner_password)
    try:
        with owner_db.transaction() as session:
            link_store.as_owner(session, settings)
            if link_store.has_key_slots(session):
                raise LcsError(ALREADY_SET_UP)
            # The account row does not exist yet: its id is filled in once it does (below).
            link_store.set_login(
                session, link.login_for(username), 0, _secret(link, username, password), admin_roles, True
            )
    finally:
        owner_db.close()
    database = link.connect(username, password)
    try:
        slots = link.slots(database)
        slots.create(settings.db_id)
        slots.store.logins[slots.slot_id(username)] = link.login_for(username)  # type: ignore[attr-defined]
        key = crypto.new_key()
        link_store.install_workspace_key(database, key)
        workspace = Workspace(auth.paths, slots, database, key)
        workspace.server = link
    except BaseException:
        database.close()
        raise
    signed_in, recovery = auth.populate(workspace, org_settings, username, full_name, password)
    with workspace.unit_of_work() as session:
        link.set_login(session, slots, username, signed_in.user.id, admin_roles)
        seal_seeded_values(session)  # the seeded policy version, written before any key existed
    return signed_in, recovery


def _secret(link: ServerLink, username: str, password: str) -> str:
    return login_password(link.settings.db_id, username, password, link.kdf)
