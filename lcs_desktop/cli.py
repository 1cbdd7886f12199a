"""``lcs-desktop admin …``: the commands IT uses to set up, look after and rescue the data.

Passwords and the recovery key are never command-line arguments (they would show in the
process list and shell history): each comes from a hidden prompt or, for scripts, one line
of standard input (``--password-stdin``). Exit status 0 means success; anything else comes
with one plain line on standard error. Unexpected faults are logged (no traceback on screen).
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from lcs_desktop import APP_NAME, __version__
from lcs_desktop.domain.errors import LcsError
from lcs_desktop.paths import AppPaths

if TYPE_CHECKING:
    from lcs_desktop.services.auth import Authenticator
    from lcs_desktop.services.session import SignedIn

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
# Test-only: cheap Argon2 for NEW key slots so the test suite runs quickly. Existing slots
# always open with the cost stored in them. Never set this on a real installation.
ENV_FAST_KDF = "LCS_TEST_FAST_KDF"


class Failure(LcsError):
    """A refusal made by this module (bad input on the command line)."""


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error in one line, as every other refusal."""

    def error(self, message: str) -> NoReturn:
        if message.startswith("unrecognized arguments"):
            # Never echo them: a password typed as an argument would land on screen and in logs.
            message = (
                "unrecognised arguments (a password is never given as an argument: "
                "use the prompt or --password-stdin)"
            )
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see --help)\n")


# -- reading secrets ---------------------------------------------------------------------------


class Secrets:
    """Passwords from a hidden prompt, or lines of standard input with ``--password-stdin``."""

    def __init__(self, from_stdin: bool) -> None:
        self.from_stdin = from_stdin

    def line(self, what: str) -> str:
        text = sys.stdin.readline() if sys.stdin else ""
        if not text:
            raise Failure(f"Expected the {what} on standard input (one line), but there was none.")
        return text.rstrip("\r\n")

    def ask(self, prompt: str, what: str) -> str:
        if self.from_stdin:
            return self.line(what)
        if sys.stdin is None or not sys.stdin.isatty():
            raise Failure(
                f"There is no terminal to ask for the {what}: run this in a console, or use "
                "--password-stdin and give it on standard input."
            )
        value = getpass.getpass(prompt)
        if not value:
            raise Failure(f"No {what} was typed.")
        return value

    def new_password(self, username: str) -> str:
        first = self.ask(f"New password for {username}: ", "new password")
        if not self.from_stdin and self.ask("Type it again: ", "new password") != first:
            raise Failure("The two passwords are not the same. Nothing was changed.")
        return first


# -- the commands ------------------------------------------------------------------------------


def _authenticator(args: argparse.Namespace) -> Authenticator:
    from lcs_desktop.services.auth import Authenticator
    from lcs_desktop.vault.crypto import DEFAULT_KDF, FAST_KDF_FOR_TESTS

    fast = args.kdf_fast or os.environ.get(ENV_FAST_KDF) == "1"
    return Authenticator(args.paths, kdf=FAST_KDF_FOR_TESTS if fast else DEFAULT_KDF)


@contextmanager
def _signed_in(args: argparse.Namespace, secrets: Secrets) -> Iterator[SignedIn]:
    auth = _authenticator(args)
    if not auth.is_set_up():
        raise Failure(
            f"{args.paths.data_dir} holds no LCS Desktop data. Check --data-dir, or set it up "
            "with 'lcs-desktop admin init'."
        )
    password = secrets.ask(f"Password for {args.username}: ", "password")
    session = auth.sign_in(args.username, password)
    try:
        if session.must_change_password:
            raise Failure(
                "This account still has a temporary password. Sign in to LCS Desktop and choose "
                "your own password first."
            )
        yield session
    finally:
        try:
            session.sign_out()
        except LcsError:
            session.workspace.close()


def cmd_init(args: argparse.Namespace, secrets: Secrets) -> int:
    auth = _authenticator(args)
    if getattr(args, "server", False):  # on the office server this PC is connected to (issue 11)
        from lcs_desktop.cli_connect import cmd_init_server

        return cmd_init_server(args, secrets, auth)
    if auth.is_set_up():
        raise Failure(f"{args.paths.data_dir} is already set up. Nothing was changed.")
    password = secrets.new_password(args.username)
    session, recovery_key = auth.set_up(args.org, args.username, args.full_name, password)
    session.sign_out()
    print(f"Set up {APP_NAME} for {args.org.strip()} in {args.paths.data_dir}.")
    print(f"Administrator account: {session.user.username}")
    print(f"Recovery key: {recovery_key}")
    print(
        "Store the recovery key safely now (print it or write it down, and keep it in the office "
        "safe). It is shown only this once, and it is the only way back in if every "
        "administrator password is lost."
    )
    return EXIT_OK


