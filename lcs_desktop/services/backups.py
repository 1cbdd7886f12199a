"""Backups: make one now, list them, the daily automatic one, and restore.

A backup is one ``.lcsbackup`` file (see ``store/backup_file.py``): a consistent copy of the
encrypted database (``store/backup_snapshot.py``: its pages as they are, never decrypted) plus
the key slots of that moment, so it opens with the same passwords or the recovery key and with
nothing else. The database is hashed once as it is copied, each chunk read back once as it is
written; the audit log names the backup by its manifest's SHA-256. Restore is a
module-level function: the live database may be damaged and nobody may be able to sign in to
it, so it works from the backup alone.
"""

from __future__ import annotations

import logging
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from lcs_desktop import __version__
from lcs_desktop.domain.roles import Permission
from lcs_desktop.paths import AppPaths
from lcs_desktop.services.identity import CurrentUser, require
from lcs_desktop.services.refusals import AuditsRefusals
from lcs_desktop.services.settings import read_settings
from lcs_desktop.services.workspace import Workspace
from lcs_desktop.store import backup_file as bf
from lcs_desktop.store.backup_copy import check_database
from lcs_desktop.store.backup_snapshot import snapshot_database
from lcs_desktop.store.errors import StoreError
from lcs_desktop.vault.keyslots import Unlocked

log = logging.getLogger(__name__)

AUTO_PREFIX = "lcs-backup-auto-"
_AUTO_NAME = re.compile(r"^lcs-backup-auto-\d{8}\.lcsbackup$")


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    created_at: datetime
    size_bytes: int
    sha256: str | None
    """SHA-256 of the backup's manifest (which holds the database's SHA-256), as recorded in the
    audit log; None in listings (not re-read)."""
    automatic: bool = False


@dataclass(frozen=True, slots=True)
class DataCheck:
    """The result of ``check_data``: the database's own checks and the audit chain."""

    database_problem: str | None
    audit_events: int
    audit_problems: list[str]
    on_server: bool = False  # no database file on this PC: the server checks its own pages

    @property
    def ok(self) -> bool:
        return self.database_problem is None and not self.audit_problems


def manual_name(now: datetime) -> str:
    # Local time of the PC (UK office PCs: Europe/London), as a person looking at the folder expects.
    return f"lcs-backup-{now.astimezone():%Y%m%d-%H%M%S}{bf.SUFFIX}"


def auto_name(now: datetime) -> str:
    return f"{AUTO_PREFIX}{now.astimezone():%Y%m%d}{bf.SUFFIX}"


