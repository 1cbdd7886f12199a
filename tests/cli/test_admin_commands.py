"""``lcs-desktop admin …`` run in-process (and once as a real process) on real SQLCipher files."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from lcs_desktop import cli
from lcs_desktop.services.auth import Authenticator
from lcs_desktop.store.engine import connect_raw
from lcs_desktop.vault.crypto import FAST_KDF_FOR_TESTS
from tests.conftest import ADMIN_PASSWORD

PW = ADMIN_PASSWORD + "\n"
NEW_PASSWORD = "Amber-Lantern-Orchard-58"
RECOVERY_KEY = re.compile(r"^Recovery key: ([0-9A-Z]{4}-){7}[0-9A-Z]{4}$", re.MULTILINE)


def one_line(text: str) -> bool:
    return text.endswith("\n") and text.count("\n") == 1 and "Traceback" not in text


def sign_in(paths, username: str = "admin", password: str = ADMIN_PASSWORD):
    return Authenticator(paths, kdf=FAST_KDF_FOR_TESTS).sign_in(username, password)


def audit_actions(paths) -> list[str]:
    session = sign_in(paths)
    try:
        return [e.action for e in session.audit_log.events(session.user, limit=1000, newest_first=False)]
    finally:
        session.sign_out()


def make_backup(run, folder: Path) -> Path:
    result = run("backup", "--username", "admin", "--out", str(folder), "--password-stdin", stdin=PW)
    assert result.code == 0, result.err
    return Path(result.out.splitlines()[0].split(": ", 1)[1])


# -- init ------------------------------------------------------------------------------------


def test_init_prints_the_recovery_key_and_sets_up_the_folder(run, cli_paths):
    result = run(
        "init", "--org", "Libra Children Services", "--username", "Admin", "--full-name", "Ada Admin",
        "--password-stdin", stdin=PW,
    )  # fmt: skip

    assert result.code == 0
    assert result.err == ""
    assert RECOVERY_KEY.search(result.out)
    assert "Store the recovery key safely" in result.out
    assert ADMIN_PASSWORD not in result.out
    assert audit_actions(cli_paths)[:6] == [
        "organisation_set_up",
        "user_added",
        "organisation_key_created",
        "account_key_issued",  # the administrator's signing key
        "account_key_issued",  # the recovery key's
        "signed_in",
    ]


def test_init_refuses_when_already_set_up(run, initialised, cli_paths):
    before = (cli_paths.data_dir / "keyslots.json").read_bytes()
    result = run(
        "init", "--org", "Other", "--username", "other", "--full-name", "O", "--password-stdin", stdin=PW
    )

    assert result.code == 1
    assert one_line(result.err)
    assert "already set up" in result.err
    assert (cli_paths.data_dir / "keyslots.json").read_bytes() == before


@pytest.mark.parametrize(
    ("stdin", "message"),
    [("password\n", "password"), ("", "standard input")],
)
def test_init_refuses_a_weak_or_missing_password(run, cli_paths, stdin, message):
    result = run(
        "init", "--org", "Libra", "--username", "admin", "--full-name", "Ada", "--password-stdin", stdin=stdin
    )

    assert result.code == 1
    assert one_line(result.err)
    assert message in result.err
    assert not (cli_paths.data_dir / "keyslots.json").exists()


def test_a_password_is_never_accepted_as_an_argument(run, initialised):
    result = run("verify", "--username", "admin", "--password", ADMIN_PASSWORD)

    assert result.code == 2
    assert one_line(result.err)
    assert "unrecognised arguments" in result.err
    assert ADMIN_PASSWORD not in result.err


def test_without_password_stdin_and_no_terminal_it_says_so(run, initialised):
    result = run("verify", "--username", "admin", stdin=PW)  # StringIO is not a terminal

    assert result.code == 1
    assert "--password-stdin" in result.err
    assert one_line(result.err)


def test_a_folder_that_is_not_set_up_is_named(run, cli_paths):
    result = run("verify", "--username", "admin", "--password-stdin", stdin=PW)

    assert result.code == 1
    assert "holds no LCS Desktop data" in result.err
    assert one_line(result.err)


def test_lcs_data_dir_is_used_without_data_dir(run, cli_paths, monkeypatch, initialised):
    monkeypatch.setenv("LCS_DATA_DIR", str(cli_paths.data_dir))

    result = run("verify", "--username", "admin", "--password-stdin", stdin=PW, data_dir=False)

    assert result.code == 0, result.err


def test_data_dir_may_come_before_or_after_admin(cli_paths, initialised, monkeypatch, capsys):
    import io

    from lcs_desktop.__main__ import main

    for argv in (
        ["--data-dir", str(cli_paths.data_dir), "admin", "verify", "--username", "admin", "--password-stdin"],
        ["admin", "verify", "--data-dir", str(cli_paths.data_dir), "--username", "admin", "--password-stdin"],
    ):
        monkeypatch.setattr(sys, "stdin", io.StringIO(PW))
        assert main(argv) == 0, capsys.readouterr().err


# -- accounts ---------------------------------------------------------------------------------


def test_add_user_prints_a_temporary_password_that_must_be_changed(run, initialised, cli_paths):
    result = run(
        "add-user", "--username", "admin", "--new-username", "lea", "--full-name", "Lea Lead",
        "--roles", "lead,checker", "--password-stdin", stdin=PW,
    )  # fmt: skip

    assert result.code == 0, result.err
    temp = re.search(r"^Temporary password: (\S+)$", result.out, re.MULTILINE).group(1)
    session = sign_in(cli_paths, "lea", temp)
    assert session.must_change_password
    assert {r.value for r in session.user.roles} == {"safeguarding_lead", "checker"}
    session.sign_out()


@pytest.mark.parametrize(
    ("roles", "message"),
    [("lead,boss", "'boss' is not a role"), (",", "at least one role")],
)
def test_add_user_refuses_bad_roles(run, initialised, roles, message):
    result = run(
        "add-user", "--username", "admin", "--new-username", "x", "--full-name", "X", "--roles", roles,
        "--password-stdin", stdin=PW,
    )  # fmt: skip

    assert result.code == 1
    assert message in result.err
    assert one_line(result.err)


def test_add_user_refuses_a_wrong_password(run, initialised, cli_paths):
    result = run(
        "add-user", "--username", "admin", "--new-username", "x", "--full-name", "X", "--roles", "checker",
        "--password-stdin", stdin="Not-The-Right-One-99\n",
    )  # fmt: skip

    assert result.code == 1
    assert "not right" in result.err
    assert one_line(result.err)
    assert "user_added" not in audit_actions(cli_paths)[3:]


def test_a_temporary_password_cannot_run_admin_commands(run, initialised):
    added = run(
        "add-user", "--username", "admin", "--new-username", "ian", "--full-name", "Ian IT",
        "--roles", "admin", "--password-stdin", stdin=PW,
    )  # fmt: skip
    temp = re.search(r"^Temporary password: (\S+)$", added.out, re.MULTILINE).group(1)

    result = run("verify", "--username", "ian", "--password-stdin", stdin=temp + "\n")

    assert result.code == 1
    assert "temporary password" in result.err


def test_reset_password_prints_a_temporary_password(run, initialised, cli_paths):
    run(
        "add-user", "--username", "admin", "--new-username", "bob", "--full-name", "Bob Checker",
        "--roles", "checker", "--password-stdin", stdin=PW,
    )  # fmt: skip

    result = run("reset-password", "--username", "admin", "--target", "Bob", "--password-stdin", stdin=PW)

    assert result.code == 0, result.err
    temp = re.search(r"^Temporary password: (\S+)$", result.out, re.MULTILINE).group(1)
    session = sign_in(cli_paths, "bob", temp)
    assert session.must_change_password
    session.sign_out()
    assert "password_reset" in audit_actions(cli_paths)


def test_reset_password_refuses_an_unknown_account(run, initialised):
    result = run("reset-password", "--username", "admin", "--target", "nobody", "--password-stdin", stdin=PW)

    assert result.code == 1
    assert "no account called 'nobody'" in result.err


def test_recover_sets_a_new_password_with_the_recovery_key(run, initialised, cli_paths):
    result = run(
        "recover", "--username", "admin", "--password-stdin", stdin=f"{initialised}\n{NEW_PASSWORD}\n"
    )

    assert result.code == 0, result.err
    sign_in(cli_paths, "admin", NEW_PASSWORD).sign_out()


@pytest.mark.parametrize(
    ("key", "message"),
    [("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA", "does not open"), ("ABC", "32 letters")],
)
def test_recover_refuses_a_wrong_recovery_key(run, initialised, cli_paths, key, message):
    result = run("recover", "--username", "admin", "--password-stdin", stdin=f"{key}\n{NEW_PASSWORD}\n")

    assert result.code == 1
    assert message in result.err
    assert one_line(result.err)
    sign_in(cli_paths).sign_out()  # the old password still works


# -- backup -----------------------------------------------------------------------------------


def test_backup_into_a_folder_names_the_file_without_personal_data(run, initialised, tmp_path, cli_paths):
    folder = tmp_path / "usb"
    folder.mkdir()

    path = make_backup(run, folder)

    assert path.parent == folder
    assert re.fullmatch(r"lcs-backup-\d{8}-\d{6}\.lcsbackup", path.name)
    assert "backup_made" in audit_actions(cli_paths)


def test_backup_to_a_file_refuses_to_overwrite(run, initialised, tmp_path):
    target = tmp_path / "monday.lcsbackup"
    args = ("backup", "--username", "admin", "--out", str(target), "--password-stdin")

    assert run(*args, stdin=PW).code == 0
    first = target.read_bytes()
    again = run(*args, stdin=PW)

    assert again.code == 1
    assert "already exists" in again.err
    assert target.read_bytes() == first


def test_backup_refuses_a_missing_folder(run, initialised, tmp_path):
    out = tmp_path / "no-such-folder" / "x.lcsbackup"
    result = run("backup", "--username", "admin", "--out", str(out), "--password-stdin", stdin=PW)

    assert result.code == 1
    assert "does not exist" in result.err


def test_backup_refuses_while_the_folder_is_in_use(run, initialised, cli_paths, tmp_path):
    holder = sign_in(cli_paths)  # the app open on this folder
    try:
        result = run("backup", "--username", "admin", "--out", str(tmp_path), "--password-stdin", stdin=PW)
    finally:
        holder.sign_out()

    assert result.code == 1
    assert "already open" in result.err
    assert one_line(result.err)


# -- restore ----------------------------------------------------------------------------------


def test_restore_puts_the_backup_in_place_and_keeps_the_replaced_data(run, initialised, cli_paths, tmp_path):
    backup = make_backup(run, tmp_path)
    run(
        "add-user", "--username", "admin", "--new-username", "later", "--full-name", "Added Later",
        "--roles", "checker", "--password-stdin", stdin=PW,
    )  # fmt: skip

    result = run("restore", "--from", str(backup), "--username", "admin", "--password-stdin", stdin=PW)

    assert result.code == 0, result.err
    replaced = Path(re.search(r"^The data it replaced is kept in (.+)\.$", result.out, re.MULTILINE).group(1))
    assert {p.name for p in replaced.iterdir()} >= {"lcs.db", "keyslots.json"}
    session = sign_in(cli_paths)  # the older data is accepted: the restore recorded it
    try:
        assert [u.username for u in session.accounts.list_users(session.user)] == ["admin"]
    finally:
        session.sign_out()
    assert "backup_restored" in audit_actions(cli_paths)
    assert run("verify", "--username", "admin", "--password-stdin", stdin=PW).code == 0


def test_restore_with_the_recovery_key(run, initialised, cli_paths, tmp_path):
    backup = make_backup(run, tmp_path)

    result = run(
        "restore", "--from", str(backup), "--username", "admin", "--recovery-key", "--password-stdin",
        stdin=initialised + "\n",
    )  # fmt: skip

    assert result.code == 0, result.err


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:-5000])


def _flip(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x10
    path.write_bytes(bytes(data))


def _text(path: Path) -> None:
    path.write_text("a shopping list")


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (_truncate, "damaged or incomplete"),
        (_flip, "damaged or incomplete"),
        (_text, "not an LCS Desktop backup"),
    ],
)
def test_restore_refuses_a_corrupt_backup(run, initialised, cli_paths, tmp_path, spoil, message):
    backup = make_backup(run, tmp_path)
    spoil(backup)
    before = (cli_paths.data_dir / "lcs.db").read_bytes()

    result = run("restore", "--from", str(backup), "--username", "admin", "--password-stdin", stdin=PW)

    assert result.code == 1
    assert message in result.err
    assert one_line(result.err)
    assert (cli_paths.data_dir / "lcs.db").read_bytes() == before
    assert not list(cli_paths.data_dir.glob("replaced-*"))


def test_restore_refuses_a_missing_file(run, initialised, tmp_path):
    result = run(
        "restore", "--from", str(tmp_path / "gone.lcsbackup"), "--username", "admin", "--password-stdin",
        stdin=PW,
    )  # fmt: skip

    assert result.code == 1
    assert "There is no file" in result.err


def test_restore_refuses_a_wrong_password(run, initialised, cli_paths, tmp_path):
    backup = make_backup(run, tmp_path)

    result = run(
        "restore",
        "--from",
        str(backup),
        "--username",
        "admin",
        "--password-stdin",
        stdin="Wrong-Password-123\n",
    )

    assert result.code == 1
    assert "do not open this backup" in result.err
    assert not list(cli_paths.data_dir.glob("replaced-*"))


def test_restore_refuses_while_the_folder_is_in_use(run, initialised, cli_paths, tmp_path):
    backup = make_backup(run, tmp_path)
    holder = sign_in(cli_paths)
    try:
        result = run("restore", "--from", str(backup), "--username", "admin", "--password-stdin", stdin=PW)
    finally:
        holder.sign_out()

    assert result.code == 1
    assert "already open" in result.err
    assert not list(cli_paths.data_dir.glob("replaced-*"))


# -- verify -----------------------------------------------------------------------------------


def test_verify_passes_on_sound_data(run, initialised):
    result = run("verify", "--username", "admin", "--password-stdin", stdin=PW)

    assert result.code == 0, result.err
    assert "found no damage" in result.out
    assert "intact and in order" in result.out


def _database_key(paths) -> bytes:
    session = sign_in(paths)
    key = session.workspace.key
    session.sign_out()
    return key


def test_verify_names_an_edited_audit_event(run, initialised, cli_paths):
    key = _database_key(cli_paths)
    connection = connect_raw(cli_paths.database, key)
    connection.execute("DROP TRIGGER audit_events_no_update")
    connection.execute("UPDATE audit_events SET action = 'nothing_to_see' WHERE seq = 2")
    connection.commit()
    connection.close()

    result = run("verify", "--username", "admin", "--password-stdin", stdin=PW)

    assert result.code == 1
    assert "audit event 2 has been changed since it was written" in result.out
    assert one_line(result.err)


def test_verify_finds_a_deleted_audit_event(run, initialised, cli_paths):
    key = _database_key(cli_paths)
    connection = connect_raw(cli_paths.database, key)
    connection.execute("DROP TRIGGER audit_events_no_delete")
    connection.execute("DELETE FROM audit_events WHERE seq = 2")
    connection.commit()
    connection.close()

    result = run("verify", "--username", "admin", "--password-stdin", stdin=PW)

    assert result.code == 1
    assert "events 2 to 2 are missing" in result.out


def test_verify_finds_a_damaged_database_page(run, initialised, cli_paths):
    data = bytearray(cli_paths.database.read_bytes())
    data[-2000] ^= 0x01  # inside the last page: its HMAC no longer matches
    cli_paths.database.write_bytes(bytes(data))

    result = run("verify", "--username", "admin", "--password-stdin", stdin=PW)

    assert result.code == 1
    assert "damaged" in result.out + result.err
    assert one_line(result.err)


# -- faults -----------------------------------------------------------------------------------


def test_an_unexpected_fault_gives_one_line_and_logs_no_data(run, initialised, cli_paths, monkeypatch):
    from lcs_desktop.services.backups import BackupService

    def boom(self, user, **options):  # type: ignore[no-untyped-def]
        raise RuntimeError("Jane Smith's case details")

    monkeypatch.setattr(BackupService, "check_data", boom)
    result = run("verify", "--username", "admin", "--password-stdin", stdin=PW)

    assert result.code == 1
    assert one_line(result.err)
    assert "Something went wrong" in result.err
    assert "Jane" not in result.err
    log = (cli_paths.log_dir / "admin.log").read_text()
    assert "RuntimeError" in log
    assert "Jane" not in log


# -- a real process ---------------------------------------------------------------------------


def test_admin_commands_run_as_a_real_process(tmp_path):
    env = dict(os.environ)
    env.update(
        XDG_STATE_HOME=str(tmp_path / "state"),
        XDG_DATA_HOME=str(tmp_path / "xdg-data"),
        LCS_TEST_FAST_KDF="1",
        LCS_DATA_DIR=str(tmp_path / "data"),
    )
    base = [sys.executable, "-m", "lcs_desktop", "admin"]

    def call(*args: str, stdin: str = PW) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*base, *args], input=stdin, capture_output=True, text=True, env=env, timeout=120, check=False
        )

    init = call(
        "init", "--org", "Libra", "--username", "admin", "--full-name", "Ada Admin", "--password-stdin"
    )
    assert init.returncode == 0, init.stderr
    assert RECOVERY_KEY.search(init.stdout)
    backup = call("backup", "--username", "admin", "--out", str(tmp_path), "--password-stdin")
    assert backup.returncode == 0, backup.stderr
    verify = call("verify", "--username", "admin", "--password-stdin")
    assert verify.returncode == 0, verify.stderr
    wrong = call("verify", "--username", "admin", "--password-stdin", stdin="Wrong-Password-123\n")
    assert wrong.returncode == 1
    assert one_line(wrong.stderr)
    assert "Traceback" not in wrong.stderr


def test_backup_file_from_the_cli_opens_on_another_pc(run, initialised, tmp_path):
    """Copy only the backup file to an empty folder elsewhere; restore it there."""
    (tmp_path / "out").mkdir()
    backup = make_backup(run, tmp_path / "out")
    moved = tmp_path / "elsewhere" / backup.name
    moved.parent.mkdir()
    shutil.copy(backup, moved)
    other = tmp_path / "other-pc-data"

    result = run(
        "--data-dir", str(other), "restore", "--from", str(moved), "--username", "admin",
        "--password-stdin", stdin=PW, data_dir=False,
    )  # fmt: skip

    assert result.code == 0, result.err
    assert (other / "lcs.db").exists()
    assert "replaced" not in result.out


def test_kdf_fast_is_a_hidden_option(run):
    help_text = cli.build_parser().format_help()
    assert "kdf" not in help_text
