"""A person, a check and a case about them with a distinctive string in every text field,
evidence whose bytes carry a distinctive pattern, search-index entries and drafts; and the
ways a test looks for those strings afterwards: the raw file, its WAL, and a decrypted dump
made with the key-holder's own connection (``sqlcipher_export`` into a plaintext file)."""

from __future__ import annotations

import hashlib
import struct
import zlib
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from lcs_desktop.domain.checks import IdentityMatch, Platform, PlatformAction
from lcs_desktop.services.check_types import DiscussionInput, ScopeInput
from tests.services.case_helpers import decide_referrals
from tests.services.check_fixtures import TODAY, details, finding

# One distinctive token per text field: none occurs anywhere else in a fresh workspace.
MARK = "Qzx"


def evidence_pattern(prefix: str = "") -> bytes:
    """Bytes that occur nowhere but in one set of records' evidence files."""
    return b"EVPATTERN-" + hashlib.sha256(prefix.encode()).hexdigest()[:20].encode() + b"-EVPATTERN"


EVIDENCE_PATTERN = evidence_pattern()


def mark(field: str) -> str:
    return f"{MARK}{field.replace('_', '')}Wq"


def png_with_pattern(pattern: bytes) -> bytes:
    """A real 4x3 PNG with the pattern in a text chunk (the original bytes keep it)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    raw = b"".join(b"\x00" + b"\x80\x40\x20" * 4 for _ in range(3))
    ihdr = struct.pack(">IIBBBBB", 4, 3, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"tEXt", b"Comment\x00" + pattern)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


@dataclass
class Marked:
    person_id: int
    check_id: int
    case_id: int
    strings: list[str]


def marked_records(org, *, prefix: str = "") -> Marked:
    """Everything about one person, each text field holding ``mark(field)``."""
    lead = org.user
    m = lambda name: mark(prefix + name)  # noqa: E731
    person_id = org.people.add_person(
        lead,
        first_name=m("first"),
        last_name=m("last"),
        kind="volunteer",
        reference=m("ref")[:30],
        role=m("role"),
        email=f"{m('email')}@example.org",
        phone="01632 960123",
    )
    checks = org.checks
    check_id = checks.create_check(
        lead,
        person_id,
        details(
            role_applied_for=m("roleapplied"),
            authorised_by=m("authorisedby"),
            proportionality_reason=m("proportionality"),
        ),
        justification=m("justification"),
    )
    checks.set_scope(
        lead,
        check_id,
        [
            ScopeInput(
                Platform.FACEBOOK,
                PlatformAction.PUBLIC_CONTENT_REVIEWED,
                m("handles"),
                m("searchterms"),
                IdentityMatch.CONFIRMED,
                m("scopenotes"),
            )
        ],
    )
    checks.set_attestations(lead, check_id, True, True)
    checks.add_finding(
        lead,
        check_id,
        finding(address=f"https://example.org/{m('address')}", seen=m("seen")),
        [("post.png", png_with_pattern(evidence_pattern(prefix)))],
    )
    checks.set_result(lead, check_id, "concerns_found")
    checks.complete_check(lead, check_id)
    finding_id = checks.get_check(lead, check_id).findings[0].id
    checks.record_discussion(
        lead,
        check_id,
        DiscussionInput(
            held_at=org.workspace.now() - timedelta(hours=2),
            method="in_person",
            present=m("present"),
            findings_discussed=(finding_id,),
            applicant_account=m("account"),
            assessment=m("assessment"),
            outcome="proceed_with_advice",
            decided_by=m("decidedby"),
            decision_reason=m("decisionreason"),
            applicant_told_on=TODAY,
        ),
    )
    # An amendment after completion keeps the earlier version (a JSON snapshot) with its reason.
    checks.update_details(
        lead,
        check_id,
        details(
            role_applied_for=m("roleamended"),
            authorised_by=m("authorisedby"),
            proportionality_reason=m("proportionality"),
        ),
        reason=m("amendreason"),
    )
    now = org.workspace.now()
    case_id = org.cases.report_concern(
        lead,
        subject_person_id=person_id,
        concern_at=now - timedelta(hours=3),
        reported_at=now - timedelta(hours=1),
        raised_by=m("raisedby"),
        raised_by_kind="parent_or_carer",
        what_was_seen=m("whatseen"),
        breach_types=["images_without_consent"],
        platforms=["instagram"],
        immediate_actions=m("immediate"),
    ).case_id
    org.cases.add_party(lead, case_id, kind="child", reference=m("partyref")[:30], name=m("partyname"))
    entry_id = org.cases.add_entry(
        lead,
        case_id,
        kind="note",
        occurred_at=now - timedelta(minutes=30),
        summary=m("summary"),
        details=m("entrydetails"),
        participants=m("participants"),
    )
    org.cases.attach_evidence(
        lead, case_id, "case.png", png_with_pattern(evidence_pattern(prefix) + b"-case")
    )
    org.cases.attach_evidence(
        lead, case_id, "entry.png", png_with_pattern(evidence_pattern(prefix) + b"-entry"), entry_id=entry_id
    )
    org.cases.record_referral(lead, case_id, kind="lado", state="not_needed", reason=m("referralreason"))
    # Decision, outcome, closure sign-off and appeal: each holds free text of its own.
    org.cases.assign(lead, case_id, officer_id=lead.id, decision_maker_id=lead.id)
    org.cases.record_decision(
        lead,
        case_id,
        decision_maker_id=lead.id,
        decided_on=TODAY,
        finding="substantiated",
        reason=m("casereason"),
    )
    org.cases.add_outcome(lead, case_id, kind="advice_or_guidance", details=m("outcomedetails"))
    decide_referrals(org.cases, lead, case_id)
    org.cases.close_case(lead, case_id, note=m("closenote"))
    org.cases.record_appeal(lead, case_id, lodged_on=TODAY, grounds=m("appealgrounds"))
    org.drafts.save(lead, f"check_finding:{check_id}:new", {"seen_edit": m("draftfinding")})
    org.drafts.save(lead, f"chronology_entry:{case_id}:new", {"summary_edit": m("draftentry")})
    fields = (
        "first last role email justification roleapplied authorisedby proportionality handles "
        "searchterms scopenotes address seen present account assessment decidedby decisionreason "
        "raisedby whatseen immediate partyname summary entrydetails participants referralreason "
        "draftfinding draftentry roleamended amendreason casereason outcomedetails closenote "
        "appealgrounds"
    )
    strings = [m(n) for n in fields.split()]
    return Marked(person_id, check_id, case_id, strings)


def plain_dump(org, target: Path) -> bytes:
    """The whole database as the key-holder sees it, written to a plaintext file and read back.
    On an office server: every row the signed-in lead may read, each sealed value opened."""
    if org.workspace.server is not None:
        return _server_view(org)
    raw = org.workspace.database.engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute(f"ATTACH DATABASE '{target.as_posix()}' AS plain KEY ''")
        cursor.execute("SELECT sqlcipher_export('plain')")
        cursor.execute("DETACH DATABASE plain")
        cursor.close()
    finally:
        raw.close()
    return target.read_bytes()


def files_bytes(org) -> dict[str, bytes]:
    path = org.workspace.database.path
    found = {"db": path.read_bytes()}
    wal = path.with_name(path.name + "-wal")
    found["wal"] = wal.read_bytes() if wal.exists() else b""
    return found


def found_in(data: bytes, strings: list[str]) -> list[str]:
    """The strings present in ``data`` as UTF-8 (and, for safety, as UTF-16 as SQLite may store)."""
    return [s for s in strings if s.encode() in data or s.encode("utf-16-le") in data]


def _server_view(org) -> bytes:
    """Every table's rows through the app's own login and field cipher, as bytes to search."""
    from sqlalchemy import select, text

    from lcs_desktop.store.base import Base

    parts: list[bytes] = []
    with org.workspace.reading() as session:
        for table in Base.metadata.sorted_tables:
            readable = session.scalar(
                text("SELECT has_table_privilege(current_user, :t, 'SELECT')"), {"t": table.name}
            )
            if not readable:
                continue
            for row in session.execute(select(table)):
                for value in row:
                    parts.append(value if isinstance(value, bytes) else str(value).encode())
    return b"\x00".join(parts)
