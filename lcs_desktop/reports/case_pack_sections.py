"""The case pack's long sections: chronology, evidence, interviews, referrals, decision,
appeal, sign-offs and the audit appendix; and the numbered, bookmarked section headings.

Chronology and audit rows print their text in full (a disciplinary file must not lose words):
the tables split inside a row when one entry is longer than a page.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    LongTable,
    PageBreak,
    Paragraph,
    Spacer,
    TableStyle,
)

from lcs_desktop.domain.checks import MAX_TEXT
from lcs_desktop.reports import flowables as f
from lcs_desktop.reports import fonts
from lcs_desktop.reports.bookmarks import ContentsEntry, SectionHeading
from lcs_desktop.reports.pdf_base import ACCENT, BANNER, FRAME_WIDTH, HEAD_FILL, INK, MUTED, RULE
from lcs_desktop.reports.styles import styles
from lcs_desktop.reports.text import clean, fmt_date, fmt_datetime, has_rtl, markup, rtl_visual

CELL_SIZE, CELL_LEADING, CELL_PAD = 8.5, 11.5, 4  # as the shared "cell" paragraph style
SMALL_SIZE, SMALL_LEADING = 7.5, 10  # as the shared "small" style
ENTRY_LIMIT = 2 * MAX_TEXT  # stored text is at most MAX_TEXT; redaction can lengthen it
CHUNK = 1500  # characters per paragraph inside a table cell


def flag(text_markup: str, on: bool) -> str:
    """Program markup in the banner colour, bold, when ``on`` (an overdue clock, a late report)."""
    return f"<font color='{BANNER.hexval()}'><b>{text_markup}</b></font>" if on else text_markup


class Sections:
    """Numbers the top-level sections and collects the contents entries as the story is built."""

    def __init__(self) -> None:
        self.entries: list[ContentsEntry] = []
        self.number = 0
        self._keys = 0  # every heading gets its own bookmark key, listed in the contents or not

    def heading(
        self,
        title: str,
        cite: str | None = None,
        *,
        level: int = 0,
        bookmark: bool = True,
        new_page: bool = False,
    ) -> list[Flowable]:
        if level == 0:
            self.number += 1
            title = f"{self.number}. {title}"
        key = f"s{self._keys}"
        self._keys += 1
        if bookmark:
            self.entries.append(ContentsEntry(key, title, level))
        style = styles().h1 if level == 0 else styles().h2
        parts: list[Flowable] = [
            PageBreak() if new_page else CondPageBreak(35 * mm if level == 0 else 25 * mm),
            SectionHeading(markup(title, limit=200, empty=""), style, key=key, title=title, level=level),
        ]
        if cite:
            parts.append(f.para(cite, "cite", empty=""))
        if new_page:
            # At the top of a fresh page nothing can be orphaned; keeping the heading with a
            # 500-row table would make ReportLab measure the whole table before splitting it.
            parts.append(_Unkept())
        return parts


class _Unkept(Flowable):
    """Nothing, drawn nowhere; it ends a chain of keep-with-next flowables."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class CellParagraph(Paragraph):
    """A paragraph that remembers its layout for a width it has already been wrapped to.

    A table re-measures every cell on each page-split attempt and again when drawing; line
    breaking depends only on the width (the column's, which never changes), so for a 500-row
    chronology this saves most of the build time."""

    _wrapped_width: float | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if avail_width == self._wrapped_width and hasattr(self, "blPara"):  # split() may drop it
            return self.width, self.height
        size = super().wrap(avail_width, avail_height)
        self._wrapped_width = avail_width
        return size


_TEMPLATES: dict[int, Any] = {}


