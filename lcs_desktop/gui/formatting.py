"""Dates and times as the office reads them: dd/mm/yyyy, Europe/London (stored in UTC)."""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo

from lcs_desktop.domain.passwords import MIN_LENGTH

try:  # Windows has no IANA database unless the tzdata package is installed
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        LONDON: tzinfo | None = ZoneInfo("Europe/London")
    except ZoneInfoNotFoundError:
        LONDON = None
except ImportError:  # pragma: no cover
    LONDON = None

PASSWORD_RULE = (
    f"A password needs at least {MIN_LENGTH} characters, must not contain the username and must "
    "not be a common password. Three or four unrelated words are easy to remember and hard to guess."
)


def london(moment: datetime) -> datetime:
    if moment.tzinfo is None:  # stored values are UTC
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(LONDON) if LONDON is not None else moment.astimezone()


def date_time_text(moment: datetime | None) -> str:
    return "" if moment is None else f"{london(moment):%d/%m/%Y %H:%M}"


def size_text(size_bytes: int) -> str:
    size = float(size_bytes)
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size_bytes} bytes"


# Unicode FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE: the name keeps its own direction and
# never reorders the text around it ("محمد" beside "Checker: Ann" would otherwise swap them, and a
# sentence starting with an Arabic name would turn right-to-left and align right).
FSI, PDI = "\u2068", "\u2069"


def isolated(name: str) -> str:
    """A person's name as an isolated run, for any name put into a sentence or a heading."""
    return f"{FSI}{name}{PDI}" if name else name


def ltr_html(html: str) -> str:
    """A rich-text heading laid out left to right whatever name it starts with: Qt's rich text,
    unlike its plain text, looks through isolates when it picks a paragraph's direction."""
    return f'<div dir="ltr">{html}</div>'
