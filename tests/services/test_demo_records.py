"""Demo records go through the services: checks in every state, evidence that is a real PNG."""

from __future__ import annotations

from lcs_desktop.domain.checks import CheckStatus
from lcs_desktop.domain.evidence import sniff
from lcs_desktop.services.bulk_records import generate_bulk
from lcs_desktop.services.demo_records import add_demo_records


def test_demo_records_cover_every_check_state(org):
    add_demo_records(org, people=30)
    assert org.people.count_people(org.user) == 30
    statuses = {c.status for c in org.checks.list_checks(org.user, limit=500)}
    assert statuses == {
        CheckStatus.DRAFT,
        CheckStatus.COMPLETED,
        CheckStatus.AWAITING_DISCUSSION,
        CheckStatus.DECIDED,
    }
    decided = org.checks.list_checks(org.user, status=CheckStatus.DECIDED)[0]
    detail = org.checks.get_check(org.user, decided.id)
    assert detail.discussion is not None and len(detail.findings) == 2
    png = org.checks.evidence_bytes(org.user, detail.findings[0].evidence[0].id)
    assert sniff(png) == "image/png"


def test_bulk_generator_fills_people_and_checks_searchably(org):
    generate_bulk(org.workspace, org.user.id, people=1200, checks=2500)
    assert org.people.count_people(org.user) == 1200
    assert org.checks.count_checks(org.user) == 2500
    assert org.people.count_people(org.user, query="APP-000") > 0