def plain_cell(value: str, style: ParagraphStyle | None = None) -> Paragraph:
    """User text in one style without the markup parser: the parser is a large share of
    building 500 entries, and plain text needs none of it. Undrawable characters are removed
    and right-to-left runs put in visual order, as ``text.markup`` does; one line only (the
    caller splits at newlines)."""
    style = style or styles().cell
    template = _TEMPLATES.get(id(style))
    if template is None:
        template = _TEMPLATES[id(style)] = Paragraph("x", style).frags[0]
    text = " ".join(clean(value).split())
    if has_rtl(text):
        text = rtl_visual(text)
    return CellParagraph("", style, frags=[template.clone(text=text)])


def _cell(markup_text: str, style: str = "cell") -> Paragraph:
    return CellParagraph(markup_text, getattr(styles(), style))


def fit(value: object, fraction: float, *, size: float = CELL_SIZE) -> str:
    """Short program text (a date, a kind, a number) as a plain string cell, broken to fit the
    column. Plain strings are drawn directly: no markup parsing or paragraph layout, which for
    the thousands of such cells in a 200-page pack is a large share of the build time."""
    width = fraction * FRAME_WIDTH - 2 * CELL_PAD
    lines: list[str] = []
    for part in clean(value).split("\n"):
        line = ""
        for word in part.split():
            while stringWidth(word, fonts.REGULAR, size) > width:  # a hash, a long address
                if line:
                    lines.append(line)
                    line = ""
                cut = len(word) - 1
                while cut > 1 and stringWidth(word[:cut], fonts.REGULAR, size) > width:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
            trial = f"{line} {word}" if line else word
            if line and stringWidth(trial, fonts.REGULAR, size) > width:
                lines.append(line)
                line = word
            else:
                line = trial
        lines.append(line)
    return "\n".join(lines)


def table(
    header: Sequence[str],
    rows: list[list[Any]],
    widths: Sequence[float],
    *,
    bold_first: bool = False,
    small_last: bool = False,
) -> Flowable:
    """A full-text table: repeats its header on every page and splits a tall row across pages."""
    if not rows:
        return f.para(None)
    data: list[list[Flowable]] = [[_cell(markup(h), "cell_head") for h in header], *rows]
    grid = LongTable(
        data,
        colWidths=[w * FRAME_WIDTH for w in widths],
        repeatRows=1,
        hAlign="LEFT",
        # Fill each page, splitting inside a long row (at least ~3 lines either side). Splitting
        # between rows first makes ReportLab put the rest, header and all, on the same page.
        splitByRow=0,
        splitInRow=36,
    )
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        # Plain string cells (see ``fit``) in the cell paragraph style's font.
        ("FONT", (0, 1), (-1, -1), fonts.REGULAR, CELL_SIZE, CELL_LEADING),
        ("TEXTCOLOR", (0, 1), (-1, -1), INK),
    ]
    if bold_first:
        commands.append(("FONT", (0, 1), (0, -1), fonts.BOLD, CELL_SIZE, CELL_LEADING))
    if small_last:
        commands.append(("FONT", (-1, 1), (-1, -1), fonts.REGULAR, SMALL_SIZE, SMALL_LEADING))
    commands += [("BACKGROUND", (0, i), (-1, i), f.ZEBRA_FILL) for i in range(2, len(data), 2)]
    grid.setStyle(TableStyle(commands))
    return grid


@cache
def _extra_styles() -> dict[str, ParagraphStyle]:
    cell = styles().cell
    return {
        "bold": ParagraphStyle("cell_bold", parent=cell, fontName=fonts.BOLD),
        "muted": ParagraphStyle("cell_muted", parent=cell, fontSize=7.5, leading=10, textColor=MUTED),
        "flag": ParagraphStyle("cell_flag", parent=cell, fontName=fonts.BOLD, textColor=BANNER),
    }


def _styled(text_markup: str, kind: str) -> Paragraph:
    return CellParagraph(text_markup, _extra_styles()[kind])


def _muted(text_markup: str) -> str:
    return f"<font color='{MUTED.hexval()}' size='7.5'>{text_markup}</font>"


# -- chronology -------------------------------------------------------------------------------


