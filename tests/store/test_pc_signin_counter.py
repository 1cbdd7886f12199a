"""The PC's sign-in failure counter for an office server: which name failed is kept only under
a keyed hash, so the next sign-in can write each failure against the right account (as a
local key-slot file does) without the typed name ever reaching the file."""

from __future__ import annotations

import json

from lcs_desktop.store.server_settings import COUNTER_FILE, PcSignInCounter

AT = "2026-11-18T10:30:00+00:00"


def test_failures_are_kept_under_keyed_names_and_matched_to_accounts(tmp_path) -> None:
    counter = PcSignInCounter(tmp_path, "db-1")
    counter.record_failure("Admin", AT)
    counter.record_failure("ghost-typo", AT)
    raw = (tmp_path / COUNTER_FILE).read_text()
    assert "admin" not in raw.lower() and "ghost" not in raw
    pending = counter.clear("admin")
    assert [at for at, _ in pending] == [AT, AT] and all(name for _, name in pending)
    accounts = counter.keyed_names(["admin", "carol"])
    assert [accounts.get(name or "") for _, name in pending] == ["admin", None]
    assert counter.clear("admin") == []  # written once


def test_failures_written_by_the_previous_version_come_back_without_a_name(tmp_path) -> None:
    (tmp_path / COUNTER_FILE).write_text(json.dumps({"db-1": {"pending": [AT]}}))
    counter = PcSignInCounter(tmp_path, "db-1")
    assert counter.clear("admin") == [(AT, None)]
    assert counter.keyed_names(["admin"]) == {}  # nothing was ever counted under a key
