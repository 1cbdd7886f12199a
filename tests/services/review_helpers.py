"""A known year of records for the policy review: written straight into the real encrypted
database (the figures are aggregates over the tables; the services that write each record
have their own tests), with records just outside 2026 at both ends to prove the period."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from lcs_desktop.store.audit_events import AuditEvent  # noqa: F401 (deletions go through audit())
from lcs_desktop.store.cases import BreachCase, CaseBreachType, Outcome, Referral
from lcs_desktop.store.checks import Check, CheckDiscussion, Finding

SUBJECT_NAMES = ("Quentin", "Zebedee-Marchbanks")
YEAR_START, YEAR_END = date(2026, 1, 1), date(2026, 12, 31)


def _at(month: int, day: int, hour: int = 10, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, tzinfo=UTC)


def seed_year(org) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Returns the ids made. What is in 2026 (London dates):
    checks completed: 20 no concerns, 6 concerns found (+1 on 31/12/2025 23:30 London, +1 draft);
    findings in them: 7 sharing personal details, 2 offensive content;
    discussions: 6 held (5 proceed with advice, 1 not progressed);
    cases reported: 8 (6 raised by staff, 2 by a parent; 2 late; hours to report 1,1,2,2,3,5,30,50)
    plus one in 2025; closed in 2026: 5 (concern to closure 10, 20, 30, 40, 50 days);
    findings decided: 6 unsubstantiated, 1 malicious; outcomes: 6 cases with advice;
    referrals made: LADO 5 on time and 1 late, ICO 5 on time, police 6 (no time limit)."""
    lead = org.user
    person = org.people.add_person(
        lead, first_name=SUBJECT_NAMES[0], last_name=SUBJECT_NAMES[1], kind="volunteer", reference="V-9"
    )
    with org.workspace.unit_of_work() as s:
        n = 0

        def check(completed: datetime | None, result: str | None) -> Check:
            nonlocal n
            n += 1
            row = Check(
                reference=f"SMC-T-{n:04d}",
                person_id=person,
                checker_id=lead.id,
                status="completed" if result else "draft",
                policy_version="2025",
                result=result,
                completed_at=completed,
            )
            s.add(row)
            return row

        for i in range(20):
            check(_at(1 + i % 12, 1 + i, 12), "no_concerns")
        concerns = [check(_at(3, 10 + i), "concerns_found") for i in range(6)]
        check(datetime(2025, 12, 31, 23, 30, tzinfo=UTC), "no_concerns")  # 31/12/2025 in London
        check(None, None)
        s.flush()
        for i in range(9):
            s.add(
                Finding(
                    check_id=concerns[i % 6].id,
                    platform="facebook",
                    captured_on=date(2026, 3, 9),
                    seen="Post naming a child",
                    category="personal_details" if i < 7 else "offensive_content",
                    severity="low",
                    relevance="some",
                    added_by_id=lead.id,
                    created_at=_at(3, 10),
                )
            )
        for i, c in enumerate(concerns):
            s.add(
                CheckDiscussion(
                    check_id=c.id,
                    held_at=_at(4, 1 + i),
                    method="in_person",
                    present="Lead and applicant",
                    applicant_account="Account",
                    assessment="Assessment",
                    outcome="not_progressed" if i == 5 else "proceed_with_advice",
                    decided_by="Lead",
                    decision_reason="Reason",
                    recorded_by_id=lead.id,
                )
            )
        hours = (1, 1, 2, 2, 3, 5, 30, 50)
        cases = []
        for i, h in enumerate((*hours, 4)):
            reported = _at(2 + i, 3) if i < 8 else _at(11, 3, year=2025)
            closed = reported + timedelta(days=(10, 20, 30, 40, 50)[i]) if i < 5 else None
            case = BreachCase(
                reference=f"BC-T-{i:04d}",
                subject_person_id=person,
                status="closed" if closed else "investigating",
                concern_at=reported - timedelta(hours=h),
                reported_at=reported,
                reported_to_id=lead.id,
                raised_by="Someone",
                raised_by_kind="parent_or_carer" if i in (0, 1) else "staff",
                what_was_seen="Seen",
                late_report=h >= 30,
                decided_on=date(2026, 6, 1 + i) if i < 7 else None,
                finding=("malicious" if i == 6 else "unsubstantiated") if i < 7 else None,
                created_by_id=lead.id,
                closed_at=closed + timedelta(hours=h) if closed else None,
            )
            s.add(case)
            cases.append(case)
        s.flush()
        for i, case in enumerate(cases[:8]):
            s.add(CaseBreachType(case_id=case.id, code="personal_details"))
            if i < 6:
                s.add(Outcome(case_id=case.id, kind="advice_or_guidance", recorded_by_id=lead.id,
                              recorded_at=_at(7, 1 + i)))  # fmt: skip
        due = _at(5, 5, 16)  # a clock running out at 17:00 London (BST) on 05/05/2026
        for i, case in enumerate(cases[:6]):
            late = i == 5
            made_on = date(2026, 5, 7) if late else date(2026, 5, 5)
            for kind in ("lado", "ico", "police"):
                if kind == "ico" and i == 5:
                    continue
                s.add(
                    Referral(
                        case_id=case.id,
                        kind=kind,
                        state="made",
                        clock_start=due - timedelta(hours=24),
                        due_at=None if kind == "police" else due,
                        made_on=made_on if kind != "ico" else date(2026, 5, 5),
                        updated_by_id=lead.id,
                    )
                )
    return {"person": person}
