"""Synthetic case export trees for the case pack and letter tests and the benchmark.

No real people. Redaction here mirrors what the services do (names of children, families and
third parties replaced by their references), so the layout can be tested on its own; the
service tests prove the real redaction end to end.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta

from lcs_desktop.reports.case_pack_data import (
    CasePackData,
    PackAllegation,
    PackAppeal,
    PackAuditEvent,
    PackClause,
    PackCover,
    PackDecision,
    PackEntry,
    PackEvidence,
    PackOutcome,
    PackParty,
    PackReferral,
    PackSignOff,
    PackSubject,
    PackSummary,
)
from lcs_desktop.reports.case_pack_document import PackDocument
from tests.reports.samples import screenshot

CHILD = ("Child", "CH-0193", "Ellie-Mae Thornbury")
FAMILY = ("Family", "FAM-0077", "the Okonkwo-Hart family")
THIRD = ("Third party", "TP-0008", "Gwendolyn Pargeter")
SUBJECT = "Jordan Ashcombe-Reeve"
START = datetime(2025, 2, 3, 9, 15, tzinfo=UTC)


def _name(value: str, ref: str, redacted: bool) -> str:
    return f"[{ref}]" if redacted else value


def entry_text(n: int, redacted: bool) -> tuple[str, str]:
    child = _name(CHILD[2], CHILD[1], redacted)
    family = _name(FAMILY[2], FAMILY[1], redacted)
    summary = f"Entry {n:03d}: contact with {family} discussed"
    details = (
        f"Chronology entry number {n:03d}. The officer reviewed messages sent to {child} and noted the "
        "times, the platform and the wording; the subject's manager was informed and agreed next steps. "
        "Further enquiries to be made with the supervising social worker before the next meeting. "
    ) * (1 + n % 3)
    return summary, details.strip()


def pack(
    *,
    redacted: bool = True,
    entries: int = 12,
    images: int = 3,
    decided: bool = True,
    fmt: str = "JPEG",
    audit: int = 12,
) -> CasePackData:
    third = _name(THIRD[2], THIRD[1], redacted)
    chronology: list[PackEntry] = []
    evidence: list[PackEvidence] = []
    for n in range(1, entries + 1):
        summary, details = entry_text(n, redacted)
        kind = ("Note", "Interview", "Meeting", "Evidence received", "Letter sent")[n % 5]
        corrects = 2 if n == 5 and entries >= 5 else None
        corrected_by = (5,) if n == 2 and entries >= 5 else ()
        ev_ids: tuple[int, ...] = ()
        if n <= images:
            content = screenshot(n, fmt=fmt)
            ext = fmt.lower().replace("jpeg", "jpg")
            evidence.append(
                PackEvidence(
                    1000 + n,
                    f"post-{n:03d}.{ext}",
                    f"image/{fmt.lower()}",
                    len(content),
                    hashlib.sha256(content).hexdigest(),
                    "Sam Carter",
                    START + timedelta(days=n, hours=1),
                    START + timedelta(days=n),
                    f"Chronology entry {n}: {summary}",
                    content,
                )
            )
            ev_ids = (1000 + n,)
        chronology.append(
            PackEntry(
                n,
                START + timedelta(days=n, minutes=7 * n),
                kind,
                summary,
                details,
                f"Sam Carter, {third}" if kind in ("Interview", "Meeting") else "",
                "Sam Carter",
                START + timedelta(days=n, hours=2),
                corrects,
                corrected_by,
                ev_ids,
            )
        )
    evidence.append(
        PackEvidence(
            999,
            "letter-from-school.pdf",
            "application/pdf",
            48213,
            "ab" * 32,
            "Alex Morgan",
            START,
            START,
            "The case",
            None,
        )
    )
    decision = None
    if decided:
        decision = PackDecision(
            "Alex Morgan",
            date(2025, 3, 28),
            "Substantiated",
            "There is enough evidence to prove the allegation.",
            "The messages were sent from the subject's own account on three evenings, outside the agreed "
            f"contact arrangements, and referred to {_name(CHILD[2], CHILD[1], redacted)} by first name.",
            (
                PackOutcome(
                    "Disciplinary action: Final written warning", None, date(2026, 3, 28), "Twelve months."
                ),
                PackOutcome("Supervision", date(2025, 6, 30), None, "Monthly supervision with the lead."),
            ),
        )
    return CasePackData(
        cover=PackCover(
            "Libra Children Services",
            "BC-2025-0007",
            SUBJECT,
            "Closed" if decided else "Investigating",
            "High",
            "Social Media Policy, Procedures and Guidance 2025",
            redacted,
        ),
        subject=PackSubject(SUBJECT, "Volunteer", "Contact supervisor", "P-00412"),
        summary=PackSummary(
            START - timedelta(days=1, hours=3),
            START,
            "1 day 3 hours",
            True,
            "Parent or carer (name withheld)" if redacted else f"{THIRD[2]} (parent or carer)",
            "Alex Morgan",
            f"Private messages from the subject to {_name(FAMILY[2], FAMILY[1], redacted)} on Facebook "
            "Messenger, arranging to meet outside supervised contact. <b>not bold</b> & co.",
            "Subject stood down from contact sessions pending the investigation; family informed.",
            ("Facebook", "WhatsApp"),
            "Sam Carter",
            "Alex Morgan",
        ),
        allegations=(
            PackAllegation(
                "private_communication",
                "Private communication with children or families",
                "§6",
                (
                    PackClause(
                        "§6 Professional Boundaries",
                        "must not engage in private communication with children or families",
                    ),
                ),
            ),
            PackAllegation(
                "referencing_child",
                "Referencing a child, family or case",
                "§5",
                (
                    PackClause(
                        "§5 Expectations for Good Practice",
                        "avoid referencing any child, family or case connected with LCS",
                    ),
                ),
            ),
        ),
        parties=tuple(
            PackParty(k.lower().replace(" ", "_"), ref, None if redacted else name)
            for k, ref, name in (CHILD, FAMILY, THIRD)
        ),
        chronology=tuple(chronology),
        interviews=tuple(e for e in chronology if e.kind == "Interview"),
        evidence=tuple(evidence),
        referrals=(
            PackReferral(
                "LADO",
                "Made",
                "Within one working day",
                "",
                START,
                START + timedelta(days=1),
                date(2025, 2, 4),
                "LADO/25/0193",
                "",
                "Advice: proceed internally.",
                False,
                False,
            ),
            PackReferral(
                "ICO personal data breach report",
                "Needed",
                "Within 72 hours of awareness",
                "",
                START,
                START + timedelta(hours=72),
                None,
                "",
                "",
                "",
                True,
                False,
            ),
            PackReferral(
                "Police",
                "Considered and not needed",
                "No fixed clock",
                "",
                START,
                None,
                None,
                "",
                "No offence indicated; LADO agreed.",
                "",
                False,
                False,
            ),
        ),
        decision=decision,
        appeal=PackAppeal(
            date(2025, 4, 2),
            "The warning is too severe for a first matter.",
            date(2025, 4, 16),
            "Chair of trustees",
            "Not upheld",
            date(2025, 4, 17),
            "The original finding stands.",
        )
        if decided
        else None,
        sign_offs=(
            PackSignOff(
                "closure", "Alex Morgan", datetime(2025, 4, 18, 15, 2, tzinfo=UTC), "All referrals concluded."
            ),
        )
        if decided
        else (),
        audit_events=tuple(
            PackAuditEvent(
                100 + i,
                START + timedelta(hours=i),
                "Alex Morgan",
                (
                    "Recorded a concern about person V-100 as case BC-2025-0007",
                    "Opened case BC-2025-0007",
                    "Assigned people to BC-2025-0007",
                    "Added a note entry to the chronology of BC-2025-0007",
                )[min(i, 3)],
                "Investigating officer: — → Sam Officer" if i == 2 else "",
            )
            for i in range(audit)
        ),
        redacted=redacted,
    )


def document(reference: str = "BC-2025-0007-P1", *, include_images: bool = True) -> PackDocument:
    return PackDocument(
        reference, "Priya Shah", datetime(2025, 4, 20, 11, 30, tzinfo=UTC), include_images=include_images
    )
