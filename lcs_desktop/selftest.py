"""``lcs-desktop --self-test``: prove this installation works, one line per check.

Run by IT after installing, and by the build after freezing. Everything happens in a
temporary folder that is removed afterwards; the real data folder is only probed for write
access. Each failure says in plain words what is wrong and what to do. Qt is imported only
by the Qt check (last, because a missing platform plugin can end the process).
"""

from __future__ import annotations

import os
import secrets
import sys
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

PASS, FAIL, WARN = "PASS", "FAIL", "WARN"
NON_LATIN_NAME = "Zoë Ødegård · Ірина Коваленко · Ελένη Παππά"
# Set for the child process that runs the Qt check alone: the file to write its one line to.
QT_CHILD_ENV = "LCS_SELF_TEST_QT_RESULT"
# When set, the report is also written to this file (build.ps1 reads it on Windows).
REPORT_ENV = "LCS_SELF_TEST_REPORT"


class CheckFailed(Exception):
    """A check found a fault; the message is shown to IT as it is."""


class CheckWarning(Exception):
    """Worth knowing, but the app still works (e.g. no keyring: sign-in by password only)."""


@dataclass
class Outcome:
    status: str
    name: str
    detail: str

    def line(self) -> str:
        return f"{self.status:<5} {self.name}: {self.detail}"


