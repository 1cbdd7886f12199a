"""People, and the FTS5 index that finds them by name or reference as the user types.

The index is an external-content FTS5 table kept in step by triggers, so it lives inside
the encrypted database with everything else: no search term or name leaks to a side file.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from sqlalchemy import Date, Index, Integer, String, text
from sqlalchemy.orm import Mapped, Session, mapped_column

from lcs_desktop.domain.people import fold_for_search
from lcs_desktop.store.base import Base, UtcDateTime, utcnow
from lcs_desktop.store.sealed import Sealed
from lcs_desktop.store.versioning import Versioned

# A search is a few words typed or pasted: beyond these, more words only slow it down
# (each is one more prefix scan of the index), so a pasted page is cut to its start.
MAX_SEARCH_TERMS = 8
MAX_SEARCH_CHARS = 200


class Person(Versioned, Base):
    __tablename__ = "people"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    first_name: Mapped[str] = mapped_column(Sealed(String(100)))
    last_name: Mapped[str] = mapped_column(Sealed(String(100)))
    kind: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20))
    reference: Mapped[str] = mapped_column(String(40))
    # Case-folded reference: duplicates are refused whatever their case.
    reference_key: Mapped[str] = mapped_column(String(40), unique=True)
    sort_name: Mapped[str] = mapped_column(Sealed(String(210)))
    # The name folded to plain letters (Łukasz -> lukasz, O'Brien -> obrien) for the search index:
    # FTS5 strips accents but not letters such as ł or ø, which have no decomposition.
    search_name: Mapped[str] = mapped_column(Sealed(String(210)), default="")
    role: Mapped[str] = mapped_column(Sealed(String(200)), default="")
    email: Mapped[str] = mapped_column(Sealed(String(254)), default="")
    phone: Mapped[str] = mapped_column(Sealed(String(40)), default="")
    date_of_birth: Mapped[date | None] = mapped_column(Sealed(Date), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    __table_args__ = (
        # The list pages in this order; id breaks ties so paging is stable.
        # The list in its default order, read from the index alone (issue 12: a cold first page
        # decrypts a few index pages instead of a table page per row).
        Index(
            "ix_people_list",
            "sort_name",
            "id",
            "first_name",
            "last_name",
            "reference",
            "kind",
            "status",
            "role",
        ),
        Index("ix_people_kind_sort", "kind", "sort_name", "id"),
        Index("ix_people_status_sort", "status", "sort_name", "id"),
    )


FTS_STATEMENTS = (
    """
    CREATE VIRTUAL TABLE people_fts USING fts5(
        first_name, last_name, reference, search_name,
        content='people', content_rowid='id',
        tokenize="unicode61 remove_diacritics 2",
        prefix='1 2 3'
    )
    """,
    """
    CREATE TRIGGER people_fts_insert AFTER INSERT ON people BEGIN
        INSERT INTO people_fts(rowid, first_name, last_name, reference, search_name)
        VALUES (new.id, new.first_name, new.last_name, new.reference, new.search_name);
    END
    """,
    """
    CREATE TRIGGER people_fts_delete AFTER DELETE ON people BEGIN
        INSERT INTO people_fts(people_fts, rowid, first_name, last_name, reference, search_name)
        VALUES ('delete', old.id, old.first_name, old.last_name, old.reference, old.search_name);
    END
    """,
    """
    CREATE TRIGGER people_fts_update AFTER UPDATE OF first_name, last_name, reference, search_name
    ON people BEGIN
        INSERT INTO people_fts(people_fts, rowid, first_name, last_name, reference, search_name)
        VALUES ('delete', old.id, old.first_name, old.last_name, old.reference, old.search_name);
        INSERT INTO people_fts(rowid, first_name, last_name, reference, search_name)
        VALUES (new.id, new.first_name, new.last_name, new.reference, new.search_name);
    END
    """,
)


def fts_match(query: str) -> str | None:
    """An FTS5 MATCH expression for what was typed, or None when it holds nothing to find.

    Each word becomes a quoted phrase with a prefix star, all required: "zo nguy" finds Zoë
    Nguyễn. Inside the quotes FTS5 splits the word as it split the indexed names, so
    "O'Brien", "Smith-Jones" and 'mark"s' (a double quote doubled, FTS5's escape) find what
    the index holds, and no typed character is ever FTS5 syntax. A word with an apostrophe
    is looked for both as the name columns hold it (mark, s) and as the folded search name
    holds it (marks).
    """
    terms: list[str] = []
    for word in query[:MAX_SEARCH_CHARS].split():
        variants = dict.fromkeys(
            v for v in (fold_for_search(word), fold_for_search(_APOSTROPHES.sub(" ", word))) if _findable(v)
        )
        if not variants:
            continue
        phrases = ['"' + v.replace('"', '""') + '"*' for v in variants]
        term = phrases[0] if len(phrases) == 1 else "(" + " OR ".join(phrases) + ")"
        if term not in terms:
            terms.append(term)
        if len(terms) == MAX_SEARCH_TERMS:
            break
    return " ".join(terms) if terms else None


_APOSTROPHES = re.compile("['’]")


def _findable(word: str) -> bool:
    return any(ch.isalnum() for ch in word)


# The columns the index holds: changing one of them leaves the old words in an older segment.
SEARCHED_COLUMNS = frozenset({"first_name", "last_name", "reference", "search_name"})


def merge_search_index(session: Session) -> None:
    """Merge the people index into one segment (FTS5 'optimize'). A rename or a deletion only
    adds a delete marker; the old name stays in an older segment until a merge drops it. Run
    after renames and deletions; ``secure_delete`` then zeroes the freed pages (a WAL
    checkpoint empties the log)."""
    if session.get_bind().dialect.name == "sqlite":  # no FTS5 index on the office server
        session.execute(text("INSERT INTO people_fts(people_fts) VALUES ('optimize')"))
