"""Shared set-up for the breach-case service tests: real accounts, real people, a fixed clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from lcs_desktop.domain.roles import Role
from lcs_desktop.services.identity import CurrentUser

# Wednesday 12 March 2025, 10:00 London (GMT): a plain working week.
NOW = datetime(2025, 3, 12, 10, 0, tzinfo=UTC)


@dataclass
class CaseWorld:
    org: object  # SignedIn
    lead: CurrentUser
    manager: CurrentUser
    other_manager: CurrentUser
    checker: CurrentUser
    admin_only: CurrentUser
    subject_id: int
    applicant_id: int

    @property
    def cases(self):
        return self.org.cases


def current(org, username: str) -> CurrentUser:
    from lcs_desktop.services.accounts import to_current

    row = org.workspace.load_user(username)
    return to_current(row)


def build_world(org, make_user, now: datetime = NOW) -> CaseWorld:
    make_user("mona", Role.MANAGER, full_name="Mona Manager")
    make_user("otto", Role.MANAGER, full_name="Otto Other")
    make_user("cass", Role.CHECKER, full_name="Cass Checker")
    make_user("ivy", Role.ADMINISTRATOR, full_name="Ivy IT")
    lead = org.user
    subject = org.people.add_person(
        lead,
        first_name="Zoë",
        last_name="Łukasz-محمد",
        kind="volunteer",
        reference="V-100",
        role="Contact supervisor",
    )
    applicant = org.people.add_person(
        lead, first_name="Ann", last_name="Applicant", kind="applicant", reference="A-1"
    )
    org.cases.clock = lambda: now
    return CaseWorld(
        org,
        lead,
        current(org, "mona"),
        current(org, "otto"),
        current(org, "cass"),
        current(org, "ivy"),
        subject,
        applicant,
    )


def report(world: CaseWorld, user: CurrentUser | None = None, **overrides):
    fields = {
        "subject_person_id": world.subject_id,
        "concern_at": NOW - timedelta(hours=3),
        "reported_at": NOW - timedelta(hours=1),
        "raised_by": "Parent of child C-204",
        "raised_by_kind": "parent_or_carer",
        "what_was_seen": "Photograph of a contact session posted on Instagram.",
        "breach_types": ["images_without_consent", "identifying_with_child_family"],
        "platforms": ["instagram"],
        "immediate_actions": "Asked the volunteer to remove the post; removed from the rota pending review.",
    }
    fields.update(overrides)
    return world.cases.report_concern(user or world.lead, **fields)


def decide_referrals(cases, user: CurrentUser, case_id: int, leave: tuple[str, ...] = ()) -> None:
    """Closure needs every referral kind made or reasoned away: each kind not yet recorded
    (and not in ``leave``) is recorded as considered and not needed."""
    from sqlalchemy import select

    from lcs_desktop.domain.case_referrals import ReferralKind
    from lcs_desktop.store.cases import Referral

    with cases._ws.reading() as session:
        recorded = set(session.scalars(select(Referral.kind).where(Referral.case_id == case_id)))
    for kind in ReferralKind:
        if kind.value not in recorded and kind.value not in leave:
            cases.record_referral(
                user, case_id, kind=kind, state="not_needed", reason="Considered: not needed."
            )


def decide_and_prepare(
    world: CaseWorld, case_id: int, decider: CurrentUser | None = None, leave: tuple[str, ...] = ()
) -> None:
    """Everything closure needs except the sign-off itself (``leave``: referral kinds left undecided)."""
    lead = world.lead
    world.cases.assign(lead, case_id, officer_id=world.manager.id, decision_maker_id=lead.id)
    world.cases.record_decision(
        decider or lead,
        case_id,
        decision_maker_id=lead.id,
        decided_on=NOW.date(),
        finding="substantiated",
        reason="The post identified a child in a contact session.",
    )
    world.cases.add_outcome(lead, case_id, kind="advice_or_guidance", details="Written advice on §6.")
    decide_referrals(world.cases, lead, case_id, leave)
