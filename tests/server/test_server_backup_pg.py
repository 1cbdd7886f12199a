"""Backups of the office server (issue 11): the same encrypted .lcsbackup file as in local mode,
made by the lead, restored into a local folder with ``admin restore``, every record reading back
the same; accepted by ``upgrade-server``; refused to anyone who cannot read every record."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from lcs_desktop import cli
from lcs_desktop.domain.errors import PermissionDenied
from lcs_desktop.paths import AppPaths
from lcs_desktop.services.server_backup import NOT_LEAD
from lcs_desktop.store import backup_file as bf
from lcs_desktop.store import migrate
from lcs_desktop.store.server_address import ServerAddress
from lcs_desktop.store.server_engine import make_server_engine
from lcs_desktop.store.server_setup import upgrade_server, verified_backup
from lcs_desktop.vault.crypto import FAST_KDF_FOR_TESTS
from tests.conftest import ADMIN_PASSWORD, MemorySecretStore
from tests.server_helpers import owner_of
from tests.services.case_helpers import build_world, report
from tests.services.check_fixtures import ready_check

pytestmark = pytest.mark.parametrize("backend", ["server"], indirect=True)

DISTINCTIVE = (
    "Łukasz-محمد",
    "Applicant",
    "Photograph of a contact session",
    "Mona Manager",
    "naming a family",
)


def _records(session) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """What a person reads back: names, a case, a check's finding and its evidence bytes."""
    user = session.user
    people = {p.id: (p.first_name, p.last_name, p.reference) for p in session.people.list_people(user)}
    cases = {}
    for case_id in _ids(session, "breach_cases"):
        case = session.cases.open_case(user, case_id)
        cases[case_id] = (case.reference, case.what_was_seen, case.immediate_actions, case.subject.name)
    checks = {}
    for check_id in _ids(session, "checks"):
        check = session.checks.get_check(user, check_id)
        findings = []
        for finding in check.findings:
            evidence = [session.checks.evidence_bytes(user, e.id) for e in finding.evidence]
            findings.append((finding.seen, finding.address, evidence))
        checks[check_id] = (
            check.reference,
            check.status,
            check.proportionality_reason,
            check.person,
            findings,
        )
    users = {
        u.username: (u.full_name, sorted(r.value for r in u.roles)) for u in session.accounts.list_users(user)
    }
    return {"people": people, "cases": cases, "checks": checks, "users": users}


def _ids(session, table: str) -> list[int]:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    with session.workspace.reading() as reading:
        return list(reading.scalars(text(f"SELECT id FROM {table} ORDER BY id")))


