"""A backup of the office server as the same encrypted ``.lcsbackup`` file as in local mode (issue 11).

One restore path: the server is copied into a fresh local SQLCipher database made with the
workspace key (``store/server_backup_copy.py``: every table, the same ids, read in one
snapshot), its key slots become the backup's ``keyslots.json``, and the file is written by the
local writer (``store/backup_write.py``), so ``admin restore``, ``admin verify --witness`` and
``upgrade-server --backup-verified`` take it as they take a local backup. The temporary folder
lies beside the data folder and holds only that encrypted file; it is removed afterwards.

Only a person who may read every record can make one: the row policies hide cases from anyone
but the lead, so the lead's login reads them all and an administrator-only login none. The
copied counts are checked against the server's own kept counts, so a backup missing rows is
refused, never written. The daily automatic backup is local-only (``BackupService``).
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from lcs_desktop import __version__
from lcs_desktop.domain.errors import LcsError, PermissionDenied
from lcs_desktop.domain.roles import Permission, Role
from lcs_desktop.services.identity import CurrentUser, require
from lcs_desktop.services.workspace import Workspace
from lcs_desktop.store import backup_file as bf
from lcs_desktop.store import migrate
from lcs_desktop.store import server_backup_copy as copy
from lcs_desktop.store.database import create_database

NOT_LEAD = (
    "Only an account that is both administrator and safeguarding lead can back up the office "
    "server: an administrator-only login cannot read case content by design, so its backup "
    "would be incomplete."
)
OTHER_REVISION = (
    "The office server's database is at another version than this PC's LCS Desktop, so no backup "
    "was made. Use a PC with the version the server was upgraded to (ask IT)."
)
COUNTS_DIFFER = (
    "The backup was not made: the copy of the office server did not hold the same number of "
    "records as the server ({what}). Try again; if it happens again, ask IT."
)


def require_server_backup(user: CurrentUser) -> None:
    require(user, Permission.MANAGE_BACKUPS)
    if Role.SAFEGUARDING_LEAD not in user.roles:
        raise PermissionDenied(NOT_LEAD)


def write_server_backup(
    ws: Workspace,
    target: Path,
    now: datetime,
    kind: str = "manual",
    progress: Callable[[str], None] = lambda _s: None,
) -> bf.Written:
    """Copy the server into a local SQLCipher file and write it to ``target`` as a backup."""
    with tempfile.TemporaryDirectory(prefix=".server-backup-", dir=ws.paths.data_dir) as tmp:
        folder = Path(tmp) / "copy"
        local = create_database(folder, ws.key, ws.db_id)
        try:
            with copy.snapshot(ws.database.engine) as server:
                if copy.server_revision(server) != migrate.head_revision():
                    raise LcsError(OTHER_REVISION)
                with local.engine.begin() as connection:
                    counts = copy.copy_into(server, connection, progress)
                    progress("Checking the counts")
                    differing = copy.counts_differing(server, connection, counts)
                    if differing:
                        what = ", ".join(d.replace("_", " ") for d in differing)
                        raise LcsError(COUNTS_DIFFER.format(what=what))
                progress("Copying the key slots")
                slots = copy.slot_document(server, ws.db_id)
        finally:
            local.close()  # folds the WAL into the file: the file alone is the database
        path = local.path
        facts = bf.describe_database(path, ws.key)
        progress("Writing the backup file")

        def copy_db(write: bf.Sink) -> bf.DbCopy:
            sha256, size = bf.stream_file(path, write)
            assert sha256 is not None
            return bf.DbCopy(sha256, size, facts)

        def finish(db: bf.DbCopy) -> tuple[bytes, bf.Manifest]:
            head = db.facts.audit_head
            raw = json.dumps(slots, sort_keys=True).encode("utf-8")
            manifest = bf.Manifest(
                created_at=now,
                app_version=__version__,
                db_id=ws.db_id,
                schema_revision=db.facts.schema_revision,
                audit_head_seq=head.seq if head else 0,
                kind=kind,
                audit_head_digest=head.digest if head else None,
            )
            return bf.keyslots_for_backup(raw, head), manifest

        written = bf.write_backup(target, now, copy_db, finish)
    progress("Checking the backup file")
    try:
        bf.verify_backup(target, written)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return written
