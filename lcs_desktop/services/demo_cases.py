"""Demo breach cases in every status, with chronologies, referrals, evidence and outcomes —
made through the services so the audit trail is as real as the records.

Also ``generate_bulk_cases`` for the benchmark: 100 000 cases written in batches straight
into the tables (the services would take minutes, and the benchmark measures reading).
Nothing here is real: people, children and references are invented.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import insert, select, text

from lcs_desktop.domain.cases import CaseStatus, RiskRating, case_reference
from lcs_desktop.domain.catalogue import CATALOGUE
from lcs_desktop.domain.working_days import from_london, london_date, working_days_before
from lcs_desktop.services.accounts import to_current
from lcs_desktop.services.cases_intake import next_reference
from lcs_desktop.services.demo_images import screenshot_png
from lcs_desktop.services.identity import CurrentUser
from lcs_desktop.services.workspace import Workspace
from lcs_desktop.store.accounts import User
from lcs_desktop.store.cases import BreachCase, CaseBreachType
from lcs_desktop.store.people import Person
from lcs_desktop.store.sealed_rows import seal_rows

# (status to reach, breach types, platform, what was seen, raised by, raised-by kind)
SCENARIOS = (
    (
        "new",
        ["referencing_child_family_case"],
        "facebook",
        "A public post describing 'a difficult handover at work today' with the first name of a child.",
        "Colleague at the contact centre",
        "staff",
    ),
    (
        "investigating",
        ["images_without_consent", "identifying_with_child_family"],
        "instagram",
        "A story showing the contact room with a child's drawing and the child's first name visible.",
        "Parent of a child using the service",
        "parent_or_carer",
    ),
    (
        "investigating",
        ["connection_with_family", "private_communication"],
        "whatsapp",
        "Messages between the volunteer and a parent arranging to meet outside agreed sessions.",
        "Another parent",
        "parent_or_carer",
    ),
    (
        "awaiting_decision",
        ["offensive_content", "disrepute"],
        "x",
        "Abusive replies to a local councillor, the profile naming LCS as employer.",
        "Member of the public by email",
        "member_of_public",
    ),
    (
        "closed",
        ["weak_privacy_settings", "families_accessing_information"],
        "facebook",
        "A family found the volunteer's home address from a public profile.",
        "Contact supervisor",
        "staff",
    ),
    (
        "closed",
        ["connection_with_child"],
        "tiktok",
        "The volunteer follows and is followed by a 14-year-old using the service.",
        "Social worker",
        "other_professional",
    ),
)
CHILDREN = ("Amira Haddad", "Jayden Clarke", "Lena Nowak", "Tomasz Zieliński", "Ruby O'Neill", "Yusuf Demir")


def _user(signed_in, username: str) -> CurrentUser:  # type: ignore[no-untyped-def]
    row = signed_in.workspace.load_user(username)
    return to_current(row) if row is not None else signed_in.user


def _subjects(signed_in, lead: CurrentUser, count: int) -> list[int]:  # type: ignore[no-untyped-def]
    with signed_in.workspace.reading() as session:
        ids = list(
            session.scalars(
                select(Person.id)
                .where(Person.kind.in_(("volunteer", "staff", "committee")))
                .order_by(Person.id)
            )
        )
    names = (
        ("Megan", "Hughes", "volunteer"),
        ("Daniel", "Adeyemi", "staff"),
        ("Ewa", "Kowalska", "committee"),
    )
    i = 0
    while len(ids) < count:
        first, last, kind = names[i % len(names)]
        ids.append(
            signed_in.people.add_person(
                lead,
                first_name=first,
                last_name=last,
                kind=kind,
                reference=f"DEMO-C{i + 1:03d}",
                role="Volunteer",
            )
        )
        i += 1
    return ids


def _overdue_start(now: datetime, holidays: frozenset[date]) -> datetime:
    """10:00 London on the fifth working day before today: a one-working-day LADO clock that
    started then has run out whatever day the demo is made (a Monday, after a bank holiday)."""
    day = working_days_before(london_date(now), 5, holidays)
    return from_london(datetime.combine(day, time(10)))


def add_demo_cases(signed_in, seed: int = 2025) -> list[int]:  # type: ignore[no-untyped-def]
    """Cases in every status for the demo organisation (the signed-in lead makes them)."""
    rng = random.Random(seed)
    lead = signed_in.user
    manager = _user(signed_in, "manager")
    cases = signed_in.cases
    now = signed_in.workspace.now()
    subjects = _subjects(signed_in, lead, len(SCENARIOS))
    made: list[int] = []
    for n, (status, codes, platform, seen, raiser, raiser_kind) in enumerate(SCENARIOS):
        came_in = now - timedelta(days=3 + 11 * n) if n else _overdue_start(now, cases.holidays)
        intake = cases.report_concern(
            lead,
            subject_person_id=subjects[n],
            concern_at=came_in - timedelta(hours=rng.choice((2, 5, 30, 80))),
            reported_at=came_in,
            raised_by=raiser,
            raised_by_kind=raiser_kind,
            what_was_seen=seen,
            breach_types=codes,
            platforms=[platform],
            immediate_actions="Spoke to the volunteer the same day; asked them to remove the content; "
            "removed from the rota pending the investigation.",
        )
        cid = intake.case_id
        made.append(cid)
        child = CHILDREN[n]
        cases.add_party(lead, cid, kind="child", reference=f"C-{200 + n}", name=child)
        cases.set_risk(lead, cid, (RiskRating.MEDIUM, RiskRating.HIGH, RiskRating.LOW)[n % 3])
        if status == "new":
            # An overdue LADO clock for the Home page.
            cases.record_referral(lead, cid, kind="lado", state="needed")
            continue
        officer = manager if n % 2 else lead
        cases.assign(lead, cid, officer_id=officer.id, decision_maker_id=lead.id if n % 2 else manager.id)
        entry = cases.add_entry(
            officer,
            cid,
            kind="evidence_received",
            occurred_at=came_in + timedelta(hours=3),
            summary="Screenshot received from the person who raised the concern",
            details=f"Screenshot shows the content described; {child.split()[0]} is named in it.",
        )
        cases.attach_evidence(
            officer, cid, f"screenshot-{n + 1}.png", screenshot_png(platform, seed + n), entry_id=entry
        )
        cases.record_referral(
            lead,
            cid,
            kind="lado",
            state="made",
            made_on=london_date(came_in + timedelta(hours=20)),
            reference=f"LADO/{london_date(came_in).year}/{300 + n}",
            notes="LADO advised an internal investigation.",
        )
        cases.record_referral(
            lead, cid, kind="police", state="not_needed", reason="No offence suggested; agreed with the LADO."
        )
        ico_made = "private_communication" in codes or "images_without_consent" in codes
        if ico_made:
            cases.record_referral(
                lead,
                cid,
                kind="ico",
                state="made",
                made_on=london_date(came_in + timedelta(days=2)),
                reference=f"IC-{rng.randint(100000, 999999)}",
                aware_at=came_in,
            )
        cases.add_entry(
            officer,
            cid,
            kind="interview",
            occurred_at=came_in + timedelta(days=2),
            summary="Investigation interview with the subject",
            details="The subject accepted posting the content and said they had not thought about who could "
            "see it. They removed it during the meeting.",
            participants=f"{officer.full_name} (investigating officer); the subject; their companion",
        )
        cases.add_entry(
            officer,
            cid,
            kind="letter_sent",
            occurred_at=came_in + timedelta(days=1),
            summary="Letter inviting the subject to an investigation meeting",
        )
        if status == "investigating":
            continue
        cases.set_status(lead, cid, "awaiting_decision")
        if status == "awaiting_decision":
            continue
        decider = lead if n % 2 else manager
        cases.record_decision(
            decider,
            cid,
            decision_maker_id=decider.id,
            decided_on=london_date(came_in + timedelta(days=5)),
            finding="substantiated" if n == 4 else "unsubstantiated",
            reason="Weighed the screenshots and the subject's account against policy §5–§7.",
        )
        if n == 4:
            cases.add_outcome(
                lead, cid, kind="advice_or_guidance", details="Written advice on privacy settings (§7)."
            )
            cases.add_outcome(lead, cid, kind="supervision", review_on=london_date(now + timedelta(days=60)))
        else:
            cases.add_outcome(lead, cid, kind="no_further_action")
        _decide_other_referrals(cases, lead, cid, ico_made)
        cases.close_case(lead, cid, note="Decision, outcome and referrals checked; closed.")
        if n == 4:
            cases.record_appeal(
                lead,
                cid,
                lodged_on=london_date(came_in + timedelta(days=7)),
                grounds="The volunteer says the family found the address elsewhere.",
                heard_on=london_date(came_in + timedelta(days=14)),
                heard_by="Chair of trustees",
                result="not_upheld",
                result_on=london_date(came_in + timedelta(days=15)),
                result_reason="The address was on the public profile at the time.",
            )
    return made


# A closed case has every referral decided: the ones the scenario did not make are reasoned away.
NOT_NEEDED_REASONS = {
    "dbs_barring": "No one was removed from work with children and no harm was found: no duty to refer.",
    "ico": "No personal data left LCS's control: not a reportable personal data breach.",
    "charity_commission": "The trustees considered it and agreed it is not a serious incident.",
}


def _decide_other_referrals(cases, lead: CurrentUser, cid: int, ico_made: bool) -> None:  # type: ignore[no-untyped-def]
    for kind, reason in NOT_NEEDED_REASONS.items():
        if not (kind == "ico" and ico_made):
            cases.record_referral(lead, cid, kind=kind, state="not_needed", reason=reason)


def generate_bulk_cases(
    workspace: Workspace, count: int = 100_000, seed: int = 1, batch: int = 5_000
) -> None:
    """``count`` cases for the benchmark, spread over years and statuses (no audit events:
    this is load for measuring, never demo data a person would browse)."""
    rng = random.Random(seed)
    with workspace.reading() as session:
        people = list(session.scalars(select(Person.id).where(Person.kind != "applicant").limit(5_000)))
        users = list(session.scalars(select(User.id)))
    if not people:
        raise ValueError("generate people first")
    statuses = list(CaseStatus)
    codes = [e.code for e in CATALOGUE]
    start = datetime(2018, 1, 1, tzinfo=UTC)
    span = (workspace.now() - start).total_seconds()
    numbers: dict[int, int] = {}
    done = 0
    while done < count:
        rows, types = [], []
        size = min(batch, count - done)
        moments = sorted(start + timedelta(seconds=rng.random() * span) for _ in range(size))
        for reported in moments:
            year = reported.year
            if year not in numbers:  # carry on after any cases already in that year
                with workspace.reading() as session:
                    numbers[year] = int(next_reference(session, year).rsplit("-", 1)[1]) - 1
            numbers[year] += 1
            status = rng.choice(statuses)
            due = reported + timedelta(days=1) if status != CaseStatus.CLOSED and rng.random() < 0.2 else None
            rows.append(
                {
                    "reference": case_reference(year, numbers[year]),
                    "subject_person_id": rng.choice(people),
                    "status": status.value,
                    "risk": rng.choice(list(RiskRating)).value,
                    "concern_at": reported - timedelta(hours=rng.randint(1, 60)),
                    "reported_at": reported,
                    "reported_to_id": rng.choice(users),
                    "raised_by": "Generated",
                    "raised_by_kind": "staff",
                    "what_was_seen": "Generated for the benchmark.",
                    "immediate_actions": "",
                    "late_report": False,
                    "investigating_officer_id": rng.choice([*users, None]),
                    "decision_maker_id": rng.choice([*users, None]),
                    "decision_reason": "",
                    "next_due_at": due,
                    "created_by_id": users[0],
                    "created_at": reported,
                    "updated_at": reported,
                }
            )
        with workspace.unit_of_work() as session:
            first_id = (
                session.scalar(select(BreachCase.id).order_by(BreachCase.id.desc()).limit(1)) or 0
            ) + 1
            # seal_rows: on the office server each case gets its id and its texts sealed to it.
            rows = seal_rows(session.connection(), BreachCase.__table__, rows)
            session.execute(insert(BreachCase), rows)
            for offset, row in enumerate(rows):
                case_id = row.get("id") or first_id + offset
                types.append({"case_id": case_id, "code": rng.choice(codes), "position": 0})
            session.execute(insert(CaseBreachType), types)
        done += size
    # After a bulk load the planner's statistics are stale; refresh them as
    # ``PRAGMA optimize`` would (otherwise a manager's OR query may pick a sort over 40 000 rows).
    with workspace.unit_of_work() as session:
        session.execute(text("ANALYZE"))
        stat4 = "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat4'"
        if session.get_bind().dialect.name == "sqlite" and session.scalar(text(stat4)):
            # Row counts (sqlite_stat1) are what the plans need. STAT4's samples are read by
            # every new connection as it loads the schema: after sign-in, decrypting them was a
            # third of each list's first query (issue 12, cold reads).
            session.execute(text("DELETE FROM sqlite_stat4"))
