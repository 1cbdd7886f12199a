"""Who did an act on a check, in the record's words: the checker plainly, anyone else by name
and capacity on the checker's behalf, and older data as not kept — never a guess."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from lcs_desktop.domain.attribution import UNKNOWN, Attribution, acting_capacity, attribution_sentence
from lcs_desktop.domain.roles import Role

# 23:30 UTC on 29 February 2028 is still 29/02 in London (GMT); in summer the date moves on.
LEAP = datetime(2028, 2, 29, 23, 30, tzinfo=UTC)
SUMMER_LATE = datetime(2026, 6, 30, 23, 30, tzinfo=UTC)


def test_the_checker_is_named_plainly_as_the_checker():
    sentence = attribution_sentence(
        "Confirmed", "who confirmed", Attribution("Cass Lee", LEAP, "checker", False)
    )
    assert sentence == "Confirmed by the checker (Cass Lee) on 29/02/2028"


def test_someone_else_is_named_with_their_capacity_on_the_checkers_behalf():
    lead = Attribution("Ada Lowe", SUMMER_LATE, Role.SAFEGUARDING_LEAD.value, True)
    assert (
        attribution_sentence("Completed", "who completed", lead)
        == "Completed by the safeguarding lead (Ada Lowe) on 01/07/2026 on behalf of the checker"
    )


def test_capacity_not_kept_names_the_person_without_a_role():
    sentence = attribution_sentence("Confirmed", "who confirmed", Attribution("Ada Lowe", LEAP, None, True))
    assert sentence == "Confirmed by Ada Lowe on 29/02/2028 on behalf of the checker"


@pytest.mark.parametrize("attribution", [UNKNOWN, None])
def test_older_data_says_who_was_not_kept(attribution):
    assert (
        attribution_sentence("Confirmed", "who confirmed", attribution)
        == "Confirmed — recorded before LCS Desktop kept who confirmed"
    )


def test_acting_capacity_is_the_checkers_own_or_the_role_that_allowed_it():
    lead_and_admin = {Role.ADMINISTRATOR, Role.SAFEGUARDING_LEAD}
    assert acting_capacity(True, lead_and_admin) == "checker"
    assert acting_capacity(False, lead_and_admin) == "safeguarding_lead"
    assert acting_capacity(False, {Role.MANAGER}) == "manager"
    assert acting_capacity(False, set()) is None
