"""The office-server engine and its faults in plain words, against the real test server: TLS
verified against the CA, the password never in a URL, an exception or a log."""

from __future__ import annotations

import logging
import socket
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from lcs_desktop.domain.errors import WorkspaceLocked
from lcs_desktop.store.errors import ReadOnlyError
from lcs_desktop.store.server_address import ServerAddress, ServerAddressError
from lcs_desktop.store.server_database import ServerDatabase
from lcs_desktop.store.server_engine import make_server_engine
from lcs_desktop.store.server_errors import (
    ServerBusyError,
    ServerCertificateError,
    ServerLoginError,
    ServerMissingDatabaseError,
    ServerUnreachableError,
    translate_server,
)
from tests.pg_server import SUPERUSER, SUPERUSER_PASSWORD, make_tls

WRONG_PASSWORD = "Wrong-Password-That-Must-Never-Show-42"


@pytest.mark.parametrize(
    ("url", "host", "port", "db", "back"),
    [
        (
            "postgresql://db.office.local/lcs",
            "db.office.local",
            5432,
            "lcs",
            "postgresql://db.office.local/lcs",
        ),
        (
            "postgres://10.0.0.5:6543/lcs_main",
            "10.0.0.5",
            6543,
            "lcs_main",
            "postgresql://10.0.0.5:6543/lcs_main",
        ),
        (" postgresql://[::1]:5433/x ", "::1", 5433, "x", "postgresql://[::1]:5433/x"),
    ],
)
def test_address_is_read(url: str, host: str, port: int, db: str, back: str) -> None:
    address = ServerAddress.parse(url, "ca.pem")
    assert (address.host, address.port, address.dbname, address.ca_file) == (host, port, db, Path("ca.pem"))
    assert address.url == back


@pytest.mark.parametrize(
    "url",
    [
        f"postgresql://someone:{WRONG_PASSWORD}@db.office.local/lcs",
        "postgresql://someone@db.office.local/lcs",
        f"postgresql://db.office.local/lcs?password={WRONG_PASSWORD}",
        "postgresql://db.office.local/lcs?sslmode=disable",
        "postgresql://db.office.local/lcs#x",
    ],
)
def test_address_with_a_user_password_or_options_is_refused_without_repeating_it(url: str) -> None:
    with pytest.raises(ServerAddressError) as caught:
        ServerAddress.parse(url, "ca.pem")
    message = str(caught.value)
    assert "must not contain a user name, a password or options" in message
    assert WRONG_PASSWORD not in message and "someone" not in message


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("mysql://db/lcs", "must start with postgresql://"),
        ("postgresql:///lcs", "no server name"),
        ("postgresql://db.office.local/", "database's name"),
        ("postgresql://db.office.local/a/b", "database's name"),
        ("postgresql://db.office.local:99999/lcs", "could not be read"),
    ],
)
def test_address_refusals_say_what_to_give(url: str, words: str) -> None:
    with pytest.raises(ServerAddressError, match=words):
        ServerAddress.parse(url, "ca.pem")


def _address(pg_server, dbname: str, **changes: object) -> ServerAddress:
    values = {"host": pg_server.host, "port": pg_server.port, "dbname": dbname, "ca_file": pg_server.ca_file}
    return ServerAddress(**{**values, **changes})  # type: ignore[arg-type]


def test_engine_speaks_tls_verified_and_names_itself(pg_server, pg_database) -> None:
    engine = make_server_engine(_address(pg_server, pg_database), SUPERUSER, SUPERUSER_PASSWORD)
    assert engine.url.password is None and SUPERUSER_PASSWORD not in str(engine.url)
    assert SUPERUSER_PASSWORD not in repr(engine.url)
    with engine.connect() as connection:
        ssl, app = connection.execute(
            text(
                "SELECT s.ssl, a.application_name FROM pg_stat_ssl s JOIN pg_stat_activity a "
                "ON a.pid = s.pid WHERE s.pid = pg_backend_pid()"
            )
        ).one()
        assert ssl is True and app == "LCS Desktop"
    engine.dispose()


