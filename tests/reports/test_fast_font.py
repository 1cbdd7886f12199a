"""The fast TrueType text split gives exactly what ReportLab's own gives (issue 12)."""

from __future__ import annotations

from io import BytesIO

from pypdf import PdfReader
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from lcs_desktop.reports import fonts
from lcs_desktop.reports.fast_font import FastTTFont

TEXTS = [
    "Hello world",
    "Hello world",  # seen before: the translate path
    "Zoë Łukasz Nguyễn — “quoted” 12/03/2025 10:15",
    "no\xa0break\xa0space",
    "",
    "שלום עולם",  # Hebrew, past the first subset's room once enough characters are in use
    "مرحبا بالعالم",
    "emoji 🙂 and \x00 a control",  # characters the font lacks: code 0
    "".join(chr(c) for c in range(0x100, 0x250)),  # enough new letters to open a second subset
    "Hello world Zoë",
    "Ɏ ɏ and more Latin Extended: ȀȁȂȃ",
]


class _Doc:
    """A stand-in for the PDF document a font keeps its state for (held weakly)."""


def _pair() -> tuple[TTFont, FastTTFont]:
    data = fonts.font_bytes("DejaVuSans.ttf")
    return TTFont("PlainSplit", BytesIO(data)), FastTTFont("FastSplit", BytesIO(data))


def test_fast_split_matches_reportlab_text_by_text_and_in_the_subsets_it_builds():
    plain, fast = _pair()
    doc_plain, doc_fast = _Doc(), _Doc()
    for _ in range(2):  # the second round is all translate, where the characters allow
        for text in TEXTS:
            assert fast.splitString(text, doc_fast) == plain.splitString(text, doc_plain), text
    assert fast.state[doc_fast].assignments == plain.state[doc_plain].assignments
    assert fast.state[doc_fast].subsets == plain.state[doc_plain].subsets


def test_text_drawn_in_the_fast_font_reads_back_from_the_pdf():
    fonts.register_fonts()
    out = BytesIO()
    canvas = Canvas(out)
    for n, text in enumerate(["Zoë Łukasz", "Zoë Łukasz again", "no\xa0break"]):
        canvas.setFont(fonts.REGULAR, 11)
        canvas.drawString(72, 700 - 20 * n, text)
    canvas.save()
    page = PdfReader(BytesIO(out.getvalue())).pages[0].extract_text()
    assert "Zoë Łukasz again" in page and "Zoë Łukasz" in page