class BackupService(AuditsRefusals):
    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    @property
    def automatic(self) -> bool:
        """Whether the daily automatic backup runs here: local mode only (on an office server the
        lead makes them with "Back up now", as they alone read every record)."""
        return self._ws.server is None

    def folder(self) -> Path:
        """Where backups go: the organisation's chosen folder, or the data folder's own."""
        with self._ws.reading() as session:
            chosen = read_settings(session).backup_folder.strip()
        return Path(chosen).expanduser() if chosen else self._ws.paths.backup_dir

    # -- making backups -------------------------------------------------------------------------

    def backup_now(
        self,
        user: CurrentUser,
        folder: Path | None = None,
        *,
        target: Path | None = None,
        progress: Callable[[str], None] | None = None,
    ) -> BackupInfo:
        """A backup in ``folder`` (default: the backup folder), or exactly at ``target``; on an
        office server, a copy of the server in the same format (``services/server_backup.py``)."""
        require(user, Permission.MANAGE_BACKUPS)
        on_server = self._ws.server is not None
        if on_server:
            from lcs_desktop.services.server_backup import require_server_backup

            require_server_backup(user)
        now = self._ws.now()
        if target is None:
            folder = folder or self.folder()
            _ensure_folder(folder, create=folder == self._ws.paths.backup_dir)
            target = _free_name(folder, manual_name(now))
        else:
            _ensure_folder(target.parent, create=False)
        if on_server:
            info = self._make_from_server(target, now, progress or (lambda _s: None))
        else:
            info = self._make(target, "manual", now)
        with self._ws.unit_of_work() as session:
            self._ws.audit(session, user, "backup_made", "backup", None, _details(info, "manual"))
        log.info("backup made (%d bytes)", info.size_bytes)
        return info

    def auto_backup_if_due(
        self, now: datetime | None = None, *, cancelled: Callable[[], bool] | None = None
    ) -> BackupInfo | None:
        """The daily automatic backup (the GUI runs it in the background after sign-in); None
        if one exists today.

        Keeps the newest ``backups_to_keep`` automatic backups of this database. Raises an
        LcsError with a plain message if the backup folder cannot be used, and
        ``BackupCancelled`` (keeping nothing) once ``cancelled()`` is true, as at sign-out.
        """
        if self._ws.locked or self._ws.server is not None:
            return None  # local-only: an office server's backup is made by hand, by the lead
        now = now or self._ws.now()
        with self._ws.reading() as session:
            settings = read_settings(session)
        folder = self.folder()
        _ensure_folder(folder, create=folder == self._ws.paths.backup_dir)
        target = folder / auto_name(now)
        if target.exists():
            return None
        info = self._make(target, "automatic", now, cancelled)
        try:
            with self._ws.unit_of_work() as session:
                self._ws.audit(session, None, "backup_made", "backup", None, _details(info, "automatic"))
        except BaseException:
            target.unlink(missing_ok=True)  # locked or signed out meanwhile: no backup unrecorded
            raise
        self._prune(folder, settings.backups_to_keep)
        self._expire(folder, now, settings.backup_max_age_months)
        log.info("automatic backup made (%d bytes)", info.size_bytes)
        return info

    def note_restore_started(self, user: CurrentUser, backup: Path) -> None:
        """Recorded in the current data before signing out to restore (the restored data
        records ``backup_restored`` itself); a refused restore leaves this as the trace."""
        require(user, Permission.MANAGE_BACKUPS)
        with self._ws.unit_of_work() as session:
            self._ws.audit(
                session, user, "backup_restore_started", "backup", None, {"file": Path(backup).name}
            )

    def list_backups(self, user: CurrentUser) -> list[BackupInfo]:
        """This organisation's backups in the backup folder, newest first."""
        require(user, Permission.MANAGE_BACKUPS)
        self._ws.ensure_unlocked()  # no database read here, but nothing is listed while locked
        found = []
        for path, manifest in self._ours(self.folder()):
            found.append(
                BackupInfo(path, manifest.created_at, path.stat().st_size, None, manifest.kind == "automatic")
            )
        return sorted(found, key=lambda b: b.created_at, reverse=True)

    def backups_before(self, user: CurrentUser, when: datetime) -> list[BackupInfo]:
        """Backups made before ``when`` (a key change): they open with the passwords of their day."""
        return [b for b in self.list_backups(user) if b.created_at < when]

    def delete_backups(self, user: CurrentUser, backups: list[BackupInfo]) -> int:
        """Delete these backups of this organisation (after a key change); returns how many went."""
        require(user, Permission.MANAGE_BACKUPS)
        ours = {path.resolve() for path, _ in self._ours(self.folder())}
        deleted = 0
        for backup in backups:
            if backup.path.resolve() not in ours:
                continue  # never delete a file this organisation did not make
            try:
                backup.path.unlink()
            except OSError:
                log.warning("could not delete an old backup")
                continue
            deleted += 1
        with self._ws.unit_of_work() as session:
            self._ws.audit(session, user, "backups_deleted", "backup", None, {"count": deleted})
        return deleted

    def _make(
        self, target: Path, kind: str, now: datetime, cancelled: Callable[[], bool] | None = None
    ) -> BackupInfo:
        """Copy, hash and write in one pass (no decryption), synced to disk as it is written."""
        ws = self._ws

        def finish(db: bf.DbCopy) -> tuple[bytes, bf.Manifest]:
            # Read after the copy: a slot saved for a change the copy holds is already there.
            slots = bf.keyslots_for_backup(ws.slots.path.read_bytes(), db.facts.audit_head)
            head = db.facts.audit_head
            manifest = bf.Manifest(
                created_at=now,
                app_version=__version__,
                db_id=ws.db_id,
                schema_revision=db.facts.schema_revision,
                audit_head_seq=head.seq if head else 0,
                kind=kind,
                audit_head_digest=head.digest if head else None,
            )
            return slots, manifest

        source, key = ws.database.path, ws.key
        if _same_disk(target.parent, ws.paths.data_dir):
            written = bf.write_backup(
                target, now, lambda write: snapshot_database(source, key, write, cancelled), finish
            )
        else:
            # Another disk (a USB drive, a network share) may be slow: copy to the data folder's
            # disk first, so others wait for the database only as long as a local copy takes.
            with tempfile.TemporaryDirectory(prefix=".backup-", dir=ws.paths.data_dir) as tmp:
                local = Path(tmp) / bf.DB_MEMBER
                db = _snapshot_to_file(source, key, local, cancelled)
                written = bf.write_backup(
                    target, now, lambda write: _restream(local, write, db, cancelled), finish
                )
        try:
            bf.verify_backup(target, written)
        except BaseException:
            target.unlink(missing_ok=True)
            raise
        return BackupInfo(target, now, target.stat().st_size, written.manifest_sha256, kind == "automatic")

    def _make_from_server(self, target: Path, now: datetime, progress: Callable[[str], None]) -> BackupInfo:
        from lcs_desktop.services.server_backup import write_server_backup

        written = write_server_backup(self._ws, target, now, "manual", progress)
        return BackupInfo(target, now, target.stat().st_size, written.manifest_sha256)

    def _ours(self, folder: Path) -> list[tuple[Path, bf.Manifest]]:
        found = []
        if not folder.is_dir():
            return found
        for path in folder.glob(f"*{bf.SUFFIX}"):
            try:
                manifest = bf.read_manifest(path)
            except StoreError:
                continue  # another organisation's, or damaged: never listed, never deleted
            if manifest.db_id == self._ws.db_id:
                found.append((path, manifest))
        return found

    def _prune(self, folder: Path, keep: int) -> None:
        autos = sorted(
            (p for p, m in self._ours(folder) if _AUTO_NAME.match(p.name) and m.kind == "automatic"),
            key=lambda p: p.name,
            reverse=True,
        )
        for old in autos[keep:]:
            try:
                old.unlink()
            except OSError:
                log.warning("could not remove an old automatic backup")

    def _expire(self, folder: Path, now: datetime, months: int) -> None:
        """Backups older than the limit go, so deleted records do not live on in them."""
        from lcs_desktop.services import backup_expiry

        old = backup_expiry.expired(
            self._ours(folder), self._ws.paths.backup_dir, now, months, self._ws.paths.data_dir
        )
        if old:
            count = backup_expiry.remove(old)
            with self._ws.unit_of_work() as session:
                self._ws.audit(session, None, backup_expiry.EXPIRED_ACTION, "backup", None, {"count": count})

    # -- checking the live data ------------------------------------------------------------------

    def check_data(self, user: CurrentUser, *, full: bool = False) -> DataCheck:
        """SQLCipher's integrity and encryption checks, and the audit chain (``admin verify``)."""
        require(user, Permission.VIEW_AUDIT_LOG)
        from lcs_desktop.services.audit_log import verify_workspace

        problem = None
        on_server = self._ws.server is not None
        try:
            if not on_server:
                self._ws.database.checkpoint()  # pages in the WAL are checked once folded in
                check_database(self._ws.database.path, self._ws.key, full=True)
        except StoreError as exc:
            problem = exc.message
        result = verify_workspace(self._ws, full=full)
        problems = [describe_problem(p.seq, p.what) for p in result.problems]
        return DataCheck(problem, result.events, problems, on_server)