def _fault(address: ServerAddress, password: str, caplog: pytest.LogCaptureFixture, tmp_path: Path):
    caplog.set_level(logging.DEBUG)
    with pytest.raises(Exception) as caught:
        ServerDatabase.connect(tmp_path, address, SUPERUSER, password)
    error = caught.value
    context = error.__context__  # the raw driver error, suppressed from display
    for shown in (str(error), repr(error), str(context), caplog.text):
        assert password not in shown
    return error


def test_wrong_password_is_refused_in_plain_words(pg_server, pg_database, caplog, tmp_path: Path) -> None:
    error = _fault(_address(pg_server, pg_database), WRONG_PASSWORD, caplog, tmp_path)
    assert isinstance(error, ServerLoginError)
    assert "refused your sign-in" in str(error)


def test_certificate_from_another_ca_is_refused(pg_server, pg_database, caplog, tmp_path: Path) -> None:
    other_ca, _cert, _key = make_tls(tmp_path)
    address = _address(pg_server, pg_database, ca_file=other_ca)
    error = _fault(address, SUPERUSER_PASSWORD, caplog, tmp_path)
    assert isinstance(error, ServerCertificateError)
    assert "localhost" in str(error) and "IT must check the server certificate" in str(error)


def test_wrong_host_name_is_refused(pg_server, pg_database, caplog, tmp_path: Path) -> None:
    error = _fault(_address(pg_server, pg_database, host="127.0.0.1"), SUPERUSER_PASSWORD, caplog, tmp_path)
    assert isinstance(error, ServerCertificateError)
    assert "127.0.0.1" in str(error)


def test_closed_port_is_unreachable(pg_server, pg_database, caplog, tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    error = _fault(_address(pg_server, pg_database, port=closed), SUPERUSER_PASSWORD, caplog, tmp_path)
    assert isinstance(error, ServerUnreachableError) and error.retryable
    assert "The office server localhost cannot be reached" in str(error) and "Try again, or ask IT" in str(
        error
    )


def test_missing_database_is_named(pg_server, caplog, tmp_path: Path) -> None:
    error = _fault(_address(pg_server, "no_such_db"), SUPERUSER_PASSWORD, caplog, tmp_path)
    assert isinstance(error, ServerMissingDatabaseError)


@pytest.mark.parametrize(
    ("sql", "kind"),
    [
        (["DO $$ BEGIN RAISE EXCEPTION 'x' USING ERRCODE = '40001'; END $$"], ServerBusyError),
        (["DO $$ BEGIN RAISE EXCEPTION 'x' USING ERRCODE = '40P01'; END $$"], ServerBusyError),
        (["SET TRANSACTION READ ONLY", "CREATE TABLE t (x int)"], ReadOnlyError),
    ],
)
def test_statement_faults_in_plain_words(
    pg_server, pg_database, tmp_path: Path, sql: str, kind: type
) -> None:
    database = ServerDatabase.connect(
        tmp_path, _address(pg_server, pg_database), SUPERUSER, SUPERUSER_PASSWORD
    )
    with pytest.raises(kind) as caught, database.transaction() as session:
        for statement in sql:
            session.execute(text(statement))
    assert "nothing" in str(caught.value).lower() or "no changes" in str(caught.value)
    database.close()


def test_disk_full_code_is_translated() -> None:
    import psycopg.errors

    error = translate_server(DBAPIError("x", None, psycopg.errors.DiskFull("no space")))
    assert "run out of disk space" in str(error)


def test_idle_lock_forgets_the_password_and_reopen_restores_it(
    pg_server, pg_database, tmp_path: Path
) -> None:
    database = ServerDatabase.connect(
        tmp_path, _address(pg_server, pg_database), SUPERUSER, SUPERUSER_PASSWORD
    )
    assert database.backend == "server" and not database.key_forgotten
    database.checkpoint()  # no-op on the server
    database.forget_key()
    assert database.key_forgotten
    with pytest.raises(WorkspaceLocked), database.engine.connect():
        pass
    database.reopen(SUPERUSER_PASSWORD)
    with database.transaction() as session:
        assert session.execute(text("SELECT 1")).scalar_one() == 1
    assert database.lock.held
    database.close()
    assert not database.lock.held
