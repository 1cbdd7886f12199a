"""Finishing a PDF: PDF/A-2b (or, protected, PDF 2.0 with a password), the export signature,
the SHA-256 to audit, an atomic write.

Encryption is pypdf's AES-256 (PDF 2.0, revision 6) applied after rendering, never
ReportLab's own (RC4 or the deprecated R5; see DESIGN.md §4). The opening (user) password and
the owner password must differ: with equal passwords anyone who can read the file can also
lift its restrictions.

Order: the archival form first (``archival``: PDF/A-2b, or XMP and PDF 2.0 for a protected
copy), then encrypt, then sign (an incremental update over the encrypted file), so the signature
covers the final bytes and still holds, and the opening password is still needed.
"""

from __future__ import annotations

import os
import secrets
import tempfile
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

from lcs_desktop.domain.errors import ValidationError
from lcs_desktop.reports.common import CancelCheck, Cancelled, PdfResult

if TYPE_CHECKING:
    from lcs_desktop.reports.pdf_signing import PdfSigningKey

MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 127  # the PDF 2.0 limit (UTF-8 bytes, after SASLprep)


def check_passwords(password: str | None, owner_password: str | None) -> None:
    """Refuse unusable password pairs before any work is done (messages fit to show)."""
    if password is None:
        if owner_password is not None:
            raise ValidationError(
                "Set a password to open the file as well as the owner password.", "password"
            )
        return
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            f"The password to open the file must be at least {MIN_PASSWORD_LENGTH} characters.", "password"
        )
    if len(password.encode("utf-8")) > MAX_PASSWORD_LENGTH:
        raise ValidationError("The password to open the file is too long (127 bytes at most).", "password")
    if owner_password is not None:
        if owner_password == password:
            raise ValidationError(
                "The owner password must be different from the password that opens the file.",
                "owner_password",
            )
        if len(owner_password) < MIN_PASSWORD_LENGTH:
            raise ValidationError(
                f"The owner password must be at least {MIN_PASSWORD_LENGTH} characters.", "owner_password"
            )
        if len(owner_password.encode("utf-8")) > MAX_PASSWORD_LENGTH:
            raise ValidationError("The owner password is too long (127 bytes at most).", "owner_password")


def _permissions() -> int:
    """Reading, printing and copying text are allowed; changing or reassembling the file is not."""
    from pypdf.constants import UserAccessPermissions as P

    every = P.all()
    return int(every & ~P.MODIFY & ~P.ADD_OR_MODIFY & ~P.FILL_FORM_FIELDS & ~P.ASSEMBLE_DOC)


def protect(pdf: bytes, password: str, owner_password: str | None = None) -> bytes:
    """The same document encrypted with AES-256 (R6).

    Without an owner password a random one is used: nobody can then lift the restrictions, and
    the opening password still reads and prints the document.
    """
    from pypdf import PdfReader, PdfWriter

    check_passwords(password, owner_password)
    owner = owner_password if owner_password is not None else secrets.token_urlsafe(32)
    reader = PdfReader(BytesIO(pdf))
    writer = PdfWriter(clone_from=reader)
    writer.encrypt(
        user_password=password, owner_password=owner, permissions_flag=_permissions(), algorithm="AES-256"
    )
    # Keep the metadata exactly as rendered (pypdf would otherwise stamp itself as producer).
    writer.add_metadata(dict((reader.metadata or {}).items()))
    # AES-256 (R6) is PDF 2.0's encryption: say so in the header (PDF/A cannot be encrypted).
    writer.pdf_header = b"%PDF-2.0"
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def finish(
    pdf: bytes,
    pages: int,
    *,
    password: str | None = None,
    owner_password: str | None = None,
    is_cancelled: CancelCheck | None = None,
    signing: PdfSigningKey | None = None,
) -> PdfResult:
    """The final bytes (PDF/A-2b, or PDF 2.0 protected if a password is given; then signed if a
    key is given) and their SHA-256, for the audit log."""
    if is_cancelled is not None and is_cancelled():
        raise Cancelled()
    from lcs_desktop.reports.archival import archival

    if password is not None:
        check_passwords(password, owner_password)  # before any work
        pdf = protect(archival(pdf, claim_pdfa=False), password, owner_password)
    else:
        check_passwords(password, owner_password)
        pdf = archival(pdf)  # PDF/A-2b: before the signature, which must cover the final bytes
    if signing is not None:
        from lcs_desktop.reports.pdf_signing import sign_pdf

        if is_cancelled is not None and is_cancelled():
            raise Cancelled()
        pdf = sign_pdf(pdf, signing, password=password)
    return PdfResult.of(pdf, pages)


def write_atomically(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` so that ``path`` is either the old file or the whole new one, never half.

    The temporary file sits beside the target (same volume, so the rename is atomic) and is
    removed if anything fails.
    """
    target = Path(path)
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=".lcs-export-", suffix=".part")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target
