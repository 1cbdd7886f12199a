"""Migration 0016 on a database that already holds a check and a breach case: nothing lost (no
table rebuilt), both made under the 2025 policy, and the register seeded with its text."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from lcs_desktop.domain.policy_register import text_sha256
from lcs_desktop.store import migrate
from lcs_desktop.store.cases import BreachCase
from lcs_desktop.store.checks import Check, Finding
from lcs_desktop.store.engine import connect_raw
from lcs_desktop.store.policy_register import PolicyVersion, shipped_policy_text
from lcs_desktop.vault.keyslots import KeySlotFile
from tests.conftest import ADMIN_PASSWORD
from tests.store.test_attribution_upgrade import CHECK, FINDING

FIRST_AFTER = "0016"  # this migration and any after it are left out of the older release

CASE = {
    "id": 1,
    "reference": "BC-2025-0001",
    "status": "new",
    "concern_at": "2025-03-12 07:00:00.000000",
    "reported_at": "2025-03-12 09:00:00.000000",
    "raised_by": "Parent",
    "raised_by_kind": "parent_or_carer",
    "what_was_seen": "A photograph of a contact session.",
    "immediate_actions": "",
    "late_report": 0,
    "decision_reason": "",
    "created_at": "2025-03-12 09:00:00.000000",
    "updated_at": "2025-03-12 09:00:00.000000",
}


PERSON = {
    "first_name": "Jo",
    "last_name": "Bloggs",
    "kind": "applicant",
    "status": "in_recruitment",
    "reference": "APP-1",
    "reference_key": "app-1",
    "sort_name": "bloggs jo",
    "search_name": "jo bloggs",
    "role": "",
    "email": "",
    "phone": "",
    "created_at": "2025-03-12 09:00:00.000000",
    "updated_at": "2025-03-12 09:00:00.000000",
}
VOLUNTEER = PERSON | {
    "first_name": "Vic",
    "last_name": "Volunteer",
    "kind": "volunteer",
    "status": "appointed",
    "reference": "V-1",
    "reference_key": "v-1",
    "sort_name": "volunteer vic",
    "search_name": "vic volunteer",
}


def _older_migrations(target: Path) -> Path:
    shutil.copytree(migrate.MIGRATIONS, target, ignore=shutil.ignore_patterns("__pycache__"))
    for script in (target / "versions").glob("0*.py"):
        if script.name[:4] >= FIRST_AFTER:
            script.unlink()
    return target


def _insert(connection, table: str, row: dict[str, object]) -> None:
    marks = ", ".join("?" * len(row))
    connection.execute(f"INSERT INTO {table} ({', '.join(row)}) VALUES ({marks})", tuple(row.values()))


@pytest.fixture
def folder_with_records(authenticator, tmp_path, monkeypatch):
    current = migrate.MIGRATIONS
    monkeypatch.setattr(migrate, "MIGRATIONS", _older_migrations(tmp_path / "old-migrations"))
    session, _recovery = authenticator.set_up("Libra Children Services", "admin", "Ada Admin", ADMIN_PASSWORD)
    # The people are written as the older release wrote them (SQL of that schema): today's
    # models know columns added since (row_version, migration 0024).
    applicant, volunteer = 1, 2
    admin_id = session.user.id
    session.sign_out()
    key = (
        KeySlotFile(authenticator.paths.data_dir, authenticator.kdf)
        .unlock_password("admin", ADMIN_PASSWORD)
        .key
    )
    connection = connect_raw(authenticator.paths.database, key, wal=False)
    try:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] < FIRST_AFTER
        for person in (PERSON | {"id": applicant}, VOLUNTEER | {"id": volunteer}):
            _insert(connection, "people", person)
        _insert(
            connection,
            "checks",
            {**CHECK, "person_id": applicant, "checker_id": admin_id, "completed_by_id": admin_id},
        )
        _insert(connection, "findings", {**FINDING, "added_by_id": admin_id})
        _insert(
            connection,
            "breach_cases",
            {**CASE, "subject_person_id": volunteer, "reported_to_id": admin_id, "created_by_id": admin_id},
        )
        connection.commit()
    finally:
        connection.close()
    monkeypatch.setattr(migrate, "MIGRATIONS", current)
    return authenticator


def test_upgrade_seeds_the_register_and_files_existing_records_under_2025(folder_with_records):
    session = folder_with_records.sign_in("admin", ADMIN_PASSWORD)
    try:
        with session.workspace.reading() as db:
            (seed,) = db.scalars(select(PolicyVersion)).all()
            assert (seed.id, seed.label) == (1, "2025")
            assert seed.text_sha256 == text_sha256(shipped_policy_text("social-media-policy-2025.md"))
            assert db.get(Check, 1).policy_version_id == 1 and db.get(BreachCase, 1).policy_version_id == 1
            assert db.get(Finding, 1).seen == FINDING["seen"]  # no rebuild, no cascade
        assert session.checks.get_check(session.user, 1).policy_version == "2025"
        assert session.acknowledgements.count(session.user, pending_only=True) == 1  # the volunteer
    finally:
        session.sign_out()
