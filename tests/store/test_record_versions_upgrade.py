"""Migration 0024 on a database that already holds records: every row starts at version 1 (a
plain ADD COLUMN, no table rebuilt) and the first save through the app moves it to 2."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from lcs_desktop.domain.conflicts import EditConflict
from lcs_desktop.store import migrate
from lcs_desktop.store.engine import connect_raw
from lcs_desktop.store.versioning import VERSION_COLUMN, VERSIONED_TABLES
from lcs_desktop.vault.keyslots import KeySlotFile
from tests.conftest import ADMIN_PASSWORD
from tests.store.test_policy_upgrade import CASE, PERSON, VOLUNTEER, _insert

FIRST_AFTER = "0024"


def _older_migrations(target: Path) -> Path:
    shutil.copytree(migrate.MIGRATIONS, target, ignore=shutil.ignore_patterns("__pycache__"))
    for script in (target / "versions").glob("0*.py"):
        if script.name[:4] >= FIRST_AFTER:
            script.unlink()
    return target


@pytest.fixture
def older_folder(authenticator, tmp_path, monkeypatch):
    current = migrate.MIGRATIONS
    monkeypatch.setattr(migrate, "MIGRATIONS", _older_migrations(tmp_path / "old-migrations"))
    session, _recovery = authenticator.set_up("Libra Children Services", "admin", "Ada Admin", ADMIN_PASSWORD)
    admin_id = session.user.id
    session.sign_out()
    key = (
        KeySlotFile(authenticator.paths.data_dir, authenticator.kdf)
        .unlock_password("admin", ADMIN_PASSWORD)
        .key
    )
    connection = connect_raw(authenticator.paths.database, key, wal=False)
    try:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(people)")]
        assert VERSION_COLUMN not in columns
        _insert(connection, "people", PERSON | {"id": 1})
        _insert(connection, "people", VOLUNTEER | {"id": 2})
        _insert(
            connection,
            "breach_cases",
            {**CASE, "subject_person_id": 2, "reported_to_id": admin_id, "created_by_id": admin_id},
        )
        connection.commit()
    finally:
        connection.close()
    monkeypatch.setattr(migrate, "MIGRATIONS", current)
    return authenticator


def test_existing_rows_start_at_version_one_and_the_first_save_moves_them_on(older_folder):
    session = older_folder.sign_in("admin", ADMIN_PASSWORD)
    try:
        with session.workspace.reading() as db:
            inspector = inspect(db.connection())
            for table in VERSIONED_TABLES:
                assert VERSION_COLUMN in {c["name"] for c in inspector.get_columns(table)}, table
            assert db.execute(text("SELECT row_version FROM people ORDER BY id")).scalars().all() == [1, 1]
        person = session.people.get_person(session.user, 1)
        assert person.row_version == 1 and person.last_name == "Bloggs"
        session.people.edit_person(session.user, 1, expected_version=1, role="Youth worker")
        assert session.people.get_person(session.user, 1).row_version == 2
        with pytest.raises(EditConflict):
            session.people.edit_person(session.user, 1, expected_version=1, role="Driver")
        assert session.cases.read_case(session.user, 1).row_version == 1
    finally:
        session.sign_out()
