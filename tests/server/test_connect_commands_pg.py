"""``admin connect-server`` and ``admin init --server`` run in-process against the real server."""

from __future__ import annotations

import pytest

from lcs_desktop.services.auth import Authenticator
from lcs_desktop.store.server_roles import RoleNames
from lcs_desktop.store.server_settings import ServerSettings
from lcs_desktop.vault.crypto import FAST_KDF_FOR_TESTS
from tests.cli.conftest import cli_paths, initialised, run  # noqa: F401 (fixtures)
from tests.conftest import ADMIN_PASSWORD
from tests.pg_server import make_tls
from tests.server_helpers import IT_PASSWORD, init_server, it_owner


def _args(pg_server, dbname: str, owner: str, ca: str | None = None) -> list[str]:
    ca = ca or str(pg_server.ca_file)
    return ["--url", pg_server.url(dbname), "--ca-file", ca, "--owner", owner, "--password-stdin"]


def _server_with_admin(run, pg_server, pg_database):  # type: ignore[no-untyped-def]  # noqa: F811
    """server-init, connect-server and ``init --server`` (the first administrator, "admin"),
    as IT and the administrator would type them; returns IT's login and init's result."""
    owner, _ = init_server(pg_server, pg_database)
    assert run("connect-server", *_args(pg_server, pg_database, owner), stdin=IT_PASSWORD + "\n").code == 0
    init = run(
        "init", "--server", "--owner", owner, "--org", "Libra Children Services", "--username", "admin",
        "--full-name", "Ada Admin", "--password-stdin", stdin=f"{IT_PASSWORD}\n{ADMIN_PASSWORD}\n",
    )  # fmt: skip
    assert init.code == 0, init.err
    return owner, init


def test_connect_then_first_administrator_on_the_server(run, cli_paths, pg_server, pg_database) -> None:  # noqa: F811
    owner, _ = init_server(pg_server, pg_database)
    done = run("connect-server", *_args(pg_server, pg_database, owner), stdin=IT_PASSWORD + "\n")
    assert done.code == 0, done.err
    assert "now works on the office server" in done.out and IT_PASSWORD not in done.out + done.err
    settings = ServerSettings.load(cli_paths.data_dir)
    assert settings is not None and settings.url == pg_server.url(pg_database)
    stored = ServerSettings.path_in(cli_paths.data_dir).read_text()
    assert IT_PASSWORD not in stored and "password" not in stored.lower()

    init = run(
        "init", "--server", "--owner", owner, "--org", "Libra Children Services", "--username", "admin",
        "--full-name", "Ada Admin", "--password-stdin", stdin=f"{IT_PASSWORD}\n{ADMIN_PASSWORD}\n",
    )  # fmt: skip
    assert init.code == 0, init.err
    assert "Recovery key:" in init.out and ADMIN_PASSWORD not in init.out + init.err
    again = run(
        "init", "--server", "--owner", owner, "--org", "Libra", "--username", "admin2",
        "--full-name", "Ada Two", "--password-stdin", stdin=f"{IT_PASSWORD}\n{ADMIN_PASSWORD}\n",
    )  # fmt: skip
    assert again.code == 1 and "already set up" in again.err

    session = Authenticator(cli_paths, kdf=FAST_KDF_FOR_TESTS).sign_in("admin", ADMIN_PASSWORD)
    assert session.workspace.server is not None
    assert session.audit_log.verify(session.user).ok
    session.sign_out()


def test_a_server_not_initialised_is_refused_in_plain_words(run, pg_server, pg_database) -> None:  # noqa: F811
    owner = RoleNames.for_database(pg_database).prefix + "_it"
    with pg_server.superuser_connect(autocommit=True) as connection:
        connection.execute(f"CREATE ROLE \"{owner}\" LOGIN CREATEROLE PASSWORD '{IT_PASSWORD}'")
        connection.execute(f'ALTER DATABASE "{pg_database}" OWNER TO "{owner}"')
    done = run("connect-server", *_args(pg_server, pg_database, owner), stdin=IT_PASSWORD + "\n")
    assert done.code == 1 and "server-init" in done.err


def test_a_wrong_ca_is_refused(run, pg_server, pg_database, tmp_path) -> None:  # noqa: F811
    owner, _ = init_server(pg_server, pg_database)
    (tmp_path / "other").mkdir()
    other_ca, _, _ = make_tls(tmp_path / "other")
    done = run(
        "connect-server", *_args(pg_server, pg_database, owner, str(other_ca)), stdin=IT_PASSWORD + "\n"
    )
    assert done.code == 1 and "certificate" in done.err
    assert not (tmp_path / "data" / "office-server.json").exists()


def test_init_server_on_a_pc_not_connected_says_what_to_do(run) -> None:  # noqa: F811
    done = run(
        "init", "--server", "--owner", "x", "--org", "Libra", "--username", "admin", "--full-name", "Ada",
        "--password-stdin", stdin="a\nb\n",
    )  # fmt: skip
    assert done.code == 1 and "connect-server" in done.err