def describe_problem(seq: int, what: str) -> str:
    if seq == 0 or what.startswith(("events ", "the ")):
        return f"audit log: {what}"
    return f"audit event {seq} {what}"


def _details(info: BackupInfo, kind: str) -> dict[str, object]:
    return {"file": info.path.name, "manifest_sha256": info.sha256, "size": info.size_bytes, "kind": kind}


def _ensure_folder(folder: Path, *, create: bool) -> None:
    if create:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            raise StoreError(f"The backup folder {folder} cannot be created.") from None
    if not folder.is_dir():
        raise StoreError(
            f"The backup folder {folder} cannot be found. Check the drive is connected, "
            "or choose another folder."
        )


def _same_disk(folder: Path, data_dir: Path) -> bool:
    try:
        return folder.stat().st_dev == data_dir.stat().st_dev
    except OSError:
        return False


def _snapshot_to_file(
    source: Path, key: bytes, local: Path, cancelled: Callable[[], bool] | None
) -> bf.DbCopy:
    try:
        with open(local, "xb", buffering=0) as fh:
            return snapshot_database(source, key, fh.write, cancelled)
    except OSError:
        raise StoreError(
            "The backup could not be made: the disk of the data folder is full or cannot be written."
        ) from None


def _restream(local: Path, write: bf.Sink, db: bf.DbCopy, cancelled: Callable[[], bool] | None) -> bf.DbCopy:
    # The same bytes the snapshot hashed, from the local copy: not hashed a second time.
    bf.stream_file(local, write, cancelled, digest=False)
    return db


