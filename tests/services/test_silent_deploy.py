"""The office server IT gives at install time (MSI properties under HKLM), read through an
injected source so the logic is tested on any system."""

from __future__ import annotations

import json
import sys

import pytest

from lcs_desktop.services.silent_deploy import (
    CA_VALUE,
    ID_VALUE,
    URL_VALUE,
    DeployedServer,
    first_start,
    read_deployed,
    windows_registry_source,
)

WORKSPACE_ID = "0f8fad5b-d9cb-469f-a165-70867728950e"


def _source(values: dict[str, str]):
    return values.get


@pytest.fixture
def ca_file(tmp_path):
    path = tmp_path / "office-ca.pem"
    path.write_text("-----BEGIN CERTIFICATE-----\n", encoding="utf-8")
    return path


def test_complete_deployment_joins_at_first_start(tmp_path, ca_file) -> None:
    data = tmp_path / "data"
    values = {URL_VALUE: "postgresql://db.office/lcs", CA_VALUE: str(ca_file), ID_VALUE: WORKSPACE_ID}
    deployed = first_start(data, _source(values))
    assert deployed == DeployedServer("postgresql://db.office/lcs", str(ca_file), WORKSPACE_ID)
    saved = json.loads((data / "office-server.json").read_text(encoding="utf-8"))
    assert saved == {
        "mode": "server",
        "url": "postgresql://db.office/lcs",
        "ca_file": str(ca_file),
        "db_id": WORKSPACE_ID,
    }


@pytest.mark.parametrize(
    "values",
    [
        {URL_VALUE: "postgresql://db.office/lcs", CA_VALUE: "CA"},  # no workspace id
        {URL_VALUE: "postgresql://db.office/lcs", CA_VALUE: "missing.pem", ID_VALUE: WORKSPACE_ID},
        {URL_VALUE: "postgresql://it:secret@db.office/lcs", CA_VALUE: "CA", ID_VALUE: WORKSPACE_ID},
        {URL_VALUE: "db.office/lcs", CA_VALUE: "CA", ID_VALUE: WORKSPACE_ID},
        {URL_VALUE: "postgresql://db.office/lcs", CA_VALUE: "CA", ID_VALUE: "not-an-id"},
    ],
)
def test_incomplete_deployment_only_prefills_the_wizard(tmp_path, ca_file, values) -> None:
    values = {name: str(ca_file) if value == "CA" else value for name, value in values.items()}
    data = tmp_path / "data"
    deployed = first_start(data, _source(values))
    assert deployed is not None and deployed.url == values[URL_VALUE]
    assert not (data / "office-server.json").exists()


def test_nothing_deployed_is_local_mode(tmp_path) -> None:
    assert read_deployed(None) is None
    assert read_deployed(_source({})) is None
    assert read_deployed(_source({URL_VALUE: "  ", CA_VALUE: "x"})) is None  # empty MSI property
    assert first_start(tmp_path, _source({})) is None
    assert not (tmp_path / "office-server.json").exists()


def test_existing_settings_are_never_overwritten(tmp_path, ca_file) -> None:
    (tmp_path / "office-server.json").write_text('{"kept": true}', encoding="utf-8")
    values = {URL_VALUE: "postgresql://db.office/lcs", CA_VALUE: str(ca_file), ID_VALUE: WORKSPACE_ID}
    first_start(tmp_path, _source(values))
    assert json.loads((tmp_path / "office-server.json").read_text(encoding="utf-8")) == {"kept": True}


@pytest.mark.skipif(sys.platform == "win32", reason="the registry is read on Windows")
def test_registry_source_is_absent_off_windows() -> None:
    assert windows_registry_source() is None
