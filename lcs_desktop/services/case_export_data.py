"""Everything the disciplinary case pack and the outcome letter need, as one frozen tree.

The report layer (ReportLab, no session) takes a ``CasePackData`` and nothing else. With
``redacted=True`` — the default for personnel files — children, families and third parties
are replaced by their case references in this exported copy only: every known name of
theirs (whole and each part) is replaced in all free text, and a third party who raised the
concern is shown by what they are, not who. The stored record is never changed.
"""

from __future__ import annotations

import re

from sqlalchemy import select

from lcs_desktop.domain.catalogue import POLICY_TITLE, POLICY_VERSION
from lcs_desktop.domain.policy_register import made_under
from lcs_desktop.domain.roles import Permission
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
from lcs_desktop.services.audit_lookups import facts, lookup_names
from lcs_desktop.services.audit_sentences import render
from lcs_desktop.services.case_access import ENTITY
from lcs_desktop.services.case_detail import load_detail
from lcs_desktop.services.case_types import CaseDetail
from lcs_desktop.services.evidence import evidence_data
from lcs_desktop.services.evidence_renditions import print_image
from lcs_desktop.services.identity import CurrentUser, require
from lcs_desktop.services.settings import read_settings
from lcs_desktop.store.audit_events import AuditEvent
from lcs_desktop.store.cases import AffectedChild

# Words that appear in how a family or child is named ("The Okonkwo family", "baby Amir") but
# are not names: replacing them would turn every ordinary "the" into a reference.
_NOT_NAMES = frozenset(
    {
        "the",
        "and",
        "family",
        "families",
        "child",
        "children",
        "baby",
        "son",
        "daughter",
        "brother",
        "sister",
        "mother",
        "father",
        "mum",
        "dad",
        "mom",
        "parent",
        "parents",
        "carer",
        "carers",
        "grandmother",
        "grandfather",
        "grandma",
        "grandad",
        "aunt",
        "uncle",
        "cousin",
        "mrs",
        "miss",
        "master",
        "young",
        "little",
        "junior",
        "senior",
    }
)


class Redactor:
    """Replaces known names with references in exported text (longest names first)."""

    def __init__(self, replacements: dict[str, str]) -> None:
        pairs: dict[str, str] = {}
        for name, reference in replacements.items():
            full = " ".join(name.split())
            if not full:
                continue
            pairs[full] = reference
            for part in full.split(" "):
                if len(part) >= 3 and part.casefold() not in _NOT_NAMES:  # "Al", "Jo", "the"…
                    pairs.setdefault(part, reference)
        ordered = sorted(pairs, key=len, reverse=True)
        self._map = {p.casefold(): pairs[p] for p in ordered}
        self._pattern = (
            re.compile(r"(?<!\w)(" + "|".join(re.escape(p) for p in ordered) + r")(?!\w)", re.IGNORECASE)
            if ordered
            else None
        )

    def __call__(self, text: str) -> str:
        if self._pattern is None or not text:
            return text
        return self._pattern.sub(lambda m: self._map[m.group(0).casefold()], text)


def case_pack_data(
    service: object, user: CurrentUser, case_id: int, *, redacted: bool = True
) -> CasePackData:
    """Gather the pack for one case the user may see and export (``service`` is a CaseService).
    Reading it is audited (``case_export_data_read``): ids only, and which protected names it
    holds when not redacted; the export that writes the PDF is audited again with its hash."""
    require(user, Permission.EXPORT_CASES)
    ws = service._ws  # type: ignore[attr-defined]
    with ws.unit_of_work() as session:
        case = service._case(session, user, case_id)  # type: ignore[attr-defined]
        detail = load_detail(session, case, user, service.now())  # type: ignore[attr-defined]
        parties = session.scalars(select(AffectedChild).where(AffectedChild.case_id == case.id)).all()
        images: dict[int, bytes | None] = {}
        prints: dict[int, bytes] = {}
        for info in [*detail.evidence, *(x for e in detail.chronology for x in e.evidence)]:
            images[info.id] = evidence_data(session, info.id) if info.is_image else None
            if info.is_image:
                prints[info.id] = print_image(session, info.id, images[info.id] or b"")
        events = session.scalars(
            select(AuditEvent)
            .where(AuditEvent.entity_type == ENTITY, AuditEvent.entity_id == str(case.id))
            .order_by(AuditEvent.seq)
        ).all()
        organisation = read_settings(session).organisation_name
        named = [] if redacted else [p.id for p in parties if p.name]
        details = {"reference": case.reference, "redacted": redacted, "protected_names": named}
        ws.audit(session, user, "case_export_data_read", ENTITY, case.id, details)
        names = {p.name: f"[{p.reference}]" for p in parties if p.name}
        audit_facts = [facts(e) for e in events]
        audit_names = lookup_names(session, audit_facts)  # one batch for the whole appendix
    third_party = detail.raised_by_kind.is_third_party
    if redacted and third_party and detail.raised_by:
        names[detail.raised_by] = f"[{detail.raised_by_kind.label.lower()}]"
    r = Redactor(names) if redacted else (lambda t: t)
    audit = tuple((e.seq, e.at, render(e, audit_names, redact=r)) for e in audit_facts)
    return _tree(detail, parties, images, audit, organisation, r, redacted, prints)


