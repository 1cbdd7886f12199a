"""Reading an exported PDF's signature back: is it intact, whose is it, was the file changed after.

Plain facts for the services (``services.pdf_verify``) to put into words. Nothing is fetched
from the network: the only certificates trusted are the organisation's own, passed in.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from io import BytesIO

from lcs_desktop.domain.errors import ValidationError
from lcs_desktop.reports.pdf_signing import quiet_pyhanko

NOT_A_PDF = "That file could not be read as a PDF. Check it is the exported file itself."
ASK_FOR_IT = "This PDF is password-protected: give the password that opens it."
NOT_OPENED = "That password does not open this PDF. Check it and try again."


@dataclass(frozen=True, slots=True)
class SignatureFacts:
    signed: bool  # it carries a signature at all
    intact: bool = False  # the signed bytes are exactly those that were signed
    trusted: bool = False  # made with one of the trusted (organisation's) certificates
    whole_file: bool = False  # nothing was added to the file after signing
    signer_fingerprint: str = ""  # SHA-256 of the signing certificate (hex)
    signed_at: datetime | None = None  # as the signer's clock reported it

    @property
    def holds(self) -> bool:
        return self.signed and self.intact and self.trusted and self.whole_file


def _reader(data: bytes):  # type: ignore[no-untyped-def]
    from pyhanko.pdf_utils.reader import PdfFileReader

    quiet_pyhanko()
    try:
        return PdfFileReader(BytesIO(data), strict=False)
    except Exception as exc:  # pyHanko raises several kinds on a damaged file
        raise ValidationError(NOT_A_PDF, "file") from exc


def is_encrypted(data: bytes) -> bool:
    """Whether the PDF needs a password to be read (refuses what is not a PDF)."""
    return bool(_reader(data).encrypted)


def check_signature(
    data: bytes, trusted: Sequence[bytes], *, password: str | None = None, moment: datetime | None = None
) -> SignatureFacts:
    """Validate the export signature against ``trusted`` DER certificates.

    The certificate is judged at the time the signature says it was made, unless ``moment``
    is given (the organisation's certificate may be replaced later; old exports still hold).
    """
    from asn1crypto import x509
    from pyhanko.pdf_utils.crypt import AuthStatus
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    reader = _reader(data)
    if reader.encrypted:
        if not password:
            raise ValidationError(ASK_FOR_IT, "password")
        try:
            result = reader.decrypt(password)
        except Exception as exc:
            raise ValidationError(NOT_OPENED, "password") from exc
        if result.status == AuthStatus.FAILED:
            raise ValidationError(NOT_OPENED, "password")
    try:
        signatures = reader.embedded_signatures
    except Exception as exc:
        raise ValidationError(NOT_A_PDF, "file") from exc
    if not signatures:
        return SignatureFacts(signed=False)
    embedded = signatures[-1]
    roots = [x509.Certificate.load(c) for c in trusted]
    try:
        when = moment or embedded.self_reported_timestamp
        context = ValidationContext(trust_roots=roots, moment=when, allow_fetching=False)
        status = validate_pdf_signature(embedded, context)
    except Exception:
        # A signature so damaged that it cannot even be evaluated: it does not hold.
        return SignatureFacts(signed=True)
    cert = embedded.signer_cert
    return SignatureFacts(
        signed=True,
        intact=bool(status.intact and status.valid),
        trusted=bool(status.trusted) and any(cert.dump() == r.dump() for r in roots),
        whole_file=status.coverage == SignatureCoverageLevel.ENTIRE_FILE and len(signatures) == 1,
        signer_fingerprint=hashlib.sha256(cert.dump()).hexdigest(),
        signed_at=status.signer_reported_dt,
    )
