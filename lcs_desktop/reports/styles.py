"""Paragraph styles shared by every report (DejaVu Sans, calm navy headings)."""

from __future__ import annotations

from functools import cache

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle

from lcs_desktop.reports import fonts
from lcs_desktop.reports.pdf_base import ACCENT, HEAD_FILL, INK, MUTED


class Styles:
    def __init__(self) -> None:
        fonts.register_fonts()
        base = ParagraphStyle(
            "body",
            fontName=fonts.REGULAR,
            fontSize=9.5,
            leading=13.5,
            textColor=INK,
            alignment=TA_LEFT,
            spaceAfter=4,
            splitLongWords=1,
            # ReportLab's own shaping stays off: right-to-left words arrive already shaped and
            # in drawing order (see ``bidi``), so no word is reversed twice or not at all.
            shaping=0,
            bulletFontName=fonts.REGULAR,  # not Helvetica, which would be a non-embedded font
        )
        self.body = base
        self.body_tight = ParagraphStyle("body_tight", parent=base, spaceAfter=0)
        self.title = ParagraphStyle(
            "title", parent=base, fontName=fonts.BOLD, fontSize=19, leading=24, textColor=ACCENT, spaceAfter=2
        )
        self.subtitle = ParagraphStyle("subtitle", parent=base, fontSize=10.5, leading=14, textColor=MUTED)
        self.h1 = ParagraphStyle(
            "h1",
            parent=base,
            fontName=fonts.BOLD,
            fontSize=12.5,
            leading=16,
            textColor=ACCENT,
            spaceBefore=12,
            spaceAfter=3,
            keepWithNext=1,
        )
        self.h2 = ParagraphStyle(
            "h2",
            parent=base,
            fontName=fonts.BOLD,
            fontSize=10.5,
            leading=14,
            spaceBefore=14,
            spaceAfter=6,
            textColor=ACCENT,
            backColor=HEAD_FILL,
            borderPadding=(4, 4, 4, 4),
            leftIndent=4,
            rightIndent=4,
            keepWithNext=1,
        )
        self.cite = ParagraphStyle(
            "cite", parent=base, fontSize=8, leading=10, textColor=MUTED, spaceAfter=6, keepWithNext=1
        )
        self.label = ParagraphStyle(
            "label",
            parent=base,
            fontName=fonts.BOLD,
            fontSize=8.5,
            leading=11.5,
            textColor=MUTED,
            spaceAfter=0,
            keepWithNext=1,
        )
        self.cell = ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11.5, spaceAfter=0)
        self.cell_head = ParagraphStyle("cell_head", parent=self.cell, fontName=fonts.BOLD, textColor=ACCENT)
        self.small = ParagraphStyle(
            "small", parent=base, fontSize=7.5, leading=10, textColor=MUTED, spaceAfter=0
        )
        self.mono_small = ParagraphStyle("mono_small", parent=self.small, textColor=INK)
        self.quote = ParagraphStyle(
            "quote",
            parent=base,
            fontName=fonts.ITALIC,
            fontSize=8.5,
            leading=12,
            leftIndent=8,
            textColor=MUTED,
        )


@cache
def styles() -> Styles:
    return Styles()
