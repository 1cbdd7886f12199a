"""Evidence files: what is accepted, judged by content rather than by name.

A screenshot renamed .png that is really a Word file or an executable is refused: the
bytes must start the way a PNG, JPEG, WebP or PDF starts. Shared by checks and cases.
"""

from __future__ import annotations

import hashlib
import io
import re
import unicodedata
from dataclasses import dataclass

from lcs_desktop.domain.errors import LcsError, ValidationError

MAX_BYTES = 25 * 1024 * 1024
# A small file can still decode to gigabytes (20 000 x 20 000 pixels is 1.6 GB in memory):
# pictures are judged by their pixel count too, read from the header without decoding.
MAX_PIXELS = 50_000_000
ALTERED = "This file has been altered since it was stored."
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
    size = image_size(data, media_type)
    if size is not None and size[0] * size[1] > MAX_PIXELS:
        width, height = (f"{n:,}".replace(",", " ") for n in size)
        raise ValidationError(
            f"This picture is too large ({width} × {height} pixels); the limit is "
            f"{MAX_PIXELS // 1_000_000} megapixels.",
            "evidence",
        )
    return CheckedFile(
        clean_filename(name, media_type), media_type, len(data), hashlib.sha256(data).hexdigest()
    )


def image_size(data: bytes, media_type: str) -> tuple[int, int] | None:
    """Width and height from the picture's header (nothing is decoded), or None if unreadable.

    The format's own Pillow reader is used directly: ``Image.open`` would refuse a huge
    picture with its own error before telling its size.
    """
    if media_type not in IMAGE_TYPES:
        return None
    from PIL import JpegImagePlugin, PngImagePlugin, WebPImagePlugin

    reader = {
        PNG: PngImagePlugin.PngImageFile,
        JPEG: JpegImagePlugin.JpegImageFile,
        WEBP: WebPImagePlugin.WebPImageFile,
    }[media_type]
    try:
        with reader(io.BytesIO(data)) as image:
            width, height = image.size
    except Exception:  # a damaged header: the decoders refuse it later, in their own words
        return None
    return int(width), int(height)


class EvidenceAltered(LcsError):
    """The stored bytes no longer match the SHA-256 recorded when they were stored."""

    def __init__(self) -> None:
        super().__init__(ALTERED)


def verify_stored(data: bytes, sha256: str) -> bytes:
    """``data`` if it is still the file that was recorded, else EvidenceAltered."""
    if hashlib.sha256(data).hexdigest() != sha256:
        raise EvidenceAltered()
    return data
