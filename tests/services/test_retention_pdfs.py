"""A standing legal hold is printed on the record's PDFs: the check record, the case pack and
the outcome letter (read back with pypdf); the retention line on the record's own documents."""

from __future__ import annotations

import io
from datetime import timedelta

from pypdf import PdfReader

from lcs_desktop.services.check_export import export_check
from lcs_desktop.services.legal_holds import place_hold
from tests.frozen_clock import TEST_TODAY
from tests.services.case_helpers import build_world, decide_and_prepare, report
from tests.services.check_fixtures import add_applicant, ready_check


def _text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_check_record_pdf_carries_the_hold_and_the_retention_line(org):
    person = add_applicant(org, reference="A-1")
    check = ready_check(org, org.user, person)
    before = _text(export_check(org.workspace, org.user, check).data)
    assert "Legal hold" not in before and "Kept while recruitment is in progress" in before
    place_hold(
        org.workspace,
        org.user,
        person_id=person,
        reason="Tribunal",
        review_on=TEST_TODAY + timedelta(days=60),
    )
    text = _text(export_check(org.workspace, org.user, check).data)
    assert "Legal hold placed by Ada Admin" in text
    assert f"review due {TEST_TODAY + timedelta(days=60):%d/%m/%Y}" in text
    assert "Tribunal" not in text  # the hold's reason stays in the app


def test_case_pack_and_letter_carry_the_hold(org, make_user, tmp_path):
    world = build_world(org, make_user)
    case_id = report(world).case_id
    decide_and_prepare(world, case_id)
    place_hold(
        org.workspace, world.lead, case_id=case_id, reason="Claim", review_on=TEST_TODAY + timedelta(days=30)
    )
    pack = org.case_export.export_pack(world.lead, case_id, tmp_path)
    letter = org.case_export.export_letter(world.lead, case_id, tmp_path)
    pack_text, letter_text = _text(pack.path.read_bytes()), _text(letter.path.read_bytes())
    assert "Legal hold placed by" in pack_text and "Legal hold placed by" in letter_text
    assert "allegation case" in pack_text  # the retention line, on the pack only
    assert "allegation case" not in letter_text
