"""User text made safe for ReportLab Paragraph markup, and dates as the office reads them.

Everything a user typed passes through ``markup()`` before it reaches a Paragraph: Paragraph
text is XML-like markup, so an unescaped ``<`` or ``&`` in an applicant's account would either
crash the build or, worse, be read as formatting. No ReportLab import here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import UTC, date, datetime
from xml.sax.saxutils import escape

from lcs_desktop.domain.working_days import to_london
from lcs_desktop.reports.cjk import font_tags

NONE_RECORDED = "None recorded"
EMOJI = "[emoji]"  # printed where an emoji was typed: the font has none, and a wrong glyph misleads
UNSHOWN = "[character not shown]"

# C0/C1 controls (except tab and newline), lone surrogates and non-characters: none can be
# drawn, and surrogates cannot even be encoded into the PDF. Bidi controls (isolates such as
# FSI/PDI the screens wrap names in, embeddings, marks) too: the PDF has no glyph for them and
# the reports place right-to-left runs themselves (``rtl_visual``).
_UNDRAWABLE = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_RTL_RUN = re.compile(
    r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc][\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\s]*"
)


# An emoji with its variation selector, skin tone and zero-width-joined parts is one picture.
_MODIFIERS = "\U0001f1e6-\U0001f1ff\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f"


def clean(value: object) -> str:
    """Text with undrawable characters removed and line ends normalised; characters the PDF
    font cannot draw that would otherwise print as a wrong glyph become a placeholder."""
    text = "" if value is None else str(value)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    text = _UNDRAWABLE.sub("", text)
    return text if text.isascii() else _placeholders(text)


def _is_emoji(ch: str) -> bool:
    cp = ord(ch)
    return 0x1F000 <= cp <= 0x1FAFF or 0x2300 <= cp <= 0x2BFF


def _placeholders(text: str) -> str:
    from lcs_desktop.reports.bidi import font_coverage

    coverage = font_coverage()

    def missing(ch: str) -> bool:
        if ord(ch) > 0xFFFF:  # ReportLab's fonts are 16-bit: these would print as a wrong glyph
            return True
        return coverage is not None and _is_emoji(ch) and ord(ch) not in coverage

    text = text.replace("\ufe0f", "").replace("\ufe0e", "")  # emoji/text style: nothing to draw
    bad = [ch for ch in set(text) if missing(ch)]
    if not bad:
        return text
    pattern = re.compile(f"[{re.escape(''.join(bad))}][{_MODIFIERS}]*(?:\u200d.[{_MODIFIERS}]*)*")
    return pattern.sub(lambda m: EMOJI if _is_emoji(m.group(0)[0]) else UNSHOWN, text)


def has_rtl(text: str) -> bool:
    return bool(_RTL.search(text))


def rtl_visual(text: str) -> str:
    """Put each right-to-left run of a left-to-right line into visual (drawing) order.

    ReportLab without ``rlbidi`` (not on our package index) draws everything left to right:
    the run's words go in reverse order and each word becomes its joined letter forms in
    drawing order (``bidi.visual_word``). Names and short phrases are what matter here.
    """
    from lcs_desktop.reports.bidi import visual_word

    def flip(match: re.Match[str]) -> str:
        run = match.group(0)
        stripped = run.rstrip()
        visual = " ".join(visual_word(word) for word in reversed(stripped.split()))
        return visual + run[len(stripped) :]

    return _RTL_RUN.sub(flip, text)


def visual_lines(text: str, fits: Callable[[str], bool]) -> list[str]:
    """One line of logical text broken into the lines it prints as, each in drawing order.

    Lines are broken in logical order and only then reordered (as the Unicode bidi algorithm
    does): reordering first and letting ReportLab wrap would print the end of a right-to-left
    name on the first line. ``fits(drawn)`` says whether a drawn line fits the width.
    """
    lines: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}" if line else word
        if line and not fits(visual(trial)):
            lines.append(line)
            line = word
        else:
            line = trial
    lines.append(line)
    return [visual(piece) for piece in lines]


def visual(text: str) -> str:
    """A single line as it is drawn: right-to-left runs (if any) in drawing order."""
    return rtl_visual(text) if has_rtl(text) else text


def markup(value: object, *, limit: int | None = None, empty: str = NONE_RECORDED) -> str:
    """Escaped Paragraph markup for user text; newlines kept; ``empty`` (in italics) when blank."""
    text = clean(value).strip()
    if not text:
        return f"<i>{escape(empty)}</i>" if empty else ""
    if limit is not None and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    lines = [rtl_visual(line) if has_rtl(line) else line for line in text.split("\n")]
    return font_tags("<br/>".join(escape(line) for line in lines))


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


def count(n: int, noun: str, plural: str | None = None) -> str:
    """'1 file', '2 files', '1 entry', '3 entries' (``plural`` when adding "s" is wrong)."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def and_list(items: list[str] | tuple[str, ...]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" and {items[-1]}"


def quoted(text: str) -> str:
    """Text in curly quotes, unless it is already quoted (no doubled opening quotes)."""
    text = text.strip()
    return text if text.startswith(("“", '"', "‘")) else f"“{text}”"


_SENTENCE_END = re.compile(r"[.!?…][)”’\"']?\s")


def cut_point(text: str, size: int) -> int:
    """Where to cut ``text`` into a piece of at most ``size`` characters: after the last full
    sentence that fits, else at the last space, else at ``size``. A piece becomes its own
    paragraph, so cutting mid-sentence would print a hard line break inside the sentence."""
    if len(text) <= size:
        return len(text)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, size + 1)]
    if ends and ends[-1] > size // 3:
        return ends[-1]
    space = text.rfind(" ", 0, size)
    return space if space > 0 else size


def sections_text(sections: tuple[str, ...] | list[str], advisory: bool = False) -> str:
    """('4', '8') -> 'Policy §4, §8'."""
    if not sections:
        return "No policy section"
    text = "Policy " + ", ".join(f"§{s.lstrip('§')}" for s in sections)
    return f"{text} (advisory)" if advisory else text
