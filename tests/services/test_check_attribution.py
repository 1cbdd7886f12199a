"""The record says who did what: who confirmed each attestation, who completed the check, and,
when that was not the checker, that it was done on the checker's behalf, by name (issue 8 #7)."""

from __future__ import annotations

import importlib
import io

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from lcs_desktop.domain.roles import Role
from lcs_desktop.domain.working_days import london_date
from lcs_desktop.services.check_export import export_check
from tests.services.check_fixtures import add_applicant, audit_details, details, ready_check, user_for

pytestmark = pytest.mark.both_backends

UNKNOWN = "recorded before LCS Desktop kept who confirmed"


def _pdf(org, check_id: int) -> str:
    data = export_check(org.workspace, org.user, check_id).data
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def _day(moment) -> str:
    return f"{london_date(moment):%d/%m/%Y}"


def test_checker_attesting_and_completing_shows_plainly_as_the_checker(org, make_user):
    checker = user_for(org, make_user, "casey", Role.CHECKER)
    check_id = ready_check(org, checker, add_applicant(org), concerns=False)
    org.checks.complete_check(checker, check_id)
    detail = org.checks.get_check(checker, check_id)
    assert [a.by for a in detail.attested_by] == ["Casey", "Casey"]
    assert not any(a.on_behalf for a in detail.attested_by) and not detail.completion.on_behalf
    flat = _pdf(org, check_id)
    day = _day(detail.attested_by[0].at)
    assert flat.count(f"Confirmed by the checker (Casey) on {day}") == 2
    assert f"Completed by the checker (Casey) on {_day(detail.completed_at)}" in flat
    assert "on behalf of" not in flat and "behalf by" not in flat
    assert all("on_behalf_of_checker" not in d for d in audit_details(org, "check_attested"))


def test_lead_attesting_and_completing_is_printed_by_name_on_behalf_of_the_checker(org, make_user):
    checker = user_for(org, make_user, "casey", Role.CHECKER)
    lead = org.user  # Ada Admin, the safeguarding lead
    check_id = ready_check(org, checker, add_applicant(org), concerns=False)
    org.checks.set_attestations(checker, check_id, False, False)
    org.checks.set_attestations(lead, check_id, True, True)
    org.checks.complete_check(lead, check_id)
    detail = org.checks.get_check(lead, check_id)
    assert [(a.by, a.capacity, a.on_behalf) for a in detail.attested_by] == [
        ("Ada Admin", "safeguarding_lead", True)
    ] * 2
    flat = _pdf(org, check_id)
    day = _day(detail.attested_by[0].at)
    confirmed = f"Confirmed by the safeguarding lead (Ada Admin) on {day} on behalf of the checker"
    assert flat.count(confirmed) == 2
    completed_on = _day(detail.completed_at)
    completed = f"Completed by the safeguarding lead (Ada Admin) on {completed_on} on behalf of the checker"
    assert completed in flat
    assert "Completed on the checker's behalf by Name: Ada Admin" in flat
    assert "Confirmed by the checker" not in flat and "Completed by the checker" not in flat
    assert audit_details(org, "check_attested")[-1]["on_behalf_of_checker"] is True
    assert audit_details(org, "check_completed")[-1]["on_behalf_of_checker"] is True


def test_each_attestation_keeps_who_ticked_it_until_it_is_unticked(org, make_user):
    checker = user_for(org, make_user, "casey", Role.CHECKER)
    check_id = ready_check(org, checker, add_applicant(org), concerns=False)
    org.checks.set_attestations(checker, check_id, True, False)
    org.checks.set_attestations(org.user, check_id, True, True)  # the lead ticks only the second
    first, second = org.checks.get_check(org.user, check_id).attested_by
    assert (first.by, first.on_behalf) == ("Casey", False)
    assert (second.by, second.on_behalf) == ("Ada Admin", True)
    org.checks.set_attestations(org.user, check_id, False, True)
    first, second = org.checks.get_check(org.user, check_id).attested_by
    assert first is None and second.by == "Ada Admin"


# 0007's back-fill of older rows: an office server is made at a later schema, never holds such rows
@pytest.mark.local_only
def test_existing_rows_are_attributed_from_the_audit_trail_or_left_unknown(org, make_user):
    checker = user_for(org, make_user, "casey", Role.CHECKER)
    by_lead = ready_check(org, checker, add_applicant(org), concerns=False)
    org.checks.set_attestations(org.user, by_lead, True, False)
    org.checks.set_attestations(org.user, by_lead, True, True)
    by_checker = ready_check(org, checker, add_applicant(org, reference="APP-002"), concerns=False)
    org.checks.complete_check(checker, by_checker)
    unknown = org.checks.create_check(checker, add_applicant(org, reference="APP-003"), details())
    migration = importlib.import_module("lcs_desktop.store.migrations.versions.0007_attributions")
    columns = ", ".join(
        f"{name}_{part} = NULL"
        for name in ("attest_public_only", "attest_no_private_access")
        for part in ("by_id", "at", "as")
    )
    with org.workspace.database.engine.begin() as connection:
        # As the data stood before 0007: nothing on the check said who confirmed or completed.
        connection.execute(text(f"UPDATE checks SET {columns}, completed_as = NULL"))
        # A check ticked with no audit event to say by whom (as bulk loads once did).
        connection.execute(
            text("UPDATE checks SET attest_public_only = 1, attest_no_private_access = 1 WHERE id = :id"),
            {"id": unknown},
        )
        migration._fill_existing(connection)
    lead_detail = org.checks.get_check(org.user, by_lead)
    assert [(a.by, a.capacity, a.on_behalf) for a in lead_detail.attested_by] == [
        ("Casey", "checker", False),  # ticked by the checker, left alone by the lead
        ("Ada Admin", None, True),  # unticked and ticked again by the lead: role not kept then
    ]
    checker_detail = org.checks.get_check(org.user, by_checker)
    assert [(a.by, a.capacity) for a in checker_detail.attested_by] == [("Casey", "checker")] * 2
    assert (checker_detail.completion.by, checker_detail.completion.capacity) == ("Casey", "checker")
    assert all(not a.known for a in org.checks.get_check(org.user, unknown).attested_by)
    flat = _pdf(org, unknown)
    assert flat.count(f"Confirmed — {UNKNOWN}") == 2
    day = _day(lead_detail.attested_by[1].at)
    assert f"Confirmed by Ada Admin on {day} on behalf of the checker" in _pdf(org, by_lead)
