"""Every exported PDF is signed with the organisation's certificate, password or not, and
prints the audit head it was made at; pyHanko reads the signature back."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from io import BytesIO

import pytest
from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError

from lcs_desktop.domain.errors import ValidationError
from lcs_desktop.reports.case_pack import build_case_pack_pdf
from lcs_desktop.reports.check_record import build_check_record_pdf
from lcs_desktop.reports.common import audit_head_line
from lcs_desktop.reports.outcome_letter import build_outcome_letter_pdf
from lcs_desktop.reports.outcome_letter_document import LetterDocument
from lcs_desktop.reports.pdf_signature_check import check_signature, is_encrypted
from lcs_desktop.reports.pdf_signing import REASON
from tests.reports.case_samples import SUBJECT, document, pack
from tests.reports.conftest import page_texts
from tests.reports.samples import check_record
from tests.reports.signing_helpers import HEAD_LINE, MADE_AT, alter_first_page, key_of, material

HEAD = audit_head_line(4187, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
USER = "Open-Sesame-2025"
OWNER = "Owner-Only-Key-77"


@pytest.fixture(scope="module")
def org():
    return material()


def _build(kind: str, org, password: str | None = None):
    key = key_of(org)
    if kind == "check":
        data = dataclasses.replace(check_record(findings=1), audit_head=HEAD)
        return build_check_record_pdf(
            data, password=password, owner_password=OWNER if password else None, signing=key
        )
    data = pack(redacted=True, entries=6, images=1)
    if kind == "pack":
        doc = dataclasses.replace(document(include_images=False), audit_head=HEAD)
        return build_case_pack_pdf(data, doc, password=password, signing=key)
    letter = LetterDocument("BC-2025-0007-L1", "Priya Shah", MADE_AT, audit_head=HEAD)
    return build_outcome_letter_pdf(data, letter, password=password, signing=key)


@pytest.fixture(scope="module", params=["check", "pack", "letter"])
def signed(request, org):
    return request.param, _build(request.param, org)


def test_each_export_is_signed_by_the_organisation_and_holds(signed, org):
    _, result = signed
    facts = check_signature(result.data, [org.certificate])
    assert facts.signed and facts.intact and facts.trusted and facts.whole_file and facts.holds
    assert facts.signer_fingerprint == org.fingerprint


def test_each_export_prints_the_audit_head_on_every_page(signed):
    _, result = signed
    pages = page_texts(result.data)
    assert len(pages) == result.pages
    for text in pages:
        found = HEAD_LINE.search(" ".join(text.split()))
        assert found is not None
        assert found.groups() == ("4187", "9f86d081884c7d65")


def test_a_byte_changed_in_a_page_is_found(signed, org):
    _, result = signed
    altered = alter_first_page(result.data)
    assert len(altered) == len(result.data) and altered != result.data
    facts = check_signature(altered, [org.certificate])
    assert facts.signed and not facts.intact and not facts.holds


def test_another_certificate_is_not_the_organisations(signed):
    _, result = signed
    stranger = material("Another Charity")
    facts = check_signature(result.data, [stranger.certificate])
    assert facts.intact and not facts.trusted and not facts.holds


def test_signature_fields_and_metadata_hold_no_name(signed):
    from pyhanko.pdf_utils.reader import PdfFileReader

    _, result = signed
    embedded = PdfFileReader(BytesIO(result.data)).embedded_signatures[0]
    sig = embedded.sig_object
    assert str(sig["/Reason"]) == REASON
    assert "/Name" not in sig and "/Location" not in sig and "/ContactInfo" not in sig
    assert embedded.signer_cert.subject.native["organization_name"] == "Libra Children Services"
    meta = PdfReader(BytesIO(result.data)).metadata
    values = " ".join(str(v) for v in meta.values())
    assert "Priya" not in values and SUBJECT.split()[0] not in values and "Zo" not in values


@pytest.mark.parametrize("kind", ["check", "pack", "letter"])
def test_signed_and_protected_pdf_needs_its_password_and_still_holds(kind, org):
    result = _build(kind, org, password=USER)
    assert is_encrypted(result.data)
    with pytest.raises(FileNotDecryptedError):
        page_texts(result.data)
    assert not PdfReader(BytesIO(result.data)).decrypt("wrong-password-123")
    assert HEAD_LINE.search(" ".join(page_texts(result.data, USER)[0].split()))
    with pytest.raises(ValidationError, match="password-protected"):
        check_signature(result.data, [org.certificate])
    with pytest.raises(ValidationError, match="does not open"):
        check_signature(result.data, [org.certificate], password="wrong-password-123")
    facts = check_signature(result.data, [org.certificate], password=USER)
    assert facts.holds
    altered = alter_first_page(result.data, USER)
    assert not check_signature(altered, [org.certificate], password=USER).intact


def test_an_unsigned_pdf_and_a_non_pdf_are_told_apart(org):
    plain = build_check_record_pdf(check_record(findings=1))
    assert not check_signature(plain.data, [org.certificate]).signed
    with pytest.raises(ValidationError, match="could not be read as a PDF"):
        check_signature(b"not a pdf at all", [org.certificate])


@pytest.mark.skipif(shutil.which("pdfsig") is None, reason="poppler's pdfsig is not installed")
def test_an_independent_reader_agrees_the_signature_is_valid(org, tmp_path):
    """Poppler (as a PDF reader would) finds the signature valid and covering the whole file."""
    result = _build("letter", org, password=USER)
    target = tmp_path / "letter.pdf"
    target.write_bytes(result.data)
    out = subprocess.run(
        ["pdfsig", "-nocert", "-upw", USER, str(target)], capture_output=True, text=True, check=False
    ).stdout
    assert "Signature is Valid" in out and "Total document signed" in out
    target.write_bytes(alter_first_page(result.data, USER))
    out = subprocess.run(
        ["pdfsig", "-nocert", "-upw", USER, str(target)], capture_output=True, text=True, check=False
    ).stdout
    assert "Signature is Valid" not in out
