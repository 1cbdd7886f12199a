"""The MSI, built with wixl and read back with msiinfo and msiextract.

A small stand-in payload keeps the quick run quick; the slow test packs the real (Linux)
frozen bundle. What only Windows can prove (msiexec installing, upgrading, removing) is in
installer/build.ps1 and docs/deployment.md.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.installer.conftest import INSTALLER, build_msi, msi_table, require_msi_tools

UPGRADE_CODE = "{2AF05909-36D6-4BA2-A766-AE4F823771BE}"  # must never change: upgrades find it


def _version() -> str:
    return subprocess.run(
        [sys.executable, str(INSTALLER / "project_version.py")], capture_output=True, text=True, check=True
    ).stdout.strip()


@pytest.fixture(scope="module")
def small_msi(tmp_path_factory) -> Path:
    require_msi_tools()
    root = tmp_path_factory.mktemp("msi-small")
    payload = root / "LCSDesktop"
    (payload / "_internal" / "lcs_desktop" / "resources").mkdir(parents=True)
    (payload / "LCSDesktop.exe").write_bytes(b"MZ stand-in")
    (payload / "_internal" / "python311.dll").write_bytes(b"MZ stand-in dll")
    (payload / "_internal" / "lcs_desktop" / "resources" / "common-passwords.txt.gz").write_bytes(b"x")
    result = build_msi(payload, root / "LCSDesktop.msi", root / "work")
    assert result.returncode == 0, result.stderr
    return root / "LCSDesktop.msi"


def test_msi_properties_name_the_product_publisher_version_and_upgrade_code(small_msi):
    props = {row["Property"]: row["Value"] for row in msi_table(small_msi, "Property")}

    assert props["ProductName"] == "LCS Desktop"
    assert props["Manufacturer"] == "Libra Children Services"
    assert props["ProductVersion"] == _version()
    assert props["UpgradeCode"] == UPGRADE_CODE
    assert props["ALLUSERS"] == "1", "per-machine install"
    assert props["ARPNOMODIFY"] == "1"
    assert props["ARPPRODUCTICON"] == "LCSDesktop.ico"
    assert re.fullmatch(r"\{[0-9A-F-]{36}\}", props["ProductCode"])


def test_msi_upgrades_older_versions_in_place_and_refuses_downgrade(small_msi):
    rows = msi_table(small_msi, "Upgrade")
    by_action = {row["ActionProperty"]: row for row in rows}

    assert {row["UpgradeCode"] for row in rows} == {UPGRADE_CODE}
    older = by_action["WIX_UPGRADE_DETECTED"]
    assert older["VersionMax"] == _version() and older["VersionMin"] == ""
    assert "WIX_DOWNGRADE_DETECTED" in by_action
    sequence = {row["Action"] for row in msi_table(small_msi, "InstallExecuteSequence")}
    assert {"FindRelatedProducts", "RemoveExistingProducts"} <= sequence
    conditions = msi_table(small_msi, "LaunchCondition")
    assert any("WIX_DOWNGRADE_DETECTED" in row["Condition"] for row in conditions)


def test_msi_installs_to_program_files_with_a_start_menu_shortcut(small_msi):
    dirs = {row["Directory"]: row for row in msi_table(small_msi, "Directory")}
    shortcuts = msi_table(small_msi, "Shortcut")

    assert dirs["INSTALLDIR"]["Directory_Parent"] == "ProgramFiles64Folder"
    assert dirs["INSTALLDIR"]["DefaultDir"].split("|")[-1] == "LCS Desktop"
    assert len(shortcuts) == 1
    assert shortcuts[0]["Directory_"] == "ProgramMenuFolder"
    assert shortcuts[0]["Name"].split("|")[-1] == "LCS Desktop"
    assert shortcuts[0]["Target"] == "[INSTALLDIR]LCSDesktop.exe"
    assert shortcuts[0]["WkDir"] == "INSTALLDIR"


def test_msi_needs_no_answers_and_installs_nothing_into_user_data(small_msi):
    """Silent install and removal: no dialogs, no custom actions; and no component lives
    under a per-user folder, so removal cannot reach the data folder."""
    assert msi_table(small_msi, "CustomAction") == []
    assert "Dialog" not in _tables(small_msi) or msi_table(small_msi, "Dialog") == []
    dirs = {row["Directory"]: row["Directory_Parent"] for row in msi_table(small_msi, "Directory")}
    roots = set()
    for component in msi_table(small_msi, "Component"):
        folder = component["Directory_"]
        while dirs.get(folder) not in (None, "", "TARGETDIR"):
            folder = dirs[folder]
        roots.add(folder)
        assert int(component["Attributes"]) & 256, f"{component['Component']} is not a 64-bit component"
    assert roots == {"ProgramFiles64Folder", "ProgramMenuFolder"}
    assert msi_table(small_msi, "RemoveFile") == []


def test_msi_files_extract_to_the_install_folder(small_msi, tmp_path):
    names = {row["FileName"].split("|")[-1] for row in msi_table(small_msi, "File")}
    subprocess.run(["msiextract", "-C", str(tmp_path), str(small_msi)], check=True, capture_output=True)

    assert names == {"LCSDesktop.exe", "python311.dll", "common-passwords.txt.gz"}
    installed = tmp_path / "LCS Desktop"
    assert (installed / "LCSDesktop.exe").read_bytes() == b"MZ stand-in"
    assert (installed / "_internal" / "lcs_desktop" / "resources" / "common-passwords.txt.gz").exists()


def test_upgrade_code_is_the_committed_one():
    wxs = (INSTALLER / "lcs_desktop.wxs").read_text(encoding="utf-8")
    assert f'UpgradeCode="{UPGRADE_CODE.strip("{}")}"' in wxs


def test_build_msi_says_what_to_install_when_the_bundle_is_missing(tmp_path):
    require_msi_tools()
    result = build_msi(tmp_path / "nowhere", tmp_path / "x.msi", tmp_path / "work")

    assert result.returncode == 2
    assert "no frozen bundle" in result.stderr
    assert "pyinstaller installer/lcs_desktop.spec" in result.stderr


def _tables(msi: Path) -> set[str]:
    out = subprocess.run(["msiinfo", "tables", str(msi)], capture_output=True, text=True, check=True).stdout
    return set(out.split())


@pytest.mark.slow
def test_msi_from_the_frozen_bundle_holds_every_file(frozen_bundle, tmp_path):
    require_msi_tools()
    msi = tmp_path / "LCSDesktop.msi"
    result = build_msi(frozen_bundle, msi, tmp_path / "work")
    assert result.returncode == 0, result.stderr
    subprocess.run(["msiextract", "-C", str(tmp_path / "x"), str(msi)], check=True, capture_output=True)

    installed = tmp_path / "x" / "LCS Desktop"
    expected = {
        p.relative_to(frozen_bundle).as_posix()
        for p in frozen_bundle.rglob("*")
        if p.is_file() and not p.is_symlink()
    }
    got = {p.relative_to(installed).as_posix() for p in installed.rglob("*") if p.is_file()}
    assert got == (expected - {"LCSDesktop"}) | {"LCSDesktop.exe"}
    assert any(name.endswith("versions/0001_foundation.py") for name in got), "migrations ship as files"
    print(f"\nMSI from the Linux stand-in bundle: {msi.stat().st_size / 2**20:.1f} MiB, {len(got)} files")
