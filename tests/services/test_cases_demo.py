"""Demo cases: every status, with chronologies, referrals and an overdue clock."""

from __future__ import annotations

from lcs_desktop.domain.roles import Role
from lcs_desktop.services.demo_cases import add_demo_cases, generate_bulk_cases


def test_demo_cases_cover_every_status_with_chronology_and_referrals(org, make_user):
    make_user("manager", Role.MANAGER, full_name="Morgan Manager")
    ids = add_demo_cases(org)
    details = [org.cases.open_case(org.user, cid) for cid in ids]
    assert {d.status.value for d in details} == {"new", "investigating", "awaiting_decision", "closed"}
    assert all(len(d.chronology) >= 1 for d in details)
    assert all(d.referrals for d in details)
    assert any(d.appeal is not None for d in details)
    assert any(e.evidence for d in details for e in d.chronology)
    assert org.cases.home_summary(org.user).overdue  # the new case's LADO clock


def test_bulk_generator_fills_the_list(org):
    org.people.add_person(org.user, first_name="Bulk", last_name="Subject", kind="staff", reference="B-1")
    generate_bulk_cases(org.workspace, count=1_200, batch=500)
    page = org.cases.list_cases(org.user, limit=50)
    assert page.total == 1_200 and len(page.rows) == 50
    assert page.rows[0].reported_at >= page.rows[-1].reported_at
