"""Roles on the office server (issue 11, DESIGN.md §5): who may connect, and as what.

Roles are cluster-wide, so every name carries a prefix made from the database's name (many
organisations, or many test databases, can share one PostgreSQL cluster):

- ``<prefix>_owner`` (NOLOGIN, CREATEROLE) owns the schema, every table and every function. IT's
  database-owner login is made a member and acts as it only for ``server-init``/``upgrade-server``.
- ``<prefix>_checker|manager|lead|admin`` (NOLOGIN): the group roles the row-level security
  policies and the GRANTs name (``server_policies``), mirroring ``domain.roles``.
- each person's login (``<prefix>_u_<hash>``, see ``vault.server_login``) is
  ``LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOREPLICATION INHERIT``, owns nothing
  and is a member of exactly its group roles. Administrators make and change logins only through
  ``lcs_set_login`` (SECURITY DEFINER, owned by the owner role), from a SCRAM verifier computed
  on the PC (``vault.scram``): the server never sees a password.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from lcs_desktop.domain.roles import Role

GROUPS: dict[Role, str] = {
    Role.CHECKER: "checker",
    Role.MANAGER: "manager",
    Role.SAFEGUARDING_LEAD: "lead",
    Role.ADMINISTRATOR: "admin",
}
LOGIN_HASH_CHARS = 24  # vault.server_login.NAME_HASH_CHARS


def role_prefix(dbname: str) -> str:
    """``lcs_<name>_<hash>``: lower-case, at most 27 characters (logins add ``_u_`` + 24)."""
    clean = re.sub(r"[^a-z0-9]", "_", dbname.lower())[:16]
    return f"lcs_{clean}_{hashlib.sha256(dbname.encode()).hexdigest()[:6]}"


@dataclass(frozen=True, slots=True)
class RoleNames:
    prefix: str

    @classmethod
    def for_database(cls, dbname: str) -> RoleNames:
        return cls(role_prefix(dbname))

    @property
    def owner(self) -> str:
        return f"{self.prefix}_owner"

    def group(self, role: Role) -> str:
        return f"{self.prefix}_{GROUPS[role]}"

    @property
    def groups(self) -> tuple[str, ...]:
        return tuple(self.group(role) for role in GROUPS)

    @property
    def login_pattern(self) -> str:
        return f"^{self.prefix}_u_[0-9a-f]{{{LOGIN_HASH_CHARS}}}$"


OWNER_ROLE = re.compile(r"^(lcs_[a-z0-9_]+)_owner$")


def discovered_names(connection: Connection | Session, dbname: str) -> RoleNames:
    """The names this database was set up with, read from the catalogue: server-init makes
    ``<prefix>_owner`` the owner of schema ``public``. A database renamed after server-init (or
    copied from a template) keeps its roles, so deriving them from today's name would be wrong.
    Falls back to the derived names when the schema is not owned by such a role."""
    owner = connection.scalar(
        text("SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = 'public'")
    )
    found = OWNER_ROLE.fullmatch(owner or "")
    return RoleNames(found.group(1)) if found else RoleNames.for_database(dbname)


def quoted(name: str) -> str:
    """A role name as a SQL identifier (names here are made by ``role_prefix``: [a-z0-9_])."""
    if not re.fullmatch(r"[a-z0-9_]{1,63}", name):
        raise ValueError("not a role name made by LCS Desktop")
    return f'"{name}"'


def create_roles_sql(names: RoleNames, dbname: str) -> list[str]:
    """Run by IT's database-owner login (CREATEROLE) before the schema is made: the roles, the
    owner role made owner of the schema, and CONNECT for this organisation's roles only."""
    statements = []
    for role, attributes in ((names.owner, "NOLOGIN CREATEROLE"), *((g, "NOLOGIN") for g in names.groups)):
        statements.append(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') THEN "  # noqa: S608
            f"CREATE ROLE {quoted(role)} {attributes} NOINHERIT; END IF; END $$"
        )
    statements += [
        f"GRANT {quoted(names.owner)} TO CURRENT_USER",
        f"ALTER SCHEMA public OWNER TO {quoted(names.owner)}",
        "REVOKE ALL ON SCHEMA public FROM PUBLIC",
    ]
    return statements + database_access_sql(names, dbname)


