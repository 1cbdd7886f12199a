"""The MSI carries IT's office-server properties into HKLM (silent deploy, issue 11)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lcs_desktop.services.silent_deploy import CA_VALUE, ID_VALUE, REGISTRY_KEY, URL_VALUE
from tests.installer.conftest import build_msi, msi_table, require_msi_tools


@pytest.fixture(scope="module")
def msi(tmp_path_factory) -> Path:
    require_msi_tools()
    root = tmp_path_factory.mktemp("msi-office")
    payload = root / "LCSDesktop"
    payload.mkdir()
    (payload / "LCSDesktop.exe").write_bytes(b"MZ stand-in")
    result = build_msi(payload, root / "LCSDesktop.msi", root / "work")
    assert result.returncode == 0, result.stderr
    return root / "LCSDesktop.msi"


def test_msi_writes_the_server_properties_where_the_app_reads_them(msi) -> None:
    rows = [row for row in msi_table(msi, "Registry") if row["Key"] == REGISTRY_KEY]
    values = {row["Name"]: row["Value"] for row in rows}
    assert values == {URL_VALUE: "[LCS_SERVER_URL]", CA_VALUE: "[LCS_SERVER_CA]", ID_VALUE: "[LCS_SERVER_ID]"}
    assert {row["Root"] for row in rows} == {"2"}  # HKLM
    components = {row["Component"]: row for row in msi_table(msi, "Component")}
    assert int(components[rows[0]["Component_"]]["Attributes"]) & 256  # the 64-bit registry view
