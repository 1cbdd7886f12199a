"""Renditions of an evidence picture, made once when it is stored: a small thumbnail for the
screens and a print-size JPEG for the PDFs. The original stays byte-exact beside them and is
what "open" and any export of the file give; its SHA-256 is the one every record shows.

Pure computation (Pillow), so a worker thread can make them while the window stays live.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from lcs_desktop.domain.evidence import IMAGE_TYPES

# Twice the strip's 112 px icon, so thumbnails stay sharp on a high-DPI screen.
THUMB_PX = 224
# Wider than a printed picture needs (an A4 frame at 150 dpi is about 1000 px): the PDF scales
# it down, never up, so it prints as sharply as the original would.
PRINT_PX = 1200
PRINT_QUALITY = 88  # with 4:4:4 colour, small screenshot text stays legible
THUMB_QUALITY = 80
NONE = b""  # stored when a picture cannot be decoded: tried once, never again


@dataclass(frozen=True, slots=True)
class Renditions:
    thumbnail: bytes  # JPEG, or NONE
    print_image: bytes  # JPEG, or NONE


def make_renditions(data: bytes, media_type: str) -> Renditions:
    """Both renditions of one file; NONE for a PDF or a picture that cannot be decoded (the
    screens then show a file icon and the PDF says the image cannot be displayed)."""
    if media_type not in IMAGE_TYPES:
        return Renditions(NONE, NONE)
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as picture:
            if picture.format == "JPEG":
                picture.draft("RGB", (PRINT_PX, PRINT_PX))  # decode at a reduced scale: much faster
            picture.load()
            return _renditions(_opaque(picture))
    except Exception:  # Pillow raises OSError, ValueError, SyntaxError, DecompressionBombError...
        return Renditions(NONE, NONE)


def renditions_from_pixels(width: int, height: int, pixels: bytes, stride: int, *, alpha: bool) -> Renditions:
    """The same renditions from pixels already decoded, bytes in R, G, B, A/X order (a pasted
    picture): its PNG is lossless, so decoding that file again would give these very pixels."""
    from PIL import Image

    try:
        mode = "RGBA" if alpha else "RGB"
        picture = Image.frombuffer(
            mode, (width, height), pixels, "raw", "RGBA" if alpha else "RGBX", stride, 1
        )
        return _renditions(_opaque(picture))
    except Exception:  # as for a file: a picture that cannot be read gets none
        return Renditions(NONE, NONE)


def _renditions(printed: object) -> Renditions:
    printed.thumbnail((PRINT_PX, PRINT_PX), reducing_gap=3.0)  # type: ignore[attr-defined]
    thumb = printed.copy()  # type: ignore[attr-defined]
    thumb.thumbnail((THUMB_PX, THUMB_PX), reducing_gap=2.0)
    return Renditions(_jpeg(thumb, THUMB_QUALITY), _jpeg(printed, PRINT_QUALITY, subsampling=0))


def _opaque(picture: object) -> object:
    """RGB (or grey) with transparent pixels on white: a screenshot with alpha would print on black."""
    from PIL import Image

    mode = picture.mode  # type: ignore[attr-defined]
    if mode in ("RGB", "L"):
        return picture
    if mode in ("RGBA", "LA", "PA") or "transparency" in picture.info:  # type: ignore[attr-defined]
        rgba = picture.convert("RGBA")  # type: ignore[attr-defined]
        background = Image.new("RGB", rgba.size, "white")
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return picture.convert("RGB")  # type: ignore[attr-defined]


def _jpeg(picture: object, quality: int, *, subsampling: int = 2) -> bytes:
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=quality, subsampling=subsampling, optimize=False)  # type: ignore[attr-defined]
    return out.getvalue()
