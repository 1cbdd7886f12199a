"""User text made safe for ReportLab Paragraph markup, and dates as the office reads them.

Everything a user typed passes through ``markup()`` before it reaches a Paragraph: Paragraph
text is XML-like markup, so an unescaped ``<`` or ``&`` in an applicant's account would either
crash the build or, worse, be read as formatting. No ReportLab import here.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime
from importlib.util import find_spec
from xml.sax.saxutils import escape

from lcs_desktop.domain.working_days import to_london

NONE_RECORDED = "None recorded"

# C0/C1 controls (except tab and newline), lone surrogates and non-characters: none can be
# drawn, and surrogates cannot even be encoded into the PDF.
_UNDRAWABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_RTL_RUN = re.compile(
    r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc][\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\s]*"
)

# With uharfbuzz installed ReportLab joins Arabic letters (shaping) word by word; without it
# each letter is drawn in its isolated form. Either way it lays text out left to right.
SHAPING = find_spec("uharfbuzz") is not None


def clean(value: object) -> str:
    """Text with undrawable characters removed and line ends normalised."""
    text = "" if value is None else str(value)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _UNDRAWABLE.sub("", text)


def has_rtl(text: str) -> bool:
    return bool(_RTL.search(text))


def rtl_visual(text: str, shaped: bool = SHAPING) -> str:
    """Put each right-to-left run of a left-to-right line into visual (drawing) order.

    ReportLab without ``rlbidi`` (not on our package index) draws everything left to right.
    When shaping is on, uharfbuzz already orders the glyphs inside each word, so only the word
    order is reversed; without shaping the run's characters are reversed so the isolated
    letters at least read in the right order. Names and short phrases are what matter here.
    """

    def flip(match: re.Match[str]) -> str:
        run = match.group(0)
        stripped = run.rstrip()
        visual = " ".join(reversed(stripped.split())) if shaped else stripped[::-1]
        return visual + run[len(stripped) :]

    return _RTL_RUN.sub(flip, text)


def markup(value: object, *, limit: int | None = None, empty: str = NONE_RECORDED) -> str:
    """Escaped Paragraph markup for user text; newlines kept; ``empty`` (in italics) when blank."""
    text = clean(value).strip()
    if not text:
        return f"<i>{escape(empty)}</i>" if empty else ""
    if limit is not None and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    lines = [rtl_visual(line) if has_rtl(line) else line for line in text.split("\n")]
    return "<br/>".join(escape(line) for line in lines)


def plain(value: object, *, limit: int = 300) -> str:
    """Single-line text for canvas strings (headers, footers): no markup, bounded length."""
    text = " ".join(clean(value).split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


def nfkc(text: str) -> str:
    """Normal form for comparing extracted PDF text (shaped Arabic comes out as presentation forms)."""
    return unicodedata.normalize("NFKC", text)


def london(moment: datetime) -> datetime:
    """An aware moment (naive ones are taken as UTC, as stored) as London wall-clock time, naive.

    Uses the domain's UK rule, so every screen and report agrees even on a PC without tzdata.
    """
    return to_london(moment if moment.tzinfo else moment.replace(tzinfo=UTC))


def fmt_date(value: date | datetime | None, *, empty: str = "Not recorded") -> str:
    """dd/mm/yyyy; a datetime is first put into London time (its date can differ from UTC's)."""
    if value is None:
        return empty
    if isinstance(value, datetime):
        value = london(value)
    return value.strftime("%d/%m/%Y")


def fmt_datetime(value: datetime | date | None, *, empty: str = "Not recorded") -> str:
    """dd/mm/yyyy HH:MM in London time; a bare date prints as a date."""
    if value is None:
        return empty
    if not isinstance(value, datetime):
        return fmt_date(value)
    return london(value).strftime("%d/%m/%Y %H:%M")


def fmt_size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def sections_text(sections: tuple[str, ...] | list[str], advisory: bool = False) -> str:
    """('4', '8') -> 'Policy §4, §8'."""
    if not sections:
        return "No policy section"
    text = "Policy " + ", ".join(f"§{s.lstrip('§')}" for s in sections)
    return f"{text} (advisory)" if advisory else text
