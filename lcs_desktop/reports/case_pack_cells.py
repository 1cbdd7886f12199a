"""Table parts for the case pack: fast cells and the full-text table that splits across pages.

A 500-entry chronology has thousands of cells, so these avoid ReportLab's slow paths: plain
strings for short program text, one-style paragraphs built without the markup parser for user
text, and paragraphs that keep their line breaking for a width they have already been laid
out at (a table measures each cell several times while splitting).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, LongTable, Paragraph

from lcs_desktop.reports import flowables as f
from lcs_desktop.reports import fonts
from lcs_desktop.reports.cjk import font_tags, has_cjk
from lcs_desktop.reports.pdf_base import ACCENT, BANNER, FRAME_WIDTH, HEAD_FILL, INK, MUTED, RULE
from lcs_desktop.reports.styles import styles
from lcs_desktop.reports.text import clean, has_rtl, markup, visual, visual_lines

CELL_SIZE, CELL_LEADING, CELL_PAD = 8.5, 11.5, 4  # as the shared "cell" paragraph style
SMALL_SIZE, SMALL_LEADING = 7.5, 10  # as the shared "small" style


def flag(text_markup: str, on: bool) -> str:
    """Program markup in the banner colour, bold, when ``on`` (an overdue clock, a late report)."""
    return f"<font color='{BANNER.hexval()}'><b>{text_markup}</b></font>" if on else text_markup


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


def plain_cell(value: str, style: ParagraphStyle | None = None, *, column: float = 1.0) -> Paragraph:
    """User text in one style without the markup parser: the parser is a large share of
    building 500 entries, and plain text needs none of it. Undrawable characters are removed
    and right-to-left runs put in visual order, as ``text.markup`` does; one line only (the
    caller splits at newlines). Right-to-left text is broken into lines for its ``column``
    (a fraction of the frame width) before it is put in drawing order."""
    style = style or styles().cell
    if has_rtl(value):
        return _rtl_cell(value, style, column * FRAME_WIDTH - 2 * CELL_PAD - 0.5)
    if has_cjk(value):  # CJK runs switch font: the one-style shortcut cannot
        return CellParagraph(font_tags(escape(" ".join(clean(value).split()))), style)
    template = _TEMPLATES.get(id(style))
    if template is None:
        template = _TEMPLATES[id(style)] = Paragraph("x", style).frags[0]
    text = " ".join(clean(value).split())
    return CellParagraph("", style, frags=[template.clone(text=text)])


def _rtl_cell(value: str, style: ParagraphStyle, inner: float) -> Paragraph:
    def fits(drawn: str) -> bool:
        return stringWidth(drawn, style.fontName, style.fontSize) <= inner

    lines = visual_lines(" ".join(clean(value).split()), fits)
    return CellParagraph(font_tags("<br/>".join(escape(line) for line in lines)), style)


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
    return "\n".join(visual(line) for line in lines)


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
    grid.setStyle(f.grid_style(commands))
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
