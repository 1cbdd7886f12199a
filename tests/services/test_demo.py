"""The demo organisation is filled with realistic records through the services."""

from lcs_desktop.services.demo import DEMO_ACCOUNTS, ensure_demo_organisation


def test_demo_organisation_has_people_checks_and_cases_in_every_status(authenticator):
    assert ensure_demo_organisation(authenticator)
    lead = DEMO_ACCOUNTS[0]
    session = authenticator.sign_in(lead.username, lead.password)
    try:
        assert session.people.count_people(session.user) >= 30
        statuses = {c.status for c in session.checks.list_checks(session.user, limit=500)}
        assert len(statuses) >= 2
        page = session.cases.list_cases(session.user, None, 0, 100)
        case_statuses = {str(getattr(row.status, "value", row.status)) for row in page.rows}
        assert {"new", "investigating", "awaiting_decision", "closed"} <= case_statuses
        assert session.audit_log.verify(session.user).ok
    finally:
        session.sign_out()
