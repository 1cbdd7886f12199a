"""The Windows build script and runner cannot run here; these keep them in step with what
the Linux tests prove (same spec, same WiX source and names, same self-test, same artefact)."""

from __future__ import annotations

import re

from tests.installer.conftest import INSTALLER, ROOT

BUILD = (INSTALLER / "build.ps1").read_text(encoding="utf-8")
WORKFLOW = (ROOT / ".github" / "workflows" / "windows-build.yml").read_text(encoding="utf-8")
WXS = (INSTALLER / "lcs_desktop.wxs").read_text(encoding="utf-8")
LINUX = (INSTALLER / "build_msi.sh").read_text(encoding="utf-8")


def test_build_script_runs_every_step_in_order():
    steps = [
        "ui\\compile_forms.py",
        '"-m", "pytest"',
        "installer\\lcs_desktop.spec",
        '"--self-test"',
        "Sign $Exe",
        "candle.exe",
        "Sign $Msi",
    ]
    body = BUILD[BUILD.index("#>") :]  # after the help text, which names the steps too
    positions = [body.index(step) for step in steps]
    assert positions == sorted(positions)
    assert '$ErrorActionPreference = "Stop"' in BUILD
    assert "if ($Proc.ExitCode -ne 0) { throw" in BUILD


def test_both_builds_harvest_the_same_names_the_wxs_expects():
    for name in ("AppFiles", "INSTALLDIR", "var.SourceDir"):
        assert name in BUILD and name in LINUX
    for variable in ("ProductVersion", "IconFile"):
        assert f"$(var.{variable})" in WXS
    for variable in ("ProductVersion", "SourceDir", "IconFile"):  # SourceDir: used by the harvest
        assert f"-d{variable}=" in BUILD and f"-D {variable}=" in LINUX
    assert "installer\\project_version.py" in BUILD and "project_version.py" in LINUX


def test_signing_is_optional_and_never_takes_a_password_from_the_script():
    assert "if (-not $SignArgs)" in BUILD
    assert not re.search(r"SIGN_PFX_PASSWORD\s*=", BUILD)
    assert "secrets.SIGN_PFX_PASSWORD" in WORKFLOW


def test_runner_runs_the_build_on_windows_and_keeps_the_msi():
    assert "runs-on: windows-latest" in WORKFLOW
    assert "./installer/build.ps1" in WORKFLOW
    assert "actions/upload-artifact" in WORKFLOW
    assert "dist/*.msi" in WORKFLOW
    assert "if-no-files-found: error" in WORKFLOW
