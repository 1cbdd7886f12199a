"""``lcs-desktop admin rotate-key``: the key changes, progress goes to stderr, everyone still gets in."""

from __future__ import annotations

import re
import shutil

from lcs_desktop.services.auth import Authenticator
from lcs_desktop.store.backup_copy import check_database
from lcs_desktop.store.errors import StoreError
from lcs_desktop.vault.crypto import FAST_KDF_FOR_TESTS
from lcs_desktop.vault.keyslots import KeySlotFile
from tests.conftest import ADMIN_PASSWORD

PW = ADMIN_PASSWORD + "\n"
NEW_PASSWORD = "Amber-Lantern-Orchard-58"


def test_rotate_key_changes_the_key_and_reports_progress(run, initialised, cli_paths, tmp_path):
    added = run(
        "add-user", "--username", "admin", "--new-username", "lea", "--full-name", "Lea Lead",
        "--roles", "lead", "--password-stdin", stdin=PW,
    )  # fmt: skip
    temp = re.search(r"^Temporary password: (\S+)$", added.out, re.MULTILINE).group(1)
    shutil.copy2(cli_paths.data_dir / "keyslots.json", tmp_path / "yesterday.json")
    old_key = KeySlotFile(cli_paths.data_dir, FAST_KDF_FOR_TESTS).unlock_password("admin", ADMIN_PASSWORD).key

    result = run("rotate-key", "--username", "admin", "--password-stdin", stdin=PW)

    assert result.code == 0, result.err
    assert "The database key has been changed." in result.out
    assert "Backups made before today still open" in result.out
    assert "Re-encrypting the database: 0%" in result.err and "100%" in result.err
    assert "Traceback" not in result.err
    try:
        check_database(cli_paths.database, old_key)
        opened = True
    except StoreError:
        opened = False
    assert not opened, "the old key still opens the database"
    lea = Authenticator(cli_paths, kdf=FAST_KDF_FOR_TESTS).sign_in("lea", temp)
    lea.workspace.close()
    recovered = run(
        "recover", "--username", "admin", "--password-stdin", stdin=f"{initialised}\n{NEW_PASSWORD}\n"
    )
    assert recovered.code == 0, recovered.err


def test_rotate_key_refuses_a_non_administrator(run, initialised, cli_paths):
    added = run(
        "add-user", "--username", "admin", "--new-username", "lea", "--full-name", "Lea Lead",
        "--roles", "lead", "--password-stdin", stdin=PW,
    )  # fmt: skip
    temp = re.search(r"^Temporary password: (\S+)$", added.out, re.MULTILINE).group(1)
    session = Authenticator(cli_paths, kdf=FAST_KDF_FOR_TESTS).sign_in("lea", temp)
    session.accounts.change_own_password(session.user, temp, NEW_PASSWORD)
    session.sign_out()
    old_key = KeySlotFile(cli_paths.data_dir, FAST_KDF_FOR_TESTS).unlock_password("admin", ADMIN_PASSWORD).key

    result = run("rotate-key", "--username", "lea", "--password-stdin", stdin=NEW_PASSWORD + "\n")

    assert result.code != 0
    assert result.err.count("\n") == 1 and "Traceback" not in result.err
    check_database(cli_paths.database, old_key)
