"""Keyed blind indexes for name search on the office server (issue 11, DESIGN.md §5).

A name is folded exactly as the local search folds it (domain.people.fold_for_search), cut into
words, and each word's prefixes from ``MIN_PREFIX`` letters up to the whole word become tokens;
the server stores HMAC-SHA256(index key, entity type, token) cut to ``TOKEN_BYTES``. A search
word is hashed the same way and matched by equality. What the server learns (written down in
docs/office-server-leakage.md): which rows share a word or a prefix of one, and how many
prefixes each word has (its length, up to ``MAX_WORD``) — never the letters.
"""

from __future__ import annotations

import hmac
import re

from lcs_desktop.domain.people import fold_for_search

TOKEN_BYTES = 16
MIN_PREFIX = 2  # one letter would put every name into one of ~26 visible groups
MAX_WORD = 24  # longer words are indexed (and searched) by their first MAX_WORD letters
_WORD = re.compile(r"[^\W_]+")
_APOSTROPHES = re.compile("['’]")


def words(text: str) -> list[str]:
    """The folded words of a name or a query: "O'Brien-Łukasz" -> obrien, lukasz (and o, brien)."""
    found: dict[str, None] = {}
    for variant in (fold_for_search(text), fold_for_search(_APOSTROPHES.sub(" ", text))):
        for word in _WORD.findall(variant):
            found.setdefault(word[:MAX_WORD])
    return list(found)


def prefixes(word: str) -> list[str]:
    return [word[:n] for n in range(MIN_PREFIX, len(word) + 1)]


class BlindIndex:
    """Tokens for one workspace under its blind-index subkey (FieldCipher.index_key)."""

    __slots__ = ("_key",)

    def __init__(self, index_key: bytes) -> None:
        self._key = bytes(index_key)

    def token(self, entity_type: str, word: str) -> bytes:
        message = entity_type.encode("utf-8") + b"\x00" + word.encode("utf-8")
        return hmac.digest(self._key, message, "sha256")[:TOKEN_BYTES]

    def tokens_for(self, entity_type: str, *texts: str) -> set[bytes]:
        """Every token a record's searched texts give (each word and its prefixes)."""
        return {
            self.token(entity_type, prefix)
            for text in texts
            for word in words(text)
            for prefix in prefixes(word)
        }

    def query_tokens(self, entity_type: str, query: str, limit: int = 8) -> list[bytes]:
        """One token per typed word long enough to look for (all must match), at most ``limit``."""
        found: list[bytes] = []
        for word in words(query):
            if len(word) < MIN_PREFIX:
                continue
            token = self.token(entity_type, word)
            if token not in found:
                found.append(token)
            if len(found) == limit:
                break
        return found
