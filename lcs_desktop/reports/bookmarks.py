"""Bookmarks that land on the right page, and a contents page with page numbers, in one pass.

The shared canvas (``pdf_base``) remembers each bookmark with the page it was made on and
points it again when the page is finally written; the same replay draws the contents page's
numbers, which are only known once the sections are laid out. No second layout pass
(``multiBuild``) is needed, so a 200-page pack is built once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from lcs_desktop.reports import fonts
from lcs_desktop.reports.common import CancelCheck, DocumentInfo, Progress
from lcs_desktop.reports.pdf_base import (
    ACCENT,
    FRAME_WIDTH,
    INK,
    RULE,
    ReportDocTemplate,
    render_story,
)
from lcs_desktop.reports.text import plain, visual


@dataclass(frozen=True, slots=True)
class ContentsEntry:
    key: str  # the bookmark key of the section's heading
    title: str
    level: int = 0


class SectionHeading(Paragraph):
    """A heading that is bookmarked under a known key (so the contents can find its page)."""

    def __init__(self, text: str, style: object, *, key: str, title: str, level: int = 0) -> None:
        super().__init__(text, style)
        self.bookmark = (key, title, level)

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        parts = super().split(avail_width, avail_height)
        for index, part in enumerate(parts):  # only the first part carries the bookmark
            part.bookmark = self.bookmark if index == 0 else None
        return parts


class Anchor(Flowable):
    """An invisible, zero-height bookmark (for a page that starts with a picture, say)."""

    def __init__(self, key: str, title: str, level: int = 0) -> None:
        super().__init__()
        self.bookmark = (key, title, level)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class Contents(Flowable):
    """Section titles with dot leaders; the page numbers are drawn when the file is written."""

    ROW = 6.2 * mm

    def __init__(self, entries: Sequence[ContentsEntry]) -> None:
        super().__init__()
        self.entries = list(entries)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return FRAME_WIDTH, self.ROW * len(self.entries)

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        fits = int(avail_height // self.ROW)
        if fits <= 0 or fits >= len(self.entries):
            return []
        return [Contents(self.entries[:fits]), Contents(self.entries[fits:])]

    def draw(self) -> None:
        canv = self.canv
        right = FRAME_WIDTH
        for row, entry in enumerate(self.entries):
            y = self.ROW * (len(self.entries) - row - 1) + 1.8 * mm
            indent = 7 * mm * entry.level
            size = 10 if entry.level == 0 else 9
            font = fonts.BOLD if entry.level == 0 else fonts.REGULAR
            title = visual(plain(entry.title, limit=90))
            canv.setFillColor(ACCENT if entry.level == 0 else INK)
            fonts.draw_string(canv, indent, y, title, font, size)
            # Dot leader from the end of the title to just before the page number.
            start = indent + fonts.string_width(title, font, size) + 2 * mm
            end = right - 10 * mm
            if end > start:
                canv.saveState()
                canv.setStrokeColor(RULE)
                canv.setLineWidth(0.7)
                canv.setDash(0.7, 2.3)
                canv.line(start, y + 0.3 * mm, end, y + 0.3 * mm)
                canv.restoreState()
            x_abs, y_abs = canv.absolutePosition(right, y)
            canv.contents_slots.append((entry.key, x_abs, y_abs, font, size))


class BookmarkedDocTemplate(ReportDocTemplate):
    """The shared template; flowables with ``bookmark = (key, title, level)`` become outline entries
    that open at the heading itself."""

    def afterFlowable(self, flowable: Flowable) -> None:
        mark = getattr(flowable, "bookmark", None)
        if not mark:
            super().afterFlowable(flowable)
            return
        key, title, level = mark
        top = self.frame._y + getattr(flowable, "height", 0) + 6 * mm
        self.canv.bookmarkPage(key, fit="XYZ", top=top)
        self.canv.addOutlineEntry(plain(title, limit=120), key, level=level, closed=level > 0)
        self.canv.showOutline()


def render_bookmarked(
    story: Sequence[Flowable],
    info: DocumentInfo,
    *,
    progress: Progress | None = None,
    is_cancelled: CancelCheck | None = None,
) -> tuple[bytes, int]:
    """``pdf_base.render_story`` with headings bookmarked at the heading itself, so the contents
    page (``Contents``) knows its page numbers."""
    return render_story(
        story, info, progress=progress, is_cancelled=is_cancelled, template=BookmarkedDocTemplate
    )
