"""People search finds what the index holds whatever the punctuation, and a pasted page of
text is cut to a few terms so it answers at once (issue 8, #9)."""

from __future__ import annotations

import random
import time

import pytest

from lcs_desktop.store.people import MAX_SEARCH_TERMS, fts_match


def _add(org, first: str, last: str, reference: str) -> int:
    return org.people.add_person(
        org.user, first_name=first, last_name=last, kind="applicant", reference=reference
    )


def _found(org, query: str) -> list[int]:
    return [row.id for row in org.people.list_people(org.user, query=query)]


@pytest.fixture
def people(org) -> dict[str, int]:
    return {
        "marks": _add(org, "Mark's", "Dunne", "A-1"),
        "quoted": _add(org, 'Mark"s', "Quayle", "A-2"),
        "obrien": _add(org, "Siobhan", "O'Brien", "A-3"),
        "hyphen": _add(org, "Anne-Marie", "Smith-Jones", "VOL-2026-07"),
        "other": _add(org, "Marcus", "Brien", "A-5"),
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ('mark"s', {"marks", "quoted"}),
        ("mark's", {"marks", "quoted"}),
        ("O'Brien", {"obrien"}),
        ("o'bri", {"obrien"}),
        ("Smith-Jones", {"hyphen"}),
        ("anne-marie smith", {"hyphen"}),
        ("VOL-2026-07", {"hyphen"}),
        ("brien", {"obrien", "other"}),
    ],
)
def test_quotes_apostrophes_and_hyphens_find_what_the_index_holds(org, people, query, expected):
    assert set(_found(org, query)) == {people[name] for name in expected}


@pytest.mark.parametrize("query", ['"', "'", '"*"', "-", "NEAR(", "a OR b AND", ")(*^", '" OR "x'])
def test_fts5_syntax_typed_is_plain_text_never_an_error(org, people, query):
    _found(org, query)  # no exception, whatever it finds
    assert org.people.count_people(org.user, query=query) >= 0


def test_a_pasted_megabyte_of_words_returns_well_under_a_second(org, people):
    words = ["".join(random.Random(n).choices("abcdefghij", k=6)) for n in range(170_000)]
    pasted = "Siobhan " + " ".join(words)
    assert len(pasted) > 1_000_000

    started = time.perf_counter()
    found = _found(org, pasted)
    count = org.people.count_people(org.user, query=pasted)
    elapsed = time.perf_counter() - started

    assert elapsed < 0.5
    assert found == [] and count == 0  # all of the first eight words must match: nobody does
    match = fts_match(pasted)
    assert match is not None and match.count("*") == MAX_SEARCH_TERMS
