"""The check record PDF from a stored check: findings, sections, outcome, hashes; no name in metadata."""

from __future__ import annotations

import io
from datetime import timedelta

from pypdf import PdfReader

from lcs_desktop.domain.roles import Role
from lcs_desktop.services.check_export import export_check
from lcs_desktop.services.check_types import DiscussionInput
from tests.frozen_clock import TEST_NOW
from tests.services.check_fixtures import add_applicant, audit_details, ready_check, user_for


def test_exported_pdf_holds_findings_outcome_and_hashes_and_is_audited(org, make_user):
    checker = user_for(org, make_user, "casey", Role.CHECKER)
    person = add_applicant(org, first_name="Zoë", last_name="Nguyễn")
    check_id = ready_check(org, checker, person)
    org.checks.complete_check(checker, check_id)
    detail = org.checks.get_check(checker, check_id)
    org.checks.record_discussion(
        org.user,
        check_id,
        DiscussionInput(
            TEST_NOW - timedelta(hours=1),
            "video_call",
            "Applicant; lead",
            (detail.findings[0].id,),
            "It was a family friend.",
            "Credible.",
            "proceed_with_advice",
            "Ada Admin",
            "Advice on §5 given.",
        ),
    )
    result = export_check(org.workspace, org.user, check_id)
    reader = PdfReader(io.BytesIO(result.data))
    text = "\n".join(page.extract_text() for page in reader.pages)
    flat = " ".join(text.split())
    assert "Zoë Nguyễn" in flat
    assert "Referencing a child, family or case" in flat
    assert "§5" in flat
    assert "Proceed with advice" in flat
    sha = detail.findings[0].evidence[0].sha256
    assert sha[:16] in flat.replace(" ", "")
    metadata = " ".join(str(v) for v in (reader.metadata or {}).values())
    assert "Zo" not in metadata and "Nguy" not in metadata
    assert audit_details(org, "check_exported")[-1]["sha256"] == result.sha256
