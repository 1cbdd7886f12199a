import pytest

from lcs_desktop.domain.checks import CheckStatus
from lcs_desktop.domain.roles import Role
from tests.services.check_fixtures import add_applicant, ready_check, user_for

pytestmark = pytest.mark.both_backends


def test_check_walks_from_draft_to_awaiting_discussion(org, make_user):
    checker = user_for(org, make_user, "casey", Role.CHECKER)
    person = add_applicant(org)
    check_id = ready_check(org, checker, person)
    assert org.checks.completion_problems(checker, check_id) == []
    org.checks.complete_check(checker, check_id)
    detail = org.checks.get_check(checker, check_id)
    assert detail.status is CheckStatus.AWAITING_DISCUSSION
    assert detail.findings[0].evidence[0].sha256
    assert detail.reference.startswith("SMC-")
