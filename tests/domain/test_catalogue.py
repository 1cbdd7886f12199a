"""The policy catalogue quotes the policy word for word and covers DESIGN.md §2."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lcs_desktop.domain import catalogue
from lcs_desktop.domain.errors import ValidationError

# The organisation's policy as adopted (a copy kept with the code, docs/policy/).
POLICY = Path(__file__).resolve().parents[2] / "docs" / "policy" / "social-media-policy-2025.md"


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_every_clause_is_quoted_word_for_word_from_the_policy():
    policy = _flat(POLICY.read_text(encoding="utf-8"))
    for entry in catalogue.CATALOGUE:
        for clause in entry.clauses:
            assert _flat(clause.text) in policy, (entry.code, clause.text)


def test_codes_are_unique_and_each_entry_names_its_sections():
    codes = [e.code for e in catalogue.CATALOGUE]
    assert len(codes) == len(set(codes)) == 16
    for entry in catalogue.CATALOGUE:
        assert entry.sections and all(s in catalogue.SECTION_TITLES for s in entry.sections)
        assert entry.section_text.startswith("§")


@pytest.mark.parametrize(
    ("code", "sections"),
    [
        ("personal_details", "§4"),
        ("confidentiality", "§4, §8"),
        ("communication_outside_boundaries", "§4, §6"),
        ("connection_with_family", "§5, §6"),
        ("images_without_consent", "§6, §7"),
        ("weak_privacy_settings", "§7 (advisory)"),
        ("other_safeguarding", "§8"),
    ],
)
def test_sections_match_the_design_catalogue(code, sections):
    assert catalogue.entry(code).section_text == sections


def test_unknown_code_is_refused_with_a_plain_message():
    with pytest.raises(ValidationError, match=r"Choose a category from the policy catalogue\.") as caught:
        catalogue.entry("nonsense")
    assert caught.value.field == "category"
