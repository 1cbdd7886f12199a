"""Password protection (pypdf AES-256, R6) and the atomic write."""

from __future__ import annotations

from io import BytesIO

import pytest
from pypdf import PdfReader
from pypdf.constants import UserAccessPermissions as P
from pypdf.errors import FileNotDecryptedError

from lcs_desktop.domain.errors import ValidationError
from lcs_desktop.reports.check_record import build_check_record_pdf
from lcs_desktop.reports.protect import protect, write_atomically
from tests.reports.conftest import page_texts
from tests.reports.samples import check_record

USER = "Open-Sesame-2025"
OWNER = "Owner-Only-Key-77"


@pytest.fixture(scope="module")
def protected():
    data = check_record(findings=1)
    return data, build_check_record_pdf(data, password=USER, owner_password=OWNER)


def test_protected_pdf_is_aes256_revision6(protected):
    _, result = protected
    reader = PdfReader(BytesIO(result.data))
    assert reader.is_encrypted
    encrypt = reader.trailer["/Encrypt"].get_object()
    assert encrypt["/V"] == 5
    assert encrypt["/R"] == 6
    assert encrypt["/CF"]["/StdCF"]["/CFM"] == "/AESV3"


def test_protected_pdf_opens_with_user_or_owner_password_only(protected):
    data, result = protected
    for password in (USER, OWNER):
        assert data.person.name in page_texts(result.data, password)[0]
    with pytest.raises(FileNotDecryptedError):
        page_texts(result.data)
    reader = PdfReader(BytesIO(result.data))
    assert not reader.decrypt("wrong-password-123")


def test_protected_pdf_keeps_clean_metadata_and_forbids_changes(protected):
    data, result = protected
    reader = PdfReader(BytesIO(result.data))
    reader.decrypt(USER)
    meta = reader.metadata
    assert meta.title == data.reference
    assert "pypdf" not in str(meta.producer)
    assert data.person.name.split()[0] not in " ".join(str(v) for v in meta.values())
    flags = reader.user_access_permissions
    assert flags & P.PRINT and flags & P.EXTRACT_TEXT_AND_GRAPHICS
    assert not flags & P.MODIFY and not flags & P.ASSEMBLE_DOC


def test_plaintext_never_appears_in_protected_bytes(protected):
    data, result = protected
    assert data.person.reference.encode() not in result.data
    assert b"Concerns found" not in result.data


@pytest.mark.parametrize(
    ("password", "owner", "field"),
    [
        ("Same-Password-1", "Same-Password-1", "owner_password"),
        ("short", "Owner-Only-Key-77", "password"),
        ("Open-Sesame-2025", "short", "owner_password"),
        (None, "Owner-Only-Key-77", "password"),
        ("x" * 200, "Owner-Only-Key-77", "password"),
    ],
)
def test_unusable_passwords_are_refused_before_rendering(password, owner, field):
    calls = []
    with pytest.raises(ValidationError) as caught:
        build_check_record_pdf(
            check_record(), password=password, owner_password=owner, progress=lambda d, t: calls.append(d)
        )
    assert caught.value.field == field
    assert calls == []  # refused before any work


def test_password_without_owner_password_uses_a_random_owner():
    plain = build_check_record_pdf(check_record(findings=0, discussion=False))
    first, second = protect(plain.data, USER), protect(plain.data, USER)
    assert first != second
    assert page_texts(first, USER)[0] == page_texts(plain.data)[0]


def test_write_atomically_replaces_whole_file_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "CHK-2025-0042.pdf"
    target.write_bytes(b"old")
    write_atomically(target, b"%PDF-new")
    assert target.read_bytes() == b"%PDF-new"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_write_atomically_keeps_old_file_when_writing_fails(tmp_path):
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    with pytest.raises(TypeError):
        write_atomically(target, "not bytes")  # type: ignore[arg-type]
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]
