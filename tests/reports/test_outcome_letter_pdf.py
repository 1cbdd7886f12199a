"""The outcome letter read back with pypdf: dated, addressed, finding, outcomes, appeal, signature."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from io import BytesIO

import pytest
from pypdf import PdfReader

from lcs_desktop.reports.outcome_letter import build_outcome_letter_pdf
from lcs_desktop.reports.outcome_letter_document import LetterDocument
from tests.reports.case_samples import CHILD, SUBJECT, pack

# 23:30 on 31 March 2025 in UTC is already 1 April in London (BST).
WHEN = datetime(2025, 3, 31, 23, 30, tzinfo=UTC)


def _letter(**overrides) -> LetterDocument:
    fields = {
        "reference": "BC-2025-0007-L1",
        "generated_by": "Priya Shah",
        "generated_at": WHEN,
        "address": ("14 Mill Lane", "Leeds LS6 2QT"),
    }
    fields.update(overrides)
    return LetterDocument(**fields)


def _text(result) -> str:
    reader = PdfReader(BytesIO(result.data))
    return " ".join(" ".join(p.extract_text() for p in reader.pages).split())


@pytest.fixture(scope="module")
def letter():
    return build_outcome_letter_pdf(pack(redacted=True), _letter())


def test_letter_is_one_dated_page_with_references_and_address(letter):
    text = _text(letter)
    assert letter.pages == 1 and "Page 1 of 1" in text
    assert "Date: 01/04/2025" in text  # London date, not UTC's
    assert "Our reference: BC-2025-0007-L1" in text and "Case reference: BC-2025-0007" in text
    assert f"{SUBJECT} 14 Mill Lane Leeds LS6 2QT" in text
    assert f"Dear {SUBJECT}," in text
    assert "PRIVATE AND CONFIDENTIAL" in text


def test_letter_states_finding_outcomes_reasons_and_right_of_appeal(letter):
    text = _text(letter)
    assert "The allegation was found to be substantiated." in text
    assert (
        "Disciplinary action: Final written warning. This will stay on your record until 28/03/2026" in text
    )
    assert "Supervision. It will be reviewed on 30/06/2025" in text
    assert "Reasons." in text and "outside the agreed contact arrangements" in text
    assert "You have the right to appeal against this decision" in text
    assert "within 10 working days of the date of this letter" in text
    assert "Yours sincerely, Alex Morgan Decision-maker, Libra Children Services" in text


def test_redacted_letter_names_no_child(letter):
    text = _text(letter)
    assert CHILD[2] not in text and CHILD[1] in text


def test_letter_metadata_has_reference_and_no_name(letter):
    meta = PdfReader(BytesIO(letter.data)).metadata
    assert meta.title == "BC-2025-0007-L1" and meta.subject == "Outcome letter"
    assert SUBJECT not in " ".join(str(v) for v in meta.values())


def test_letter_without_address_and_with_other_signatory():
    result = build_outcome_letter_pdf(
        pack(), _letter(address=(), signatory="Chris Chair", signatory_role="Chair of trustees")
    )
    text = _text(result)
    assert "Mill Lane" not in text and "Chris Chair Chair of trustees, Libra Children Services" in text


def test_letter_needs_a_decision():
    with pytest.raises(ValueError):
        build_outcome_letter_pdf(dataclasses.replace(pack(), decision=None), _letter())


def test_protected_letter_is_aes256_r6():
    result = build_outcome_letter_pdf(
        pack(), _letter(), password="letter-pass-1", owner_password="owner-pass-2"
    )
    reader = PdfReader(BytesIO(result.data))
    assert reader._encryption.R == 6 and reader.decrypt("letter-pass-1") != 0
