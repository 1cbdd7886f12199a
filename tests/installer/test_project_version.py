"""One source of truth: the version in pyproject.toml feeds the .exe and the MSI."""

from __future__ import annotations

import ast
import sys

import pytest

from tests.installer.conftest import INSTALLER

sys.path.insert(0, str(INSTALLER))
import project_version


def test_version_comes_from_pyproject_and_matches_the_package():
    from lcs_desktop import __version__

    assert project_version.project_version() == __version__


@pytest.mark.parametrize(
    ("version", "msi"),
    [("0.1.0", "0.1.0"), ("1.2", "1.2.0"), ("2.0.3rc1", "2.0.3"), ("1.4.0.dev7", "1.4.0"), ("3", "3.0.0")],
)
def test_msi_version_keeps_three_numbers_and_drops_suffixes(version, msi):
    assert project_version.msi_version(version) == msi


@pytest.mark.parametrize("version", ["256.0.0", "1.256.0", "1.0.65536", "v1.0"])
def test_msi_version_refuses_what_windows_installer_cannot_hold(version):
    with pytest.raises(ValueError):
        project_version.msi_version(version)


def test_version_info_file_is_a_pyinstaller_version_resource(tmp_path):
    """PyInstaller evaluates this file as a VSVersionInfo(...) expression (on Windows)."""
    target = tmp_path / "version_info.txt"
    project_version.main(["--version-info", str(target)])
    tree = ast.parse(target.read_text(encoding="utf-8"), mode="eval")

    assert isinstance(tree.body, ast.Call) and tree.body.func.id == "VSVersionInfo"
    fixed = {kw.arg: kw.value for kw in tree.body.keywords[0].value.keywords}
    numbers = (*project_version.numeric_parts(project_version.project_version()), 0)
    assert ast.literal_eval(fixed["filevers"]) == numbers
    strings = {
        node.args[0].value: node.args[1].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "StringStruct"
    }
    assert strings["CompanyName"] == "Libra Children Services"
    assert strings["ProductVersion"] == project_version.project_version()
    assert strings["OriginalFilename"] == "LCSDesktop.exe"
