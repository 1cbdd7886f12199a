"""Evidence files: what is accepted, judged by content rather than by name.

A screenshot renamed .png that is really a Word file or an executable is refused: the
bytes must start the way a PNG, JPEG, WebP or PDF starts. Shared by checks and cases.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

from lcs_desktop.domain.errors import ValidationError

MAX_BYTES = 25 * 1024 * 1024
MAX_FILENAME = 200

PNG = "image/png"
JPEG = "image/jpeg"
WEBP = "image/webp"
PDF = "application/pdf"
IMAGE_TYPES = frozenset({PNG, JPEG, WEBP})
EXTENSIONS = {PNG: ".png", JPEG: ".jpg", WEBP: ".webp", PDF: ".pdf"}
KIND_TEXT = {PNG: "PNG image", JPEG: "JPEG image", WEBP: "WebP image", PDF: "PDF document"}


def sniff(data: bytes) -> str | None:
    """The media type the bytes really are, or None."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return WEBP
    # PDF readers accept the header within the first 1024 bytes.
    if b"%PDF-" in data[:1024]:
        return PDF
    return None


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def clean_filename(name: str | None, media_type: str) -> str:
    """A display name without folders or characters Windows refuses; never empty."""
    base = unicodedata.normalize("NFC", (name or "").replace("\\", "/").rsplit("/", 1)[-1]).strip()
    base = _UNSAFE.sub("_", base).strip(". ")
    if not base:
        base = "evidence" + EXTENSIONS[media_type]
    if len(base) > MAX_FILENAME:
        stem, dot, ext = base.rpartition(".")
        base = (
            (stem[: MAX_FILENAME - len(ext) - 1] + dot + ext)
            if dot and len(ext) <= 10
            else base[:MAX_FILENAME]
        )
    return base


@dataclass(frozen=True, slots=True)
class CheckedFile:
    filename: str
    media_type: str
    size: int
    sha256: str


def check_file(name: str | None, data: bytes) -> CheckedFile:
    """Accept or refuse one evidence file, with a message naming it."""
    shown = (name or "The file").strip() or "The file"
    if not data:
        raise ValidationError(f"'{shown}' is empty (0 bytes). Choose the file again.", "evidence")
    if len(data) > MAX_BYTES:
        size_mb = len(data) / (1024 * 1024)
        raise ValidationError(
            f"'{shown}' is {size_mb:.1f} MB; evidence files can be 25 MB at most. "
            "Save a smaller screenshot or split the PDF.",
            "evidence",
        )
    media_type = sniff(data)
    if media_type is None:
        raise ValidationError(
            f"'{shown}' is not a PNG, JPEG or WebP image or a PDF (whatever its name says). "
            "Save it as one of those and try again.",
            "evidence",
        )
    return CheckedFile(
        clean_filename(name, media_type), media_type, len(data), hashlib.sha256(data).hexdigest()
    )
