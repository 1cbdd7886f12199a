"""Bookmarks that land on the right page, and a contents page with page numbers, in one pass.

The shared page (``pdf_base``) holds every page back until the page count is known, so it can
print "Page X of Y". ReportLab's ``bookmarkPage`` points at "the page being written", which on
that deferred canvas is still page 1 for the whole build. This canvas remembers each bookmark
with the page it was made on and points it again when the page is finally written; the same
replay draws the contents page's numbers, which are only known once the sections are laid out.
No second layout pass (``multiBuild``) is needed, so a 200-page pack is built once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from lcs_desktop.reports import fonts
from lcs_desktop.reports.common import CancelCheck, Cancelled, DocumentInfo, Progress
from lcs_desktop.reports.pdf_base import (
    ACCENT,
    FRAME_WIDTH,
    INK,
    RULE,
    ReportDocTemplate,
    make_canvas_class,
)
from lcs_desktop.reports.text import plain


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
            title = plain(entry.title, limit=90)
            canv.setFont(font, size)
            canv.setFillColor(ACCENT if entry.level == 0 else INK)
            canv.drawString(indent, y, title)
            # Dot leader from the end of the title to just before the page number.
            start = indent + canv.stringWidth(title, font, size) + 2 * mm
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


def make_bookmarked_canvas(info: DocumentInfo) -> type[Canvas]:
    """The shared furnished canvas, plus bookmarks re-pointed and contents numbers drawn at save."""
    base = make_canvas_class(info)

    class BookmarkedCanvas(base):  # type: ignore[valid-type, misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.page_of: dict[str, int] = {}
            self.page_marks: list[tuple[str, dict[str, Any]]] = []
            self.contents_slots: list[tuple[str, float, float, str, float]] = []

        def bookmarkPage(self, key: str, **kwargs: Any) -> Any:
            self.page_of[key] = self._pageNumber
            self.page_marks.append((key, kwargs))
            return Canvas.bookmarkPage(self, key, **kwargs)

        def showPage(self) -> None:
            super().showPage()  # keeps this page's lists in its saved state
            self.page_marks = []
            self.contents_slots = []

        def _furnish(self, total: int) -> None:
            # Runs with the page's own state restored, just before it is really written.
            for key, kwargs in self.page_marks:
                Canvas.bookmarkPage(self, key, **kwargs)
            for key, x, y, font, size in self.contents_slots:
                page = self.page_of.get(key)
                if page is not None:
                    self.setFont(font, size)
                    self.setFillColor(INK)
                    self.drawRightString(x, y, str(page))
            super()._furnish(total)

    return BookmarkedCanvas


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
    """Like ``pdf_base.render_story`` (progress and cancel between flowables, Page X of Y), with
    bookmarks on their own pages and a contents page that knows its numbers."""
    fonts.register_fonts()
    buffer = BytesIO()
    doc = BookmarkedDocTemplate(buffer, info)
    flowables = list(story)
    total = len(flowables) + 1  # the last step draws the furniture and writes the file
    reached = 0

    def on_progress(kind: str, value: int) -> None:
        nonlocal reached
        if kind != "PROGRESS":
            return
        if is_cancelled is not None and is_cancelled():
            raise Cancelled()
        value = max(0, min(int(value), total - 1))
        if value > reached:  # a split flowable goes back on the list; the user sees it rise
            reached = value
            if progress is not None:
                progress(reached, total)

    doc.setProgressCallBack(on_progress)
    canvas_class = make_bookmarked_canvas(info)
    canvas_class.cancel_check = staticmethod(is_cancelled) if is_cancelled else None
    if is_cancelled is not None and is_cancelled():
        raise Cancelled()
    doc.build(flowables, canvasmaker=canvas_class)
    if progress is not None:
        progress(total, total)
    return buffer.getvalue(), doc.page