def cmd_move_to_server(args: argparse.Namespace, secrets: Secrets) -> int:
    from lcs_desktop.cli_connect import cmd_move_to_server as move

    @contextmanager
    def signed_in(args: argparse.Namespace, password: str) -> Iterator[SignedIn]:
        session = _authenticator(args).sign_in(args.username, password)
        try:
            yield session
        finally:
            if session.workspace.database.lock.held:  # a move that stopped early; else closed by it
                session.workspace.close()

    return move(args, secrets, signed_in)


def cmd_add_user(args: argparse.Namespace, secrets: Secrets) -> int:
    from lcs_desktop.domain.roles import parse_roles

    try:
        roles = parse_roles(args.roles)
    except ValueError as exc:
        raise Failure(str(exc)) from None
    if not roles:
        raise Failure("Give at least one role with --roles, e.g. --roles lead,checker.")
    with _signed_in(args, secrets) as session:
        temp = session.accounts.add_user(session.user, args.new_username, args.full_name, roles)
    print(f"Added the account {args.new_username.strip().lower()}.")
    print(f"Temporary password: {temp}")
    print("Give it to the person privately; they must choose their own password when they first sign in.")
    return EXIT_OK


def cmd_reset_password(args: argparse.Namespace, secrets: Secrets) -> int:
    from lcs_desktop.domain.usernames import normalise_username

    target = normalise_username(args.target)
    with _signed_in(args, secrets) as session:
        match = [u for u in session.accounts.list_users(session.user) if u.username == target]
        if not match:
            raise Failure(f"There is no account called '{target}'.")
        temp = session.accounts.reset_password(session.user, match[0].id)
    print(f"Reset the password of {target}.")
    print(f"Temporary password: {temp}")
    print("Give it to the person privately; they must choose their own password when they next sign in.")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace, secrets: Secrets) -> int:
    out = Path(args.out).expanduser()
    folder, target = (out, None) if out.is_dir() else (None, out)
    if target is not None:
        if target.exists():
            raise Failure(f"{target} already exists. Choose another name; nothing was overwritten.")
        if not target.parent.is_dir():
            raise Failure(f"The folder {target.parent} does not exist.")
    with _signed_in(args, secrets) as session:
        # On an office server the copy takes a while: say what it is doing (issue 11).
        info = session.backups.backup_now(
            session.user, folder, target=target, progress=lambda s: print(f"{s}…")
        )
    print(f"Backup written and checked: {info.path}")
    print(f"Size: {info.size_bytes:,} bytes. Manifest SHA-256: {info.sha256} (recorded in the audit trail).")
    print("It opens with today's passwords or the recovery key. Keep a copy away from this PC.")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, secrets: Secrets) -> int:
    from lcs_desktop.services.backups import restore_backup

    source = Path(getattr(args, "from")).expanduser()
    if not source.exists():
        raise Failure(f"There is no file at {source}.")
    if args.recovery_key:
        key = secrets.ask("Recovery key: ", "recovery key")
        result = restore_backup(args.paths, source, args.username, recovery_key=key)
    else:
        password = secrets.ask(f"Password for {args.username} (as it was in the backup): ", "password")
        result = restore_backup(args.paths, source, args.username, password)
    made = result.backup_created_at.astimezone().strftime("%d/%m/%Y %H:%M")
    print(f"Restored the backup made on {made} into {args.paths.data_dir}.")
    if result.replaced_folder is not None:
        print(f"The data it replaced is kept in {result.replaced_folder}.")
    print("Everyone signs in with the passwords they had when the backup was made.")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace, secrets: Secrets) -> int:
    from lcs_desktop.services.trust import org_fingerprint
    from lcs_desktop.services.witness import check_witness
    from lcs_desktop.store.errors import DamagedDatabaseError

    try:
        with _signed_in(args, secrets) as session:
            witness = check_witness(session.workspace, session.user, args.witness) if args.witness else None
            check = session.backups.check_data(session.user, full=args.full)
            fingerprint = org_fingerprint(session.workspace.slots.org_public())
    except DamagedDatabaseError as exc:
        # The damage stopped sign-in or the audit read itself: that finding is the report.
        print(f"Database: {exc.message}")
        print("Audit log: not checked, because the database could not be read.")
        print("Verification failed: 1 problem(s) found, listed above.", file=sys.stderr)
        return EXIT_FAILED
    if fingerprint:  # compare with the recovery-key sheet in the office safe
        print(f"Organisation key fingerprint: {fingerprint}")
    if witness is not None:
        print(f"Witness: {witness.message}")
    if check.database_problem:
        print(f"Database: {check.database_problem}")
    elif check.on_server:
        print("Database: on the office server, whose disks and pages IT's own checks look after.")
    else:
        print("Database: the integrity and encryption checks found no damage.")
    for problem in check.audit_problems:
        print(problem)
    if not check.audit_problems:
        print(f"Audit log: all {check.audit_events} events are intact and in order.")
    if check.ok and (witness is None or witness.ok):
        return EXIT_OK
    if check.database_problem:
        print(
            "Restore the latest backup that verifies ('lcs-desktop admin restore'); the damaged "
            "files are kept. Ask IT to check the disk."
        )
    count = len(check.audit_problems) + (1 if check.database_problem else 0)
    count += 1 if witness is not None and not witness.ok else 0
    print(f"Verification failed: {count} problem(s) found, listed above.", file=sys.stderr)
    return EXIT_FAILED


