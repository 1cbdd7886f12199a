"""The case pack's audit appendix says each event in the audit log's own sentences (read back
from the exported PDF with pypdf), with children's names still redacted."""

from __future__ import annotations

import re
from io import BytesIO

import pytest
from pypdf import PdfReader

from tests.services.case_helpers import NOW, build_world, report

CHILD = "Amira Haddad"


@pytest.fixture
def world(org, make_user):
    return build_world(org, make_user)


def _appendix(path) -> str:
    reader = PdfReader(BytesIO(path.read_bytes()))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    return text[text.rindex("Appendix: audit events for the case") :]


def test_case_pack_appendix_reads_as_sentences_with_changed_fields(world, tmp_path):
    lead = world.lead
    case_id = report(world).case_id
    world.cases.set_risk(lead, case_id, "high")
    world.cases.assign(lead, case_id, officer_id=world.manager.id, decision_maker_id=lead.id)
    world.cases.record_referral(
        lead, case_id, kind="lado", state="made", made_on=NOW.date(), reference="LADO-2025-555"
    )
    world.cases.add_party(lead, case_id, kind="child", reference="C-204", name=CHILD)
    world.cases.record_referral(
        lead, case_id, kind="police", state="not_needed", reason=f"{CHILD}'s parent declined; no offence."
    )
    reference = world.cases.open_case(lead, case_id).reference
    redacted = world.org.case_export.export_pack(lead, case_id, tmp_path)
    text = _appendix(redacted.path)
    assert "Seq. When Who What happened" in text
    assert f"Ada Admin Recorded a concern about person V-100 as case {reference}" in text
    assert f"Rated the risk on {reference} Risk: — → High" in text
    assert "Investigating officer: — → Mona Manager" in text
    assert f"Recorded the LADO referral on {reference} (reference LADO-2025-555)" in text
    assert f"Recorded an affected child on {reference} (reference C-204)" in text
    assert f"Recorded that the police referral is not needed on {reference}" in text
    # The typed reason is in the case's history, not the trail: the event names the field.
    assert re.search(r"Fields changed: [^(]*Reason[^(]*\(the values are in the record's history\)", text)
    assert "Notes: — → —" not in text  # nothing recorded before or after is no change
    assert "Amira" not in text and "Haddad" not in text
    for raw in ("{", "case_risk_rated", "breach_case", "2025-03-12T", '"'):
        assert raw not in text, raw
    full = world.org.case_export.export_pack(lead, case_id, tmp_path, redacted=False, without_password=True)
    assert "parent declined" not in _appendix(full.path)