@dataclass
class SelfTest:
    """The checks, in order. ``root`` is a scratch folder that the caller removes."""

    root: Path
    out: TextIO | None = None
    outcomes: list[Outcome] = field(default_factory=list)
    _signed_in: Any = None
    _password: str = field(default_factory=lambda: "Verify-" + secrets.token_hex(8))

    def run(self) -> int:
        for name, check in self.checks():
            self._run(name, check)
        return 1 if any(o.status == FAIL for o in self.outcomes) else 0

    def checks(self) -> list[tuple[str, Callable[[], str]]]:
        return [
            ("data folder", self.check_data_folder),
            ("sqlcipher", self.check_sqlcipher),
            ("key slots", self.check_key_slots),
            ("audit chain", self.check_audit_chain),
            ("keyring", self.check_keyring),
            ("pdf", self.check_pdf),
            ("qt", self.check_qt),
        ]

    def _run(self, name: str, check: Callable[[], str]) -> None:
        try:
            outcome = Outcome(PASS, name, check())
        except CheckWarning as exc:
            outcome = Outcome(WARN, name, str(exc))
        except CheckFailed as exc:
            outcome = Outcome(FAIL, name, str(exc))
        except Exception as exc:
            outcome = Outcome(FAIL, name, _plain_reason(exc))
        self.outcomes.append(outcome)
        if self.out is not None:
            print(outcome.line(), file=self.out, flush=True)

    # -- checks -----------------------------------------------------------------------------

    def check_data_folder(self) -> str:
        """The real data folder (or where it will be created) accepts files. Nothing is left."""
        from lcs_desktop.paths import AppPaths

        folder = AppPaths.default().data_dir
        probe_in = folder
        while not probe_in.exists() and probe_in.parent != probe_in:
            probe_in = probe_in.parent
        try:
            with tempfile.NamedTemporaryFile(dir=probe_in, prefix=".lcs-write-test-"):
                pass
        except OSError as exc:
            raise CheckFailed(
                f"no write access to the data folder {folder} ({exc.strerror or exc}). Ask IT to give "
                "this Windows account permission to change files there."
            ) from None
        state = "exists" if folder.exists() else "will be created at first start"
        return f"{folder} is writable ({state})"

    def check_sqlcipher(self) -> str:
        """Create, migrate, write, close, check the bytes, reopen: the whole store path."""
        try:
            import sqlcipher3  # noqa: F401
        except ImportError as exc:
            raise CheckFailed(
                f"the SQLCipher library was not found ({exc}). Reinstall LCS Desktop."
            ) from None
        from lcs_desktop.domain.roles import Role
        from lcs_desktop.store import migrate
        from lcs_desktop.store.database import sqlcipher_versions

        auth = self._authenticator()
        signed_in, _recovery = auth.set_up("Self-test organisation", "selftest", "Self Test", self._password)
        marker = "LCS-SELFTEST-MARKER-" + secrets.token_hex(6)
        try:
            engine = signed_in.workspace.database.engine
            with engine.connect() as connection:
                revision = migrate.current_revision(connection)
            if revision != migrate.head_revision():
                raise CheckFailed(f"the database was not migrated to {migrate.head_revision()} ({revision}).")
            signed_in.accounts.add_user(signed_in.user, "marker", marker, frozenset({Role.CHECKER}))
            cipher, _sqlite = sqlcipher_versions(engine)
        finally:
            signed_in.sign_out()
        for path in sorted(auth.paths.data_dir.rglob("*")):
            if path.is_file() and marker.encode() in path.read_bytes():
                raise CheckFailed(f"{path.name} holds record text in clear: the database is NOT encrypted.")
        if auth.paths.database.read_bytes()[:16] == b"SQLite format 3\0":
            raise CheckFailed("the database file has a plain SQLite header: it is NOT encrypted.")
        self._signed_in = auth.sign_in("selftest", self._password)
        names = {u.full_name for u in self._signed_in.accounts.list_users(self._signed_in.user)}
        if marker not in names:
            raise CheckFailed("a record written before reopening was not found after reopening.")
        from lcs_desktop.store.damage_drill import damage_drill
        from lcs_desktop.vault.crypto import new_key

        drill = damage_drill(self.root / "damage-drill", new_key())
        return f"created, migrated, reopened, encrypted (SQLCipher {cipher}); {drill}"

    def check_key_slots(self) -> str:
        from lcs_desktop.vault import crypto
        from lcs_desktop.vault.crypto import FAST_KDF_FOR_TESTS, UnwrapError
        from lcs_desktop.vault.keyslots import KeySlotFile

        folder = self.root / "slots"
        folder.mkdir()
        slots = KeySlotFile(folder, FAST_KDF_FOR_TESTS)
        slots.create()
        key = crypto.new_key()
        slots.set_password("someone", self._password, key, must_change=False)
        slots.save()
        reread = KeySlotFile(folder, FAST_KDF_FOR_TESTS)
        if reread.unlock_password("someone", self._password).key != key:
            raise CheckFailed("a key slot unwrapped to the wrong key.")
        try:
            reread.unlock_password("someone", self._password + "x")
        except UnwrapError:
            pass
        else:
            raise CheckFailed("a key slot opened with the wrong password.")
        # The real cost, once, so a PC too slow for Argon2id shows up here.
        crypto.derive_kek(b"x", b"\0" * 16, crypto.DEFAULT_KDF)
        return "wrapped and unwrapped (Argon2id + AES-256-GCM); wrong password refused"

    def check_audit_chain(self) -> str:
        if self._signed_in is None:
            raise CheckFailed("skipped: the database check failed, so there is no audit trail to verify.")
        result = self._signed_in.audit_log.verify(self._signed_in.user)
        self._signed_in.sign_out()
        self._signed_in = None
        if not result.ok:
            raise CheckFailed(f"the audit chain did not verify ({len(result.problems)} problem(s)).")
        return f"{result.events} events verified after sign-out and sign-in"

    def check_keyring(self) -> str:
        from lcs_desktop.vault.secret_store import KeyringSecretStore

        try:
            store = KeyringSecretStore()
            backend = type(store._backend)
        except Exception as exc:
            store, backend = None, type(exc)
        name = f"{backend.__module__}.{backend.__qualname__}"
        if store is not None and store.available:
            return f"backend {name}"
        message = (
            f"no usable keyring backend ({name}): 'remember me on this PC' is unavailable; "
            "signing in with a password works."
        )
        if sys.platform == "win32":
            # Every Windows PC has Credential Manager: missing means the build is incomplete.
            raise CheckFailed(message + " Windows Credential Manager should be there: reinstall.")
        raise CheckWarning(message)

    def check_pdf(self) -> str:
        from io import BytesIO

        from pypdf import PdfReader

        data = build_test_pdf(NON_LATIN_NAME)
        reader = PdfReader(BytesIO(data))
        text = reader.pages[0].extract_text() or ""
        if len(reader.pages) != 1 or NON_LATIN_NAME.split(" · ")[1] not in text:
            raise CheckFailed("the test PDF did not read back with its non-Latin name.")
        fonts = reader.pages[0]["/Resources"]["/Font"].get_object()
        if not any("DejaVuSans" in str(f.get_object()["/BaseFont"]) for f in fonts.values()):
            raise CheckFailed("the test PDF does not use the bundled DejaVu Sans font.")
        # Every export is signed (pyHanko): prove the signer and its checker are in the bundle.
        from datetime import UTC, datetime

        from lcs_desktop.reports.pdf_signature_check import check_signature
        from lcs_desktop.reports.pdf_signing import PdfSigningKey, sign_pdf
        from lcs_desktop.vault.export_signing import new_signing_material

        made = new_signing_material("Self-test", datetime.now(UTC))
        signed = sign_pdf(data, PdfSigningKey(made.certificate, made.private_key))
        if not check_signature(signed, [made.certificate]).holds:
            raise CheckFailed("the test PDF's export signature did not validate.")
        return f"one page, {len(data) // 1024} KiB, bundled font, non-Latin name read back, signed"

    def check_qt(self) -> str:
        from lcs_desktop.selftest_qt import check_qt_in_child

        return check_qt_in_child(self.root)

    # -- helpers ----------------------------------------------------------------------------

    def _authenticator(self) -> Any:
        from lcs_desktop.paths import AppPaths
        from lcs_desktop.services.auth import Authenticator
        from lcs_desktop.vault.crypto import FAST_KDF_FOR_TESTS
        from lcs_desktop.vault.secret_store import NoSecretStore

        return Authenticator(AppPaths.under(self.root / "app"), NoSecretStore(), kdf=FAST_KDF_FOR_TESTS)

    def close(self) -> None:
        if self._signed_in is not None:
            self._signed_in.workspace.close()
            self._signed_in = None