def _tree(
    detail: CaseDetail, parties, images, audit, organisation: str, r, redacted: bool, prints: dict[int, bytes]
) -> CasePackData:
    raised_by = detail.raised_by_kind.label
    if detail.raised_by and not (redacted and detail.raised_by_kind.is_third_party):
        raised_by = f"{detail.raised_by} ({detail.raised_by_kind.label.lower()})"
    elif redacted and detail.raised_by_kind.is_third_party:
        raised_by = f"{detail.raised_by_kind.label} (name withheld)"
    entries = tuple(
        PackEntry(
            e.id,
            e.occurred_at,
            e.kind.label,
            r(e.summary),
            r(e.details),
            r(e.participants),
            e.recorded_by,
            e.recorded_at,
            e.corrects_id,
            e.corrected_by,
            tuple(x.id for x in e.evidence),
        )
        for e in detail.chronology
    )
    evidence = [
        PackEvidence(
            x.id,
            x.filename,
            x.media_type,
            x.size,
            x.sha256,
            x.added_by,
            x.added_at,
            x.captured_at,
            "The case",
            images.get(x.id),
            prints.get(x.id, b""),
        )
        for x in detail.evidence
    ]
    for e in detail.chronology:
        evidence.extend(
            PackEvidence(
                x.id,
                x.filename,
                x.media_type,
                x.size,
                x.sha256,
                x.added_by,
                x.added_at,
                x.captured_at,
                f"Chronology entry {e.id}: {r(e.summary)}",
                images.get(x.id),
                prints.get(x.id, b""),
            )
            for x in e.evidence
        )
    decision = None
    if detail.decided_on or detail.outcomes:
        decision = PackDecision(
            detail.decision_maker.name if detail.decision_maker else "",
            detail.decided_on,
            detail.finding.label if detail.finding else "",
            detail.finding.meaning if detail.finding else "",
            r(detail.decision_reason),
            tuple(PackOutcome(o.text, o.review_on, o.expires_on, r(o.details)) for o in detail.outcomes),
        )
    a = detail.appeal
    return CasePackData(
        cover=PackCover(
            organisation,
            detail.reference,
            detail.subject.name,
            detail.status.label,
            detail.risk.label if detail.risk else "Not rated",
            f"{POLICY_TITLE} {detail.policy_version or POLICY_VERSION}",
            redacted,
            made_under(detail.policy_version or POLICY_VERSION),
        ),
        subject=PackSubject(
            detail.subject.name, detail.subject.kind_label, detail.subject.role, detail.subject.reference
        ),
        summary=PackSummary(
            detail.concern_at,
            detail.reported_at,
            detail.time_to_report,
            detail.late_report,
            raised_by,
            detail.reported_to.name,
            r(detail.what_was_seen),
            r(detail.immediate_actions),
            tuple(p.label for p in detail.platforms),
            detail.officer.name if detail.officer else "",
            detail.decision_maker.name if detail.decision_maker else "",
        ),
        allegations=tuple(
            PackAllegation(
                b.code, b.label, b.section_text, tuple(PackClause(c.citation, c.text) for c in b.clauses)
            )
            for b in detail.breach_types
        ),
        parties=tuple(
            PackParty(p.kind, p.reference, None if redacted else (p.name or None)) for p in parties
        ),
        chronology=entries,
        interviews=tuple(
            e for e, v in zip(entries, detail.chronology, strict=True) if v.kind.value == "interview"
        ),
        evidence=tuple(evidence),
        referrals=tuple(
            PackReferral(
                x.label,
                x.state.label,
                x.clock_text,
                x.explanation,
                x.clock_start,
                x.due_at,
                x.made_on,
                x.reference,
                r(x.reason),
                r(x.notes),
                x.overdue,
                x.made_late,
            )
            for x in detail.referrals
        ),
        decision=decision,
        appeal=PackAppeal(
            a.lodged_on,
            r(a.grounds),
            a.heard_on,
            a.heard_by,
            a.result.label if a.result else "",
            a.result_on,
            r(a.result_reason),
        )
        if a
        else None,
        sign_offs=tuple(PackSignOff(s.kind, s.signed_by, s.signed_at, r(s.note)) for s in detail.sign_offs),
        audit_events=tuple(
            PackAuditEvent(seq, at, said.who, said.what_capitalised, "\n".join(said.lines))
            for seq, at, said in audit
        ),
        redacted=redacted,
    )
