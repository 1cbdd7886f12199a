"""Building the frozen bundle once per test session, for the slow installer tests."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
MSI_TOOLS = ("wixl", "wixl-heat", "msiinfo", "msiextract")


def require_msi_tools() -> None:
    missing = [tool for tool in MSI_TOOLS if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"{', '.join(missing)} not installed (Debian: apt-get install wixl msitools)")


@pytest.fixture(scope="session")
def frozen_bundle(tmp_path_factory) -> Path:
    """PyInstaller's one-folder build of the app, made from installer/lcs_desktop.spec."""
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed (pip install -e '.[dev]')")
    work = tmp_path_factory.mktemp("pyinstaller")
    started = time.monotonic()
    result = subprocess.run(
        [
            sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
            "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
            str(INSTALLER / "lcs_desktop.spec"),
        ],
        cwd=ROOT, capture_output=True, text=True, timeout=900,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-6000:]
    bundle = work / "dist" / "LCSDesktop"
    size = [line for line in result.stdout.splitlines() + result.stderr.splitlines() if "bundle:" in line]
    print(f"\n{size[-1] if size else bundle} (built in {time.monotonic() - started:.0f} s)")
    return bundle


def build_msi(payload: Path, out: Path, work: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(INSTALLER / "build_msi.sh"), str(payload), str(out)],
        capture_output=True, text=True, timeout=600,
        env={**os.environ, "MSI_WORK_DIR": str(work), "PYTHON": sys.executable},
    )  # fmt: skip


def msi_table(msi: Path, table: str) -> list[dict[str, str]]:
    """A table exported by msiinfo: header row, types row, table-name row, then data."""
    text = subprocess.run(
        ["msiinfo", "export", str(msi), table], capture_output=True, text=True, check=True
    ).stdout
    lines = text.splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=False)) for line in lines[3:] if line]
