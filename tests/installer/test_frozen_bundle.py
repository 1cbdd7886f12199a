"""The frozen (PyInstaller) build on Linux: it is made from the same spec as the Windows
build, and its own --self-test proves Qt, SQLCipher, the migrations, the key slots, the
PDF font and the audit chain all made it into the bundle."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow
EXE = "LCSDesktop.exe" if sys.platform == "win32" else "LCSDesktop"


def _self_test(bundle, tmp_path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LCS_DATA_DIR": str(tmp_path / "data")}
    env.pop("PYTHONPATH", None)  # the bundle must need nothing from the source tree
    return subprocess.run(
        [str(bundle / EXE), "--self-test"],
        capture_output=True, text=True, timeout=300, env=env, cwd=tmp_path,
    )  # fmt: skip


def test_frozen_self_test_passes_every_check(frozen_bundle, tmp_path):
    result = _self_test(frozen_bundle, tmp_path)

    print(result.stdout)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "(frozen) self-test" in result.stdout
    lines = [line for line in result.stdout.splitlines() if line[:4] in ("PASS", "FAIL", "WARN")]
    assert len(lines) == 7
    assert not [line for line in lines if line.startswith("FAIL")]
    for check in ("sqlcipher", "key slots", "audit chain", "pdf", "qt"):
        assert any(line.startswith(f"PASS  {check}:") for line in lines), check


def test_frozen_bundle_reports_its_version(frozen_bundle, tmp_path):
    from lcs_desktop import __version__

    result = subprocess.run(
        [str(frozen_bundle / EXE), "--version"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"LCS Desktop {__version__}"
    assert __version__ != "0.0.0+source", "package metadata must ship for the About box"


def test_frozen_bundle_ships_what_is_read_from_disk_and_leaves_out_the_unused(frozen_bundle):
    internal = frozen_bundle / "_internal"
    files = {p.relative_to(internal).as_posix() for p in internal.rglob("*") if p.is_file()}

    assert "lcs_desktop/store/migrations/env.py" in files
    assert "lcs_desktop/store/migrations/versions/0001_foundation.py" in files
    assert "lcs_desktop/resources/fonts/DejaVuSans.ttf" in files
    assert "lcs_desktop/resources/fonts/DroidSansFallback.ttf" in files  # CJK names in PDFs
    assert "lcs_desktop/resources/fonts/LICENSE-DroidSansFallback.txt" in files
    assert "lcs_desktop/resources/common-passwords.txt.gz" in files
    assert any(name.startswith("sqlcipher3/_sqlite3") for name in files)
    assert any(name.startswith("keyring-") and name.endswith("entry_points.txt") for name in files)
    # .dist-info from a wheel install, .egg-info from an editable one: either serves metadata.
    assert any(name.startswith("lcs_desktop") and name.endswith(("METADATA", "PKG-INFO")) for name in files)
    assert any("/plugins/platforms/" in name for name in files)
    assert any("/plugins/imageformats/" in name for name in files)
    unwanted = [
        name for name in files
        if name.startswith(("tkinter/", "_pytest/", "pytest/", "hypothesis/", "tests/", "PyInstaller/"))
        or "Qt6Quick" in name or "Qt6Qml" in name or "WebEngine" in name or "/qml/" in name
        or "__pycache__" in name
    ]  # fmt: skip
    assert unwanted == []