@pytest.mark.parametrize("url", ["postgresql://it:secret@localhost/db", "http://localhost/db"])
def test_an_address_with_a_password_or_another_scheme_is_refused(run, url, pg_server) -> None:  # noqa: F811
    done = run(
        "connect-server", "--url", url, "--ca-file", str(pg_server.ca_file), "--owner", "it",
        "--password-stdin", stdin="x\n",
    )  # fmt: skip
    assert done.code == 1 and "secret" not in done.err


def test_move_to_server_moves_the_local_workspace(
    run,  # noqa: F811
    initialised,  # noqa: F811
    cli_paths,  # noqa: F811
    pg_server,
    pg_database,
) -> None:
    added = run(
        "add-user", "--username", "admin", "--new-username", "mo", "--full-name", "Mo Manager",
        "--roles", "manager", "--password-stdin", stdin=ADMIN_PASSWORD + "\n",
    )  # fmt: skip
    assert added.code == 0, added.err
    owner, _ = init_server(pg_server, pg_database)
    done = run(
        "move-to-server", *_args(pg_server, pg_database, owner), "--username", "admin",
        stdin=f"{IT_PASSWORD}\n{ADMIN_PASSWORD}\n",
    )  # fmt: skip
    assert done.code == 0, done.err
    assert "Copying people…" in done.out and "audit trail check out" in done.out
    assert "Temporary password for mo:" in done.out
    assert ADMIN_PASSWORD not in done.out + done.err and IT_PASSWORD not in done.out + done.err
    session = Authenticator(cli_paths, kdf=FAST_KDF_FOR_TESTS).sign_in("admin", ADMIN_PASSWORD)
    assert session.workspace.server is not None and session.audit_log.verify(session.user).ok
    session.sign_out()


def test_recover_on_the_server_takes_it_owner_login(run, cli_paths, pg_server, pg_database) -> None:  # noqa: F811
    owner, init = _server_with_admin(run, pg_server, pg_database)
    key = next(line.split(": ", 1)[1] for line in init.out.splitlines() if line.startswith("Recovery key:"))
    new_password = "Bright-Harbour-Lantern-77"
    refused = run("recover", "--username", "admin", "--password-stdin", stdin=f"{key}\n{new_password}\n")
    assert refused.code == 1 and "--owner" in refused.err
    done = run(
        "recover", "--username", "admin", "--owner", owner, "--password-stdin",
        stdin=f"{IT_PASSWORD}\n{key}\n{new_password}\n",
    )  # fmt: skip
    assert done.code == 0, done.err
    Authenticator(cli_paths, kdf=FAST_KDF_FOR_TESTS).sign_in("admin", new_password).sign_out()


def test_server_init_from_local_sets_up_and_moves_in_one_command(
    run,  # noqa: F811
    initialised,  # noqa: F811
    cli_paths,  # noqa: F811
    pg_server,
    pg_database,
) -> None:
    owner = it_owner(pg_server, pg_database)
    done = run(
        "server-init", *_args(pg_server, pg_database, owner), "--from-local", "--username", "admin",
        stdin=f"{IT_PASSWORD}\n{ADMIN_PASSWORD}\n",
    )  # fmt: skip
    assert done.code == 0, done.err
    assert "is set up for LCS Desktop" in done.out and "audit trail check out" in done.out
    assert ADMIN_PASSWORD not in done.out + done.err and IT_PASSWORD not in done.out + done.err
    session = Authenticator(cli_paths, kdf=FAST_KDF_FOR_TESTS).sign_in("admin", ADMIN_PASSWORD)
    assert session.workspace.server is not None and session.audit_log.verify(session.user).ok
    session.sign_out()


def test_server_init_from_local_needs_the_administrator(run, pg_server, pg_database) -> None:  # noqa: F811
    owner = it_owner(pg_server, pg_database)
    done = run("server-init", *_args(pg_server, pg_database, owner), "--from-local", stdin=f"{IT_PASSWORD}\n")
    assert done.code != 0 and "--from-local needs --username" in done.err


def test_rotate_key_on_the_server_needs_and_takes_the_owner_login(
    run,  # noqa: F811
    cli_paths,  # noqa: F811
    pg_server,
    pg_database,
) -> None:
    owner, _init = _server_with_admin(run, pg_server, pg_database)
    before = Authenticator(cli_paths, kdf=FAST_KDF_FOR_TESTS).sign_in("admin", ADMIN_PASSWORD)
    old_key = before.workspace.key
    before.sign_out()

    refused = run("rotate-key", "--username", "admin", "--password-stdin", stdin=ADMIN_PASSWORD + "\n")
    assert refused.code == 1 and "--owner" in refused.err
    done = run(
        "rotate-key", "--username", "admin", "--owner", owner, "--password-stdin",
        stdin=f"{IT_PASSWORD}\n{ADMIN_PASSWORD}\n",
    )  # fmt: skip
    assert done.code == 0, done.err
    assert done.out.startswith("The database key has been changed.")
    assert IT_PASSWORD not in done.out + done.err and ADMIN_PASSWORD not in done.out + done.err

    after = Authenticator(cli_paths, kdf=FAST_KDF_FOR_TESTS).sign_in("admin", ADMIN_PASSWORD)
    assert after.workspace.key != old_key
    assert after.audit_log.verify(after.user).ok
    after.sign_out()
