"""Bad input to a check: each refused with a message naming the field; good text kept exactly."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lcs_desktop.domain.errors import ValidationError
from lcs_desktop.domain.evidence import MAX_BYTES
from lcs_desktop.domain.roles import Role
from tests.services.check_fixtures import TODAY, add_applicant, details, finding, tiny_png, user_for

pytestmark = pytest.mark.both_backends


@pytest.fixture
def started(org, make_user):
    checker = user_for(org, make_user, "casey", Role.CHECKER)
    check_id = org.checks.create_check(checker, add_applicant(org), details())
    return checker, check_id


@pytest.mark.parametrize(
    ("field", "message"),
    [
        ("address", "Enter the web address or handle where it was seen."),
        ("seen", "Enter what was seen."),
        ("category", "Choose a category from the policy catalogue."),
        ("severity", "Choose the severity."),
        ("relevance", "Choose the relevance to the role."),
        ("platform", "Choose the platform the content was on."),
        ("captured_on", "Enter the date the content was captured."),
    ],
)
def test_finding_refused_when_required_field_empty(org, started, field, message):
    checker, check_id = started
    empty = "" if field not in ("captured_on",) else None
    with pytest.raises(ValidationError) as caught:
        org.checks.add_finding(checker, check_id, finding(**{field: empty}))
    assert caught.value.message == message
    assert caught.value.field == field


def test_finding_refused_when_content_date_in_future(org, started):
    checker, check_id = started
    tomorrow = TODAY + timedelta(days=1)
    with pytest.raises(ValidationError, match=r"is in the future\. Enter the date it happened\.") as caught:
        org.checks.add_finding(checker, check_id, finding(content_date=tomorrow))
    assert caught.value.field == "content_date"


def test_finding_refused_when_captured_before_content_date(org, started):
    checker, check_id = started
    with pytest.raises(ValidationError, match="captured before the date it was posted"):
        org.checks.add_finding(
            checker,
            check_id,
            finding(content_date=TODAY - timedelta(days=1), captured_on=TODAY - timedelta(days=2)),
        )


def test_finding_refused_when_category_not_in_catalogue(org, started):
    checker, check_id = started
    with pytest.raises(ValidationError, match="policy catalogue"):
        org.checks.add_finding(checker, check_id, finding(category="made_up"))


def test_evidence_named_png_that_is_not_an_image_is_refused(org, started):
    checker, check_id = started
    finding_id = org.checks.add_finding(checker, check_id, finding())
    with pytest.raises(ValidationError, match=r"'notes\.png' is not a PNG, JPEG or WebP image or a PDF"):
        org.checks.add_evidence(checker, finding_id, "notes.png", b"PK\x03\x04 this is really a Word file")
    assert org.checks.list_finding_evidence(checker, finding_id) == []


def test_evidence_refused_when_empty(org, started):
    checker, check_id = started
    finding_id = org.checks.add_finding(checker, check_id, finding())
    with pytest.raises(ValidationError, match=r"'blank.png' is empty \(0 bytes\)"):
        org.checks.add_evidence(checker, finding_id, "blank.png", b"")


def test_evidence_refused_when_over_25_mb(org, started):
    checker, check_id = started
    finding_id = org.checks.add_finding(checker, check_id, finding())
    big = tiny_png() + b"\x00" * (MAX_BYTES + 1 - len(tiny_png()))
    with pytest.raises(ValidationError, match="evidence files can be 25 MB at most"):
        org.checks.add_evidence(checker, finding_id, "huge.png", big)


def test_evidence_accepted_by_content_whatever_its_name(org, started):
    checker, check_id = started
    finding_id = org.checks.add_finding(checker, check_id, finding())
    info = org.checks.add_evidence(
        checker, finding_id, "C:\\Users\\x\\Desktop\\saved page.bin", b"%PDF-1.7\n..."
    )
    assert (info.media_type, info.filename, info.is_image) == ("application/pdf", "saved page.bin", False)
    assert org.checks.evidence_bytes(checker, info.id) == b"%PDF-1.7\n..."


def test_text_of_100000_characters_is_refused_with_limit(org, started):
    checker, check_id = started
    with pytest.raises(
        ValidationError, match="What was seen is too long: 100,000 characters, 20,000 at most"
    ):
        org.checks.add_finding(checker, check_id, finding(seen="x" * 100_000))
    with pytest.raises(ValidationError, match="too long"):
        org.checks.update_details(checker, check_id, details(proportionality_reason="y" * 100_000))


def test_emoji_and_right_to_left_text_round_trip(org, started):
    checker, check_id = started
    seen = "منشور عام 🙂 — Zoë Łukasz Nguyễn Ибрагим 👨‍👩‍👧"
    finding_id = org.checks.add_finding(checker, check_id, finding(seen=seen, address="@محمد_😀"))
    stored = next(f for f in org.checks.get_check(checker, check_id).findings if f.id == finding_id)
    assert (stored.seen, stored.address) == (seen, "@محمد_😀")


_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    min_size=1,
    max_size=300,
).filter(lambda s: s.strip() == s and s.strip())


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seen=_text, role=_text.filter(lambda s: len(s) <= 200))
def test_generated_text_round_trips_through_save_and_read(org, started, seen, role):
    checker, check_id = started
    org.checks.update_details(checker, check_id, details(role_applied_for=role))
    finding_id = org.checks.add_finding(checker, check_id, finding(seen=seen))
    detail = org.checks.get_check(checker, check_id)
    assert detail.role_applied_for == role
    assert next(f.seen for f in detail.findings if f.id == finding_id) == seen


def test_finding_input_is_not_lost_on_refusal(org, started):
    """The service refuses without touching the caller's data: the form keeps what was typed."""
    checker, check_id = started
    typed = finding(content_date=TODAY + timedelta(days=3))
    before = dataclasses.asdict(typed)
    with pytest.raises(ValidationError):
        org.checks.add_finding(checker, check_id, typed)
    assert dataclasses.asdict(typed) == before
