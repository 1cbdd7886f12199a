"""Chinese, Japanese and Korean text printed in the bundled CJK font, run by run.

DejaVu Sans has no CJK glyphs, so a name like "王小明", "山田太郎" or "김민준" printed as boxes.
The bundled Droid Sans Fallback (TrueType outlines, which ReportLab embeds and subsets) draws
them; each run of CJK characters is switched to it and everything else stays in DejaVu, whose
Latin, Greek, Cyrillic, Hebrew and Arabic the fallback lacks. No ReportLab import here.
"""

from __future__ import annotations

import re

FONT = "DroidSansFallback"
FILE = "DroidSansFallback.ttf"

# Hangul Jamo; CJK radicals, punctuation, kana, Bopomofo, Hangul compatibility Jamo, enclosed
# and compatibility CJK; ideographs (extension A and unified); Hangul syllables and extended
# Jamo; compatibility ideographs; vertical and compatibility forms; full- and half-width forms.
_CJK_CHARS = (
    "\u1100-\u11ff\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u31ff\u3200-\u33ff"
    "\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
)
_CJK = re.compile(f"[{_CJK_CHARS}]")
_CJK_RUN = re.compile(f"[{_CJK_CHARS}]+")


def has_cjk(text: str) -> bool:
    return not text.isascii() and bool(_CJK.search(text))


def runs(text: str) -> list[tuple[str, bool]]:
    """``text`` cut into (piece, is_cjk) runs, in order."""
    out: list[tuple[str, bool]] = []
    last = 0
    for match in _CJK_RUN.finditer(text):
        if match.start() > last:
            out.append((text[last : match.start()], False))
        out.append((match.group(0), True))
        last = match.end()
    if last < len(text):
        out.append((text[last:], False))
    return out


def font_tags(escaped: str) -> str:
    """Paragraph markup with each CJK run wrapped in a font tag (``escaped`` is markup already:
    CJK characters never occur inside its tags or entities)."""
    if not has_cjk(escaped):
        return escaped
    return _CJK_RUN.sub(lambda m: f'<font face="{FONT}">{m.group(0)}</font>', escaped)
