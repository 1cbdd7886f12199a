"""Moving a local workspace onto a freshly initialised office server (issue 11, ``--from-local``).

Every table is copied as the server's owner role with the workspace's field cipher installed,
so sealed columns arrive sealed (bound to the same row ids, which are kept) and people get their
blind-index tokens; kept counts and name copies are made by the server's own triggers
(``store/server_copy.py``). The workspace keeps its id and key, so the key slots are copied as
they are (the recovery key and the audit chain's hashes stay valid) and the chain goes on
unbroken. Then the count of every table and the whole chain are checked on the server.

A server login needs its person's own password (the login password is derived from it), and
only the person moving the workspace typed theirs: every other active account gets a temporary
password, shown once and to be changed at first sign-in, as an administrator's reset does.
The local database stays in the data folder, untouched.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, select

from lcs_desktop.domain.errors import LcsError
from lcs_desktop.domain.roles import Permission
from lcs_desktop.services.identity import require
from lcs_desktop.services.server_signin import ServerLink
from lcs_desktop.services.session import SignedIn
from lcs_desktop.store import server_copy
from lcs_desktop.store import server_link as link_store
from lcs_desktop.store.accounts import User
from lcs_desktop.store.sealed import forget_cipher, install_cipher
from lcs_desktop.store.server_engine import make_server_engine
from lcs_desktop.store.server_key_slots import ServerSlotStore
from lcs_desktop.store.server_roles import discovered_names
from lcs_desktop.store.server_settings import ServerSettings
from lcs_desktop.store.server_setup import server_schema_problem
from lcs_desktop.vault.field_cipher import FieldCipher
from lcs_desktop.vault.server_login import login_password

NOT_EMPTY = (
    "The office server already holds a workspace, so nothing was moved. Move a local workspace "
    "only onto a server just set up with 'lcs-desktop admin server-init'."
)
COUNTS_DIFFER = (
    "After the move the office server does not hold the same number of records as this PC ({what}). "
    "This PC still works on its own data; ask IT to set the server up again and retry."
)
CHAIN_BROKEN = "After the move the audit trail on the office server does not verify. Ask IT before going on."


@dataclass(frozen=True, slots=True)
class MoveResult:
    settings: ServerSettings
    counts: dict[str, int]
    temporary_passwords: dict[str, str]


def move_to_server(
    local: SignedIn,
    password: str,
    url: str,
    ca_file: str,
    owner: tuple[str, str],
    progress: Callable[[str], None] = lambda _s: None,
) -> MoveResult:
    """Copy ``local``'s workspace onto the server at ``url`` and point this PC at it; ``local``
    is closed afterwards. ``password`` is the mover's own (their login is derived from it)."""
    from lcs_desktop.services.auth import Authenticator

    require(local.user, Permission.MANAGE_USERS)
    ws = local.workspace
    address = link_store.address_of(ServerSettings(url, ca_file, ""))
    engine = make_server_engine(address, *owner, pool_size=1)
    install_cipher(engine, FieldCipher(ws.key))
    try:
        problem = server_schema_problem(engine)
        if problem is not None:
            raise LcsError(problem)
        with engine.connect() as connection:  # the roles' names as server-init made them
            prefix = discovered_names(connection, address.dbname).prefix
        settings = ServerSettings(address.url, ca_file, ws.db_id, prefix)
        link = ServerLink(settings, ws.paths, ws.slots.kdf)
        with server_copy.as_owner(engine, link_store.role_names(settings).owner) as (connection, session):
            if link_store.has_key_slots(session):
                raise LcsError(NOT_EMPTY)
            with ws.reading() as reading:
                counts = server_copy.copy_tables(reading, connection, progress)
                usernames = list(reading.scalars(select(User.username)))
            progress("Copying the key slots")
            _copy_slots(local, link, connection, usernames)
            me = local.user
            secret = login_password(settings.db_id, me.username, password, link.kdf)
            link_store.set_login(session, link.login_for(me.username), me.id, secret, me.roles, True)
            session.flush()
            progress("Checking the counts")
            differing = server_copy.counts_differing(connection, counts)
            if differing:
                raise LcsError(COUNTS_DIFFER.format(what=", ".join(d.replace("_", " ") for d in differing)))
    finally:
        forget_cipher(engine)
        engine.dispose()
    # From here this PC works on the server. The local session ends without another event: one
    # more local event would fork the chain this PC now expects the server to extend.
    ws.close()
    settings.save(ws.paths.data_dir)
    progress("Signing in on the office server")
    on_server = Authenticator(ws.paths, local.secrets, ws.slots.kdf).sign_in(local.user.username, password)
    try:
        progress("Checking the audit trail")
        if not on_server.audit_log.verify(on_server.user).ok:
            raise LcsError(CHAIN_BROKEN)
        with on_server.workspace.reading() as reading:
            others = reading.execute(
                select(User.id, User.username).where(User.active.is_(True), User.id != local.user.id)
            ).all()
        temps = {}
        for user_id, username in others:
            progress(f"A temporary password for account {user_id}")
            temps[username] = on_server.accounts.reset_password(on_server.user, user_id)
    finally:
        on_server.sign_out()
    return MoveResult(settings, counts, temps)


def _copy_slots(local: SignedIn, link: ServerLink, connection: Connection, usernames: list[str]) -> None:
    """The slots as they are (same workspace id and key), minus this PC's "remember me"."""
    slots = local.workspace.slots
    store = ServerSlotStore(server_copy.sessions_on(connection), link.settings.db_id)
    store.logins = {slots.slot_id(name): link.login_for(name) for name in usernames}
    data = dict(slots.data)
    data["slots"] = {k: v for k, v in slots.data["slots"].items() if v.get("kind") != "remember"}
    store.save(data)
