"""The backup container of format 2: the members back to back, the manifest last, no CRC pass.

Format 1 was a ZIP, which needs a CRC-32 of every byte on top of the SHA-256 the manifest
keeps (zlib's CRC-32 costs half as much again as the SHA-256 on office PCs). Format 2 is a
file of LCS Desktop's own, read by ``backup_read`` beside the ZIPs of format 1::

    HEADER (16 bytes: a signature that breaks if the file is treated as text, and the version)
    lcs.db          the database's encrypted pages, as copied
    keyslots.json   the key slots
    manifest.json   as in format 1, with each member's offset beside its size and SHA-256
    TRAILER (24 bytes: where the manifest starts, its size, an end signature)

The manifest's SHA-256 names the backup in the audit log; it holds each member's SHA-256, so
every byte of the file is bound to that one hash. Nothing here is personal data.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from lcs_desktop.store.backup_format import BackupFileError, damaged_error

SIGNATURE = b"LCSBACKUP\r\n\x1a\n"  # 13 bytes; then the container version (u16) and a zero byte
VERSION = 2
HEADER = SIGNATURE + struct.pack("<HB", VERSION, 0)
_TRAILER = struct.Struct("<QQ8s")  # manifest offset, manifest size, end signature
END = b"LCSBEND\n"
TRAILER_SIZE = _TRAILER.size
_CHUNK = 1 << 20


def trailer(manifest_offset: int, manifest_size: int) -> bytes:
    return _TRAILER.pack(manifest_offset, manifest_size, END)


def is_container(start: bytes) -> bool:
    return start.startswith(SIGNATURE)


@dataclass(frozen=True, slots=True)
class Member:
    offset: int
    size: int


class ContainerReader:
    """An open format 2 backup: its manifest's bytes, and its members by name (ranges of the file)."""

    def __init__(self, path: Path) -> None:
        self.name = path.name
        self._fh: BinaryIO = open(path, "rb")  # noqa: SIM115 (closed by close())
        try:
            self._size = self._fh.seek(0, 2)
            self.manifest_raw = self._read_manifest()
        except BaseException:
            self._fh.close()
            raise

    def _read_manifest(self) -> bytes:
        damaged = damaged_error(self.name)
        self._fh.seek(0)
        header = self._fh.read(len(HEADER))
        at = len(SIGNATURE)
        version = struct.unpack("<H", header[at : at + 2])[0] if len(header) >= at + 2 else 0
        if version > VERSION:
            raise BackupFileError(
                f"{self.name} was made by a newer version of LCS Desktop. Install that version to restore it."
            )
        if version != VERSION:
            raise damaged
        if self._size < len(HEADER) + TRAILER_SIZE:
            raise damaged
        self._fh.seek(self._size - TRAILER_SIZE)
        offset, size, end = _TRAILER.unpack(self._fh.read(TRAILER_SIZE))
        if end != END or offset < len(HEADER) or offset + size != self._size - TRAILER_SIZE:
            raise damaged
        self._fh.seek(offset)
        return self._fh.read(size)

    def member(self, files: dict[str, dict[str, object]], name: str) -> Member:
        """Where ``name`` lies, as the manifest says, checked to lie inside the data part."""
        entry = files.get(name) or {}
        offset, size = entry.get("offset"), entry.get("size")
        if not isinstance(offset, int) or not isinstance(size, int) or offset < len(HEADER) or size < 0:
            raise damaged_error(self.name)
        if offset + size > self._size - TRAILER_SIZE:
            raise damaged_error(self.name)
        return Member(offset, size)

    def chunks(self, member: Member) -> Iterator[bytes]:
        self._fh.seek(member.offset)
        left = member.size
        while left:
            chunk = self._fh.read(min(_CHUNK, left))
            if not chunk:
                raise damaged_error(self.name)
            left -= len(chunk)
            yield chunk

    def read(self, member: Member) -> bytes:
        return b"".join(self.chunks(member))

    @property
    def size(self) -> int:
        return self._size

    def close(self) -> None:
        self._fh.close()

    def __enter__(self) -> ContainerReader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
