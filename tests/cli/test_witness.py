"""``lcs-desktop admin verify --witness FILE``: the newest events removed (and both heads kept
beside the database updated to match) are caught by a backup and by an exported PDF made
earlier, each of which recorded the chain's head (issue 8 #1, witnesses)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from lcs_desktop.domain.roles import Role
from lcs_desktop.services.audit_chain import AuditChain
from lcs_desktop.services.witness import pdf_footer
from tests.cli.test_admin_commands import PW, make_backup, sign_in

VERIFY = ("verify", "--username", "admin", "--password-stdin")


def _busy_day(paths) -> None:
    session = sign_in(paths)
    try:
        for name in ("ann", "ben", "cat"):
            session.accounts.add_user(session.user, name, name.title(), frozenset({Role.CHECKER}))
    finally:
        session.sign_out()


def _truncate(paths, keep: int) -> None:
    """An insider with a password and a SQLCipher shell removes every event after ``keep``;
    the next sign-in and sign-out rewrite both heads kept beside the database to match."""
    session = sign_in(paths)
    with session.workspace.database.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER IF EXISTS audit_events_no_delete"))
        conn.execute(text(f"DELETE FROM audit_events WHERE seq > {keep}"))
    with session.workspace.reading() as s:
        head = AuditChain.head(s)
    session.workspace.slots.set_audit_head(head)
    session.workspace.slots.save()
    session.workspace.pc_state.set_audit_head(session.workspace.db_id, head)
    session.workspace.close()


def _head(paths):
    session = sign_in(paths)
    try:
        with session.workspace.reading() as s:
            return AuditChain.head(s)
    finally:
        session.workspace.close()


def _pdf(path: Path, seq: int, digest: str) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=A4)
    canvas.drawString(72, 760, "Check record")
    canvas.drawString(72, 40, pdf_footer(seq, digest))
    canvas.save()
    return path


def test_an_untouched_log_holds_what_a_backup_witnessed(run, initialised, tmp_path, cli_paths):
    folder = tmp_path / "usb"
    folder.mkdir()
    backup = make_backup(run, folder)
    _busy_day(cli_paths)
    result = run(*VERIFY, "--witness", str(backup), stdin=PW)
    assert result.code == 0, result.out + result.err
    assert "Witness: The live audit log still holds event" in result.out
    assert "Organisation key fingerprint: " in result.out


def test_a_truncated_chain_is_caught_by_a_backup_witness(run, initialised, tmp_path, cli_paths):
    _busy_day(cli_paths)
    folder = tmp_path / "usb"
    folder.mkdir()
    backup = make_backup(run, folder)
    _truncate(cli_paths, keep=3)
    result = run(*VERIFY, "--witness", str(backup), stdin=PW)
    assert result.code == 1
    assert "the newest events are missing (the log has been cut short)" in result.out
    assert "Verification failed" in result.err


def test_a_truncated_chain_is_caught_by_a_pdf_witness(run, initialised, tmp_path, cli_paths):
    _busy_day(cli_paths)
    head = _head(cli_paths)
    pdf = _pdf(tmp_path / "check-record.pdf", head.seq, head.digest)
    assert run(*VERIFY, "--witness", str(pdf), stdin=PW).code == 0
    _truncate(cli_paths, keep=3)
    result = run(*VERIFY, "--witness", str(pdf), stdin=PW)
    assert result.code == 1
    assert f"this PDF saw event {head.seq}: the newest events are missing" in result.out


def test_a_rewritten_event_is_caught_by_a_pdf_witness(run, initialised, tmp_path, cli_paths):
    _busy_day(cli_paths)
    head = _head(cli_paths)
    pdf = _pdf(tmp_path / "letter.pdf", head.seq, "0" * 16)  # a hash the log never had
    result = run(*VERIFY, "--witness", str(pdf), stdin=PW)
    assert result.code == 1
    assert f"no longer holds event {head.seq} as it was when this PDF was made" in result.out


def test_a_witness_that_is_not_a_pdf_or_backup_is_one_sentence(run, initialised, tmp_path):
    other = tmp_path / "notes.txt"
    other.write_text("event 3, 0123456789abcdef")
    result = run(*VERIFY, "--witness", str(other), stdin=PW)
    assert result.code == 1
    assert result.err.strip() == "Give a backup (.lcsbackup) or an exported PDF (.pdf) as the witness."
