"""The office-server counterpart of ``Database`` (issue 11): the same surface the services use.

There is no file, no folder lock and no WAL on this side: ``folder`` is the PC's own local state
folder (drafts of settings, the last audit-chain head seen), ``checkpoint`` does nothing, and a
fault comes out in the server's plain words (``server_errors``). The login password is held by
the engine like the SQLCipher key, so the idle lock forgets it the same way.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from lcs_desktop.store.engine import forget_key, key_forgotten
from lcs_desktop.store.errors import StoreError
from lcs_desktop.store.sealed import forget_cipher
from lcs_desktop.store.server_address import ServerAddress
from lcs_desktop.store.server_engine import make_server_engine
from lcs_desktop.store.server_errors import KeyChangedError, translate_server
from lcs_desktop.store.server_key_guard import GenerationStamp, read_generation
from lcs_desktop.vault.field_cipher import AlteredValueError

log = logging.getLogger(__name__)


@dataclass
class NoFolderLock:
    """Stands where ``Database.lock`` (the single-instance lock on a data folder) stands: many
    desks share one server, so nothing on the PC is locked; ``held`` until the database closes."""

    held: bool = True

    def release(self) -> None:
        self.held = False


@dataclass
class ServerDatabase:
    """A workspace's database on the office server, reached as one person's login."""

    backend: ClassVar[str] = "server"
    folder: Path
    address: ServerAddress
    login: str
    engine: Engine
    lock: NoFolderLock = field(default_factory=NoFolderLock, init=False)
    _sessions: sessionmaker[Session] = field(init=False, repr=False)
    _stamp: GenerationStamp | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.rebind()

    @classmethod
    def connect(cls, folder: Path, address: ServerAddress, login: str, password: str) -> ServerDatabase:
        """Open a pooled engine for ``login`` and prove it connects (a plain fault otherwise)."""
        database = cls(folder, address, login, make_server_engine(address, login, password))
        try:
            with database.engine.connect():
                pass
        except (SQLAlchemyError, OSError) as exc:
            database.engine.dispose()
            raise database.fault(exc) from None
        return database

    def rebind(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        if self._stamp is None or self._stamp.engine is not self.engine:
            self._stamp = GenerationStamp(self.engine, self._stamp.value if self._stamp else None)

    @property
    def key_generation(self) -> str | None:
        """The workspace key's generation this desk holds (store/server_key_guard.py)."""
        return self._stamp.value if self._stamp is not None else None

    @key_generation.setter
    def key_generation(self, value: str | None) -> None:
        assert self._stamp is not None
        self._stamp.value = value

    def read_key_generation(self) -> str:
        with self.transaction() as session:
            return read_generation(session)

    def session(self) -> Session:
        return self._sessions()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work; server faults come out as StoreError with a plain message."""
        session = self._sessions()
        try:
            with session.begin():
                yield session
        except DBAPIError as exc:
            log.error("office server error: %s", type(getattr(exc, "orig", exc)).__name__)
            raise self.fault(exc) from None
        except AlteredValueError:
            # Not opening under this desk's key is what a key change looks like from a desk that
            # has not signed in again since: say that, not "altered on the server".
            if self._key_changed():
                raise KeyChangedError() from None
            raise
        finally:
            with contextlib.suppress(SQLAlchemyError):
                session.close()

    def _key_changed(self) -> bool:
        held = self.key_generation
        if held is None:
            return False
        try:
            return self.read_key_generation() != held
        except StoreError:
            return False

    def fault(self, exc: BaseException) -> StoreError:
        return translate_server(exc, self.address)

    def damaged_pages(self) -> list[int]:
        return []  # pages are the server's business (its own checksums and backups)

    def checkpoint(self) -> None:
        """Nothing to fold in: the server keeps its own write-ahead log."""

    def dispose(self) -> None:
        self.engine.dispose()

    @property
    def key_forgotten(self) -> bool:
        return key_forgotten(self.engine)

    def forget_key(self) -> None:
        """Wipe the login password and close every pooled connection (the idle lock)."""
        forget_cipher(self.engine)  # and the sealed columns' subkeys (store/sealed.py)
        forget_key(self.engine)

    def reopen(self, password: str | bytes) -> None:
        """After unlock: a fresh engine with the login password derived again on this PC."""
        secret = password.decode("utf-8") if isinstance(password, bytes) else password
        forget_key(self.engine)
        self.engine = make_server_engine(self.address, self.login, secret)
        self.rebind()

    def close(self) -> None:
        """Never raises: the pool goes whatever the server's state."""
        forget_cipher(self.engine)
        try:
            self.engine.dispose()
        except SQLAlchemyError as exc:
            log.warning("closing the office server connection: %s", type(exc).__name__)
        finally:
            self.lock.release()
