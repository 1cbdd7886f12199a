"""The review's figures that come from other parts of issue 10: deletions certified under the
retention schedule (the deletion engine's ``record_deleted`` audit events) and subject access
requests answered in time (the subject-access tables). Each reads only counts and dates.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

# The record kinds a deletion certificate names (its audit event's entity type), in words.
DELETED_KINDS: dict[str, str] = {
    "person": "People",
    "check": "Recruitment checks",
    "breach_case": "Breach investigations",
}


def deleted_labels(rows: Iterable[tuple[Any, Any]]) -> tuple[list[str], list[int]]:
    counts: dict[str, int] = {}
    for kind, n in rows:
        key = str(kind or "other")
        counts[key] = counts.get(key, 0) + int(n)
    kinds = list(DELETED_KINDS) + sorted(k for k in counts if k not in DELETED_KINDS)
    labels = [DELETED_KINDS.get(k, k.replace("_", " ").capitalize()) for k in kinds]
    return labels, [counts.get(k, 0) for k in kinds]


def sar_in_time(session: Session, start: date, end: date) -> tuple[int, int] | None:
    """(in time, late) for requests answered from ``start`` to ``end``; None while this build
    has no subject-access tables. Reads the dates of the answered requests (a handful a year)
    and their pauses; the deadline rule is the subject-access domain's own."""
    try:
        from lcs_desktop.domain.subject_access import Pause, due_date
        from lcs_desktop.services.holidays import load_bank_holidays
        from lcs_desktop.store.subject_access import SubjectAccessPause, SubjectAccessRequest
    except ImportError:
        return None
    request = SubjectAccessRequest
    rows = session.execute(
        select(request.id, request.received_on, request.extended_on, request.answered_on).where(
            request.answered_on.is_not(None), request.answered_on >= start, request.answered_on <= end
        )
    ).all()
    if not rows:
        return 0, 0
    pauses: dict[int, list[Any]] = {}
    for request_id, paused_on, resumed_on in session.execute(
        select(
            SubjectAccessPause.request_id, SubjectAccessPause.paused_on, SubjectAccessPause.resumed_on
        ).where(SubjectAccessPause.request_id.in_([r[0] for r in rows]))
    ):
        pauses.setdefault(request_id, []).append(Pause(paused_on, resumed_on))
    holidays = load_bank_holidays()
    on_time = late = 0
    for request_id, received_on, extended_on, answered_on in rows:
        due = due_date(
            received_on,
            holidays,
            extended=extended_on is not None,
            pauses=pauses.get(request_id, ()),
            today=answered_on,
        )
        if answered_on <= due:
            on_time += 1
        else:
            late += 1
    return on_time, late