def cmd_rotate_key(args: argparse.Namespace, secrets: Secrets) -> int:
    shown = [-1]

    def progress(fraction: float) -> None:
        step = int(fraction * 10) * 10  # every 10 %
        if step > shown[0]:
            shown[0] = step
            print(f"Re-encrypting the database: {step}%", file=sys.stderr, flush=True)

    owner = None
    if _authenticator(args).server_settings() is not None:  # an office server (issue 11)
        if not getattr(args, "owner", None):
            raise Failure("On an office server, give IT's database-owner login with --owner.")
        owner = (args.owner, secrets.ask(f"Password for {args.owner}: ", "database owner's password"))
    with _signed_in(args, secrets) as session:
        result = session.key_rotation.rotate(session.user, progress=progress, owner=owner)
    for line in result.sentences():
        print(line)
    return EXIT_OK


def cmd_recover(args: argparse.Namespace, secrets: Secrets) -> int:
    auth = _authenticator(args)
    if not auth.is_set_up():
        raise Failure(f"{args.paths.data_dir} holds no LCS Desktop data. Check --data-dir.")
    owner = None
    if auth.server_settings() is not None:  # an office server: with IT's owner login (issue 11)
        if not getattr(args, "owner", None):
            raise Failure("On an office server, give IT's database-owner login with --owner.")
        owner = (args.owner, secrets.ask(f"Password for {args.owner}: ", "database owner's password"))
    recovery_key = secrets.ask("Recovery key: ", "recovery key")
    password = secrets.new_password(args.username)
    session = auth.recover(recovery_key, args.username, password, owner)
    session.sign_out()
    print(f"The password of {session.user.username} has been changed. Sign in with it now.")
    return EXIT_OK


def cmd_import_people(args: argparse.Namespace, secrets: Secrets) -> int:
    from lcs_desktop.services.people_import import ImportRefused

    source = Path(args.file).expanduser()
    if not source.is_file():
        raise Failure(f"There is no file at {source}.")
    with _signed_in(args, secrets) as session:
        try:
            imported = session.people.import_file_rows(session.user, source)
        except ImportRefused as refused:
            for line in refused.preview.messages():
                print(line, file=sys.stderr)
            raise Failure(refused.message) from None
        # Each row as read, dates in words, so a swapped day and month is seen (references,
        # not names: a console's scroll-back is no place for personal data).
        for line in [*imported.notes(), *imported.row_lines(names=False)]:
            print(line)
    print(f"Imported {len(imported.rows)} people.")
    return EXIT_OK


def cmd_certificates(args: argparse.Namespace, secrets: Secrets) -> int:
    from lcs_desktop.services.deletion_certificates import export_certificates, list_certificates

    out = Path(args.out).expanduser()
    out = out if out.suffix.lower() == ".pdf" else out.with_name(f"{out.name}.pdf")
    if out.exists():
        raise Failure(f"{out} already exists. Choose another name; nothing was overwritten.")
    if not out.parent.is_dir():
        raise Failure(f"The folder {out.parent} does not exist.")
    with _signed_in(args, secrets) as session:
        seqs: list[int] = []
        while page := list_certificates(session.workspace, session.user, before_seq=min(seqs, default=None)):
            seqs.extend(c.seq for c in page)
        if not seqs:
            raise Failure("No record has been deleted or reduced yet, so there is no certificate to print.")
        result = export_certificates(session.workspace, session.user, seqs, target=out)
    print(f"{len(seqs)} deletion certificate(s) written to {out} ({result.pages} pages).")
    print(f"SHA-256: {result.sha256} (recorded in the audit trail).")
    return EXIT_OK


