"""``lcs-desktop --self-test`` in the source tree: every check passes, and each fault IT may
meet is named in plain words. Faults are real: a missing plugin, a library that cannot be
imported, a data folder that cannot be written."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lcs_desktop.selftest import run_self_test
from lcs_desktop.selftest_common import FAIL, PASS, REPORT_ENV, WARN

CHECKS = ["data folder", "sqlcipher", "key slots", "audit chain", "keyring", "pdf", "qt"]


def _run(tmp_path: Path, *, code: str = "", **env: str) -> subprocess.CompletedProcess[str]:
    """The self-test in a fresh interpreter, as `lcs-desktop --self-test` runs it."""
    script = f"import sys\n{code}\nfrom lcs_desktop.__main__ import main\nsys.exit(main(['--self-test']))"
    environment = {**os.environ, "LCS_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=environment, timeout=180
    )


def _lines(output: str) -> dict[str, str]:
    found = {}
    for line in output.splitlines():
        status, _, rest = line.partition(" ")
        if status in (PASS, FAIL, WARN):
            name, _, detail = rest.strip().partition(": ")
            found[name] = f"{status} {detail}"
    return found


def test_self_test_passes_every_check_in_the_source_tree(tmp_path, monkeypatch):
    monkeypatch.setenv("LCS_DATA_DIR", str(tmp_path / "data"))
    out = io.StringIO()

    code = run_self_test(out)

    lines = _lines(out.getvalue())
    assert code == 0, out.getvalue()
    assert list(lines) == CHECKS
    assert all(not v.startswith(FAIL) for v in lines.values())
    assert "encrypted (SQLCipher 4." in lines["sqlcipher"]
    assert lines["pdf"].startswith(PASS)
    assert out.getvalue().rstrip().endswith("all checks passed.")
    assert not (tmp_path / "data").exists(), "the self-test must not create the real data folder"


def test_self_test_leaves_no_files_behind_and_writes_its_report_file(tmp_path):
    report = tmp_path / "report.txt"
    scratch = tmp_path / "tmp"
    scratch.mkdir()

    result = _run(tmp_path, **{REPORT_ENV: str(report), "TMPDIR": str(scratch)})

    assert result.returncode == 0, result.stdout + result.stderr
    assert report.read_text(encoding="utf-8") == result.stdout
    assert list(scratch.iterdir()) == []


def test_self_test_names_a_missing_qt_platform_plugin(tmp_path):
    result = _run(tmp_path, QT_QPA_PLATFORM="nosuchscreen")

    assert result.returncode == 1
    qt = _lines(result.stdout)["qt"]
    assert qt.startswith(FAIL)
    assert "Qt platform plugin 'nosuchscreen' is missing" in qt
    assert _lines(result.stdout)["sqlcipher"].startswith(PASS), "other checks still run"


def test_self_test_reports_a_qt_plugin_that_fails_to_load_without_dying(tmp_path):
    # The plugin file is there but cannot start (no X server): Qt aborts the process it runs
    # in, so the report must come from the parent.
    result = _run(tmp_path, QT_QPA_PLATFORM="xcb", DISPLAY=":987")

    assert result.returncode == 1
    qt = _lines(result.stdout)["qt"]
    assert qt.startswith(FAIL)
    assert "Qt platform plugin 'xcb' could not be loaded" in qt
    assert "1 check(s) FAILED." in result.stdout


def test_self_test_says_the_sqlcipher_library_is_missing(tmp_path):
    result = _run(tmp_path, code="sys.modules['sqlcipher3'] = None  # as if the DLL were not shipped")

    lines = _lines(result.stdout)
    assert result.returncode == 1
    assert lines["sqlcipher"].startswith(FAIL)
    assert "SQLCipher library was not found" in lines["sqlcipher"]
    assert "Reinstall LCS Desktop" in lines["sqlcipher"]
    assert lines["key slots"].startswith(PASS)


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs a folder no one can write to (/proc)")
def test_self_test_says_when_the_data_folder_cannot_be_written(tmp_path):
    # /proc refuses new files even to root, like a folder IT has locked down.
    result = _run(tmp_path, LCS_DATA_DIR="/proc/lcs-desktop-data")

    data = _lines(result.stdout)["data folder"]
    assert result.returncode == 1
    assert data.startswith(FAIL)
    assert "no write access to the data folder /proc/lcs-desktop-data" in data
