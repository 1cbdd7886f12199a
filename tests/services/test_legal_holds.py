"""Legal holds (issue 10): placed and lifted by the lead with a reason and a review date, shown
on the record, due for review on Home, content-free in the audit trail, refused for others."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import select

from lcs_desktop.domain.desk import DeskKind, DeskLink
from lcs_desktop.domain.errors import ConflictError, PermissionDenied, ValidationError, ValidationErrors
from lcs_desktop.domain.record_refs import LegalHoldError, RecordRef
from lcs_desktop.domain.roles import Role
from lcs_desktop.services import legal_holds
from lcs_desktop.store.audit_events import AuditEvent
from tests.services.check_fixtures import TODAY, user_for
from tests.services.deletion_helpers import marked_records

REASON = "Employment tribunal claim lodged by Jo Example"

pytestmark = pytest.mark.both_backends


def _events(org, *actions: str) -> list[AuditEvent]:
    with org.workspace.reading() as session:
        return list(
            session.scalars(select(AuditEvent).where(AuditEvent.action.in_(actions)).order_by(AuditEvent.seq))
        )


def test_hold_is_placed_shown_and_lifted(org):
    rec = marked_records(org)
    review = TODAY + timedelta(days=60)
    hold_id = legal_holds.place_hold(
        org.workspace, org.user, person_id=rec.person_id, reason=REASON, review_on=review
    )
    with org.workspace.reading() as session:
        shown = legal_holds.active_hold(session, person_id=rec.person_id)
        on_case = legal_holds.active_hold(session, case_id=rec.case_id)  # a hold on the subject covers it
        assert shown is not None and on_case is not None and shown.id == on_case.id == hold_id
        assert (shown.reason, shown.placed_by_name, shown.review_on) == (REASON, org.user.full_name, review)
        assert shown.placed_at <= org.workspace.now()
        for ref in (
            RecordRef("person", rec.person_id),
            RecordRef("check", rec.check_id),
            RecordRef("case", rec.case_id),
        ):
            with pytest.raises(LegalHoldError):
                legal_holds.ensure_not_held(session, ref)
    assert [h.id for h in legal_holds.active_holds(org.workspace, org.user)] == [hold_id]
    with pytest.raises(ConflictError):
        legal_holds.place_hold(
            org.workspace, org.user, person_id=rec.person_id, reason="again", review_on=review
        )

    legal_holds.lift_hold(org.workspace, org.user, hold_id, "Claim withdrawn")
    with org.workspace.reading() as session:
        assert legal_holds.active_hold(session, person_id=rec.person_id) is None
        legal_holds.ensure_not_held(session, RecordRef("person", rec.person_id))
    with pytest.raises(ConflictError):
        legal_holds.lift_hold(org.workspace, org.user, hold_id, "again")


def test_hold_events_hold_no_reason(org):
    rec = marked_records(org)
    hold_id = legal_holds.place_hold(
        org.workspace, org.user, case_id=rec.case_id, reason=REASON, review_on=TODAY + timedelta(days=30)
    )
    legal_holds.lift_hold(org.workspace, org.user, hold_id, "Police enquiry closed for Jo Example")
    placed, lifted = _events(org, "legal_hold_placed", "legal_hold_lifted")
    assert (placed.entity_type, placed.entity_id) == ("breach_case", str(rec.case_id))
    assert json.loads(placed.details) == {
        "hold_id": hold_id,
        "review_on": (TODAY + timedelta(days=30)).isoformat(),
    }
    assert json.loads(lifted.details) == {"hold_id": hold_id}
    assert "Jo Example" not in placed.details + lifted.details


def test_hold_input_is_refused_all_at_once(org):
    rec = marked_records(org)
    with pytest.raises(ValidationErrors) as refused:
        legal_holds.place_hold(org.workspace, org.user, person_id=rec.person_id, reason="  ", review_on=TODAY)
    assert [p.field for p in refused.value.problems] == ["reason", "review_on"]
    with pytest.raises(ValidationError):
        legal_holds.place_hold(org.workspace, org.user, reason=REASON, review_on=TODAY + timedelta(days=1))
    with pytest.raises(ValidationError) as no_reason:
        legal_holds.lift_hold(org.workspace, org.user, 1, "")
    assert no_reason.value.field == "lift_reason"
    assert _events(org, "legal_hold_placed") == []


@pytest.mark.parametrize("roles", [(Role.MANAGER,), (Role.CHECKER,), (Role.ADMINISTRATOR,)])
def test_only_the_lead_places_or_lifts_holds(org, make_user, roles):
    rec = marked_records(org)
    hold_id = legal_holds.place_hold(
        org.workspace, org.user, person_id=rec.person_id, reason=REASON, review_on=TODAY + timedelta(days=9)
    )
    other = user_for(org, make_user, "someone", *roles)
    with pytest.raises(PermissionDenied):
        legal_holds.place_hold(
            org.workspace, other, case_id=rec.case_id, reason=REASON, review_on=TODAY + timedelta(days=9)
        )
    with pytest.raises(PermissionDenied):
        legal_holds.lift_hold(org.workspace, other, hold_id, "No longer needed")
    assert legal_holds.desk_items(org.workspace, other, TODAY) == []
    refused = [json.loads(e.details)["attempted"] for e in _events(org, "access_refused")]
    assert refused == ["place_hold", "lift_hold"]


def test_home_lists_holds_due_for_review_at_a_fixed_clock(org):
    rec = marked_records(org)
    other = marked_records(org, prefix="other")
    soon = legal_holds.place_hold(
        org.workspace, org.user, person_id=rec.person_id, reason=REASON, review_on=TODAY + timedelta(days=3)
    )
    legal_holds.place_hold(
        org.workspace,
        org.user,
        person_id=other.person_id,
        reason=REASON,
        review_on=TODAY + timedelta(days=200),
    )
    items = legal_holds.desk_items(org.workspace, org.user, TODAY)
    assert len(items) == 1
    (item,) = items
    assert (item.kind, item.due, item.overdue) == (
        DeskKind.LEGAL_HOLD_REVIEW,
        TODAY + timedelta(days=3),
        False,
    )
    assert item.link == DeskLink("people", rec.person_id)
    with org.workspace.reading() as session:
        reference = legal_holds.active_hold(session, person_id=rec.person_id).record_reference
    assert item.sentence == f"Legal hold on {reference} is due for review"
    # Four days on, it is overdue.
    (late,) = legal_holds.desk_items(org.workspace, org.user, TODAY + timedelta(days=4))
    assert late.overdue and soon
