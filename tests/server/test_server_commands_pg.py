"""``lcs-desktop admin server-init`` / ``upgrade-server`` run in-process against the real server."""

from __future__ import annotations

from pathlib import Path

import pytest

from lcs_desktop.store import migrate
from lcs_desktop.store.server_roles import RoleNames
from tests.cli.conftest import cli_paths, run  # noqa: F401 (fixtures)
from tests.server.office_setup import IT_PASSWORD
from tests.server.test_server_setup_pg import _backup


@pytest.fixture
def it_database(pg_server, pg_database) -> tuple[str, str]:
    it_login = RoleNames.for_database(pg_database).prefix + "_it"
    with pg_server.superuser_connect(autocommit=True) as connection:
        connection.execute(f"CREATE ROLE \"{it_login}\" LOGIN CREATEROLE PASSWORD '{IT_PASSWORD}'")
        connection.execute(f'ALTER DATABASE "{pg_database}" OWNER TO "{it_login}"')
    return pg_database, it_login


def _args(pg_server, dbname: str, owner: str, url: str | None = None) -> list[str]:
    url = url or pg_server.url(dbname)
    return ["--url", url, "--ca-file", str(pg_server.ca_file), "--owner", owner, "--password-stdin"]


def test_server_init_then_upgrade_server(run, pg_server, it_database, tmp_path: Path) -> None:  # noqa: F811
    dbname, owner = it_database
    done = run("server-init", *_args(pg_server, dbname, owner), stdin=IT_PASSWORD + "\n")
    assert done.code == 0, done.err
    assert "is set up for LCS Desktop" in done.out and IT_PASSWORD not in done.out + done.err
    prefix = RoleNames.for_database(dbname).prefix
    with pg_server.superuser_connect(dbname) as connection:
        roles = {
            r
            for (r,) in connection.execute(
                "SELECT rolname FROM pg_roles WHERE rolname LIKE %s", (prefix + "%",)
            )
        }
        assert {f"{prefix}_{g}" for g in ("owner", "checker", "manager", "lead", "admin")} <= roles
        assert (
            connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            == migrate.head_revision()
        )

    again = run("server-init", *_args(pg_server, dbname, owner), stdin=IT_PASSWORD + "\n")
    assert again.code == 1 and "already set up" in again.err

    refused = run("upgrade-server", *_args(pg_server, dbname, owner), stdin=IT_PASSWORD + "\n")
    assert refused.code == 1 and "--backup-verified FILE" in refused.err
    backup = _backup(tmp_path, migrate.head_revision())
    upgraded = run(
        "upgrade-server",
        *_args(pg_server, dbname, owner),
        "--backup-verified",
        str(backup),
        stdin=IT_PASSWORD + "\n",
    )
    assert upgraded.code == 0, upgraded.err
    assert "already up to date" in upgraded.out


def test_a_password_in_the_url_is_refused_and_never_shown(run, pg_server, it_database) -> None:  # noqa: F811
    dbname, owner = it_database
    url = f"postgresql://{owner}:{IT_PASSWORD}@localhost:{pg_server.port}/{dbname}"
    done = run("server-init", *_args(pg_server, dbname, owner, url=url), stdin=IT_PASSWORD + "\n")
    assert done.code == 1 and "must not contain a user name, a password" in done.err
    assert IT_PASSWORD not in done.err + done.out


def test_a_wrong_owner_password_is_refused_in_plain_words(run, pg_server, it_database) -> None:  # noqa: F811
    dbname, owner = it_database
    done = run("server-init", *_args(pg_server, dbname, owner), stdin="wrong-password\n")
    assert done.code == 1 and "refused your sign-in" in done.err
    assert "wrong-password" not in done.err
