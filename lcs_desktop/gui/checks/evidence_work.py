"""The slow parts of showing evidence, done on a worker thread so the window never freezes:
encoding a pasted picture as PNG, checking a file and making its renditions (services), and
decoding stored thumbnails. Only QImage is used here (QPixmap belongs to the GUI thread)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage

from lcs_desktop.services.evidence_renditions import Prepared, Thumbnail, prepare

THUMB = 112  # the strip's icon size in pixels

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
    """A pasted or dropped picture (not a file): stored as PNG, as the clipboard gave it."""
    return prepare_file(name, png_bytes(image))


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


def png_bytes(image: QImage) -> bytes:
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(array.data())
