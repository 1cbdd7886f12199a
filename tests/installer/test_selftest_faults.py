"""The self-test says a database fault in the store's words, not as a raw exception."""

from __future__ import annotations

import io

from lcs_desktop.selftest import FAIL, SelfTest
from lcs_desktop.store.engine import connect_raw
from lcs_desktop.vault.crypto import new_key
from tests.store.fault_helpers import root_page, scribble_page


def test_self_test_names_a_damaged_page_in_plain_words(tmp_path):
    key = new_key()
    path = tmp_path / "scratch.db"
    connection = connect_raw(path, key, wal=False)
    connection.execute("CREATE TABLE t (body BLOB)")
    connection.executemany("INSERT INTO t VALUES (randomblob(3000))", [()] * 20)
    connection.commit()
    connection.close()
    page = root_page(path, key, "t")
    scribble_page(path, page)

    def read_everything() -> str:
        raw = connect_raw(path, key, wal=False)
        try:
            raw.execute("SELECT sum(length(body)) FROM t").fetchone()
        finally:
            raw.close()
        return "read"

    out = io.StringIO()
    test = SelfTest(tmp_path / "root", out)
    test._run("sqlcipher", read_everything)

    line = out.getvalue().strip()
    assert line.startswith(FAIL)
    assert "The database is damaged" in line and "restore the latest backup" in line
    assert "malformed" not in line and "unexpected" not in line


def test_self_test_drills_a_damaged_page_and_names_it(tmp_path, monkeypatch):
    monkeypatch.setenv("LCS_DATA_DIR", str(tmp_path / "data"))
    test = SelfTest(tmp_path / "root", io.StringIO())
    (tmp_path / "root").mkdir()
    try:
        test._run("sqlcipher", test.check_sqlcipher)
    finally:
        test.close()

    outcome = test.outcomes[-1]
    assert outcome.status == "PASS", outcome.detail
    assert "a damaged page is named (page " in outcome.detail
    assert "the folder is released" in outcome.detail
