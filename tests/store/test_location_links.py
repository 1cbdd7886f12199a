"""A data folder reached through a link is judged by where the link leads (issue 8, #9)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lcs_desktop.services.folders import data_folder_problem
from lcs_desktop.store.database import create_database
from lcs_desktop.store.errors import UnsafeLocationError
from lcs_desktop.store.location import location_problem
from lcs_desktop.vault.crypto import new_key

NO_MOUNTS: list[tuple[str, str]] = []


@pytest.mark.parametrize("synced", ["Dropbox", "OneDrive - Libra Children Services", "Google Drive"])
def test_symlink_into_a_synced_folder_is_refused_naming_both_ends(tmp_path: Path, synced: str):
    target = tmp_path / synced / "LCS"
    target.mkdir(parents=True)
    link = tmp_path / "Documents" / "LCS data"
    link.parent.mkdir()
    link.symlink_to(target, target_is_directory=True)

    problem = location_problem(link, mounts=NO_MOUNTS, environ={})

    assert problem is not None and "synced folder" in problem
    assert f"{link} (a link to {target})" in problem


def test_a_new_folder_under_a_linked_parent_is_resolved_too(tmp_path: Path):
    (tmp_path / "Dropbox").mkdir()
    (tmp_path / "work").symlink_to(tmp_path / "Dropbox", target_is_directory=True)

    assert "synced folder" in location_problem(
        tmp_path / "work" / "not-yet" / "LCS", mounts=NO_MOUNTS, environ={}
    )


def test_symlink_onto_a_network_mount_is_refused(tmp_path: Path):
    share = tmp_path / "mnt" / "office"
    share.mkdir(parents=True)
    link = tmp_path / "LCS"
    link.symlink_to(share, target_is_directory=True)

    problem = location_problem(link, mounts=[(str(share), "cifs")], environ={})

    assert problem is not None and "network drive" in problem and "a link to" in problem


def test_symlink_to_an_ordinary_local_folder_is_accepted(tmp_path: Path):
    target = tmp_path / "local" / "LCS"
    target.mkdir(parents=True)
    link = tmp_path / "LCS data"
    link.symlink_to(target, target_is_directory=True)

    assert location_problem(link, mounts=NO_MOUNTS, environ={}) is None


def test_setup_and_database_creation_refuse_the_linked_synced_folder(tmp_path: Path):
    (tmp_path / "Dropbox").mkdir()
    link = tmp_path / "LCS"
    link.symlink_to(tmp_path / "Dropbox", target_is_directory=True)

    assert "synced folder" in (data_folder_problem(link / "data") or "")
    with pytest.raises(UnsafeLocationError) as error:
        create_database(link / "data", new_key(), "db")
    assert "a link to" in error.value.message
    assert not (tmp_path / "Dropbox" / "data").exists()  # nothing was written through the link
