"""``server-init`` and ``upgrade-server`` (issue 11): the schema, roles and policies on an office
server, made by IT's database-owner login acting as the owner role; and the PC's schema check.

Both run in ONE transaction (PostgreSQL's DDL is transactional): a failure half-way leaves the
server as it was. ``upgrade-server`` holds an advisory lock so two PCs cannot upgrade at once,
and refuses to start without a verified backup.
"""

from __future__ import annotations

import hashlib
import logging
import zipfile
from collections.abc import Callable
from pathlib import Path

from alembic import command
from sqlalchemy import Connection, Engine, inspect, text

from lcs_desktop.store import migrate
from lcs_desktop.store.backup_format import MEMBERS, BackupFileError, Manifest
from lcs_desktop.store.backup_read import open_backup
from lcs_desktop.store.errors import StoreError
from lcs_desktop.store.server_key_guard import guard_sql
from lcs_desktop.store.server_notify import NOTIFIED, notify_sql
from lcs_desktop.store.server_policies import policies_sql
from lcs_desktop.store.server_roles import (
    RoleNames,
    create_roles_sql,
    discovered_names,
    login_function_sql,
    quoted,
)

log = logging.getLogger(__name__)

UPGRADE_LOCK = 0x4C43_5355  # "LCSU": one advisory lock id for every upgrade of a database

PC_OLDER = (
    "The office server's database was made by a newer version of LCS Desktop than this PC has. "
    "Install the newer LCS Desktop on this PC (ask IT). Nothing was changed."
)
SERVER_OLDER = (
    "The office server's database is older than this version of LCS Desktop. IT must run "
    "'lcs-desktop admin upgrade-server' before this PC can use it. Nothing was changed."
)
NOT_SET_UP = (
    "The office server's database has not been set up for LCS Desktop. IT must run "
    "'lcs-desktop admin server-init' first. Nothing was changed."
)


NO_BACKUP = (
    "Make a backup of the office server as it is now and check it first, then run upgrade-server "
    "again with --backup-verified FILE (that .lcsbackup file). Nothing was changed."
)


class ServerSetupError(StoreError):
    """server-init / upgrade-server refused (said in a plain sentence)."""


def server_schema_problem(engine: Engine) -> str | None:
    """None when this PC's migrations and the server's schema agree; else the sentence saying
    which side to upgrade."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return NOT_SET_UP
        current = migrate.current_revision(connection)
    if current is None:
        return NOT_SET_UP
    if current == migrate.head_revision():
        return None
    return SERVER_OLDER if current in migrate.known_revisions() else PC_OLDER


def _migrate(connection: Connection) -> None:
    config = migrate.alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


def _apply(connection: Connection, names: RoleNames) -> None:
    """As the owner role: the login function, then grants, policies and definer functions, and
    the change-notification triggers (other desks refresh what they show) and the key guard (a
    desk holding a changed workspace key cannot write with it)."""
    for statement in login_function_sql(names):
        connection.execute(text(statement))
    found = inspect(connection)
    tables = found.get_table_names(schema="public")
    functions = set(
        connection.scalars(
            text(
                "SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                "WHERE n.nspname = 'public'"
            )
        )
    )
    # Several hundred statements: sent as one batch (no parameters), not one round trip each.
    # The driver's own cursor, with no parameters: nothing in the SQL is taken as a placeholder.
    cursor = connection.connection.cursor()
    try:
        notified = tuple(t for t in NOTIFIED if t in tables)
        cursor.execute(
            ";\n".join([*policies_sql(names, tables, functions), *notify_sql(notified), *guard_sql(tables)])
        )
    finally:
        cursor.close()


# The planner's cost of a random page read. PostgreSQL's default (4) assumes spinning disks; an
# office server's database fits in memory or sits on an SSD, where the docs advise nearer 1.
# With 4, a search of a few thousand people read all 100 000 rows rather than look each one up.
PLANNER_SETTINGS = {"random_page_cost": "1.1"}


def tune(connection: Connection) -> None:
    """This database's planner settings (they apply to the next connections); only its owner
    may make them, so an upgrade run by another owner-role member leaves them as they are."""
    dbname = connection.scalar(text("SELECT current_database()"))
    if not connection.scalar(
        text(
            "SELECT d.datdba = r.oid FROM pg_database d, pg_roles r "
            "WHERE d.datname = current_database() AND r.rolname = current_user"
        )
    ):
        return
    for name, value in PLANNER_SETTINGS.items():
        connection.execute(text(f"ALTER DATABASE {quoted(dbname)} SET {name} = {value}"))


def _as_owner(connection: Connection, names: RoleNames) -> None:
    connection.execute(text(f"SET LOCAL ROLE {quoted(names.owner)}"))


def server_init(engine: Engine, dbname: str, progress: Callable[[str], None] = lambda _s: None) -> RoleNames:
    """Set an empty database up: roles, schema (all migrations), grants and row policies.

    ``engine`` connects as IT's database-owner login (CREATEROLE, owner of the database)."""
    names = RoleNames.for_database(dbname)
    with engine.begin() as connection:
        if inspect(connection).has_table("alembic_version"):
            raise ServerSetupError(
                "This office server database is already set up for LCS Desktop. To bring it up to "
                "this version, run 'lcs-desktop admin upgrade-server' instead. Nothing was changed."
            )
        _require_database_owner(connection)
        progress("Making the roles")
        for statement in create_roles_sql(names, dbname):
            connection.execute(text(statement))
        tune(connection)
        _as_owner(connection, names)
        progress("Making the tables")
        _migrate(connection)
        progress("Setting who may see what")
        _apply(connection, names)
    log.info("office server set up at revision %s", migrate.head_revision())
    return names


