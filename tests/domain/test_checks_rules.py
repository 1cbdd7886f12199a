"""Check rules, dates and evidence sniffing: plain functions, no database."""

from __future__ import annotations

from datetime import date

import pytest

from lcs_desktop.domain.checks import (
    CheckResult,
    CheckStatus,
    CompletionFacts,
    Platform,
    amendment_reason,
    check_status,
    completion_problems,
)
from lcs_desktop.domain.errors import ValidationError
from lcs_desktop.domain.evidence import check_file, clean_filename, sniff
from lcs_desktop.domain.people import header_problems, parse_date


def facts(**overrides) -> CompletionFacts:
    values = {
        "role_applied_for": "Volunteer",
        "stage": "interview",
        "authorised_by": "Sam",
        "privacy_notice_date": date(2025, 1, 1),
        "proportionality_reason": "Works with children",
        "scope_count": 1,
        "profiles_without_match": (),
        "attest_public_only": True,
        "attest_no_private_access": True,
        "result": CheckResult.NO_CONCERNS,
        "finding_count": 0,
        "panel_guard_open": False,
    }
    values.update(overrides)
    return CompletionFacts(**values)


def test_complete_facts_have_no_problems():
    assert completion_problems(facts()) == []


def test_every_missing_item_is_listed_in_form_order():
    problems = completion_problems(
        facts(privacy_notice_date=None, attest_public_only=False, result=None, scope_count=0)
    )
    assert [p.split()[0] for p in problems] == ["Enter", "Record", "Confirm", "Choose"]


def test_status_follows_result_and_discussion():
    assert check_status(False, None, False) is CheckStatus.DRAFT
    assert check_status(True, CheckResult.NO_CONCERNS, False) is CheckStatus.COMPLETED
    assert check_status(True, CheckResult.CONCERNS_FOUND, False) is CheckStatus.AWAITING_DISCUSSION
    assert check_status(True, CheckResult.CONCERNS_FOUND, True) is CheckStatus.DECIDED


def test_amendment_needs_reason_only_after_completion():
    assert amendment_reason(False, None) is None
    with pytest.raises(ValidationError, match="reason for changing a completed check"):
        amendment_reason(True, "   ")
    assert amendment_reason(True, " typo ") == "typo"


def test_platform_labels_follow_the_policy_wording():
    assert [p.label for p in Platform][:2] == ["Facebook", "X (Twitter)"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("31/01/1990", date(1990, 1, 31)),
        ("1/2/2001", date(2001, 2, 1)),
        ("1990-01-31", date(1990, 1, 31)),
        ("", None),
    ],
)
def test_dates_read_as_uk_or_iso(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["31/02/1990", "01-31-1990", "yesterday", "1990/01/31"])
def test_bad_dates_refused(text):
    with pytest.raises(ValidationError):
        parse_date(text)


def test_sniff_by_magic_bytes_not_name():
    assert sniff(b"\x89PNG\r\n\x1a\n....") == "image/png"
    assert sniff(b"\xff\xd8\xff\xe0JFIF") == "image/jpeg"
    assert sniff(b"RIFF\x00\x00\x00\x00WEBPVP8 ") == "image/webp"
    assert sniff(b"%PDF-1.4") == "application/pdf"
    assert sniff(b"MZ\x90\x00") is None
    with pytest.raises(ValidationError, match="empty"):
        check_file("a.png", b"")


def test_filenames_lose_folders_and_forbidden_characters():
    assert clean_filename("C:\\Users\\Jo\\Desktop\\a:b?.png", "image/png") == "a_b_.png"
    assert clean_filename("", "image/jpeg") == "evidence.jpg"


def test_header_problems_name_unknown_and_missing_columns():
    _, problems = header_problems(["first_name", "surname", "kind", "reference", "kind"])
    assert "'surname' is not a column this import knows." in problems
    assert "The column 'kind' appears twice." in problems
    assert "Missing column(s): last_name." in problems
