"""Re-encrypting the database file under a new key: all or nothing, on a real SQLCipher file."""

from __future__ import annotations

from pathlib import Path

import pytest

from lcs_desktop.services.bulk_records import generate_bulk
from lcs_desktop.store.backup_copy import check_database
from lcs_desktop.store.engine import connect_raw
from lcs_desktop.store.errors import DB_ERRORS
from lcs_desktop.store.rekey import (
    COPY_SHARE,
    RekeyCancelled,
    clean_leftovers,
    leftovers,
    rekey_database,
    rekey_path,
)
from lcs_desktop.vault.crypto import new_key


def _counts(path: Path, key: bytes) -> tuple[int, int, int, list[tuple[str]]]:
    connection = connect_raw(path, key, wal=False)
    try:
        people = connection.execute("SELECT count(*) FROM people").fetchone()[0]
        checks = connection.execute("SELECT count(*) FROM checks").fetchone()[0]
        events = connection.execute("SELECT max(seq) FROM audit_events").fetchone()[0]
        # The search index came across too and still answers.
        found = connection.execute(
            "SELECT reference FROM people_fts WHERE people_fts MATCH 'sta*' LIMIT 1"
        ).fetchall()
        return people, checks, events, found
    finally:
        connection.close()


def _opens(path: Path, key: bytes) -> bool:
    try:
        check_database(path, key)
    except Exception:
        return False
    return True


@pytest.fixture
def filled(org):
    """The org's database with some bulk records, every connection closed."""
    generate_bulk(org.workspace, org.user.id, people=3_000, checks=3_000)
    workspace = org.workspace
    key = workspace.key
    before = _counts(workspace.database.path, key)
    workspace.database.dispose()
    yield workspace.database.path, key, before
    # The key may have changed under the workspace: release the folder without closing it.
    workspace.database.lock.release()


def test_rekey_keeps_every_row_and_only_the_new_key_opens(filled) -> None:
    path, old, before = filled
    new = new_key()
    seen: list[float] = []
    rekey_database(path, old, new, progress=seen.append)
    assert _counts(path, new) == before
    assert before[0] == 3_000 and before[3]
    assert not _opens(path, old)
    check_database(path, new, full=True)
    assert leftovers(path) == []
    assert not path.with_name(path.name + "-wal").exists()
    assert seen == sorted(seen) and seen[-1] == 1.0


def test_rekey_cancelled_during_the_copy_leaves_the_old_key_in_force(filled) -> None:
    path, old, before = filled
    calls = {"n": 0}

    def cancel_soon() -> bool:
        calls["n"] += 1
        return calls["n"] > 3

    with pytest.raises(RekeyCancelled, match="old key is still in force"):
        rekey_database(path, old, new_key(), cancelled=cancel_soon)
    assert calls["n"] > 3  # the progress handler asked while copying
    assert _counts(path, old) == before
    assert leftovers(path) == []


def test_rekey_cancelled_after_the_copy_is_checked_leaves_the_old_key_in_force(filled) -> None:
    path, old, before = filled
    copied = {"done": False}

    def note(fraction: float) -> None:
        copied["done"] = fraction >= COPY_SHARE  # the copy is written; the check comes next

    with pytest.raises(RekeyCancelled):
        rekey_database(path, old, new_key(), progress=note, cancelled=lambda: copied["done"])
    assert _counts(path, old) == before
    assert leftovers(path) == []


def test_leftovers_of_an_interrupted_rekey_are_cleaned(filled) -> None:
    path, old, _before = filled
    rekey_path(path).write_bytes(b"half a copy")
    path.with_name(path.name + ".rekey-journal").write_bytes(b"journal")
    assert clean_leftovers(path)
    assert leftovers(path) == []
    assert not clean_leftovers(path)
    assert _opens(path, old)


def test_rekey_of_a_damaged_file_changes_nothing(filled) -> None:
    path, old, _before = filled
    data = bytearray(path.read_bytes())
    data[8192 + 100] ^= 0xFF  # a flipped bit in the second page
    path.write_bytes(bytes(data))
    with pytest.raises(Exception) as caught:
        rekey_database(path, old, new_key())
    assert not isinstance(caught.value, DB_ERRORS)
    assert "damaged" in str(caught.value)
    assert bytes(data) == path.read_bytes()
    assert leftovers(path) == []
