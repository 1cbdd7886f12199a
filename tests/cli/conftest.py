"""Fixtures for the admin commands: a data folder and this PC's state in tmp, cheap Argon2."""

from __future__ import annotations

import io
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from lcs_desktop import cli
from lcs_desktop.paths import AppPaths
from tests.conftest import ADMIN_PASSWORD


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def cli_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppPaths:
    # platformdirs reads these at call time: this PC's state and logs land in tmp too.
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv(cli.ENV_FAST_KDF, "1")
    monkeypatch.delenv("LCS_DATA_DIR", raising=False)
    return AppPaths.default(tmp_path / "data")


@pytest.fixture
def run(cli_paths: AppPaths, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    """Run ``lcs-desktop admin <args>`` in-process with ``stdin`` as standard input."""

    def _run(*args: str, stdin: str = "", data_dir: bool = True) -> Result:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        argv = ["--data-dir", str(cli_paths.data_dir), *args] if data_dir else list(args)
        code = cli.main(argv)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return _run


@pytest.fixture
def initialised(run) -> str:
    """A set-up data folder; returns the recovery key that ``init`` printed."""
    result = run(
        "init", "--org", "Libra Children Services", "--username", "admin", "--full-name", "Ada Admin",
        "--password-stdin", stdin=ADMIN_PASSWORD + "\n",
    )  # fmt: skip
    assert result.code == 0, result.err
    return next(
        line.split(": ", 1)[1] for line in result.out.splitlines() if line.startswith("Recovery key:")
    )
