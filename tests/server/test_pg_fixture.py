"""The office-server fixture itself: a real server, TLS only, verified against the fixture's CA."""

from __future__ import annotations

import psycopg
import pytest

from tests.pg_server import SUPERUSER, SUPERUSER_PASSWORD


def test_server_answers_over_tls_only(pg_server, pg_database) -> None:
    with pg_server.superuser_connect(pg_database) as connection:
        version = connection.execute("SHOW server_version_num").fetchone()[0]
        assert int(version) >= 150000
        assert connection.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone()[0]
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(
            host=pg_server.host,
            port=pg_server.port,
            dbname=pg_database,
            user=SUPERUSER,
            password=SUPERUSER_PASSWORD,
            sslmode="disable",
        )


def test_psql_runs_as_a_login(pg_server) -> None:
    done = pg_server.psql("SELECT current_user", user=SUPERUSER, password=SUPERUSER_PASSWORD)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == SUPERUSER
