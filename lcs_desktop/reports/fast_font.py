"""A TrueType font whose text splitting is one ``str.translate`` for text it has seen before.

Every string a PDF draws in a TrueType font goes through ``TTFont.splitString``, which maps it
character by character in Python onto the font's subsets: in a 200-page case pack that is the
largest single cost of drawing (issue 12). Once each character of a string has its code in
subset 0 (after the first few pages, nearly all text), the answer is the string translated
through that mapping, which ``str.translate`` does in C. Anything else (a new character, a
character in another subset) takes ReportLab's own path, which also assigns the codes.
"""

from __future__ import annotations

from typing import Any
from weakref import WeakKeyDictionary

from reportlab.pdfbase.ttfonts import TTFont

_NBSP, _SPACE = 0xA0, 32


class _Subset0:
    """The subset-0 codes of one document's font state, as a translation table."""

    __slots__ = ("chars", "seen", "table")

    def __init__(self) -> None:
        self.seen = -1  # how many assignments the table was made from
        self.table: dict[int, int] = {}
        self.chars: frozenset[str] = frozenset()

    def refresh(self, assignments: dict[int, int]) -> None:
        table = {code: n for code, n in assignments.items() if n < 256}
        if _SPACE in table:
            table[_NBSP] = table[_SPACE]  # ReportLab draws a no-break space as a space
        self.table, self.chars, self.seen = table, frozenset(map(chr, table)), len(assignments)


class FastTTFont(TTFont):
    """``TTFont`` with ``splitString`` answered by ``str.translate`` where it gives the same."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._subset0: WeakKeyDictionary[Any, _Subset0] = WeakKeyDictionary()

    def splitString(self, text: Any, doc: Any, encoding: str = "utf-8") -> list[tuple[int, bytes]]:
        state = self.state.get(doc)
        if state is None or not isinstance(text, str) or not text:
            return super().splitString(text, doc, encoding)
        known = self._subset0.get(doc)
        if known is None:
            known = self._subset0[doc] = _Subset0()
        if known.seen != len(state.assignments):  # codes are only ever added
            known.refresh(state.assignments)
        if not known.chars.issuperset(text):
            return super().splitString(text, doc, encoding)
        return [(0, text.translate(known.table).encode("latin-1"))]
