"""``lcs-desktop admin server-init`` and ``upgrade-server`` (issue 11): IT sets up and upgrades an
office server as the database's owner login. The owner's password comes from the hidden prompt
or ``--password-stdin``, never the command line; the address holds no user or password.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from lcs_desktop.store.server_address import ServerAddress


class Secrets(Protocol):  # cli.Secrets (not imported: cli imports this module)
    def ask(self, prompt: str, what: str) -> str: ...


OWNER_HELP = "the database owner's login on the server (IT's; it needs CREATEROLE)"


def _connect(args: argparse.Namespace, secrets: Secrets) -> tuple[ServerAddress, object]:
    from lcs_desktop.store.server_address import ServerAddress, ServerAddressError
    from lcs_desktop.store.server_engine import make_server_engine
    from lcs_desktop.store.server_errors import translate_server

    address = ServerAddress.parse(args.url, args.ca_file)
    if not address.ca_file.is_file():
        raise ServerAddressError(
            f"The CA file {address.ca_file} was not found. Give the file IT installed with --ca-file."
        )
    password = secrets.ask(f"Password for {args.owner} on {address.shown}: ", "database owner's password")
    engine = make_server_engine(address, args.owner, password, pool_size=1)
    try:
        with engine.connect():
            pass
    except Exception as exc:
        engine.dispose()
        raise translate_server(exc, address) from None
    return address, engine


def _run_on_server(args: argparse.Namespace, secrets: Secrets, work: Callable[..., str]) -> int:
    from sqlalchemy.exc import DBAPIError

    from lcs_desktop.store.server_errors import translate_server

    address, engine = _connect(args, secrets)
    try:
        print(work(address, engine))
    except DBAPIError as exc:
        raise translate_server(exc, address) from None
    finally:
        engine.dispose()  # type: ignore[attr-defined]
    return 0


class _AskedOnce:
    """The owner's password asked once for server-init and its --from-local move."""

    def __init__(self, secrets: Secrets) -> None:
        self._secrets = secrets
        self._answers: dict[str, str] = {}

    def ask(self, prompt: str, what: str) -> str:
        if what not in self._answers:
            self._answers[what] = self._secrets.ask(prompt, what)
        return self._answers[what]


def cmd_server_init(
    args: argparse.Namespace, secrets: Secrets, move: Callable[..., int] | None = None
) -> int:
    """``admin server-init``; with ``--from-local --username ADMIN`` the PC's local workspace is then
    moved onto it (``move-to-server``: counts and the audit chain checked after the move)."""
    from lcs_desktop.store.server_setup import server_init

    if getattr(args, "from_local", False):
        if not args.username or move is None:
            raise _failure("--from-local needs --username: the local administrator who moves the data.")
        secrets = _AskedOnce(secrets)

    def work(address: ServerAddress, engine: object) -> str:
        names = server_init(engine, address.dbname, progress=lambda step: print(f"{step}…"))  # type: ignore[arg-type]
        return (
            f"The office server {address.shown} is set up for LCS Desktop (roles {names.prefix}_…). "
            "Next: connect each PC to it."
        )

    done = _run_on_server(args, secrets, work)
    if getattr(args, "from_local", False) and move is not None:
        return move(args, secrets)
    return done


def _failure(message: str) -> Exception:
    from lcs_desktop.domain.errors import LcsError

    return LcsError(message)


def cmd_upgrade_server(args: argparse.Namespace, secrets: Secrets) -> int:
    from lcs_desktop.store.server_setup import upgrade_server

    def work(address: ServerAddress, engine: object) -> str:
        was = upgrade_server(engine, address.dbname, args.backup_verified, progress=lambda s: print(f"{s}…"))  # type: ignore[arg-type]
        if was is None:
            return f"The office server {address.shown} was already up to date; its access rules were checked."
        return f"The office server {address.shown} is upgraded to this version of LCS Desktop."

    return _run_on_server(args, secrets, work)


def add_server_commands(
    add: Callable[..., argparse.ArgumentParser], move: Callable[..., int] | None = None
) -> None:
    """Register the office-server commands (called from ``cli.build_parser``); ``move`` is
    ``move-to-server``, which server-init's ``--from-local`` runs after it."""
    owner_stdin = (
        "read the database owner's password from standard input (exactly one line) instead of asking"
    )
    p = add(
        "server-init",
        lambda args, secrets: cmd_server_init(args, secrets, move),
        "set up an empty office-server database: its tables, roles and access rules (as the database "
        "owner); with --from-local, then move this PC's local workspace onto it",
        "read the database owner's password (and, with --from-local, then yours) from standard input, "
        "one line each",
    )
    _server_arguments(p)
    p.add_argument(
        "--from-local",
        action="store_true",
        help="move this PC's local workspace onto the new server (counts and audit trail checked after)",
    )
    p.add_argument("--username", metavar="ADMIN", help="with --from-local: your local administrator username")
    p = add(
        "upgrade-server",
        cmd_upgrade_server,
        "upgrade the office server's database to this version (database owner only; needs a checked "
        "backup of the server made just before)",
        owner_stdin,
    )
    _server_arguments(p)
    p.add_argument(
        "--backup-verified",
        type=Path,
        metavar="FILE",
        help="the .lcsbackup file of the server, made and checked just before this upgrade",
    )


def _server_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--url", required=True, metavar="URL", help="postgresql://HOST[:PORT]/DATABASE (no user or password)"
    )
    p.add_argument(
        "--ca-file", required=True, type=Path, metavar="CA.pem", help="the CA certificate IT installed"
    )
    p.add_argument("--owner", required=True, metavar="LOGIN", help=OWNER_HELP)
