"""server-init, upgrade-server and the PC's schema check against a real office server."""

from __future__ import annotations

import hashlib
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from lcs_desktop.store import migrate
from lcs_desktop.store.backup_format import DB_MEMBER, MANIFEST, SLOTS_MEMBER, Manifest
from lcs_desktop.store.server_address import ServerAddress
from lcs_desktop.store.server_database import ServerDatabase
from lcs_desktop.store.server_setup import (
    NO_BACKUP,
    NOT_SET_UP,
    PC_OLDER,
    SERVER_OLDER,
    UPGRADE_LOCK,
    ServerSetupError,
    server_init,
    server_schema_problem,
    upgrade_server,
)
from tests.server.office_setup import Office, make_office


@pytest.fixture(scope="module")
def office(pg_server):
    dbname = "t_setup_office"
    pg_server.create_database(dbname)
    made = make_office(pg_server, dbname)
    yield made
    made.engine.dispose()
    pg_server.drop_database(dbname)


def _set_revision(office: Office, revision: str) -> None:
    with office.engine.begin() as connection:
        connection.execute(text(f'SET LOCAL ROLE "{office.names.owner}"'))
        connection.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})


def _backup(folder: Path, revision: str | None, *, damage: bool = False) -> Path:
    members = {DB_MEMBER: b"not really sqlcipher, but hashed", SLOTS_MEMBER: b"{}"}
    files = {
        name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
        for name, data in members.items()
    }
    manifest = Manifest(datetime(2026, 11, 30, 8, 0, tzinfo=UTC), "test", "db", revision, 1, "manual", files)
    path = folder / "server.lcsbackup"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(MANIFEST, manifest.to_json())
        for name, data in members.items():
            zf.writestr(name, data + (b"!" if damage else b""))
    return path


def _as(office: Office, who: str) -> ServerDatabase:
    login, password = office.logins[who]
    address = ServerAddress(office.server.host, office.server.port, office.dbname, office.server.ca_file)
    return ServerDatabase.connect(Path("/nonexistent-state"), address, login, password)


def test_a_pc_with_another_schema_version_is_refused_with_the_sentence(office: Office) -> None:
    checker = _as(office, "checker")
    try:
        assert server_schema_problem(checker.engine) is None
        _set_revision(office, "0019_list_names")
        assert server_schema_problem(checker.engine) == SERVER_OLDER
        assert "IT must run 'lcs-desktop admin upgrade-server'" in SERVER_OLDER
        _set_revision(office, "0099_from_the_future")
        assert server_schema_problem(checker.engine) == PC_OLDER
        assert "install the newer LCS Desktop on this PC" in PC_OLDER.replace("Install", "install")
    finally:
        _set_revision(office, migrate.head_revision())
        checker.close()


def test_an_empty_database_is_not_set_up(pg_server, pg_database) -> None:
    from tests.server.test_migrations_pg import superuser_engine

    engine = superuser_engine(pg_server, pg_database)
    assert server_schema_problem(engine) == NOT_SET_UP
    engine.dispose()


def test_server_init_refuses_a_database_already_set_up(office: Office) -> None:
    with pytest.raises(ServerSetupError, match="already set up"):
        server_init(office.engine, office.dbname)


def test_upgrade_refuses_without_a_verified_backup_of_the_server_as_it_is(
    office: Office, tmp_path: Path
) -> None:
    for backup in (
        None,
        tmp_path / "missing.lcsbackup",
        _backup(tmp_path, migrate.head_revision(), damage=True),
    ):
        with pytest.raises(ServerSetupError) as caught:
            upgrade_server(office.engine, office.dbname, backup)
        assert str(caught.value) == NO_BACKUP
    with pytest.raises(ServerSetupError, match="as it is now"):  # a backup from another revision
        upgrade_server(office.engine, office.dbname, _backup(tmp_path, "0017_record_counts"))


def test_upgrade_is_for_the_owner_only(office: Office, tmp_path: Path) -> None:
    lead = _as(office, "lead")
    try:
        with pytest.raises(ServerSetupError, match="Only the office server's database owner"):
            upgrade_server(lead.engine, office.dbname, _backup(tmp_path, migrate.head_revision()))
    finally:
        lead.close()


def test_upgrade_waits_for_nobody_else(office: Office, tmp_path: Path) -> None:
    with office.server.superuser_connect(office.dbname) as other:
        other.execute("SELECT pg_advisory_lock(%s)", (UPGRADE_LOCK,))
        with pytest.raises(ServerSetupError, match="Another PC is upgrading"):
            upgrade_server(office.engine, office.dbname, _backup(tmp_path, migrate.head_revision()))


def test_upgrade_brings_an_older_server_to_this_version_and_keeps_the_policies(
    office: Office, tmp_path: Path
) -> None:
    assert upgrade_server(office.engine, office.dbname, _backup(tmp_path, migrate.head_revision())) is None
    _set_revision(office, "0019_list_names")
    was = upgrade_server(office.engine, office.dbname, _backup(tmp_path, "0019_list_names"))
    assert was == "0019_list_names"
    assert server_schema_problem(office.engine) is None
    done = office.psql("checker", "SELECT count(*) FROM breach_cases")
    assert done.returncode != 0 and "permission denied" in done.stderr
    assert office.rows("manager", "SELECT reference FROM breach_cases") == ["assigned_case"]


def test_server_init_needs_the_database_owner_with_createrole(pg_server, pg_database) -> None:
    from lcs_desktop.store.server_engine import make_server_engine

    login = f"{pg_database}_helper"[:63]
    with pg_server.superuser_connect(autocommit=True) as connection:
        connection.execute(f"CREATE ROLE \"{login}\" LOGIN CREATEROLE PASSWORD 'helper-pw'")
    address = ServerAddress(pg_server.host, pg_server.port, pg_database, pg_server.ca_file)
    engine = make_server_engine(address, login, "helper-pw")
    try:
        with pytest.raises(ServerSetupError, match="must be run as the login that owns"):
            server_init(engine, pg_database)
        assert server_schema_problem(engine) == NOT_SET_UP  # nothing was made
    finally:
        engine.dispose()
