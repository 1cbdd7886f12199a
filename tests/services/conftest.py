"""The service tests on both backends (issue 11): a module marked ``both_backends`` runs every
test twice, on a local SQLCipher file and on the test office server (PostgreSQL with TLS)."""

from __future__ import annotations

import pytest


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" in metafunc.fixturenames and metafunc.definition.get_closest_marker("both_backends"):
        metafunc.parametrize("backend", ["local", "server"], indirect=True)
