"""Open (or create) the encrypted database in a data folder, safely.

The order matters: refuse unsafe locations, take the single-instance lock, prove the key
opens the file, refuse a newer schema, copy the file before migrating, then migrate.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import ClassVar

from sqlalchemy import Engine, select, text
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from lcs_desktop import __version__
from lcs_desktop.domain.errors import WorkspaceLocked
from lcs_desktop.paths import BACKUP_DIR_NAME, DB_NAME
from lcs_desktop.store import migrate
from lcs_desktop.store.accounts import Meta
from lcs_desktop.store.backup_copy import copy_database
from lcs_desktop.store.engine import connect_raw, forget_key, key_forgotten, make_engine
from lcs_desktop.store.errors import (
    DB_ERRORS,
    DamagedDatabaseError,
    MissingDataError,
    ReadOnlyError,
    StoreError,
    UnsafeLocationError,
    WrongKeyError,
    damaged,
    pages_named,
    translate,
)
from lcs_desktop.store.instance_lock import InstanceLock
from lcs_desktop.store.location import location_problem

log = logging.getLogger(__name__)

PRE_MIGRATION_PREFIX = "before-upgrade-"


@dataclass
class Database:
    """A locked, keyed, migrated database. ``close`` disposes every keyed connection."""

    backend: ClassVar[str] = "local"  # "server": store.server_database.ServerDatabase
    folder: Path
    engine: Engine
    lock: InstanceLock
    _sessions: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.rebind()

    def rebind(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def path(self) -> Path:
        return self.folder / DB_NAME

    def session(self) -> Session:
        return self._sessions()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work; database faults come out as StoreError with a plain message."""
        session = self._sessions()
        try:
            with session.begin():
                yield session
        except (OperationalError, DBAPIError) as exc:
            log.error("database error: %s", type(getattr(exc, "orig", exc)).__name__)
            raise self.fault(exc) from None
        finally:
            with contextlib.suppress(SQLAlchemyError, *DB_ERRORS):
                session.close()

    def fault(self, exc: BaseException) -> StoreError:
        """The plain-words error for a driver fault; a damaged database names its pages."""
        error = translate(exc)
        return damaged(self.damaged_pages()) if isinstance(error, DamagedDatabaseError) else error

    def damaged_pages(self) -> list[int]:
        """The pages SQLCipher's own check names as damaged (empty when it cannot tell)."""
        try:
            with self.engine.connect() as connection:
                rows = connection.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall()
        except (SQLAlchemyError, *DB_ERRORS):
            return []
        return pages_named(rows)

    def checkpoint(self) -> None:
        """Fold the WAL back into the file and empty it (deleted rows must not linger there)."""
        try:
            with self.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except (SQLAlchemyError, *DB_ERRORS) as exc:
            raise self.fault(exc) from None

    def dispose(self) -> None:
        self.engine.dispose()

    # -- idle lock: the key leaves memory, and comes back only with a password ----------------

    @property
    def key_forgotten(self) -> bool:
        return key_forgotten(self.engine)

    def forget_key(self) -> None:
        """Wipe the engine's key and close every keyed connection: none can open until
        ``reopen`` is given the key again."""
        forget_key(self.engine)

    def reopen(self, key: bytes) -> None:
        forget_key(self.engine)  # never two live engines (and keys) for one file
        self.engine = make_engine(self.path, key)
        self.rebind()

    def close(self) -> None:
        """Never raises for a database fault: the lock must be released whatever the file's state
        (a damaged page is reported where it is read, not here). Locked: nothing to optimise or
        fold in without the key; the engine and the lock still go."""
        try:
            if not self.key_forgotten:
                # Keep the planner's statistics fresh (cheap; only re-analyses what changed a
                # lot), so lists stay fast as the data grows.
                with self.engine.connect() as connection:
                    connection.exec_driver_sql("PRAGMA optimize")
                self.checkpoint()
        except (SQLAlchemyError, StoreError, WorkspaceLocked, *DB_ERRORS) as exc:
            log.warning("closing the database: %s", type(getattr(exc, "orig", exc)).__name__)
        finally:
            try:
                self.engine.dispose()
            finally:
                self.lock.release()


def check_folder_writable(folder: Path) -> None:
    probe = folder / ".lcs-write-test"
    try:
        with open(probe, "wb") as fh:
            fh.write(b"ok")
        probe.unlink()
    except PermissionError:
        raise ReadOnlyError(
            f"LCS Desktop cannot write to the data folder {folder}. Ask IT to give your "
            "Windows account permission to change files there."
        ) from None
    except OSError as exc:
        if exc.errno == 28:  # ENOSPC
            raise translate(OSError("no space")) from None
        if exc.errno == 30:  # EROFS
            raise ReadOnlyError(f"The data folder {folder} is on a read-only disk.") from None
        raise StoreError(f"The data folder {folder} cannot be used ({exc.strerror}).") from None


