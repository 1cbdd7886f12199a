"""``lcs-desktop admin connect-server`` and ``admin init --server`` (issue 11).

``connect-server`` points this PC at an office server that IT has set up with ``server-init``:
it checks the server answers over verified TLS with this version's schema, learns the
workspace id, and writes ``office-server.json`` (address, CA path, workspace id — no secret).
``init --server`` then sets up the first administrator there: their login is made with IT's
owner login (its password asked first), everything else is written by the new account, as a
local ``init`` does. Passwords come from the hidden prompt or ``--password-stdin`` (one line
each, the owner's first), never the command line.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Protocol


class Secrets(Protocol):  # cli.Secrets (not imported: cli imports this module)
    def ask(self, prompt: str, what: str) -> str: ...

    def new_password(self, username: str) -> str: ...


OWNER_HELP = "IT's database-owner login on the server (the one that ran server-init)"


def cmd_connect_server(args: argparse.Namespace, secrets: Secrets) -> int:
    from lcs_desktop.services.server_signin import connect_server
    from lcs_desktop.store.server_address import ServerAddress

    address = ServerAddress.parse(args.url, args.ca_file)  # a user or password in it: refused here
    password = secrets.ask(f"Password for {args.owner} on {address.shown}: ", "database owner's password")
    settings = connect_server(args.paths, address.url, str(args.ca_file), args.owner, password)
    print(f"This PC now works on the office server {address.shown} (workspace {settings.db_id}).")
    print(f"Its settings are in {args.paths.data_dir} (no password is kept). Next: sign in as usual.")
    return 0


def cmd_init_server(args: argparse.Namespace, secrets: Secrets, auth: object) -> int:
    """``admin init --server``: the organisation and its first administrator on the server."""
    from lcs_desktop.services.server_signin import NOT_CONNECTED, set_up_on_server

    settings = auth.server_settings()  # type: ignore[attr-defined]
    if settings is None:
        raise _failure(NOT_CONNECTED)
    if not args.owner:
        raise _failure("Give IT's database-owner login with --owner (it makes the first account's login).")
    owner_password = secrets.ask(f"Password for {args.owner}: ", "database owner's password")
    password = secrets.new_password(args.username)
    session, recovery_key = set_up_on_server(
        auth, args.owner, owner_password, args.org, args.username, args.full_name, password
    )
    session.sign_out()
    print(f"Set up LCS Desktop for {args.org.strip()} on the office server {settings.url}.")
    print(f"Administrator account: {session.user.username}")
    print(f"Recovery key: {recovery_key}")
    print(
        "Store the recovery key safely now (print it or write it down, and keep it in the office "
        "safe). It is shown only this once, and it is the only way back in if every "
        "administrator password is lost."
    )
    return 0


def cmd_move_to_server(args: argparse.Namespace, secrets: Secrets, signed_in: Callable[..., object]) -> int:
    """``admin move-to-server`` (server-init's ``--from-local`` step): this PC's local workspace
    onto a server just set up with ``server-init``; progress printed; the others' temporary
    passwords printed once."""
    from lcs_desktop.services.server_move import move_to_server
    from lcs_desktop.store.server_address import ServerAddress

    address = ServerAddress.parse(args.url, args.ca_file)
    owner_password = secrets.ask(
        f"Password for {args.owner} on {address.shown}: ", "database owner's password"
    )
    password = secrets.ask(f"Password for {args.username}: ", "password")
    with signed_in(args, password) as session:
        result = move_to_server(
            session,  # type: ignore[arg-type]
            password,
            address.url,
            str(args.ca_file),
            (args.owner, owner_password),
            progress=lambda step: print(f"{step}…", flush=True),
        )
    moved = sum(result.counts.values())
    print(
        f"Moved {moved} records to the office server {address.shown}; counts and the audit trail check out."
    )
    print("This PC now works on the office server. The local database stays in the data folder, unused.")
    for username, temp in sorted(result.temporary_passwords.items()):
        print(f"Temporary password for {username}: {temp}")
    if result.temporary_passwords:
        print("Give each person theirs privately; they choose their own at first sign-in.")
    return 0


def _failure(message: str) -> Exception:
    from lcs_desktop.domain.errors import LcsError

    return LcsError(message)


def add_init_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--server",
        action="store_true",
        help="set up on the office server this PC is connected to (see connect-server)",
    )
    p.add_argument("--owner", metavar="LOGIN", help=OWNER_HELP + "; with --server only")


def add_connect_commands(
    add: Callable[..., argparse.ArgumentParser], move: Callable[..., int] | None = None
) -> None:
    p = add(
        "connect-server",
        cmd_connect_server,
        "point this PC at an office server set up with server-init (stores its address, no password)",
        "read the database owner's password from standard input (exactly one line) instead of asking",
    )
    p.add_argument(
        "--url", required=True, metavar="URL", help="postgresql://HOST[:PORT]/DATABASE (no user or password)"
    )
    p.add_argument(
        "--ca-file", required=True, type=Path, metavar="CA.pem", help="the CA certificate IT installed"
    )
    p.add_argument("--owner", required=True, metavar="LOGIN", help=OWNER_HELP)
    if move is not None:
        p = add(
            "move-to-server",
            move,
            "move this PC's local workspace onto an office server just set up with server-init "
            "(server-init's --from-local step)",
            "read the database owner's password, then yours, from standard input (one line each)",
        )
        p.add_argument("--url", required=True, metavar="URL", help="postgresql://HOST[:PORT]/DATABASE")
        p.add_argument("--ca-file", required=True, type=Path, metavar="CA.pem", help="the CA IT installed")
        p.add_argument("--owner", required=True, metavar="LOGIN", help=OWNER_HELP)
        p.add_argument("--username", required=True, metavar="ADMIN", help="your administrator username")
