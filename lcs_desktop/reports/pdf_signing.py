"""Signing a finished PDF with the organisation's certificate (PAdES, through pyHanko).

The signature is the last thing done to the file: a password-protected copy is encrypted first
(``protect``) and then signed as an incremental update, so the signature covers the encrypted
bytes and the opening password is still required. The signature field is invisible; its reason
is generic text, with no name, so nothing personal reaches the signature dictionary.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from io import BytesIO

FIELD_NAME = "LCSExportSignature"
REASON = "Exported from LCS Desktop. Any change to the file after export breaks this signature."


def quiet_pyhanko() -> None:
    """pyHanko logs tracebacks (with certificate subjects) when a signature does not validate:
    those are for its developers, not our log file or the console. Our callers say it in words."""
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logger = logging.getLogger(name)
        if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
            logger.addHandler(logging.NullHandler())
        logger.propagate = False


@dataclass(frozen=True, slots=True)
class PdfSigningKey:
    """The organisation's certificate and private key, both DER; handed over by the services."""

    certificate: bytes
    private_key: bytes

    def __repr__(self) -> str:  # never print the key (tracebacks, logs)
        return f"PdfSigningKey(certificate={len(self.certificate)} bytes)"


def sign_pdf(pdf: bytes, key: PdfSigningKey, *, password: str | None = None) -> bytes:
    """``pdf`` with a PAdES signature appended; ``password`` opens an encrypted ``pdf``."""
    from asn1crypto import keys, x509
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    quiet_pyhanko()
    writer = IncrementalPdfFileWriter(BytesIO(pdf), strict=False)
    if password is not None:
        writer.encrypt(password)
    signer = signers.SimpleSigner(
        signing_cert=x509.Certificate.load(key.certificate),
        signing_key=keys.PrivateKeyInfo.load(key.private_key),
        cert_registry=SimpleCertificateStore(),
    )
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        reason=REASON,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
    )
    out = BytesIO()
    _signer_class()(meta, signer).sign_pdf(writer, output=out)
    return out.getvalue()


def _signer_class() -> type:
    """pyHanko's signer, except that it leaves a PDF 1.x file at version 1.7.

    For an ECDSA P-256 key pyHanko also declares ISO 32002 and so sets the catalog's version
    to 2.0; an unprotected export is PDF/A-2b, whose version must stay 1.x. ECDSA signatures
    are PAdES baseline signatures on PDF 1.7 too (ETSI EN 319 142-1), so only the ESIC
    extension PAdES needs is declared there. A PDF 2.0 (protected) file keeps pyHanko's choice.
    """
    from pyhanko.pdf_utils.writer import BasePdfFileWriter
    from pyhanko.sign import signers
    from pyhanko.sign.signers import constants

    class PdfASigner(signers.PdfSigner):
        def register_extensions(self, pdf_out: BasePdfFileWriter, *, md_algorithm: str) -> None:
            if pdf_out.output_version >= (2, 0) or pdf_out.security_handler is not None:
                super().register_extensions(pdf_out, md_algorithm=md_algorithm)
                return
            pdf_out.ensure_output_version(version=(1, 7))
            pdf_out.register_extension(constants.ESIC_EXTENSION_1)

    return PdfASigner
