"""Right-to-left words turned into the characters to draw, in drawing order.

ReportLab lays every line out left to right. Its own shaping (uharfbuzz, per word) guesses the
direction of each word, so a word with punctuation attached ("سارة,") or a word in a table cell
drawn without shaping came out with its letters reversed. Here each right-to-left word is shaped
once, by uharfbuzz with the bundled DejaVu Sans, into the font's contextual letter forms (the
Arabic presentation forms, which the font maps in its cmap) in visual order; ReportLab then
draws plain characters with its shaping off. Text extracted from the PDF (``pdftotext``) reads
in logical order because those characters are standard Unicode, and poppler reverses a
right-to-left run back. No ReportLab import here; uharfbuzz is loaded on first use.
"""

from __future__ import annotations

import threading
import unicodedata
from functools import cache
from importlib import resources
from importlib.util import find_spec

SHAPING = find_spec("uharfbuzz") is not None
_FONT = "DejaVuSans.ttf"
_lock = threading.Lock()


@cache
def _shaper() -> tuple[object, dict[int, int]]:
    """The harfbuzz font and the map from glyph id back to the code point that names it."""
    import uharfbuzz as hb

    data = (resources.files("lcs_desktop.resources") / "fonts" / _FONT).read_bytes()
    face = hb.Face(data)
    font = hb.Font(face)
    to_char: dict[int, int] = {}
    for cp in sorted(face.unicodes):
        gid = font.get_nominal_glyph(cp)
        if gid and gid not in to_char:
            # A glyph reached from a base letter and from its presentation form: keep the
            # presentation form (the higher code point), which says which joined shape it is.
            to_char[gid] = cp
        elif gid and 0xFB50 <= cp <= 0xFEFF:
            to_char[gid] = cp
    return font, to_char


def _clusters_reversed(word: str) -> str:
    """The word's characters in reverse, each combining mark kept after its base letter."""
    clusters: list[str] = []
    for ch in word:
        if clusters and unicodedata.combining(ch):
            clusters[-1] += ch
        else:
            clusters.append(ch)
    return "".join(reversed(clusters))


def visual_word(word: str) -> str:
    """One right-to-left word (no spaces) as the characters to draw, left to right.

    Joined forms when uharfbuzz is there and every glyph it chose has a code point; otherwise
    the letters in reverse order, unjoined (still readable, never mirrored).
    """
    if not SHAPING:
        return _clusters_reversed(word)
    import uharfbuzz as hb

    with _lock:  # hb objects are not shared across threads safely
        font, to_char = _shaper()
        buf = hb.Buffer()
        buf.add_str(word)
        buf.guess_segment_properties()
        hb.shape(font, buf, {"kern": False, "liga": True, "dlig": False})
        glyphs = [info.codepoint for info in buf.glyph_infos]
    chars = [to_char.get(gid) for gid in glyphs]
    if not glyphs or any(c is None for c in chars):
        return _clusters_reversed(word)
    return "".join(chr(c) for c in chars)  # type: ignore[arg-type]


@cache
def font_coverage() -> frozenset[int] | None:
    """The code points DejaVu Sans can draw (None without uharfbuzz: then only characters
    outside the Basic Multilingual Plane are known to be missing)."""
    if not SHAPING:
        return None
    import uharfbuzz as hb

    data = (resources.files("lcs_desktop.resources") / "fonts" / _FONT).read_bytes()
    return frozenset(hb.Face(data).unicodes)
