"""A desk at the fixed clock: two cases (one the manager's), a referral clock overdue and one
due within the day, a supervision review, a warning's expiry, an appeal heard without a result
and the lead's concern kept as a draft. Written straight into the real encrypted database."""

from __future__ import annotations

from datetime import timedelta

from lcs_desktop.domain.roles import Role
from lcs_desktop.store.cases import Appeal, BreachCase, Outcome, Referral
from tests.frozen_clock import TEST_NOW, TEST_TODAY
from tests.services.check_fixtures import user_for

LADO_DUE = TEST_NOW - timedelta(hours=17, minutes=30)
ICO_DUE = TEST_NOW + timedelta(hours=20)


def build_desk_world(org, make_user) -> dict:  # type: ignore[no-untyped-def]
    manager = user_for(org, make_user, "mona", Role.MANAGER)
    checker = user_for(org, make_user, "cass", Role.CHECKER)
    lead = org.user
    person = org.people.add_person(
        lead, first_name="Quentin", last_name="Subject", kind="staff", reference="S-1"
    )
    lado_due, ico_due = LADO_DUE, ICO_DUE
    with org.workspace.unit_of_work() as s:
        cases = []
        for n, (officer, due) in enumerate(((manager.id, lado_due), (None, ico_due))):
            case = BreachCase(
                reference=f"BC-2026-{n + 1:04d}", subject_person_id=person, status="investigating",
                concern_at=TEST_NOW - timedelta(days=3), reported_at=TEST_NOW - timedelta(days=3),
                reported_to_id=lead.id, raised_by_kind="staff", what_was_seen="Seen",
                investigating_officer_id=officer, next_due_at=due, created_by_id=lead.id,
            )  # fmt: skip
            s.add(case)
            cases.append(case)
        s.flush()
        a, b = cases
        for case, kind, due in ((a, "lado", lado_due), (b, "ico", ico_due)):
            s.add(Referral(case_id=case.id, kind=kind, state="needed", clock_start=case.reported_at,
                           due_at=due, updated_by_id=lead.id))  # fmt: skip
        s.add(Outcome(case_id=a.id, kind="supervision", review_on=TEST_TODAY + timedelta(days=7),
                      recorded_by_id=lead.id))  # fmt: skip
        s.add(Outcome(case_id=b.id, kind="disciplinary", level="final_written_warning",
                      expires_on=TEST_TODAY + timedelta(days=13), recorded_by_id=lead.id))  # fmt: skip
        s.add(Appeal(case_id=b.id, lodged_on=TEST_TODAY - timedelta(days=8), grounds="Grounds",
                     heard_on=TEST_TODAY - timedelta(days=2), updated_by_id=lead.id))  # fmt: skip
        ids = a.id, b.id
    org.drafts.save(lead, "concern_intake", {"what_was_seen": "typed before the power cut"})
    # The policy's own reminders are tested with the register; here the policy is freshly
    # approved and acknowledged, so the desk holds only the items above.
    (version,) = org.policy.list_versions(lead)
    org.policy.approve(lead, version.id, approved_on=TEST_TODAY - timedelta(days=30), approved_by="Trustees")
    org.acknowledgements.record(lead, person, version.id, TEST_TODAY - timedelta(days=1))
    return {"manager": manager, "checker": checker, "a": ids[0], "b": ids[1]}