def cmd_verify_pdf(args: argparse.Namespace, secrets: Secrets) -> int:
    """``lcs-desktop verify-pdf FILE``: the export signature and the audited SHA-256, in words."""
    from lcs_desktop.services.pdf_verify import needs_password, verify_pdf

    source = Path(args.file).expanduser()
    if not source.is_file():
        raise Failure(f"There is no file at {source}.")
    try:
        data = source.read_bytes()
    except OSError:
        raise Failure(f"{source} could not be read. Check you are allowed to open it.") from None
    protected = needs_password(data)  # refuses a file that is not a PDF before any password
    with _signed_in(args, secrets) as session:
        password = secrets.ask("Password that opens the PDF: ", "PDF's password") if protected else None
        report = verify_pdf(session.workspace, session.user, data, password=password)
    for line in report.lines():
        print(line)
    return EXIT_OK if report.ok else EXIT_FAILED


# -- parsing and running -----------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="the data folder (default: LCS_DATA_DIR, or this PC's local data folder)",
    )
    common.add_argument(
        "--kdf-fast", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS
    )  # test-only, see ENV_FAST_KDF

    def stdin_parent(text: str) -> argparse.ArgumentParser:
        parent = argparse.ArgumentParser(add_help=False)
        parent.add_argument("--password-stdin", action="store_true", help=text)
        return parent

    one_line = "read the password from standard input (exactly one line) instead of asking"

    parser = _Parser(
        prog="lcs-desktop admin",
        parents=[common],
        description=f"{APP_NAME} {__version__}: admin commands for IT. Passwords are "
        "asked for, or read from standard input with --password-stdin; never given as "
        "arguments.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True, parser_class=_Parser)

    def add(
        name: str, run: Callable[..., int], text: str, stdin_help: str = one_line
    ) -> argparse.ArgumentParser:
        parents = [common, stdin_parent(stdin_help)]
        p = sub.add_parser(name, parents=parents, help=text, description=text)
        p.set_defaults(run=run)
        return p

    p = add(
        "init",
        cmd_init,
        "set up a new organisation and its first administrator account (prints the recovery key)",
        "read the new account's password from standard input (exactly one line) instead of asking",
    )
    p.add_argument("--org", required=True, metavar="NAME", help="the organisation's name")
    p.add_argument("--username", required=True, metavar="U", help="the first account's username")
    p.add_argument("--full-name", required=True, metavar="N", help="the first account's full name")
    from lcs_desktop.cli_connect import add_connect_commands, add_init_arguments  # issue 11

    add_init_arguments(p)

    p = add("add-user", cmd_add_user, "add an account (prints its temporary password)")
    p.add_argument("--username", required=True, metavar="ADMIN", help="your administrator username")
    p.add_argument("--new-username", required=True, metavar="X")
    p.add_argument("--full-name", required=True, metavar="N")
    p.add_argument(
        "--roles",
        required=True,
        metavar="ROLES",
        help="comma-separated: administrator (admin), safeguarding_lead (lead), manager, checker",
    )

    p = add("reset-password", cmd_reset_password, "give an account a temporary password")
    p.add_argument("--username", required=True, metavar="ADMIN", help="your administrator username")
    p.add_argument("--target", required=True, metavar="X", help="the account to reset")

    p = add("backup", cmd_backup, "write a checked, encrypted backup file")
    p.add_argument("--username", required=True, metavar="ADMIN", help="your administrator username")
    p.add_argument(
        "--out",
        required=True,
        metavar="FILE",
        help="a folder (the file is named lcs-backup-YYYYMMDD-HHMMSS.lcsbackup) or a new file",
    )

    p = add(
        "restore",
        cmd_restore,
        "check a backup, then put it in place of the current data (which is kept in a replaced-… folder)",
        "read the password (or, with --recovery-key, the recovery key) from standard input, one line",
    )
    p.add_argument("--from", required=True, metavar="FILE", help="the .lcsbackup file")
    p.add_argument(
        "--username", required=True, metavar="ADMIN", help="an administrator account in the backup"
    )
    p.add_argument(
        "--recovery-key",
        action="store_true",
        help="open the backup with the recovery key instead of the password",
    )

    p = add(
        "verify",
        cmd_verify,
        "check the database (SQLCipher integrity and encryption) and the "
        "audit log's chain; exit 0 only if both are sound",
    )
    p.add_argument("--username", required=True, metavar="U", help="an administrator or safeguarding lead")
    p.add_argument(
        "--witness",
        type=Path,
        metavar="FILE",
        help="also check the log against a backup (.lcsbackup) or an exported PDF made earlier",
    )
    p.add_argument(
        "--full",
        action="store_true",
        help="check every signature again, also those this PC checked before",
    )

    p = add(
        "rotate-key",
        cmd_rotate_key,
        "change the database key and re-encrypt the data (suspected compromise): every remaining "
        "password and the recovery key keep working; copies of the old key file stop opening it",
    )
    p.add_argument("--username", required=True, metavar="ADMIN", help="your administrator username")
    p.add_argument(
        "--owner", metavar="LOGIN", help="on an office server: IT's database-owner login (asks its password)"
    )

    p = add(
        "recover",
        cmd_recover,
        "set a new administrator password with the recovery key (asks "
        "for the key, then the new password; with --password-stdin, two lines)",
        "read the recovery key, then the new password, from standard input (two lines)",
    )
    p.add_argument("--username", required=True, metavar="ADMIN", help="the administrator account")
    p.add_argument(
        "--owner", metavar="LOGIN", help="on an office server: IT's database-owner login (its password first)"
    )

    p = add(
        "import-people",
        cmd_import_people,
        "import people from a CSV file exported from the HR spreadsheet (a file with any bad row "
        "imports nothing; each bad row is listed with its reason)",
    )
    p.add_argument("file", metavar="FILE", help="the CSV file (UTF-8, with a header row)")
    p.add_argument("--username", required=True, metavar="U", help="a checker or the safeguarding lead")

    p = add(
        "verify-pdf",
        cmd_verify_pdf,
        "check an exported PDF: is its signature this organisation's and intact, was it changed "
        "after signing, and is this exact file an audited export (exit 0 only if all hold)",
        "read your password, then (for a password-protected PDF) the PDF's password, from standard "
        "input (one line each)",
    )
    p.add_argument("file", metavar="FILE", help="the exported PDF")
    p.add_argument(
        "--username", required=True, metavar="U", help="your username (signing in reads the audit trail)"
    )

    p = add("certificates", cmd_certificates, "print every deletion certificate as one PDF (content-free)")
    p.add_argument("--username", required=True, metavar="LEAD", help="the safeguarding lead's username")
    p.add_argument("--out", required=True, metavar="FILE", help="the new PDF file")

    from lcs_desktop.cli_server import add_server_commands  # server-init, upgrade-server (issue 11)

    add_server_commands(add, cmd_move_to_server)
    add_connect_commands(add, cmd_move_to_server)
    return parser


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    except SystemExit as exc:  # --help, or a usage error already reported in one line
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    args.kdf_fast = getattr(args, "kdf_fast", False)
    handler: logging.Handler | None = None
    try:
        args.paths = AppPaths.default(getattr(args, "data_dir", None))
        handler = _log_to_file(args.paths)
        log.info("admin command %s", args.command)
        return args.run(args, Secrets(getattr(args, "password_stdin", False)))
    except LcsError as exc:
        log.info("admin command %s refused: %s", args.command, type(exc).__name__)
        _fail(exc.message)
    except KeyboardInterrupt:
        _fail("Stopped. Nothing more was changed.")
    except Exception as exc:
        from lcs_desktop.store.errors import database_fault

        # The message may hold data (a database error can quote values): log the type and where only.
        frames = traceback.extract_tb(exc.__traceback__)
        where_failed = "\n".join(f"  {f.filename}:{f.lineno} in {f.name}" for f in frames)
        log.error("admin command failed: %s\n%s", type(exc).__name__, where_failed)
        where = f" ({args.paths.log_dir})" if hasattr(args, "paths") else ""
        fault = database_fault(exc)  # a disk, lock or damage fault has its own sentence
        _fail(
            fault.message
            if fault is not None
            else f"Something went wrong; nothing more was changed. The details are in the log file{where}."
        )
    finally:
        if handler is not None:
            logging.getLogger("lcs_desktop").removeHandler(handler)
            handler.close()
    return EXIT_FAILED


def _fail(message: str) -> None:
    print(" ".join(message.split()), file=sys.stderr)


def _log_to_file(paths: AppPaths) -> logging.Handler | None:
    """The admin commands' own log file (record ids and error types only, as the app's)."""
    from lcs_desktop.logs import file_handler

    try:
        handler = file_handler(paths.log_dir, "admin.log")
    except OSError:
        return None  # no log folder: the commands still work
    handler.setLevel(logging.INFO)
    package = logging.getLogger("lcs_desktop")
    package.addHandler(handler)
    if package.level == logging.NOTSET or package.level > logging.INFO:
        package.setLevel(logging.INFO)
    return handler