def entry_numbers(d: Any) -> dict[int, int]:
    """Chronology entry id -> its number in the pack (1, 2, ... in date order)."""
    return {e.id: n for n, e in enumerate(d.chronology, start=1)}


def evidence_numbers(d: Any) -> dict[int, str]:
    return {e.id: f"E{n}" for n, e in enumerate(d.evidence, start=1)}


def _chunks(text: str, size: int = CHUNK) -> list[str]:
    """Long text in pieces broken at spaces: a table row then splits between paragraphs
    instead of re-wrapping one huge paragraph at every page."""
    pieces: list[str] = []
    while len(text) > size:
        cut = text.rfind(" ", 0, size)
        cut = size if cut <= 0 else cut
        pieces.append(text[:cut])
        text = text[cut:].lstrip(" ")
    return [*pieces, text] if text else pieces


def _entry_cell(e: Any, numbers: dict[int, int]) -> list[Paragraph]:
    """One paragraph per part, each in a single style: ReportLab lays out a one-style
    paragraph on its fast path, several times quicker than mixed markup (500 rows add up)."""
    cell: list[Paragraph] = []
    if e.corrects_id is not None:
        target = numbers.get(e.corrects_id)
        cell.append(_styled(f"Correction to {f'no. {target}' if target else 'an earlier entry'}.", "flag"))
    cell.append(plain_cell(e.summary[:500] or "(no summary)", _extra_styles()["bold"]))
    details = clean(e.details).strip()[:ENTRY_LIMIT]
    for line in details.split("\n"):  # the writer's line breaks kept, each line in chunks
        cell += [plain_cell(piece) for piece in _chunks(line.strip())]
    if e.participants.strip():
        cell.append(plain_cell("Present: " + e.participants[:500], _extra_styles()["muted"]))
    if e.corrected_by:
        later = ", ".join(f"no. {numbers[i]}" for i in e.corrected_by if i in numbers) or "a later entry"
        cell.append(_styled(f"Corrected by {later}: read with the correction.", "flag"))
    return cell


def _two_lines(first: str, second: str) -> list[Paragraph]:
    """A value and a muted note under it (who, then when), both plain text."""
    return [plain_cell(first or "—"), plain_cell(second, _extra_styles()["muted"])]


def chronology(d: Any, sec: Sections) -> list[Flowable]:
    numbers = entry_numbers(d)
    ev = evidence_numbers(d)
    rows = []
    for n, e in enumerate(d.chronology, start=1):
        rows.append(
            [
                str(n),
                fmt_datetime(e.occurred_at).replace(" ", "\n"),
                fit(e.kind, 0.11),
                _entry_cell(e, numbers),
                _two_lines(e.recorded_by[:120], fmt_datetime(e.recorded_at)),
                fit(" ".join(ev[i] for i in e.evidence_ids if i in ev) or "—", 0.09),
            ]
        )
    cite = (
        "Every entry in date order. Entries are never changed: a correction is a new entry that "
        "points at the one it corrects. Times are Europe/London."
    )
    head = sec.heading("Chronology", cite, new_page=True)
    grid = table(
        ["No.", "When", "Kind", "Entry", "Recorded", "Files"],
        rows,
        [0.06, 0.12, 0.11, 0.47, 0.15, 0.09],
        bold_first=True,
    )
    return [*head, grid]


# -- evidence ---------------------------------------------------------------------------------


