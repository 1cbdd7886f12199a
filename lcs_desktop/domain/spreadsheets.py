"""What spreadsheets actually save, read faithfully: the text encoding, the separator, the
order of day and month, and phone numbers whose leading zero a number column dropped.

Plain functions on text: the import service decides what to refuse and what to flag.
"""

from __future__ import annotations

import re
from collections.abc import Sized
from datetime import date
from typing import Protocol

from lcs_desktop.domain.errors import ValidationError

UTF8 = "UTF-8"
WINDOWS_1252 = "Windows-1252"

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

_SLASH_DATE = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*$")
# A UK number typed into a number column: 10 digits, first 1-9 (0 dropped), nothing else.
_LOST_ZERO = re.compile(r"^[1-9]\d{9}$")


def decode_text(data: bytes) -> tuple[str, str] | None:
    """The text and the encoding's name, or None for bytes that are neither encoding.

    UTF-8 (with or without Excel's byte-order mark) is tried first: Windows-1252 text with
    an accent is never valid UTF-8, so a file that decodes as UTF-8 was written as UTF-8.
    """
    if b"\x00" in data:  # UTF-16 ("Unicode text") or not text at all: neither reads as letters
        return None
    try:
        return data.decode("utf-8-sig"), UTF8
    except UnicodeDecodeError:
        pass
    try:
        # LibreOffice's and older Excel's default on a UK Windows PC.
        return data.decode("cp1252"), WINDOWS_1252
    except UnicodeDecodeError:
        return None


def sniff_separator(text: str) -> str:
    """Comma or semicolon, judged by the header line (outside quotes): Excel in much of
    Europe, and LibreOffice when asked, separate cells with semicolons."""
    first = text.split("\n", 1)[0]
    commas = semicolons = 0
    quoted = False
    for ch in first:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch == ",":
            commas += 1
        elif not quoted and ch == ";":
            semicolons += 1
    return ";" if semicolons > commas else ","


def date_in_words(value: date) -> str:
    """3 December 1985: unambiguous whichever way round the file had it."""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def month_first(text: str) -> bool:
    """True for a slash date that only makes sense month first (12/25/1985)."""
    match = _SLASH_DATE.match(text or "")
    if not match:
        return False
    first, second = int(match.group(1)), int(match.group(2))
    return 1 <= first <= 12 < second <= 31


def lost_leading_zero(phone: str) -> bool:
    """A UK number whose leading 0 a spreadsheet's number format dropped (7700900123)."""
    return bool(_LOST_ZERO.match(phone.replace(" ", "")))


def describe_reading(encoding: str, separator: str) -> str:
    """How a file was read, for the import preview and the command's output."""
    return f"Read as {encoding} text, cells separated by {'semicolons' if separator == ';' else 'commas'}."


class _Checked(Protocol):
    @property
    def problems(self) -> Sized: ...

    @property
    def file_problems(self) -> Sized: ...


class SheetRefused(ValidationError):
    """A file with any bad row imports nothing; ``preview`` says which rows and why."""

    def __init__(self, preview: _Checked) -> None:
        count = len(preview.problems) + len(preview.file_problems)
        super().__init__(
            f"Nothing was imported: the file has {count} problem{'s' if count != 1 else ''}. "
            "Correct the file and import it again.",
            "file",
        )
        self.preview = preview
