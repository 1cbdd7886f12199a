"""Building blocks shared by the reports: headings, tables, evidence, signature lines.

Every user-supplied string goes through ``text.markup`` (escaped, length-bounded in table cells)
so no input can break the layout: table cells are capped because a single row taller than a page
cannot be laid out; long free text goes into plain paragraphs, which split across pages.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    LongTable,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from lcs_desktop.reports.cjk import font_tags, has_cjk
from lcs_desktop.reports.pdf_base import ACCENT, BANNER, FRAME_WIDTH, HEAD_FILL, MUTED, RULE
from lcs_desktop.reports.styles import styles
from lcs_desktop.reports.text import (
    NONE_RECORDED,
    clean,
    cut_point,
    fmt_datetime,
    fmt_size,
    has_rtl,
    markup,
    visual_lines,
)

CELL_PAD = 4
CELL_LIMIT = 600  # characters per table cell; the full text is printed elsewhere where it matters
ZEBRA_FILL = colors.HexColor("#F7F9FB")
IMAGE_MAX_HEIGHT = 100 * mm
IMAGE_PAD = 5
IMAGE_DPI = 150  # enough for a printed screenshot; larger images are reduced before embedding


def grid_style(commands: Sequence[tuple]) -> TableStyle:
    """A table style whose cells default to the embedded DejaVu Sans. ReportLab's default cell
    font is Helvetica, which it never embeds: listed in the PDF even by a table of paragraphs,
    it would break PDF/A and print differently on each reader."""
    st = styles().cell
    return TableStyle([("FONT", (0, 0), (-1, -1), st.fontName, st.fontSize, st.leading), *commands])


def para(
    value: object, style: str = "body", *, limit: int | None = None, empty: str = NONE_RECORDED
) -> Paragraph:
    """A paragraph of user text (escaped). Text with right-to-left script is broken into lines
    for the frame before each line is put in drawing order (see ``_rtl_lines``)."""
    st = getattr(styles(), style)
    text = clean(value).strip()
    if not has_rtl(text):
        return paragraph(markup(value, limit=limit, empty=empty), st)
    if limit is not None and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return paragraph(_rtl_lines(text, st, FRAME_WIDTH - st.leftIndent - st.rightIndent - 0.5), st)


def fixed(markup_text: str, style: str = "body") -> Paragraph:
    """A paragraph of the program's own markup (user text inside it already through ``markup``)."""
    return paragraph(markup_text, getattr(styles(), style))


