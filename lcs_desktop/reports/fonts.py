"""The bundled DejaVu Sans family, registered with ReportLab once per process.

Loaded through importlib.resources so it works from a wheel, an editable install and the
frozen build alike. DejaVu Sans covers Latin (Ł, ễ), Greek, Cyrillic, Hebrew and Arabic; Arabic
letters join when ``uharfbuzz`` is installed (see ``bidi``).
"""

from __future__ import annotations

import threading
from importlib import resources
from io import BytesIO

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics

from lcs_desktop.reports.common import ReportError
from lcs_desktop.reports.fast_font import FastTTFont

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf"}
_lock = threading.Lock()


def font_bytes(filename: str) -> bytes:
    package = resources.files("lcs_desktop.resources") / "fonts" / filename
    try:
        return package.read_bytes()
    except OSError as exc:
        raise ReportError(
            "The PDF font is missing from this installation. Reinstall LCS Desktop, then try again."
        ) from exc


def register_fonts() -> str:
    """Register the family (idempotent, thread-safe); returns the regular font's name."""
    with _lock:
        registered = set(pdfmetrics.getRegisteredFontNames())
        for name, filename in _FILES.items():
            if name not in registered:
                pdfmetrics.registerFont(FastTTFont(name, BytesIO(font_bytes(filename))))
        _no_discretionary_ligatures()
        # <b> and <i> in Paragraph markup map onto the family; bold italic falls back to bold.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, ITALIC)
        addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR


def _no_discretionary_ligatures() -> None:
    """With uharfbuzz, ReportLab shapes words with ``dlig`` on, and DejaVu then prints "st" as
    the historic ligature "ﬆ" inside any Latin word of a shaped paragraph. Turn ``dlig`` off
    (kerning and the required ligatures, which Arabic needs, stay on)."""
    from reportlab.pdfbase import ttfonts

    defaults = getattr(ttfonts.shapeFragWord, "__defaults__", None)
    if defaults and isinstance(defaults[0], dict) and defaults[0].get("dlig"):
        ttfonts.shapeFragWord.__defaults__ = ({**defaults[0], "dlig": False}, *defaults[1:])
