"""Backups as files: format 2 read by hand (its layout as documented), and a format 1 backup
written the way the release before it wrote them (a ZIP whose audit event names the whole
file's SHA-256), so restore and witness are tested against old backups too."""

from __future__ import annotations

import hashlib
import json
import struct
import zipfile
from pathlib import Path

from lcs_desktop import __version__
from lcs_desktop.store import backup_format as fmt
from lcs_desktop.store.backup_snapshot import snapshot_database

HEADER_SIZE, TRAILER = 16, struct.Struct("<QQ8s")


def layout(path: Path) -> tuple[bytes, dict[str, bytes]]:
    """(manifest as stored, {member: bytes}) of a format 2 backup, read by hand: header,
    members at the manifest's offsets, manifest, and the trailer pointing at it."""
    data = path.read_bytes()
    assert data[:13] == b"LCSBACKUP\r\n\x1a\n" and struct.unpack("<H", data[13:15]) == (2,)
    offset, size, end = TRAILER.unpack(data[-TRAILER.size :])
    assert end == b"LCSBEND\n" and offset + size == len(data) - TRAILER.size
    raw = data[offset : offset + size]
    files = json.loads(raw)["files"]
    members = {name: data[f["offset"] : f["offset"] + f["size"]] for name, f in files.items()}
    assert files["lcs.db"]["offset"] == HEADER_SIZE
    assert files["keyslots.json"]["offset"] == HEADER_SIZE + files["lcs.db"]["size"]
    assert offset == files["keyslots.json"]["offset"] + files["keyslots.json"]["size"]  # back to back
    return raw, members


def with_manifest(path: Path, target: Path, change) -> None:  # type: ignore[no-untyped-def]
    """A copy of a format 2 backup whose manifest ``change(dict)`` edited (its trailer fixed)."""
    data = path.read_bytes()
    offset, _size, end = TRAILER.unpack(data[-TRAILER.size :])
    manifest = json.loads(data[offset : -TRAILER.size])
    change(manifest)
    raw = json.dumps(manifest).encode()
    target.write_bytes(data[:offset] + raw + TRAILER.pack(offset, len(raw), end))


def write_format1_backup(org, target: Path) -> str:  # type: ignore[no-untyped-def]
    """A backup as format 1 made it: a ZIP (stored) of the database, key slots and a manifest
    of format_version 1; returns the whole file's SHA-256, which its backup_made event named."""
    ws = org.workspace
    info = lambda name: zipfile.ZipInfo(name, date_time=(2026, 1, 5, 9, 0, 0))  # noqa: E731
    with zipfile.ZipFile(target, "w", zipfile.ZIP_STORED, allowZip64=True) as zf:
        with zf.open(info("lcs.db"), "w", force_zip64=True) as dst:
            db = snapshot_database(ws.database.path, ws.key, dst.write)
        keyslots = fmt.keyslots_for_backup(ws.slots.path.read_bytes(), db.facts.audit_head)
        head = db.facts.audit_head
        manifest = fmt.Manifest(
            created_at=ws.now(),
            app_version=__version__,
            db_id=ws.db_id,
            schema_revision=db.facts.schema_revision,
            audit_head_seq=head.seq if head else 0,
            kind="manual",
            files={
                "lcs.db": {"sha256": db.sha256, "size": db.size},
                "keyslots.json": {"sha256": hashlib.sha256(keyslots).hexdigest(), "size": len(keyslots)},
            },
            format_version=1,
            audit_head_digest=head.digest if head else None,
        )
        zf.writestr(info("keyslots.json"), keyslots)
        zf.writestr(info("manifest.json"), manifest.to_json())
    whole = hashlib.sha256(target.read_bytes()).hexdigest()
    details = {"file": target.name, "sha256": whole, "size": target.stat().st_size, "kind": "manual"}
    with ws.unit_of_work() as session:
        ws.audit(session, org.user, "backup_made", "backup", None, details)
    return whole