def _restore_with_cli(data_dir: Path, backup: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    argv = ["--data-dir", str(data_dir), "restore", "--from", str(backup), "--username", "admin"]
    return cli.main([*argv, "--password-stdin"])


def test_the_leads_backup_of_the_server_restores_locally_and_reads_back_the_same(
    org, make_user, pg_server, pg_database, authenticator, tmp_path, monkeypatch
) -> None:
    world = build_world(org, make_user)
    report(world)
    ready_check(org, org.user, world.applicant_id)  # by the lead: every event signed by its author
    before = _records(org)
    assert before["checks"] and before["cases"]
    assert org.audit_log.verify(org.user).ok

    steps: list[str] = []
    info = org.backups.backup_now(org.user, progress=steps.append)  # the backup folder on this PC
    assert info.path.parent == org.backups.folder() and info.path.suffix == ".lcsbackup"
    assert "Copying people" in steps and "Checking the counts" in steps and "Copying the key slots" in steps
    assert not [p for p in org.workspace.paths.data_dir.iterdir() if p.name.startswith(".server-backup-")]
    manifest = bf.read_manifest(info.path)
    assert manifest.format_version == 2 and manifest.db_id == org.workspace.db_id
    assert manifest.schema_revision == migrate.head_revision()
    listed = org.backups.list_backups(org.user)
    assert [b.path for b in listed] == [info.path]

    # SQLCipher-encrypted as a whole: nothing distinctive in clear, in any encoding we wrote.
    raw = info.path.read_bytes()
    for text in DISTINCTIVE:
        assert text.encode("utf-8") not in raw
    assert b"SQLite format 3" not in raw

    # upgrade-server takes it as the checked backup of the server as it is now.
    assert verified_backup(info.path) is not None
    it_login, it_password = owner_of(authenticator)
    engine = make_server_engine(
        ServerAddress(pg_server.host, pg_server.port, pg_database, pg_server.ca_file), it_login, it_password
    )
    try:
        assert upgrade_server(engine, pg_database, info.path) is None  # already current: accepted
    finally:
        engine.dispose()

    with org.workspace.reading() as session:
        from sqlalchemy import select

        from lcs_desktop.store.audit_events import AuditEvent

        made = session.scalars(select(AuditEvent.details).where(AuditEvent.action == "backup_made")).all()
    assert len(made) == 1 and info.sha256 in made[0] and "Łukasz" not in made[0]
    org.sign_out()

    # Restored with `admin restore` into a LOCAL folder: the same records, the chain verifies.
    # platformdirs reads these at call time: this PC's state lands in tmp too.
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv(cli.ENV_FAST_KDF, "1")
    local = AppPaths.default(tmp_path / "local-pc")
    assert _restore_with_cli(local.data_dir, info.path, monkeypatch) == 0
    from lcs_desktop.services.auth import Authenticator

    auth = Authenticator(local, MemorySecretStore(), kdf=FAST_KDF_FOR_TESTS)
    assert auth.server_settings() is None
    restored = auth.sign_in("admin", ADMIN_PASSWORD)
    try:
        assert restored.workspace.server is None
        assert restored.workspace.db_id == manifest.db_id
        assert _records(restored) == before
        assert restored.audit_log.verify(restored.user).ok
    finally:
        restored.sign_out()


def test_a_checker_and_an_administrator_only_login_are_refused_in_plain_words(
    org, make_user, tmp_path
) -> None:
    world = build_world(org, make_user)
    folder = tmp_path / "backups"
    folder.mkdir()
    with pytest.raises(PermissionDenied) as refused:
        org.backups.backup_now(world.admin_only, folder)
    assert refused.value.message == NOT_LEAD
    assert "administrator-only login cannot read case content by design" in NOT_LEAD
    with pytest.raises(PermissionDenied, match="not allowed to make or restore backups"):
        org.backups.backup_now(world.checker, folder)
    assert list(folder.iterdir()) == []


def test_the_daily_automatic_backup_stays_local_only(org) -> None:
    assert org.backups.auto_backup_if_due() is None
    assert not org.backups.list_backups(org.user)


def test_admin_backup_on_a_server_writes_the_file_and_verify_takes_it_as_a_witness(
    org, make_user, tmp_path, monkeypatch, capsys
) -> None:
    world = build_world(org, make_user)
    report(world)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv(cli.ENV_FAST_KDF, "1")
    target = tmp_path / "office.lcsbackup"
    data_dir = str(org.workspace.paths.data_dir)

    def run(*args: str) -> tuple[int, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
        code = cli.main(["--data-dir", data_dir, *args, "--username", "admin", "--password-stdin"])
        captured = capsys.readouterr()
        return code, captured.out + captured.err

    code, out = run("backup", "--out", str(target))
    assert code == 0, out
    assert "Copying breach cases…" in out and f"Backup written and checked: {target}" in out
    assert bf.read_manifest(target).db_id == org.workspace.db_id

    code, out = run("verify", "--witness", str(target))
    assert code == 0, out
    assert (
        "exactly as this backup recorded it" in out
        and "Audit log: all" in out
        and "on the office server" in out
    )


def test_a_refused_server_backup_is_in_the_audit_trail(org, make_user, tmp_path) -> None:
    world = build_world(org, make_user)
    with pytest.raises(PermissionDenied):
        org.backups.backup_now(world.admin_only, tmp_path)
    with org.workspace.reading() as session:
        from sqlalchemy import select

        from lcs_desktop.store.audit_events import AuditEvent

        refused = session.scalars(select(AuditEvent.actor).where(AuditEvent.action == "access_refused")).all()
    assert refused == ["ivy"]


def test_settings_back_up_now_on_a_server_makes_the_servers_backup(qtbot, org) -> None:
    from PySide6.QtCore import Qt

    from lcs_desktop.gui.page_spec import PageContext
    from lcs_desktop.gui.pages.settings_page import SettingsPage

    page = SettingsPage(PageContext(org, lambda _key: None))
    qtbot.addWidget(page)
    page.show()
    assert page.ui.backups_message_label.text() == "No backups yet. Use Back up now to make one."
    qtbot.mouseClick(page.ui.backup_now_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=60_000)
    assert page.ui.backups_message_label.text().startswith("Backup made and checked")
    backups = org.backups.list_backups(org.user)
    assert page.ui.backups_table.rowCount() == len(backups) == 1
    assert bf.read_manifest(backups[0].path).db_id == org.workspace.db_id


def test_a_server_at_another_version_is_refused_and_nothing_is_left_behind(org, tmp_path) -> None:
    from lcs_desktop.domain.errors import LcsError
    from lcs_desktop.services.server_backup import OTHER_REVISION
    from tests.server_helpers import superuser

    with superuser(org.workspace.server.settings) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0020_fts_secure_delete'")
    with pytest.raises(LcsError) as refused:
        org.backups.backup_now(org.user, tmp_path)
    assert refused.value.message == OTHER_REVISION
    assert list(tmp_path.glob("*.lcsbackup*")) == []
    assert not [p for p in org.workspace.paths.data_dir.iterdir() if p.name.startswith(".server-backup-")]
