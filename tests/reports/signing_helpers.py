"""Helpers for the signed-PDF tests: one organisation certificate, and a page altered in place."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from io import BytesIO

from pypdf import PdfReader

from lcs_desktop.reports.pdf_signing import PdfSigningKey
from lcs_desktop.vault.export_signing import SigningMaterial, new_signing_material

MADE_AT = datetime(2025, 1, 6, 9, 0, tzinfo=UTC)
HEAD_LINE = re.compile(r"Audit trail at export: event (\d+), ([0-9a-f]{16})")


def material(organisation: str = "Libra Children Services") -> SigningMaterial:
    return new_signing_material(organisation, MADE_AT)


def key_of(made: SigningMaterial) -> PdfSigningKey:
    return PdfSigningKey(made.certificate, made.private_key)


def alter_first_page(pdf: bytes, password: str | None = None) -> bytes:
    """The same file with one byte of page 1's content stream changed, the size unchanged
    (what an editor patching a figure in place would leave)."""
    reader = PdfReader(BytesIO(pdf))
    if password is not None:
        reader.decrypt(password)
    contents = reader.pages[0].raw_get("/Contents")
    number = (contents[0] if isinstance(contents, list) else contents).idnum
    start = re.search(rb"(?<![0-9])%d 0 obj" % number, pdf).start()
    body = pdf.index(b"stream", start) + len(b"stream\n") + 16
    flipped = bytes([pdf[body] ^ 0x01])
    return pdf[:body] + flipped + pdf[body + 1 :]