def database_access_sql(names: RoleNames, dbname: str) -> list[str]:
    """CONNECT for this organisation's roles only: the database's own ACL, which a copy made
    from a template database does not inherit (run by the database's owner)."""
    database = '"' + dbname.replace('"', '""') + '"'
    return [
        f"REVOKE ALL ON DATABASE {database} FROM PUBLIC",
        f"GRANT CONNECT, TEMPORARY ON DATABASE {database} TO {', '.join(quoted(g) for g in names.groups)}",
        f"GRANT CONNECT, CREATE ON DATABASE {database} TO {quoted(names.owner)}",
    ]


SCRAM_PATTERN = r"^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$"

# Placeholders (PREFIX, LOGIN_PATTERN, GROUPS, SCRAM_PATTERN) are filled from fixed, checked names.
_SET_LOGIN = """
CREATE OR REPLACE FUNCTION lcs_set_login(
    login text, account_id integer, verifier text, wanted text[], active boolean
) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp AS $body$
DECLARE g text;
BEGIN
    IF login !~ 'LOGIN_PATTERN' THEN
        RAISE EXCEPTION 'not a login of this organisation' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF verifier IS NOT NULL AND verifier !~ 'SCRAM_PATTERN' THEN
        RAISE EXCEPTION 'a SCRAM-SHA-256 verifier is required' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM unnest(wanted) w WHERE w <> ALL (ARRAY[GROUPS])) THEN
        RAISE EXCEPTION 'unknown group' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
        IF verifier IS NULL THEN
            RAISE EXCEPTION 'a new login needs a password' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE '
                       'NOREPLICATION INHERIT', login);
    ELSIF NOT EXISTS (SELECT 1 FROM server_logins s WHERE s.login = lcs_set_login.login) THEN
        RAISE EXCEPTION 'not a login LCS Desktop made' USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO server_logins (login, user_id) VALUES (login, account_id)
        ON CONFLICT ON CONSTRAINT server_logins_pkey DO UPDATE SET user_id = EXCLUDED.user_id;
    IF verifier IS NOT NULL THEN
        EXECUTE format('ALTER ROLE %I PASSWORD %L', login, verifier);
    END IF;
    EXECUTE format('ALTER ROLE %I %s', login, CASE WHEN active THEN 'LOGIN' ELSE 'NOLOGIN' END);
    FOREACH g IN ARRAY ARRAY[GROUPS] LOOP
        IF active AND g = ANY (wanted) THEN
            EXECUTE format('GRANT %I TO %I', 'PREFIX_' || g, login);
        ELSE
            EXECUTE format('REVOKE %I FROM %I', 'PREFIX_' || g, login);
        END IF;
    END LOOP;
END
$body$
"""
_SIGNATURE = "lcs_set_login(text, integer, text, text[], boolean)"


def login_function_sql(names: RoleNames) -> list[str]:
    """``lcs_set_login`` and the table of logins it made (run as the owner role)."""
    groups = ", ".join(f"'{GROUPS[role]}'" for role in GROUPS)
    function = (
        _SET_LOGIN.replace("LOGIN_PATTERN", names.login_pattern)
        .replace("SCRAM_PATTERN", SCRAM_PATTERN)
        .replace("GROUPS", groups)
        .replace("PREFIX", names.prefix)
    )
    return [
        "CREATE TABLE IF NOT EXISTS server_logins (login VARCHAR(63) PRIMARY KEY, user_id INTEGER NOT NULL)",
        function,
        f"REVOKE ALL ON FUNCTION {_SIGNATURE} FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION {_SIGNATURE} TO {quoted(names.group(Role.ADMINISTRATOR))}",
    ]


def set_login(
    session: Session | Connection,
    login: str,
    user_id: int,
    verifier: str | None,
    roles: Iterable[Role],
    active: bool,
) -> None:
    """Create or change a person's login (an administrator's session): password from a SCRAM
    verifier (None keeps it), exactly the group roles of ``roles``, LOGIN or NOLOGIN."""
    session.execute(
        text("SELECT lcs_set_login(:login, :user_id, :verifier, :wanted, :active)"),
        {
            "login": login,
            "user_id": user_id,
            "verifier": verifier,
            "wanted": [GROUPS[role] for role in roles if role in GROUPS],
            "active": active,
        },
    )