def _free_name(folder: Path, name: str) -> Path:
    target = folder / name
    stem, number = name.removesuffix(bf.SUFFIX), 2
    while target.exists() or target.with_name(target.name + ".partial").exists():
        target = folder / f"{stem}-{number}{bf.SUFFIX}"
        number += 1
    return target


# -- restore ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RestoreResult:
    backup_created_at: datetime
    replaced_folder: Path | None
    """Where the database and key slots that were replaced are kept (None if there were none)."""
    audit_head_seq: int
    sha256: str
    """How the audit log names the backup: its manifest's SHA-256 (format 2 on), else the file's."""


def restore_backup(
    paths: AppPaths,
    backup_file: Path,
    username: str,
    password: str | None = None,
    *,
    recovery_key: str | None = None,
) -> RestoreResult:
    """Replace the data folder's database and key slots with a backup's, after checking it all.

    Checked before anything is replaced: the file is a readable backup whose members match
    their SHA-256; the password (or recovery key) opens its key slots; its database passes
    SQLite's and SQLCipher's full checks; its audit chain verifies; and ``username`` is an
    active administrator in it. The folder must not be in use. The replaced files are moved
    to ``replaced-YYYYMMDD-HHMMSS`` in the data folder, kept until they expire with the backups.
    """
    from lcs_desktop.store.database import Database, check_folder_writable
    from lcs_desktop.store.engine import make_engine
    from lcs_desktop.store.errors import UnsafeLocationError
    from lcs_desktop.store.instance_lock import InstanceLock
    from lcs_desktop.store.location import location_problem
    from lcs_desktop.vault.keyslots import KeySlotFile

    if (password is None) == (recovery_key is None):
        raise ValueError("give a password or a recovery key")
    backup_file = Path(backup_file)
    bf.read_manifest(backup_file)  # quick refusals first: missing file, not a backup
    folder = paths.data_dir
    problem = location_problem(folder)
    if problem:
        raise UnsafeLocationError(problem)
    folder.mkdir(parents=True, exist_ok=True)
    check_folder_writable(folder)
    lock = InstanceLock(folder)
    lock.acquire()
    handed_over = False
    try:
        with tempfile.TemporaryDirectory(prefix=".restore-", dir=folder) as tmp:
            staged = Path(tmp)
            manifest = bf.extract_backup(backup_file, staged)
            unlocked, user = _check_staged(
                staged, manifest, username, password, recovery_key, backup_file.name
            )
            key = unlocked.key
            by_manifest = bf.names_by_manifest(manifest)
            # As its backup_made event named it: an older backup by the whole file's SHA-256.
            sha256 = bf.manifest_sha256(backup_file) if by_manifest else bf.sha256_file(backup_file)
            replaced = bf.swap_in(folder, staged, Workspace.default_clock())
        database = Database(folder, make_engine(folder / bf.DB_MEMBER, key), lock)
        handed_over = True
        workspace = Workspace(paths, KeySlotFile(folder), database, key)
        workspace.set_account_keys(unlocked.keys)  # the restoring person (or the recovery key) signs
        try:
            # A restored older copy is deliberate: expect its head from now on (DESIGN.md §4).
            workspace.accept_current_head()
            # ... and its organisation key (a backup from before issue 8 has none yet).
            workspace.pc_state.pin_org_key(workspace.db_id, workspace.slots.org_public())
            details = {
                "file": backup_file.name,
                "manifest_sha256" if by_manifest else "sha256": sha256,
                "backup_created_at": manifest.created_at.isoformat(timespec="seconds"),
                "replaced_folder": replaced.name if replaced else None,
                "method": "recovery_key" if recovery_key is not None else "password",
            }
            with workspace.unit_of_work() as session:
                if unlocked.keys is not None:
                    from lcs_desktop.services import trust

                    owner = None if recovery_key is not None else user.id
                    trust.register_key(
                        workspace, session, user, owner, unlocked.keys.sign_public, unlocked.org_key
                    )
                workspace.audit(session, user, "backup_restored", "backup", None, details)
            workspace.slots.save()
        finally:
            workspace.close()
    except BaseException:
        if not handed_over:
            lock.release()
        raise
    log.info("backup restored (audit head %d)", manifest.audit_head_seq)
    return RestoreResult(manifest.created_at, replaced, manifest.audit_head_seq, sha256)


