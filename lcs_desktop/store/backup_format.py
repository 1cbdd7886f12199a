"""The backup container's format: its members, its manifest, what it says of the database copy.

See ``backup_file`` for the container as a whole.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from lcs_desktop.store.engine import connect_raw
from lcs_desktop.store.errors import DB_ERRORS, StoreError, translate
from lcs_desktop.vault.keyslots import AuditHead

FORMAT_NAME = "lcs-desktop-backup"
# 2: the audit log names a backup by its manifest's SHA-256 (which holds the database's), no
# longer by a second SHA-256 of the whole file; the container is otherwise as format 1.
FORMAT_VERSION = 2
SUFFIX = ".lcsbackup"
MANIFEST = "manifest.json"
DB_MEMBER = "lcs.db"
SLOTS_MEMBER = "keyslots.json"
MEMBERS = (DB_MEMBER, SLOTS_MEMBER)


class BackupFileError(StoreError):
    """The file is missing, is not a backup, is damaged, or cannot be written."""


@dataclass(frozen=True, slots=True)
class Manifest:
    created_at: datetime
    app_version: str
    db_id: str
    schema_revision: str | None
    audit_head_seq: int
    kind: str  # "manual" or "automatic"
    files: dict[str, dict[str, Any]] = field(default_factory=dict)
    format_version: int = FORMAT_VERSION
    # The audit chain's head digest at the copy: a witness outside the live database (issue 8).
    audit_head_digest: str | None = None

    def to_json(self) -> bytes:
        data = {
            "format": FORMAT_NAME,
            "format_version": self.format_version,
            "app_version": self.app_version,
            "created_at": self.created_at.astimezone(UTC).isoformat(timespec="seconds"),
            "db_id": self.db_id,
            "schema_revision": self.schema_revision,
            "audit_head_seq": self.audit_head_seq,
            "audit_head_digest": self.audit_head_digest,
            "kind": self.kind,
            "files": self.files,
        }
        return json.dumps(data, indent=1, sort_keys=True).encode("utf-8")

    @classmethod
    def from_json(cls, raw: bytes, name: str) -> Manifest:
        not_backup = BackupFileError(f"{name} is not an LCS Desktop backup.")
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise not_backup from None
        if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
            raise not_backup
        if int(data.get("format_version", 0)) > FORMAT_VERSION:
            raise BackupFileError(
                f"{name} was made by a newer version of LCS Desktop. Install that version to restore it."
            )
        try:
            return cls(
                created_at=datetime.fromisoformat(data["created_at"]),
                app_version=str(data["app_version"]),
                db_id=str(data["db_id"]),
                schema_revision=data.get("schema_revision"),
                audit_head_seq=int(data["audit_head_seq"]),
                kind=str(data.get("kind", "manual")),
                files=dict(data["files"]),
                format_version=int(data["format_version"]),
                audit_head_digest=data.get("audit_head_digest"),
            )
        except (KeyError, TypeError, ValueError):
            raise damaged_error(name) from None


def damaged_error(name: str) -> BackupFileError:
    return BackupFileError(f"{name} is damaged or incomplete, so it cannot be restored. Use another backup.")


def names_by_manifest(manifest: Manifest) -> bool:
    """Does the audit log name this backup by its manifest's SHA-256 (format 2 on), rather than
    by the whole file's (format 1)?"""
    return manifest.format_version >= 2


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


# -- describing a database copy -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DatabaseFacts:
    db_id: str | None
    schema_revision: str | None
    audit_head: AuditHead | None


def describe_database(path: Path, key: bytes) -> DatabaseFacts:
    """What the manifest records about a (copied) database: read through a keyed connection."""
    connection = None
    try:
        connection = connect_raw(path, key, wal=False)
        return read_facts(connection)
    except DB_ERRORS as exc:
        raise translate(exc) from None
    finally:
        if connection is not None:
            with contextlib.suppress(*DB_ERRORS):
                connection.close()


def read_facts(connection: Any) -> DatabaseFacts:
    """The same, through an open keyed connection (inside the transaction the copy is made in)."""
    row = connection.execute("SELECT value FROM lcs_meta WHERE key = 'db_id'").fetchone()
    revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    head = connection.execute("SELECT seq, mac FROM audit_events ORDER BY seq DESC LIMIT 1").fetchone()
    return DatabaseFacts(
        row[0] if row else None,
        revision[0] if revision else None,
        AuditHead(int(head[0]), str(head[1])) if head else None,
    )


@dataclass(frozen=True, slots=True)
class DbCopy:
    """A database copied into a backup: its SHA-256 and size, and what the manifest says of it."""

    sha256: str
    size: int
    facts: DatabaseFacts


Sink = Callable[[memoryview], object]


class BackupCancelled(StoreError):
    """The backup was stopped (someone signed out); nothing of it was kept."""


def keyslots_for_backup(raw: bytes, head: AuditHead | None) -> bytes:
    """The live key slots as a backup keeps them.

    "Remember me" slots are left out (a backup opens with a password or the recovery key
    only), as are sign-in failures not yet in the audit log (they belong to the live folder);
    the audit head is the copy's own, so the backup is consistent with itself.
    """
    data = json.loads(raw.decode("utf-8"))
    data["slots"] = {k: v for k, v in data.get("slots", {}).items() if v.get("kind") != "remember"}
    data.pop("pending_failures", None)
    data.pop("unknown_failures", None)
    if head is None:
        data.pop("audit_head", None)
    else:
        data["audit_head"] = {"seq": head.seq, "digest": head.digest}
    return json.dumps(data, indent=1, sort_keys=True).encode("utf-8")
