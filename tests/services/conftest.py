"""The service tests on both backends (issue 11): a module marked ``both_backends`` runs every
test twice, on a local SQLCipher file and on the test office server (PostgreSQL with TLS).
A test of a local-file matter in such a module (a database file swapped, the key file,
folder locks, file backups) is marked ``local_only``."""

from __future__ import annotations

import pytest


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames or not metafunc.definition.get_closest_marker("both_backends"):
        return
    local_only = metafunc.definition.get_closest_marker("local_only") is not None
    metafunc.parametrize("backend", ["local"] if local_only else ["local", "server"], indirect=True)
