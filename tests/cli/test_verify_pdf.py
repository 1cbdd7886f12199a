"""``lcs-desktop verify-pdf FILE``: the export signature and the audited SHA-256, in plain words."""

from __future__ import annotations

from pathlib import Path

import pytest

from lcs_desktop.__main__ import main as app_main
from lcs_desktop.services.check_export import export_check
from tests.cli.test_admin_commands import PW, audit_actions, sign_in
from tests.conftest import ADMIN_PASSWORD
from tests.reports.signing_helpers import alter_first_page
from tests.services.check_fixtures import add_applicant, ready_check

PDF_PASSWORD = "Open-Sesame-2025"


@pytest.fixture
def exported(initialised, cli_paths, tmp_path: Path) -> dict[str, Path]:
    """A check record exported twice (plain and password-protected), as the app saves them."""
    session = sign_in(cli_paths)
    try:
        person = add_applicant(session, first_name="Zoë", last_name="Nguyễn")
        check_id = ready_check(session, session.user, person)
        plain = export_check(session.workspace, session.user, check_id)
        locked = export_check(session.workspace, session.user, check_id, password=PDF_PASSWORD)
        reference = session.checks.get_check(session.user, check_id).reference
    finally:
        session.sign_out()
    files = {"plain": tmp_path / "check.pdf", "protected": tmp_path / "check-protected.pdf"}
    files["plain"].write_bytes(plain.data)
    files["protected"].write_bytes(locked.data)
    files["reference"] = Path(reference)
    return files


def _verify(run, file: Path, stdin: str = PW):
    return run("verify-pdf", str(file), "--username", "admin", "--password-stdin", stdin=stdin)


def test_an_exported_pdf_verifies_against_the_signature_and_the_audit_trail(run, exported, cli_paths):
    result = _verify(run, exported["plain"])
    assert result.code == 0, result.out + result.err
    out = result.out
    assert "Signature: intact, made with this organisation's certificate" in out
    assert "Changed after signing: no." in out
    assert f"exported as the check record {exported['reference']}" in out
    assert "by Ada Admin" in out
    assert "Result: every check holds." in out
    assert "Zoë" not in out and "Nguy" not in out  # no content, only references
    actions = audit_actions(cli_paths)
    assert actions.count("pdf_verified") == 1 and actions.index("pdf_verified") > actions.index(
        "check_exported"
    )


def test_a_byte_changed_in_a_page_is_reported_as_altered(run, exported, tmp_path):
    altered = tmp_path / "altered.pdf"
    altered.write_bytes(alter_first_page(exported["plain"].read_bytes()))
    result = _verify(run, altered)
    assert result.code == 1
    assert "Signature: broken. The document was altered after it was exported." in result.out
    assert "Changed after signing: yes" in result.out
    assert "no audited export has this file's SHA-256" in result.out
    assert "Result: this file does NOT verify." in result.out


def test_a_password_protected_export_asks_for_its_password_and_verifies(run, exported):
    result = _verify(run, exported["protected"], stdin=PW + PDF_PASSWORD + "\n")
    assert result.code == 0, result.out + result.err
    assert "Signature: intact" in result.out and "Result: every check holds." in result.out

    wrong = _verify(run, exported["protected"], stdin=PW + "Not-The-Password-1\n")
    assert wrong.code == 1 and wrong.out == ""
    assert wrong.err.strip() == "That password does not open this PDF. Check it and try again."

    missing = _verify(run, exported["protected"], stdin=PW)
    assert missing.code == 1
    assert "Expected the PDF's password on standard input" in missing.err


def test_an_unknown_pdf_is_reported_as_not_exported(run, initialised, tmp_path):
    from lcs_desktop.reports.check_record import build_check_record_pdf
    from tests.reports.samples import check_record

    stranger = tmp_path / "made-elsewhere.pdf"
    stranger.write_bytes(build_check_record_pdf(check_record(findings=1)).data)
    result = _verify(run, stranger)
    assert result.code == 1
    assert "Signature: none." in result.out
    assert "no audited export has this file's SHA-256" in result.out


def test_a_file_that_is_not_a_pdf_or_missing_is_refused_in_one_line(run, initialised, tmp_path):
    junk = tmp_path / "notes.pdf"
    junk.write_bytes(b"these are not the droids")
    result = _verify(run, junk)
    assert result.code == 1 and result.out == ""
    assert result.err.strip().startswith("That file could not be read as a PDF.")
    gone = _verify(run, tmp_path / "gone.pdf")
    assert gone.code == 1 and "There is no file at" in gone.err


def test_verify_pdf_is_reached_from_the_app_command(exported, cli_paths, monkeypatch, capsys):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    argv = ["verify-pdf", str(exported["plain"]), "--username", "admin", "--password-stdin"]
    code = app_main(["--data-dir", str(cli_paths.data_dir), *argv])
    assert code == 0
    assert "Result: every check holds." in capsys.readouterr().out
