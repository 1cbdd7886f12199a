"""``admin verify`` on a database with a damaged page: it reports the page, one line on
standard error, and leaves the data folder unlocked for the restore."""

from __future__ import annotations

from lcs_desktop.store.instance_lock import InstanceLock
from tests.cli.test_admin_commands import PW, one_line, sign_in
from tests.store.fault_helpers import root_page, scribble_page


def _damage(paths, table: str) -> int:
    session = sign_in(paths)
    key = session.workspace.key
    session.sign_out()
    page = root_page(paths.database, key, table)
    scribble_page(paths.database, page)
    return page


def test_verify_reports_a_page_damaged_before_sign_in_and_releases_the_lock(run, initialised, cli_paths):
    page = _damage(cli_paths, "users")

    result = run("verify", "--username", "admin", "--password-stdin", stdin=PW)

    assert result.code == 1
    assert f"Database: The database is damaged (page {page}) — restore the latest backup" in result.out
    assert "Audit log: not checked" in result.out
    assert one_line(result.err) and "Something went wrong" not in result.err
    lock = InstanceLock(cli_paths.data_dir)
    lock.acquire()
    lock.release()


def test_verify_reports_a_damaged_audit_page_by_number(run, initialised, cli_paths):
    page = _damage(cli_paths, "audit_events")

    result = run("verify", "--username", "admin", "--password-stdin", stdin=PW)

    assert result.code == 1
    assert f"(page {page})" in result.out + result.err
    assert "Something went wrong" not in result.err
    assert one_line(result.err)


def test_a_raw_disk_fault_escaping_a_command_has_its_own_sentence(run, initialised, monkeypatch):
    import sqlcipher3

    from lcs_desktop.services.backups import BackupService

    def disk_full(self, user):  # type: ignore[no-untyped-def]
        fault = sqlcipher3.dbapi2.OperationalError("database or disk is full")
        fault.sqlite_errorcode = 13  # SQLITE_FULL, as the driver sets it
        raise fault

    monkeypatch.setattr(BackupService, "check_data", disk_full)
    result = run("verify", "--username", "admin", "--password-stdin", stdin=PW)

    assert result.code == 1
    assert result.err.startswith("The disk holding the data folder is full")
    assert one_line(result.err) and "Something went wrong" not in result.err