def build_test_pdf(name: str) -> bytes:
    """One page with ``name``, through the same reports code, page template and bundled fonts
    (loaded with importlib.resources) as every export."""
    from datetime import UTC, datetime

    from reportlab.platypus import Paragraph

    from lcs_desktop.reports.common import DocumentInfo
    from lcs_desktop.reports.pdf_base import render_story
    from lcs_desktop.reports.styles import styles
    from lcs_desktop.reports.text import markup

    sheet = styles()
    info = DocumentInfo(
        organisation="Self-test",
        reference="SELF-TEST",
        kind="Installation self-test",
        generated_by="LCS Desktop",
        generated_at=datetime.now(UTC),
    )
    story = [Paragraph("LCS Desktop self-test", sheet.title), Paragraph(markup(name), sheet.body)]
    data, pages = render_story(story, info)
    if pages != 1:
        raise CheckFailed(f"the one-page test PDF came out with {pages} pages.")
    return data


def _plain_reason(exc: BaseException) -> str:
    """An unexpected fault: the app's own message if it has one, else the type and text."""
    from lcs_desktop.domain.errors import LcsError

    if isinstance(exc, LcsError):
        return exc.message
    db_error = _database_fault(exc)
    if db_error is not None:
        return db_error
    if isinstance(exc, PermissionError):
        return f"no write access ({exc.filename or exc}). Check the folder permissions."
    last = traceback.extract_tb(exc.__traceback__)[-1:] if exc.__traceback__ else []
    where = f" at {Path(last[0].filename).name}:{last[0].lineno}" if last else ""
    return f"unexpected {type(exc).__name__}: {exc}{where}"


def _database_fault(exc: BaseException) -> str | None:
    """A database fault that escaped the store's own translation, in the store's words."""
    try:
        from lcs_desktop.store.errors import database_fault
    except ImportError:  # the sqlcipher check reports a missing library itself
        return None
    fault = database_fault(exc)
    return fault.message if fault is not None else None


def run_self_test(out: TextIO | None = None) -> int:
    """Run every check in a temporary folder; print one line each; 0 when all pass."""
    if os.environ.get(QT_CHILD_ENV):
        from lcs_desktop.selftest_qt import qt_child

        return qt_child(os.environ[QT_CHILD_ENV])
    report = os.environ.get(REPORT_ENV)
    if report:  # a windowed build started without a console still leaves its report
        with open(report, "w", encoding="utf-8") as fh:
            return _run_all(_Tee(out or sys.stdout, fh))
    return _run_all(out or sys.stdout)


class _Tee:
    def __init__(self, *streams: TextIO | None) -> None:
        self._streams = [s for s in streams if s is not None]

    def write(self, text: str) -> int:
        for stream in self._streams:
            stream.write(text)
        return len(text)

    def flush(self) -> None:
        for stream in self._streams:
            stream.flush()


def _run_all(out: Any) -> int:
    from lcs_desktop import APP_NAME, __version__

    frozen = " (frozen)" if getattr(sys, "frozen", False) else ""
    print(f"{APP_NAME} {__version__}{frozen} self-test on {sys.platform}", file=out, flush=True)
    with tempfile.TemporaryDirectory(prefix="lcs-selftest-", ignore_cleanup_errors=True) as tmp:
        test = SelfTest(Path(tmp), out)
        try:
            code = test.run()
        finally:
            test.close()
    failed = sum(o.status == FAIL for o in test.outcomes)
    summary = "all checks passed" if not failed else f"{failed} check(s) FAILED"
    print(f"{summary}.", file=out, flush=True)
    return code
