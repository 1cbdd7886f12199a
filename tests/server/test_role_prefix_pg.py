"""The role names are found on the server, not derived from the database's name (issue 11):
a PC whose settings predate the recorded prefix still signs in, and a database renamed after
server-init keeps working once connect-server has been run again."""

from __future__ import annotations

import json

import pytest

from lcs_desktop.domain.roles import Role
from lcs_desktop.services.server_signin import connect_server
from lcs_desktop.store import migrate
from lcs_desktop.store.server_address import ServerAddress
from lcs_desktop.store.server_engine import make_server_engine
from lcs_desktop.store.server_roles import RoleNames, discovered_names
from lcs_desktop.store.server_settings import ServerSettings
from lcs_desktop.store.server_setup import upgrade_server
from tests.conftest import ADMIN_PASSWORD
from tests.pg_server import SUPERUSER, SUPERUSER_PASSWORD
from tests.server.test_server_setup_pg import _backup
from tests.server_helpers import owner_of

on_server = pytest.mark.parametrize("backend", ["server"], indirect=True)


@on_server
def test_settings_written_before_the_prefix_was_recorded_still_sign_in(
    org, authenticator, pg_database
) -> None:
    settings = authenticator.server_settings()
    assert settings.role_prefix == RoleNames.for_database(pg_database).prefix  # recorded at connect-server
    org.sign_out()
    path = ServerSettings.path_in(authenticator.paths.data_dir)
    older = json.loads(path.read_text(encoding="utf-8"))
    del older["role_prefix"]
    path.write_text(json.dumps(older), encoding="utf-8")
    assert authenticator.server_settings() == ServerSettings(settings.url, settings.ca_file, settings.db_id)

    again = authenticator.sign_in("admin", ADMIN_PASSWORD)
    assert again.workspace.server.prefix == settings.role_prefix
    again.accounts.add_user(again.user, "mo", "Mo Manager", frozenset({Role.MANAGER}))  # a login made
    assert {u.username for u in again.accounts.list_users(again.user)} == {"admin", "mo"}
    again.sign_out()


@on_server
def test_a_database_renamed_after_server_init_keeps_working(
    org, authenticator, pg_server, pg_database, tmp_path
) -> None:
    old_prefix = authenticator.server_settings().role_prefix
    org.accounts.add_user(org.user, "mo", "Mo Manager", frozenset({Role.MANAGER}))
    org.sign_out()
    renamed = pg_database + "_r"
    with pg_server.superuser_connect(autocommit=True) as connection:
        connection.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (pg_database,)
        )
        connection.execute(f'ALTER DATABASE "{pg_database}" RENAME TO "{renamed}"')
    try:
        assert RoleNames.for_database(renamed).prefix != old_prefix  # deriving would be wrong now
        it_login, it_password = owner_of(authenticator)
        settings = connect_server(
            authenticator.paths, pg_server.url(renamed), str(pg_server.ca_file), it_login, it_password
        )
        assert settings.role_prefix == old_prefix

        again = authenticator.sign_in("admin", ADMIN_PASSWORD)
        assert {u.username for u in again.accounts.list_users(again.user)} == {"admin", "mo"}
        again.sign_out()

        address = ServerAddress(pg_server.host, pg_server.port, renamed, pg_server.ca_file)
        engine = make_server_engine(address, it_login, it_password)
        try:
            with engine.connect() as connection:
                assert discovered_names(connection, renamed).prefix == old_prefix
            backup = _backup(tmp_path, migrate.head_revision())
            assert upgrade_server(engine, renamed, backup) is None  # the owner check passes: current
        finally:
            engine.dispose()
    finally:
        pg_server.drop_database(renamed)


def test_an_unrecognised_schema_owner_falls_back_to_the_derived_names(pg_server, pg_database) -> None:
    address = ServerAddress(pg_server.host, pg_server.port, pg_database, pg_server.ca_file)
    engine = make_server_engine(address, SUPERUSER, SUPERUSER_PASSWORD)
    try:
        with engine.connect() as connection:  # a fresh database: schema public is not LCS's
            assert discovered_names(connection, pg_database) == RoleNames.for_database(pg_database)
    finally:
        engine.dispose()
