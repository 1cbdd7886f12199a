"""Migration 0007 on a database that already holds checks: nothing lost, nothing invented.

The older release is the same code pointed at a copy of the migrations that stops before
0007; a completed check with a finding is written the way that release stored it, with no
audit event saying who ticked the attestations.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from lcs_desktop.domain.roles import Role
from lcs_desktop.services import auth
from lcs_desktop.services.check_export import build_check_record
from lcs_desktop.store import migrate
from lcs_desktop.store.engine import connect_raw
from lcs_desktop.vault.keyslots import KeySlotFile
from tests.conftest import ADMIN_PASSWORD

BEFORE = "0006_audit_signatures"

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
    "created_at": "2025-03-10 09:00:00.000000",
    "updated_at": "2025-03-10 09:00:00.000000",
}

CHECK = {
    "id": 1,
    "reference": "SMC-2025-000001",
    "person_id": None,  # filled in
    "checker_id": None,  # filled in
    "status": "awaiting_discussion",
    "role_applied_for": "Contact supervisor",
    "stage": "interview",
    "authorised_by": "Sam Lead",
    "privacy_notice_date": "2025-03-01",
    "proportionality_reason": "Role works with children.",
    "checker_on_panel": 0,
    "panel_confirmation": "",
    "out_of_recruitment": 0,
    "justification": "",
    "attest_public_only": 1,
    "attest_no_private_access": 1,
    "result": "concerns_found",
    "completed_at": "2025-03-12 10:00:00.000000",
    "completed_by_id": None,  # filled in: the checker
    "policy_version": "2025",
    "version": 1,
    "created_at": "2025-03-10 09:00:00.000000",
    "updated_at": "2025-03-12 10:00:00.000000",
}
FINDING = {
    "id": 1,
    "check_id": 1,
    "platform": "facebook",
    "address": "https://facebook.example/post/1",
    "captured_on": "2025-03-11",
    "seen": "A public post naming a family.",
    "category": "referencing_child_family_case",
    "severity": "medium",
    "relevance": "direct",
    "position": 0,
    "added_by_id": None,  # filled in
    "created_at": "2025-03-11 09:00:00.000000",
}


def _migrations_before_0007(target: Path) -> Path:
    shutil.copytree(migrate.MIGRATIONS, target, ignore=shutil.ignore_patterns("__pycache__"))
    for script in (target / "versions").glob("0*.py"):
        if script.name[:4] > BEFORE[:4]:  # 0007 and every migration after it
            script.unlink()
    return target


def _insert(connection, table: str, row: dict[str, object]) -> None:
    columns = ", ".join(row)
    marks = ", ".join("?" * len(row))
    connection.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", tuple(row.values()))


@pytest.fixture
def folder_with_a_check(authenticator, tmp_path, monkeypatch):
    current = migrate.MIGRATIONS
    monkeypatch.setattr(migrate, "MIGRATIONS", _migrations_before_0007(tmp_path / "old-migrations"))
    # The older release had no export-signing key (its table comes with 0008).
    monkeypatch.setattr(auth, "add_signing_key", lambda *args, **kwargs: None)
    monkeypatch.setattr(auth, "audit_created", lambda *args, **kwargs: None)
    session, _recovery = authenticator.set_up("Libra Children Services", "admin", "Ada Admin", ADMIN_PASSWORD)
    session.accounts.add_user(session.user, "casey", "Casey Checker", frozenset({Role.CHECKER}))
    checker_id = session.workspace.load_user("casey").id
    session.sign_out()
    key = (
        KeySlotFile(authenticator.paths.data_dir, authenticator.kdf)
        .unlock_password("admin", ADMIN_PASSWORD)
        .key
    )
    connection = connect_raw(authenticator.paths.database, key, wal=False)
    try:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == BEFORE
        # Written as the older release wrote it: today's services would also write tables it lacked.
        _insert(connection, "people", PERSON)
        person = connection.execute("SELECT id FROM people WHERE reference = 'APP-1'").fetchone()[0]
        _insert(
            connection,
            "checks",
            {**CHECK, "person_id": person, "checker_id": checker_id, "completed_by_id": checker_id},
        )
        _insert(connection, "findings", {**FINDING, "added_by_id": checker_id})
        connection.commit()
    finally:
        connection.close()
    monkeypatch.setattr(migrate, "MIGRATIONS", current)  # the newer release from here on
    return authenticator


def test_upgrade_keeps_findings_and_attributes_only_what_was_recorded(folder_with_a_check):
    session = folder_with_a_check.sign_in("admin", ADMIN_PASSWORD)
    try:
        detail = session.checks.get_check(session.user, 1)
        assert len(detail.findings) == 1 and detail.findings[0].seen == FINDING["seen"]
        # Completed by the check's own checker: the record always kept that.
        assert (detail.completion.by, detail.completion.capacity) == ("Casey Checker", "checker")
        # Who ticked the attestations was never kept: shown as such, never guessed.
        assert [a.known for a in detail.attested_by] == [False, False]
        data = build_check_record(
            detail, {}, organisation="LCS", generated_by="Ada Admin", generated_at=detail.completed_at
        )
        assert [a.attribution for a in data.attestations] == [
            "Confirmed — recorded before LCS Desktop kept who confirmed"
        ] * 2
        assert data.completion.startswith("Completed by the checker (Casey Checker) on 12/03/2025")
        assert data.completed_on_behalf_by is None
        # And from now on who confirms is kept.
        session.checks.set_attestations(session.user, 1, False, True, reason="Re-confirmed by the lead")
        first, second = session.checks.get_check(session.user, 1).attested_by
        assert first is None and second.known is False  # untouched: still unknown
        session.checks.set_attestations(session.user, 1, True, True, reason="Re-confirmed by the lead")
        first, _ = session.checks.get_check(session.user, 1).attested_by
        assert (first.by, first.on_behalf) == ("Ada Admin", True)
        assert session.audit_log.verify(session.user).ok
    finally:
        session.sign_out()