def paragraph(markup_text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of ready markup (right-to-left runs already in drawing order, see ``text.markup``)."""
    return Paragraph(markup_text, style)


class Heading(Paragraph):
    """A heading that becomes a PDF bookmark (see ``ReportDocTemplate.afterFlowable``)."""

    def __init__(
        self,
        text: str,
        style: object,
        *args: object,
        outline: tuple[str, int] | None = None,
        **kwargs: object,
    ) -> None:
        super().__init__(text, style, *args, **kwargs)
        self.outline = outline

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        parts = super().split(avail_width, avail_height)
        for index, part in enumerate(parts):  # only the first part carries the bookmark
            part.outline = self.outline if index == 0 else None
        return parts


def heading(text: str, *, level: int = 0, bookmark: str | None = None) -> Heading:
    """A heading of user-influenced text (escaped, bounded); ``bookmark`` adds an outline entry."""
    style = getattr(styles(), "h1" if level == 0 else "h2")
    outline = (bookmark, level) if bookmark else None
    text = markup(text, limit=200, empty="")
    return Heading(text, style, outline=outline)


def section(
    title: str, policy: str | None = None, *, level: int = 0, bookmark: bool = True
) -> list[Flowable]:
    """A numbered section heading with its policy citation (e.g. 'Policy §3.1') under it.

    Headings keep with the next flowable (style ``keepWithNext``) and ``CondPageBreak`` avoids
    starting a section in the last few lines of a page. ReportLab cannot keep a heading with a
    ``KeepTogether`` that follows it: build such a section with ``keep(section(...) + [...])``.
    """
    parts: list[Flowable] = [
        CondPageBreak(30 * mm),
        heading(title, level=level, bookmark=title if bookmark else None),
    ]
    if policy:
        parts.append(para(policy, "cite", empty=""))
    return parts


def keep(parts: Sequence[Flowable]) -> Flowable:
    """Keep ``parts`` on one page when they fit (a section heading with a short body)."""
    return KeepTogether(list(parts))


def _cell(value: object, style: str = "cell", width: float | None = None) -> Flowable | str:
    """A table cell. Text that fits on one line becomes a plain string, drawn by the table
    itself (parsing a Paragraph per cell is most of a report's build time); anything that
    wraps, or holds right-to-left script (which needs shaping), stays a Paragraph."""
    if isinstance(value, Flowable):
        return value
    text = clean(value)
    if width is not None and has_rtl(text):
        return _rtl_cell(text, style, width)
    if width is not None and "\n" not in text and not has_rtl(text) and not has_cjk(text):
        line = text.strip() or "—"
        st = getattr(styles(), style)
        if len(line) < 120 and stringWidth(line, st.fontName, st.fontSize) <= width - 2 * CELL_PAD - 0.5:
            return line
    return para(value, style, limit=CELL_LIMIT, empty="—")


def _rtl_lines(text: str, st: ParagraphStyle, inner: float) -> str:
    """Markup for text holding right-to-left script: broken into lines of at most ``inner``
    points first, then each line put in drawing order (``text.visual_lines``). Letting
    ReportLab wrap a line already in drawing order would print a wrapped name end first."""

    def fits(drawn: str) -> bool:
        return stringWidth(drawn, st.fontName, st.fontSize) <= inner

    lines = [piece for line in text.split("\n") for piece in visual_lines(line, fits)]
    return font_tags("<br/>".join(escape(line) for line in lines))


def _rtl_cell(text: str, style: str, width: float) -> Flowable:
    """A cell holding right-to-left script, broken for its column (see ``_rtl_lines``)."""
    st = getattr(styles(), style)
    return paragraph(_rtl_lines(text.strip()[:CELL_LIMIT], st, width - 2 * CELL_PAD - 0.5), st)


def _text_font(commands: list[tuple], cells: tuple[tuple[int, int], tuple[int, int]], style: str) -> None:
    """Font and colour for the plain-string cells in a range (Paragraph cells carry their own)."""
    st = getattr(styles(), style)
    start, end = cells
    commands.append(("FONT", start, end, st.fontName, st.fontSize, st.leading))
    commands.append(("TEXTCOLOR", start, end, st.textColor))


def key_values(rows: Sequence[tuple[str, object]], *, label_width: float = 48 * mm) -> Table:
    """Two columns, label and value: the key facts of a record."""
    value_width = FRAME_WIDTH - label_width
    data = [[_cell(label, "label", label_width), _cell(value, "cell", value_width)] for label, value in rows]
    table = Table(data, colWidths=[label_width, value_width], hAlign="LEFT")
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
    ]
    _text_font(commands, ((0, 0), (0, -1)), "label")
    _text_font(commands, ((1, 0), (1, -1)), "cell")
    table.setStyle(grid_style(commands))
    return table


def data_table(header: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[float]) -> Flowable:
    """A table that splits across pages and repeats its header row on each; 'None recorded' if empty.

    ``widths`` are fractions of the frame width.
    """
    if not rows:
        return para(None)
    col_widths = [w * FRAME_WIDTH for w in widths]
    data = [
        [_cell(h, "cell_head", w) for h, w in zip(header, col_widths, strict=True)],
        *[[_cell(v, "cell", w) for v, w in zip(row, col_widths, strict=True)] for row in rows],
    ]
    table = LongTable(data, colWidths=col_widths, repeatRows=1, hAlign="LEFT", splitInRow=1)
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
    ]
    _text_font(commands, ((0, 0), (-1, 0)), "cell_head")
    _text_font(commands, ((0, 1), (-1, -1)), "cell")
    commands += [("BACKGROUND", (0, i), (-1, i), ZEBRA_FILL) for i in range(2, len(data), 2)]
    table.setStyle(grid_style(commands))
    return table


CHUNK = 3000  # characters per Paragraph for long free text


def text_block(value: object) -> list[Flowable]:
    """Free text of any length. Very long text becomes several paragraphs of about ``CHUNK``
    characters, broken after a sentence (``text.cut_point``): ReportLab re-wraps the remainder
    of a paragraph at every page split, which for one 100 000-character paragraph costs seconds."""
    text = clean(value).strip()
    if len(text) <= CHUNK:
        return [para(text)]
    chunks: list[str] = []
    while text:
        cut = cut_point(text, CHUNK)
        chunks.append(text[:cut].rstrip(" "))
        text = text[cut:].lstrip(" ")
    parts: list[Flowable] = [para(c, "body_tight", empty="") for c in chunks[:-1]]
    return [*parts, para(chunks[-1])]


def labelled_text(label: str, value: object) -> list[Flowable]:
    """A small bold label over free text (which may run to several pages)."""
    return [fixed(markup(label, empty=""), "label"), *text_block(value)]


def check_lines(items: Sequence[tuple[bool, str]], notes: Sequence[str] = ()) -> Flowable:
    """Attestations: a ticked or empty box, the exact wording, and Confirmed / Not confirmed
    (or, for a confirmed line, its note: who confirmed it and when)."""
    if not items:
        return para(None)
    rows = []
    for index, (confirmed, wording) in enumerate(items):
        mark = fixed("<b>☑</b>" if confirmed else "<b>☐</b>", "body")
        note = notes[index] if index < len(notes) else ""
        state = (
            (markup(note, limit=CELL_LIMIT, empty="") if note else "Confirmed")
            if confirmed
            else f"<font color='{BANNER.hexval()}'><b>Not confirmed</b></font>"
        )
        rows.append(
            [
                mark,
                fixed(
                    f"{markup(wording, limit=CELL_LIMIT, empty='')}<br/>"
                    f"<font size='8' color='{MUTED.hexval()}'>{state}</font>"
                ),
            ]
        )
    table = Table(rows, colWidths=[8 * mm, FRAME_WIDTH - 8 * mm], hAlign="LEFT")
    table.setStyle(
        grid_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


@dataclass(frozen=True, slots=True)
class EvidenceFile:
    """One evidence file as the reports show it."""

    filename: str
    media_type: str
    sha256: str
    captured_at: datetime | None
    content: bytes = b""
    added_by: str | None = None
    print_image: bytes = b""  # a print-size JPEG of ``content``, embedded as it is when given

    @property
    def size(self) -> int:
        return len(self.content)

    @property
    def is_image(self) -> bool:
        return self.media_type in ("image/png", "image/jpeg", "image/webp")

    @property
    def hash_matches(self) -> bool:
        return hashlib.sha256(self.content).hexdigest() == self.sha256.lower()


class Picture(Flowable):
    """An image drawn at a fixed size from an ImageReader (or JPEG bytes), centred in its cell."""

    def __init__(self, source: object, width: float, height: float) -> None:
        super().__init__()
        self.source, self.width, self.height = source, width, height
        self.hAlign = "CENTER"

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.drawImage(self.source, 0, 0, self.width, self.height)


def _jpeg_reader(content: bytes) -> object:
    """An ImageReader that hands the JPEG bytes to the PDF unchanged.

    ``canvas.drawImage`` names each image by a digest of ``getRGBData()``, which for a stock
    ImageReader means decoding the whole JPEG only to hash its pixels; hashing the file is
    enough (the bytes themselves go in through ``jpeg_fh``).
    """
    from reportlab.lib.utils import ImageReader

    class JpegReader(ImageReader):
        def getRGBData(self) -> bytes:
            self._dataA = None
            return content

    reader = JpegReader(BytesIO(content))
    reader._dataA = None
    return reader


def _image_source(content: bytes, max_width_px: int, max_height_px: int) -> tuple[object, tuple[int, int]]:
    """What ReportLab should embed: JPEG bytes as they are (copied straight into the PDF), other
    formats decoded by Pillow and reduced when much larger than they will print."""
    from PIL import Image as PILImage
    from reportlab.lib.utils import ImageReader

    picture = PILImage.open(BytesIO(content))  # reads the header only
    # A CMYK JPEG is decoded to RGB below: PDF/A-2b's output intent is sRGB, so device CMYK
    # would break the archival claim.
    if picture.format == "JPEG" and picture.mode in ("RGB", "L"):
        return _jpeg_reader(content), picture.size
    picture.load()
    if picture.width > max_width_px or picture.height > max_height_px:
        picture.thumbnail((max_width_px, max_height_px))
    if picture.mode not in ("RGB", "L"):
        has_alpha = picture.mode in ("RGBA", "LA", "PA") or "transparency" in picture.info
        picture = _flatten(picture.convert("RGBA")) if has_alpha else picture.convert("RGB")
    return ImageReader(picture), picture.size


def _flatten(picture: object) -> object:
    """Transparent pixels onto white (a screenshot with alpha would print on black otherwise)."""
    from PIL import Image as PILImage

    background = PILImage.new("RGB", picture.size, "white")  # type: ignore[attr-defined]
    background.paste(picture, mask=picture.getchannel("A"))  # type: ignore[attr-defined]
    return background


def evidence_image(item: EvidenceFile, *, max_height: float = IMAGE_MAX_HEIGHT) -> Flowable:
    """The image scaled to fit the frame, with its file name and SHA-256 under it; kept together.

    An image that cannot be decoded never stops the report: a clear note takes its place.
    """
    caption = [
        fixed(f"<b>{markup(item.filename, limit=200, empty='(no file name)')}</b>", "small"),
        fixed(f"SHA-256 {markup(item.sha256, empty='')}", "mono_small"),
    ]
    if not item.hash_matches:
        caption.append(
            fixed(
                f"<font color='{BANNER.hexval()}'><b>Warning:</b> the stored file does not match "
                "its recorded SHA-256.</font>",
                "small",
            )
        )
    inner = FRAME_WIDTH - 2 * IMAGE_PAD
    max_w_px = int(inner / 72 * IMAGE_DPI)
    max_h_px = int(max_height / 72 * IMAGE_DPI)
    picture: Flowable
    try:  # only decoding is guarded: a broken file must not stop the report, a bug should
        source, (px_w, px_h) = _image_source(item.print_image or item.content, max_w_px, max_h_px)
    except Exception:  # Pillow raises OSError, ValueError, SyntaxError, DecompressionBombError...
        picture = fixed(
            f"<i>This image could not be displayed ({markup(item.media_type, empty='unknown type')}). "
            "The stored file is unchanged; its hash is shown below.</i>",
            "body",
        )
    else:
        scale = min(inner / px_w, max_height / px_h, 0.75)  # 0.75 pt per px: 96 dpi at most
        picture = Picture(source, px_w * scale, px_h * scale)
    frame = Table([[picture], *[[c] for c in caption]], colWidths=[FRAME_WIDTH], hAlign="LEFT")
    frame.setStyle(
        grid_style(
            [
                ("BOX", (0, 0), (-1, -1), 0.4, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), IMAGE_PAD),
                ("RIGHTPADDING", (0, 0), (-1, -1), IMAGE_PAD),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("ALIGN", (0, 0), (-1, 0), "CENTER"),
                ("BACKGROUND", (0, 0), (-1, 0), ZEBRA_FILL),
                ("LINEBELOW", (0, 0), (-1, 0), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, 0), IMAGE_PAD),
                ("BOTTOMPADDING", (0, 0), (-1, 0), IMAGE_PAD),
                ("TOPPADDING", (0, 1), (-1, 1), 4),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 5),
            ]
        )
    )
    return KeepTogether([frame, Spacer(1, 6)])


def evidence_index(items: Sequence[EvidenceFile], *, with_added_by: bool = False) -> Flowable:
    """File, type, size, captured, SHA-256 (and who added it): the index a reader checks hashes against."""
    header = ["File", "Type", "Size", "Captured", "SHA-256"]
    widths = [0.24, 0.11, 0.09, 0.14, 0.42]
    if with_added_by:
        header.insert(4, "Added by")
        widths = [0.2, 0.1, 0.08, 0.13, 0.13, 0.36]
    rows = []
    for item in items:
        kind = item.media_type.split("/")[-1].upper() if item.media_type else "—"
        if not item.is_image:
            kind += " (attached separately)" if item.media_type == "application/pdf" else ""
        row: list[object] = [
            item.filename,
            kind,
            fmt_size(item.size),
            fmt_datetime(item.captured_at),
            fixed(markup(item.sha256, empty="—"), "mono_small"),
        ]
        if with_added_by:
            row.insert(4, item.added_by or "—")
        rows.append(row)
    return data_table(header, rows, widths)


def signature_block(signatories: Sequence[tuple[str, str | None]]) -> Flowable:
    """Lines to sign by hand: role, printed name (if known), signature and date."""
    s = styles()
    rows = []
    for role, name in signatories:
        rows.append(
            [
                paragraph(markup(role, empty=""), s.label),
                paragraph(f"Name: {markup(name, empty='') if name else ''}", s.cell),
                paragraph("Signature:", s.cell),
                paragraph("Date:", s.cell),
            ]
        )
    table = Table(
        rows,
        colWidths=[0.2 * FRAME_WIDTH, 0.34 * FRAME_WIDTH, 0.28 * FRAME_WIDTH, 0.18 * FRAME_WIDTH],
        rowHeights=[17 * mm] * len(rows),
        hAlign="LEFT",
    )
    table.setStyle(
        grid_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (-1, -1), 0.6, MUTED),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table