def _check_staged(
    staged: Path,
    manifest: bf.Manifest,
    username: str,
    password: str | None,
    recovery_key: str | None,
    name: str,
) -> tuple[Unlocked, CurrentUser]:
    """Every check on an extracted backup; returns its unlocked slot and the restoring administrator."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from lcs_desktop.domain.errors import AuthenticationError, PermissionDenied, ValidationError
    from lcs_desktop.domain.roles import Role
    from lcs_desktop.domain.usernames import normalise_username
    from lcs_desktop.services.accounts import roles_from_text, to_current
    from lcs_desktop.services.audit_chain import AuditChain, audit_key, legacy_key_in
    from lcs_desktop.services.audit_verify import verify
    from lcs_desktop.store import migrate
    from lcs_desktop.store.accounts import User
    from lcs_desktop.store.engine import make_engine
    from lcs_desktop.vault.crypto import UnwrapError
    from lcs_desktop.vault.keyslots import KeySlotError, KeySlotFile
    from lcs_desktop.vault.recovery import RecoveryKeyFormatError, parse_recovery_key

    damaged = bf.damaged_error(name)
    slots = KeySlotFile(staged)
    try:
        if slots.db_id != manifest.db_id:
            raise damaged
    except KeySlotError:
        raise damaged from None
    username = normalise_username(username)
    try:
        if recovery_key is not None:
            try:
                secret = parse_recovery_key(recovery_key)
            except RecoveryKeyFormatError as exc:
                raise ValidationError(str(exc), "recovery_key") from None
            unlocked = slots.unlock_recovery(secret)
        else:
            unlocked = slots.unlock_password(username, password or "")
        key = unlocked.key
    except UnwrapError:
        if recovery_key is not None:
            raise AuthenticationError("That recovery key does not open this backup.") from None
        raise AuthenticationError("That username and password do not open this backup.") from None

    db = staged / bf.DB_MEMBER
    try:
        check_database(db, key, full=True)
        facts = bf.describe_database(db, key)
    except StoreError:
        raise bf.BackupFileError(
            f"The database inside {name} is damaged, so it cannot be restored. Use another backup."
        ) from None
    if facts.db_id != slots.db_id:
        raise damaged
    engine = make_engine(db, key)
    try:
        if migrate.needs_upgrade(engine):  # refuses a newer one; brings an older one up to date
            migrate.upgrade(engine)
        with Session(engine) as session:
            legacy = legacy_key_in(session) or audit_key(key)
            problems = verify(AuditChain(slots.db_id, legacy), session, slots.audit_head())
            row = session.scalar(select(User).where(User.username == username))
            user = to_current(row) if row is not None else None
            allowed = row is not None and row.active and Role.ADMINISTRATOR in roles_from_text(row.roles)
    finally:
        engine.dispose()
    if problems:
        first = problems[0]
        raise bf.BackupFileError(
            f"The audit log inside {name} does not verify ({describe_problem(first.seq, first.what)}), "
            "so the backup cannot be trusted. Use another backup."
        )
    if not allowed or user is None:
        raise PermissionDenied(
            "Only an account that is an active administrator in the backup can restore it."
        )
    return unlocked, user