def _guard_location(folder: Path) -> None:
    problem = location_problem(folder)
    if problem:
        raise UnsafeLocationError(problem)


def create_database(folder: Path, key: bytes, db_id: str) -> Database:
    """A new, empty, migrated database in ``folder`` (which must not hold one yet)."""
    _guard_location(folder)
    folder.mkdir(parents=True, exist_ok=True)
    check_folder_writable(folder)
    path = folder / DB_NAME
    if path.exists():
        raise StoreError(f"The data folder {folder} already holds a database.")
    lock = InstanceLock(folder)
    lock.acquire()
    try:
        # Key first, then WAL: the other order writes a plaintext header (DESIGN.md §4).
        # Incremental vacuum before anything is written, so deletions can give free pages
        # back cheaply (issue 10): a file already in WAL mode keeps its setting until a VACUUM.
        raw = connect_raw(path, key, wal=False)
        raw.execute("PRAGMA auto_vacuum = INCREMENTAL")
        raw.execute("PRAGMA journal_mode = WAL")
        raw.close()
        engine = make_engine(path, key)
        migrate.upgrade(engine)
        database = Database(folder, engine, lock)
        with database.transaction() as session:
            session.add_all(
                [
                    Meta(key="db_id", value=db_id),
                    Meta(key="created_by_version", value=__version__),
                    Meta(key="created_at", value=datetime.now(UTC).isoformat(timespec="seconds")),
                ]
            )
        return database
    except BaseException:
        lock.release()
        raise


def open_database(folder: Path, key: bytes, db_id: str) -> Database:
    _guard_location(folder)
    path = folder / DB_NAME
    if not path.exists():
        raise MissingDataError(
            f"There is no database in {folder}. If it was moved, point LCS Desktop at its new "
            "folder; if it was lost, restore a backup."
        )
    if not os.access(folder, os.W_OK):
        raise ReadOnlyError(
            f"LCS Desktop cannot write to the data folder {folder}. Ask IT to give your "
            "Windows account permission to change files there."
        )
    lock = InstanceLock(folder)
    lock.acquire()
    try:
        _prove_key(path, key, db_id)
        engine = make_engine(path, key)
        try:
            if migrate.needs_upgrade(engine):
                stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
                copy = folder / BACKUP_DIR_NAME / f"{PRE_MIGRATION_PREFIX}{stamp}.db"
                log.info("taking an encrypted copy before migrating")
                copy_database(path, key, copy)
                migrate.upgrade(engine)
        except (OperationalError, DBAPIError) as exc:
            engine.dispose()
            raise translate(exc) from None
        except BaseException:
            engine.dispose()
            raise
        return Database(folder, engine, lock)
    except BaseException:
        lock.release()
        raise


def _prove_key(path: Path, key: bytes, db_id: str) -> None:
    """The key opens this very database (and not another folder's), or a clear error."""
    connection = None
    try:
        connection = connect_raw(path, key, wal=False)
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        row = connection.execute("SELECT value FROM lcs_meta WHERE key = 'db_id'").fetchone()
    except DB_ERRORS as exc:
        message = str(exc).lower()
        if "not a database" in message:
            # The key came from a slot that authenticated, so the file itself is at fault.
            raise DamagedDatabaseError(
                "The database is damaged (page 1), or it is not the database that belongs with "
                "this folder's key file — restore the latest backup (Settings › Backups).",
                (1,),
            ) from None
        error = translate(exc)
        if isinstance(error, DamagedDatabaseError) and connection is not None:
            error = damaged(_raw_damaged_pages(connection))
        raise error from None
    finally:
        if connection is not None:
            with contextlib.suppress(*DB_ERRORS):
                connection.close()
    if row is None or row[0] != db_id:
        raise WrongKeyError(
            "The database in this folder does not belong with its key file (keyslots.json). "
            "Put back the key file that came with this database, or restore a backup."
        )


def _raw_damaged_pages(connection: object) -> list[int]:
    try:
        return pages_named(connection.execute("PRAGMA cipher_integrity_check").fetchall())  # type: ignore[attr-defined]
    except DB_ERRORS:
        return []


def read_meta(session: Session) -> dict[str, str]:
    return {m.key: m.value for m in session.scalars(select(Meta))}


def sqlcipher_versions(engine: Engine) -> tuple[str, str]:
    with engine.connect() as connection:
        cipher = connection.execute(text("PRAGMA cipher_version")).scalar_one()
        sqlite = connection.execute(text("SELECT sqlite_version()")).scalar_one()
    return str(cipher), str(sqlite)
