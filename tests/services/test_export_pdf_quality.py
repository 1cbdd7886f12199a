"""A check record exported from a real SQLCipher database (issue 9): the service's own policy
title and clause quotes print once, the lead who decided signs on the lead's line, an Arabic
name reads in logical order, every font is embedded and the file is PDF/A-2b under its signature.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from datetime import timedelta
from io import BytesIO

import pytest

from lcs_desktop.domain.roles import Role
from lcs_desktop.services.check_export import export_check
from lcs_desktop.services.check_types import DiscussionInput
from tests.frozen_clock import TEST_NOW
from tests.services.check_fixtures import add_applicant, ready_check, user_for

pytestmark = pytest.mark.skipif(
    not (shutil.which("pdftotext") and shutil.which("pdffonts")), reason="poppler-utils is not installed"
)


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", text)


def test_exported_check_record_wording_names_fonts_and_pdf_a(org, make_user, tmp_path):
    pdfa = pytest.importorskip("pikepdf.pdfa")
    checker = user_for(org, make_user, "casey", Role.CHECKER)
    person = add_applicant(org, first_name="محمد", last_name="Łukasz-Zoë")
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
    path = tmp_path / "check.pdf"
    path.write_bytes(result.data)

    text = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, text=True).stdout
    flat = " ".join(text.split())
    assert "Social Media Policy Social Media Policy" not in flat
    assert "Social Media Policy, Procedures and Guidance" in flat
    assert "Policy: “" in flat and "““" not in flat and "””" not in flat
    assert "Safeguarding lead Name: Ada Admin" in flat
    assert _norm("محمد Łukasz-Zoë") in _norm(text)

    fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts if line.strip())

    report = pdfa.validate_written(BytesIO(result.data), "2b")
    assert not [str(x) for x in report.findings if x.kind == "violation"]
    assert result.data.startswith(b"%PDF-1.")