def evidence(d: Any, sec: Sections, include_images: bool) -> list[Flowable]:
    head = sec.heading(
        "Evidence",
        "Each file as stored (encrypted) with its SHA-256; compare a copy's hash to prove it unchanged.",
        new_page=True,
    )
    rows = []
    for number, x in zip(evidence_numbers(d).values(), d.evidence, strict=True):
        rows.append(
            [
                _cell(f"<b>{number}</b>"),
                _cell(f"{markup(x.filename, limit=200)}<br/>{_muted(markup(x.attached_to, limit=300))}"),
                _cell(f"{markup(x.added_by, limit=120, empty='—')}<br/>{_muted(fmt_datetime(x.added_at))}"),
                _cell(fmt_datetime(x.captured_at)),
                _cell(markup(x.sha256, empty="—"), "mono_small"),
            ]
        )
    parts = [
        *head,
        table(["No.", "File", "Added by", "Captured", "SHA-256"], rows, [0.07, 0.3, 0.17, 0.13, 0.33]),
    ]
    pictures = [(n, x) for n, x in zip(evidence_numbers(d).values(), d.evidence, strict=True) if x.image]
    if not pictures:
        return parts
    images_head = sec.heading("Evidence images", level=1)
    if not include_images:
        note = (
            "Pictures are withheld from this redacted copy: a screenshot may show a child or a family and "
            "cannot be redacted. Each file and its SHA-256 are listed above; the full copy shows them."
        )
        return [*parts, *images_head, f.para(note)]
    for index, (number, x) in enumerate(pictures):
        item = f.EvidenceFile(
            f"{number} · {x.filename}", x.media_type, x.sha256, x.captured_at, x.image, x.added_by
        )
        picture = f.evidence_image(item, max_height=105 * mm)
        # The sub-heading goes with the first picture, never alone at the foot of a page.
        parts.append(KeepTogether([*images_head[1:], picture]) if index == 0 else picture)
    return parts


# -- interviews, referrals --------------------------------------------------------------------


def interviews(d: Any, sec: Sections) -> list[Flowable]:
    parts = sec.heading("Interviews", "Each interview entry from the chronology, in full")
    if not d.interviews:
        return [*parts, f.para(None)]
    numbers = entry_numbers(d)
    for e in d.interviews:
        title = f"Interview on {fmt_date(e.occurred_at)}: {e.summary}"
        parts += sec.heading(title, level=1, bookmark=False)
        facts = [
            ("Chronology entry", f"No. {numbers.get(e.id, '?')}"),
            ("When", fmt_datetime(e.occurred_at)),
            ("Present", e.participants or "Not recorded"),
            ("Recorded by", f"{e.recorded_by}, {fmt_datetime(e.recorded_at)}"),
        ]
        parts += [f.key_values(facts, label_width=38 * mm), Spacer(1, 2 * mm), *f.text_block(e.details)]
    return parts


def referral_summary(referrals: Sequence[Any]) -> str:
    if not referrals:
        return "None recorded"
    overdue = sum(1 for r in referrals if r.overdue)
    return f"{len(referrals)}" + (f" ({overdue} overdue)" if overdue else "")


def referrals(d: Any, sec: Sections) -> list[Flowable]:
    rows = []
    for r in d.referrals:
        due = fmt_datetime(r.due_at, empty="No fixed clock")
        if r.overdue:
            due = flag(f"{due}<br/>Overdue", True)
        made = fmt_date(r.made_on, empty="—")
        if r.made_late:
            made = flag(f"{made}<br/>Made late", True)
        outcome = markup(r.state, empty="")
        if r.reference.strip():
            outcome += f"<br/>Ref. {markup(r.reference, limit=80)}"
        notes = "<br/>".join(markup(t, limit=2000) for t in (r.reason, r.notes) if t.strip()) or "—"
        rows.append(
            [
                _cell(f"<b>{markup(r.label)}</b><br/>{_muted(markup(r.clock_text, empty=''))}"),
                _cell(fmt_datetime(r.clock_start)),
                _cell(due),
                _cell(made),
                _cell(outcome),
                _cell(notes),
            ]
        )
    head = sec.heading(
        "Referrals and their clocks",
        "LADO within one working day; ICO within 72 hours of awareness; DBS, police and Charity "
        "Commission as the duty arises. Working days exclude UK bank holidays.",
    )
    return [
        *head,
        table(
            ["Referral", "Clock from", "Due", "Made", "State", "Reason and notes"],
            rows,
            [0.19, 0.13, 0.14, 0.12, 0.15, 0.27],
        ),
    ]
