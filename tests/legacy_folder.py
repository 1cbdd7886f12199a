"""A data folder exactly as a release before issue 8 left it: format-1 key slots (the key
wrapped directly under each password and the recovery key) and format-1 (HMAC) audit events,
written with raw SQL against an older schema (the current models no longer fit it)."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

from sqlalchemy import text

from lcs_desktop.paths import AppPaths
from lcs_desktop.services.audit_chain import GENESIS, audit_key, legacy_mac
from lcs_desktop.store import migrate
from lcs_desktop.store.database import create_database
from lcs_desktop.vault import crypto
from lcs_desktop.vault.crypto import FAST_KDF_FOR_TESTS
from lcs_desktop.vault.recovery import format_recovery_key
from tests.conftest import ADMIN_PASSWORD, USER_PASSWORD

RECOVERY_SECRET = bytes(range(20))
RECOVERY_KEY = format_recovery_key(RECOVERY_SECRET)
DB_ID = "11111111-2222-3333-4444-555555555555"
ACCOUNTS = (
    (1, "admin", "Ada Admin", "administrator,safeguarding_lead", ADMIN_PASSWORD),
    (2, "checker", "Chloé Checker", "checker", USER_PASSWORD),
)
EVENTS = (
    (1, "organisation_set_up", "settings", None),
    (1, "user_added", "user", "1"),
    (1, "user_added", "user", "2"),
    (2, "signed_in", "user", "2"),
)


def _migrations_until(target: Path, last: str) -> Path:
    shutil.copytree(migrate.MIGRATIONS, target, ignore=shutil.ignore_patterns("__pycache__"))
    for script in (target / "versions").glob("0*.py"):
        if script.name[:4] > last[:4]:
            script.unlink()
    return target


def _v1_slot(secret: bytes, key: bytes, slot_id: str, kind: str) -> dict[str, object]:
    salt = crypto.new_key()[:16]
    kek = crypto.derive_kek(secret, salt, FAST_KDF_FOR_TESTS)
    nonce, ct = crypto.wrap(kek, key, f"lcs-keyslot|{DB_ID}|{slot_id}".encode())
    slot: dict[str, object] = {
        "kind": kind,
        "nonce": crypto.b64e(nonce),
        "ct": crypto.b64e(ct),
        "salt": crypto.b64e(salt),
        "kdf": FAST_KDF_FOR_TESTS.to_json(),
    }
    if kind == "password":
        slot.update(must_change=False, failures=0, locked_until=0)
    return slot


def build_format1_folder(paths: AppPaths, monkeypatch, scratch: Path, last: str = "0005_drafts") -> bytes:
    """Make the folder; return its database key. Schema stops at revision ``last``."""
    from lcs_desktop.vault.keyslots import KeySlotFile

    key = crypto.new_key()
    current = migrate.MIGRATIONS
    monkeypatch.setattr(migrate, "MIGRATIONS", _migrations_until(scratch / "old-migrations", last))
    try:
        database = create_database(paths.data_dir, key, DB_ID)
    finally:
        monkeypatch.setattr(migrate, "MIGRATIONS", current)
    hmac_key = audit_key(key)
    start = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    with database.engine.begin() as conn:
        conn.execute(
            text("INSERT INTO settings (key, value) VALUES ('organisation_name', :v)"),
            {"v": json.dumps("Libra Children Services")},
        )
        for user_id, username, full_name, roles, _password in ACCOUNTS:
            conn.execute(
                text(
                    "INSERT INTO users (id, username, full_name, roles, active, remember_me, created_at) "
                    "VALUES (:id, :u, :n, :r, 1, 0, :at)"
                ),
                {
                    "id": user_id,
                    "u": username,
                    "n": full_name,
                    "r": roles,
                    "at": "2026-11-02 09:00:00.000000",
                },
            )
        prev = GENESIS
        for seq, (actor_id, action, entity_type, entity_id) in enumerate(EVENTS, start=1):
            at = start + timedelta(minutes=seq)
            row = SimpleNamespace(
                seq=seq,
                at=at,
                actor_id=actor_id,
                actor=ACCOUNTS[actor_id - 1][1],
                action=action,
                entity_type=entity_type,
                entity_id=entity_id,
                details="{}",
                prev_mac=prev,
            )
            mac = legacy_mac(hmac_key, row)
            conn.execute(
                text(
                    "INSERT INTO audit_events (seq, at, actor_id, actor, action, entity_type, entity_id, "
                    "details, prev_mac, mac) VALUES (:seq, :at, :actor_id, :actor, :action, :et, :eid, "
                    ":details, :prev, :mac)"
                ),
                {
                    "seq": seq,
                    "at": at.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds"),
                    "actor_id": actor_id,
                    "actor": row.actor,
                    "action": action,
                    "et": entity_type,
                    "eid": entity_id,
                    "details": "{}",
                    "prev": prev,
                    "mac": mac,
                },
            )
            prev = mac
    database.close()
    slots = KeySlotFile(paths.data_dir, FAST_KDF_FOR_TESTS)
    slots._data = {"format": 1, "db_id": DB_ID, "slots": {}}
    for _id, username, _name, _roles, password in ACCOUNTS:
        slot_id = slots.slot_id(username)
        slots.data["slots"][slot_id] = _v1_slot(password.encode(), key, slot_id, "password")
    slots.data["slots"]["recovery"] = _v1_slot(RECOVERY_SECRET, key, "recovery", "recovery")
    slots.data["audit_head"] = {"seq": len(EVENTS), "digest": prev}
    slots.path.write_text(json.dumps(slots.data), encoding="utf-8")  # as format 1 wrote it
    return key
