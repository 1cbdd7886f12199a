"""Home's "What needs doing" at a fixed clock: every source, soonest first, overdue flagged,
each with its link; a manager sees only their own cases' items, a checker none of them."""

from __future__ import annotations

from datetime import timedelta

import pytest

from lcs_desktop.domain.desk import DeskKind, DeskLink
from lcs_desktop.domain.working_days import london_date
from lcs_desktop.services import desk
from lcs_desktop.services.desk import desk_items
from tests.frozen_clock import TEST_NOW, TEST_TODAY
from tests.services.desk_helpers import build_desk_world


@pytest.fixture
def world(org, make_user):
    return build_desk_world(org, make_user)


def test_the_leads_desk_lists_every_source_soonest_first_with_links(org, world) -> None:
    items = desk_items(org.workspace, org.user, TEST_TODAY)
    assert [i.kind for i in items] == [
        DeskKind.APPEAL_DEADLINE,
        DeskKind.REFERRAL_CLOCK,
        DeskKind.CRASH_DRAFT,
        DeskKind.REFERRAL_CLOCK,
        DeskKind.SUPERVISION_REVIEW,
        DeskKind.WARNING_REVIEW,
    ]
    appeal, lado, draft, ico, supervision, warning = items
    assert appeal.overdue and appeal.due == TEST_TODAY - timedelta(days=2)
    assert appeal.sentence == "Appeal on BC-2026-0002 was heard: record its result"
    assert appeal.link == DeskLink("breaches", world["b"])
    assert lado.overdue and lado.sentence.startswith("LADO referral for BC-2026-0001 was due at ")
    assert lado.due == london_date(TEST_NOW - timedelta(hours=17, minutes=30))
    assert lado.link == DeskLink("breaches", world["a"])
    assert not draft.overdue and draft.link == DeskLink("report_concern") and draft.due == TEST_TODAY
    assert "typed before" not in draft.sentence  # what was typed stays in the draft
    assert not ico.overdue and ico.sentence.startswith(
        "ICO personal data breach report for BC-2026-0002 is due"
    )
    assert supervision.due == TEST_TODAY + timedelta(days=7) and not supervision.overdue
    assert warning.sentence.startswith("Final written warning on BC-2026-0002 expires")
    assert all("Quentin" not in i.sentence for i in items)


def test_a_manager_sees_only_their_cases_and_a_checker_only_their_drafts(org, world) -> None:
    mine = desk_items(org.workspace, world["manager"], TEST_TODAY)
    assert {i.link for i in mine} == {DeskLink("breaches", world["a"])}
    assert [i.kind for i in mine] == [DeskKind.REFERRAL_CLOCK, DeskKind.SUPERVISION_REVIEW]
    assert desk_items(org.workspace, world["checker"], TEST_TODAY) == []


def test_a_source_missing_from_this_build_leaves_the_rest_standing(org, world, monkeypatch) -> None:
    monkeypatch.setattr(desk, "_SOURCES", ("lcs_desktop.services.no_such_part:desk_items", *desk._SOURCES))
    assert len(desk_items(org.workspace, org.user, TEST_TODAY)) == 6


def test_every_desk_source_is_in_this_build():
    # The desk skips a source it cannot import; in the shipped app every one must be there.
    from lcs_desktop.services import desk

    missing = [name for name in desk._SOURCES if desk._load(name) is None]
    assert missing == []
