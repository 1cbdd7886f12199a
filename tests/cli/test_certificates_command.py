"""``lcs-desktop admin certificates``: every deletion certificate in one PDF, content-free."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from pypdf import PdfReader

from lcs_desktop.domain.record_refs import RecordRef
from lcs_desktop.services.deletion_certificates import list_certificates
from lcs_desktop.services.record_deletion import delete_records
from tests.cli.test_admin_commands import PW, audit_actions, one_line, sign_in
from tests.services.deletion_helpers import found_in, marked_records


def _args(out: Path) -> tuple[str, ...]:
    return ("certificates", "--username", "admin", "--out", str(out), "--password-stdin")


def test_certificates_print_to_a_new_pdf_with_references_only(run, initialised, cli_paths, tmp_path):
    empty = run(*_args(tmp_path / "none.pdf"), stdin=PW)
    assert empty.code == 1 and one_line(empty.err) and "no certificate to print" in empty.err
    assert not (tmp_path / "none.pdf").exists()
    session = sign_in(cli_paths)
    try:
        rec = marked_records(session)
        delete_records(
            session.workspace, session.user, [RecordRef("person", rec.person_id)],
            reason="retention_reached", rule_code="TEST-RULE",
        )  # fmt: skip
        references = {c.reference for c in list_certificates(session.workspace, session.user)}
    finally:
        session.sign_out()
    result = run(*_args(tmp_path / "certs"), stdin=PW)
    assert result.code == 0, result.err
    saved = tmp_path / "certs.pdf"
    assert "3 deletion certificate(s) written" in result.out
    text = "\n".join(p.extract_text() for p in PdfReader(BytesIO(saved.read_bytes())).pages)
    assert "Deletion certificates (3 records)" in text and "TEST-RULE" in text
    assert references and all(r in text for r in references)
    names = [s for s in rec.strings if s not in references]
    assert found_in(text.encode(), names) == [] and found_in(result.out.encode(), names) == []
    assert "deletion_certificates_exported" in audit_actions(cli_paths)
    again = run(*_args(saved), stdin=PW)
    assert again.code == 1 and "already exists" in again.err  # never overwritten
