"""Reporting a concern: the under-a-minute intake that opens a breach case."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import Integer, cast, func, select
from sqlalchemy.orm import Session

from lcs_desktop.domain.cases import (
    CaseStatus,
    EntryKind,
    case_reference,
    reference_year,
    report_delay,
    subject_problem,
    validate_concern,
)
from lcs_desktop.domain.checks import Platform
from lcs_desktop.domain.errors import Problems, ValidationError
from lcs_desktop.domain.roles import Permission
from lcs_desktop.services.case_access import CaseBase
from lcs_desktop.services.case_types import IntakeResult
from lcs_desktop.services.identity import CurrentUser, require
from lcs_desktop.services.policy_register import version_in_force_id
from lcs_desktop.store.cases import BreachCase, CaseBreachType, CasePlatform, ChronologyEntry
from lcs_desktop.store.people import Person


def next_reference(session: Session, year: int) -> str:
    prefix = f"BC-{year}-"
    # A range on the unique index (not LIKE, which SQLite may not index).
    highest = session.scalar(
        select(func.max(cast(func.substr(BreachCase.reference, len(prefix) + 1), Integer))).where(
            BreachCase.reference >= prefix, BreachCase.reference < f"BC-{year}."
        )
    )
    return case_reference(year, int(highest or 0) + 1)


class IntakePart(CaseBase):
    def report_concern(
        self,
        user: CurrentUser,
        *,
        subject_person_id: int | None,
        concern_at: datetime | None,
        reported_at: datetime | None,
        raised_by: str | None,
        raised_by_kind: str | None,
        what_was_seen: str | None,
        breach_types: Iterable[str],
        platforms: Iterable[str | Platform] = (),
        immediate_actions: str | None = "",
    ) -> IntakeResult:
        """Open a case from a concern. Anyone who may report a concern can (checkers too),
        even though only the lead and the assigned managers then see the case."""
        require(user, Permission.REPORT_CONCERN)
        now = self.now()
        problems = Problems()  # who it is about, refused together with the rest of the form
        if subject_person_id is None:
            problems.add(ValidationError("Choose who the concern is about from the people list.", "subject"))
        concern = problems.check(
            validate_concern,
            concern_at=concern_at,
            reported_at=reported_at,
            raised_by=raised_by,
            raised_by_kind=raised_by_kind,
            what_was_seen=what_was_seen,
            breach_types=breach_types,
            platforms=platforms,
            immediate_actions=immediate_actions,
            now=now,
        )
        problems.raise_any()
        assert concern is not None
        time_to_report, late = report_delay(concern.concern_at, concern.reported_at, self.holidays)
        with self._ws.unit_of_work() as session:
            person = session.get(Person, subject_person_id) if subject_person_id is not None else None
            if person is None:
                raise ValidationError("Choose who the concern is about from the people list.", "subject")
            problem = subject_problem(person.kind)
            if problem:
                raise ValidationError(problem, "subject")
            case = BreachCase(
                reference=next_reference(session, reference_year(concern.reported_at)),
                subject_person_id=person.id,
                status=CaseStatus.NEW,
                concern_at=concern.concern_at,
                reported_at=concern.reported_at,
                reported_to_id=user.id,
                raised_by=concern.raised_by,
                raised_by_kind=concern.raised_by_kind,
                what_was_seen=concern.what_was_seen,
                immediate_actions=concern.immediate_actions,
                late_report=late,
                policy_version_id=version_in_force_id(session, self.today()),  # issue 10
                created_by_id=user.id,
                created_at=self.now(),
                updated_at=self.now(),
            )
            session.add(case)
            session.flush()
            session.add_all(
                CaseBreachType(case_id=case.id, code=code, position=i)
                for i, code in enumerate(concern.breach_types)
            )
            session.add_all(
                CasePlatform(case_id=case.id, platform=p, position=i) for i, p in enumerate(concern.platforms)
            )
            session.add(
                ChronologyEntry(
                    case_id=case.id,
                    kind=EntryKind.NOTE,
                    occurred_at=concern.reported_at,
                    summary=f"Concern received from: {concern.raised_by_kind.label.lower()}",
                    details=f"Time from concern to report: {time_to_report}"
                    + (" — over one working day (the policy says immediately)." if late else "."),
                    recorded_by_id=user.id,
                    recorded_at=self.now(),
                )
            )
            self._audit(
                session,
                user,
                "concern_reported",
                case,
                {
                    "subject_person_id": person.id,
                    "breach_types": list(concern.breach_types),
                    "platforms": [str(p) for p in concern.platforms],
                    "raised_by_kind": str(concern.raised_by_kind),
                    "late_report": late,
                },
            )
            reference = case.reference
            case_id = case.id
        warnings = ()
        if late:
            warnings = (
                f"This concern took {time_to_report} to reach you: over one working day. The policy "
                "says concerns are reported immediately; the delay is flagged on the case.",
            )
        return IntakeResult(case_id, reference, time_to_report, late, warnings)
