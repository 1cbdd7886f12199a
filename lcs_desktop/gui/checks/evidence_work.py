"""The slow parts of showing evidence, done on a worker thread so the window never freezes:
encoding a pasted picture as PNG, checking a file and making its renditions (services), and
decoding stored thumbnails. Only QImage is used here (QPixmap belongs to the GUI thread)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage

from lcs_desktop.domain.evidence_renditions import Renditions, renditions_from_pixels
from lcs_desktop.services.evidence_renditions import Prepared, Thumbnail, prepare

THUMB = 112  # the strip's icon size in pixels
# Qt's PNG "quality" sets zlib's level, (100 - q) * 9 / 91: 85 is level 1, ~3x faster than the
# default for a screenshot and about as small (5 % smaller for the benchmark's); PNG is lossless.
PNG_QUALITY = 85

ThumbnailSource = Callable[[Sequence[int]], dict[int, Thumbnail]]


@dataclass(frozen=True, slots=True)
class Ready:
    prepared: Prepared
    picture: QImage | None  # the thumbnail, decoded and sized for the strip


@dataclass(frozen=True, slots=True)
class Shown:
    picture: QImage | None
    problem: str | None


def prepare_picture(name: str, image: QImage) -> Ready:
    """A pasted or dropped picture (not a file): stored as PNG, as the clipboard gave it; its
    renditions are made from the pixels in hand rather than by decoding that PNG again."""
    alpha = image.hasAlphaChannel()
    pixels = image.convertToFormat(QImage.Format.Format_RGBA8888 if alpha else QImage.Format.Format_RGBX8888)

    def render() -> Renditions:
        size = (pixels.width(), pixels.height())
        return renditions_from_pixels(*size, bytes(pixels.constBits()), pixels.bytesPerLine(), alpha=alpha)

    prepared = prepare(name, png_bytes(image), render)
    return Ready(prepared, thumbnail_image(prepared.renditions.thumbnail))


def prepare_file(name: str, data: bytes) -> Ready:
    prepared = prepare(name, data)
    return Ready(prepared, thumbnail_image(prepared.renditions.thumbnail))


def load_thumbnails(source: ThumbnailSource, ids: Sequence[int]) -> dict[int, Shown]:
    return {i: Shown(thumbnail_image(t.data), t.problem) for i, t in source(ids).items()}


def thumbnail_image(jpeg: bytes) -> QImage | None:
    if not jpeg:
        return None
    image = QImage.fromData(jpeg)
    if image.isNull():
        return None
    return image.scaled(
        THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


def png_bytes(image: QImage, quality: int = PNG_QUALITY) -> bytes:
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG", quality)
    buffer.close()
    return bytes(array.data())