def verified_backup(path: Path | None) -> Manifest | None:
    """The manifest of a backup IT names, when the file is an LCS Desktop backup whose every
    member matches the SHA-256 its manifest records (no key is needed for that); else None."""
    if path is None or not path.is_file():
        return None
    try:
        # Either container: format 2 (LCS Desktop's own, what backups are made in now) or the ZIP of 1.
        with open_backup(path) as backup:
            manifest = backup.manifest
            for member in MEMBERS:
                digest = hashlib.sha256()
                for chunk in backup.chunks(member):
                    digest.update(chunk)
                if digest.hexdigest() != (manifest.files.get(member) or {}).get("sha256"):
                    return None
    except (BackupFileError, OSError, KeyError, zipfile.BadZipFile, EOFError, ValueError):
        return None
    return manifest


def upgrade_server(
    engine: Engine, dbname: str, backup: Path | None, progress: Callable[[str], None] = lambda _s: None
) -> str | None:
    """Migrate a set-up server to this version's head; returns the revision it was at (None when
    it was already current). Owner only, under an advisory lock, after a verified backup."""
    manifest = verified_backup(backup)
    if manifest is None:
        raise ServerSetupError(NO_BACKUP)
    with engine.begin() as connection:
        names = discovered_names(connection, dbname)  # the set-up's own roles, whatever the name now
        if not connection.scalar(text("SELECT pg_try_advisory_xact_lock(:k)"), {"k": UPGRADE_LOCK}):
            raise ServerSetupError(
                "Another PC is upgrading the office server right now. Wait for it to finish, then "
                "try again. Nothing was changed."
            )
        if not _role_exists(connection, names.owner) or not connection.scalar(
            text("SELECT pg_has_role(current_user, :owner, 'MEMBER')"), {"owner": names.owner}
        ):
            raise ServerSetupError(
                "Only the office server's database owner (the login IT used for server-init) can "
                "upgrade it. Nothing was changed."
            )
        if not inspect(connection).has_table("alembic_version"):
            raise ServerSetupError(NOT_SET_UP)
        was = migrate.current_revision(connection)
        if was is not None and was not in migrate.known_revisions():
            raise ServerSetupError(PC_OLDER)
        if manifest.schema_revision != was:  # a backup of this server as it is now, not an old one
            raise ServerSetupError(NO_BACKUP)
        tune(connection)
        _as_owner(connection, names)
        progress("Upgrading the tables")
        _migrate(connection)
        progress("Setting who may see what")
        _apply(connection, names)
    return None if was == migrate.head_revision() else was


def _role_exists(connection: Connection, role: str) -> bool:
    return connection.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}) is not None


def _require_database_owner(connection: Connection) -> None:
    """server-init needs the database's owner login, allowed to create roles."""
    owner, can_create_roles = connection.execute(
        text(
            "SELECT d.datdba = r.oid, r.rolcreaterole OR r.rolsuper FROM pg_database d, pg_roles r "
            "WHERE d.datname = current_database() AND r.rolname = current_user"
        )
    ).one()
    if not (owner and can_create_roles):
        raise ServerSetupError(
            "server-init must be run as the login that owns the office server's database and may "
            "create roles (CREATEROLE). Ask the server's administrator to give that login both, "
            "or give its name with --owner. Nothing was changed."
        )
