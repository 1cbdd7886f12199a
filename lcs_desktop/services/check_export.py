"""The check record PDF: map a stored check to the report's input, render, audit the export.

The mapping is a pure function (``build_check_record``) so the GUI's worker thread and the
tests can use it directly; ``export_check`` reads, renders outside the transaction, then
audits the export with the PDF's SHA-256 in its own unit of work.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime
from pathlib import Path

from lcs_desktop.domain import catalogue
from lcs_desktop.domain.attribution import attribution_sentence
from lcs_desktop.domain.policy_register import made_under
from lcs_desktop.domain.roles import Permission
from lcs_desktop.reports.check_record_data import (
    NO_PRIVATE_ACCESS_WORDING,
    PUBLIC_ONLY_WORDING,
    Amendment,
    Attestation,
    CheckRecordData,
    DiscussionFacts,
    EvidenceItem,
    FindingFacts,
    PersonFacts,
    ScopeEntry,
)
from lcs_desktop.reports.common import CancelCheck, PdfResult, Progress
from lcs_desktop.services.check_detail import load_detail
from lcs_desktop.services.check_types import CheckDetail
from lcs_desktop.services.evidence import evidence_data
from lcs_desktop.services.evidence_renditions import print_image
from lcs_desktop.services.export_files import move_into_place, write_beside
from lcs_desktop.services.identity import CurrentUser, require
from lcs_desktop.services.refusals import audits_refusals
from lcs_desktop.services.settings import read_settings
from lcs_desktop.services.workspace import Workspace


def _findings_text(numbers: list[int]) -> str:
    if not numbers:
        return ""
    if len(numbers) == 1:
        return f"Finding {numbers[0]}"
    return "Findings " + ", ".join(str(n) for n in numbers[:-1]) + f" and {numbers[-1]}"


def build_check_record(
    detail: CheckDetail,
    evidence: dict[int, bytes],
    *,
    organisation: str,
    generated_by: str,
    generated_at: datetime,
    prints: dict[int, bytes] | None = None,
) -> CheckRecordData:
    """Plain-English facts for the PDF; ``evidence`` maps evidence id to its bytes."""
    numbering = {f.id: n for n, f in enumerate(detail.findings, start=1)}
    findings = []
    for f in detail.findings:
        entry = catalogue.entry(f.category)
        findings.append(
            FindingFacts(
                platform=f.platform.label,
                address=f.address,
                content_date=f.content_date,
                captured_at=f.captured_on,
                what_was_seen=f.seen,
                category=entry.label,
                policy_sections=entry.sections,
                severity=f.severity.label,
                relevance=f.relevance.label,
                evidence=tuple(
                    EvidenceItem(
                        e.filename,
                        e.media_type,
                        e.sha256,
                        e.captured_at,
                        evidence.get(e.id, b""),
                        (prints or {}).get(e.id, b""),
                    )
                    for e in f.evidence
                ),
                advisory=entry.advisory,
                policy_clauses=tuple(f"“{c.text}” ({c.citation})" for c in entry.clauses),
            )
        )
    discussion = None
    if detail.discussion is not None:
        d = detail.discussion
        discussion = DiscussionFacts(
            held_at=d.held_at,
            method=d.method.label,
            present=d.present,
            findings_discussed=_findings_text(
                sorted(numbering[i] for i in d.findings_discussed if i in numbering)
            ),
            applicant_account=d.applicant_account,
            assessment=d.assessment,
            outcome=d.outcome.label,
            decided_by=d.decided_by,
            reason=d.decision_reason,
            applicant_told_on=d.applicant_told_on,
        )
    extra: list[tuple[str, str]] = []
    if detail.panel_confirmation is not None:
        extra.append(
            (
                "Interview panel",
                f"Checker on the panel; confirmed by {detail.panel_confirmation.by}: "
                f"{detail.panel_confirmation.note}",
            )
        )
    if detail.justification is not None:
        extra.append(
            ("Not in recruitment", f"Justified by {detail.justification.by}: {detail.justification.note}")
        )
    extra.append(("Policy", made_under(detail.policy_version)))  # issue 10: the version in force
    return CheckRecordData(
        organisation=organisation,
        reference=detail.reference,
        person=PersonFacts(detail.person.full_name, detail.person.reference, detail.person.kind.label),
        role_applied_for=detail.role_applied_for,
        recruitment_stage=detail.stage.label if detail.stage else "",
        checker=detail.checker,
        authorised_by=detail.authorised_by,
        applicant_told_on=detail.privacy_notice_date,
        started_on=detail.created_at,
        completed_on=detail.completed_at,
        proportionality_reason=detail.proportionality_reason,
        result=detail.result.label if detail.result else "Not yet recorded",
        generated_by=generated_by,
        generated_at=generated_at,
        policy_version=f"{catalogue.POLICY_TITLE} {detail.policy_version}",
        scope=tuple(
            ScopeEntry(
                s.platform.label,
                s.action.label,
                s.handles,
                s.search_terms,
                s.identity_match.label if s.identity_match else "",
            )
            for s in detail.scope
        ),
        attestations=tuple(
            Attestation(
                wording, confirmed, attribution_sentence("Confirmed", "who confirmed", by) if by else ""
            )
            for wording, confirmed, by in zip(
                (PUBLIC_ONLY_WORDING, NO_PRIVATE_ACCESS_WORDING),
                (detail.attest_public_only, detail.attest_no_private_access),
                detail.attested_by,
                strict=True,
            )
        ),
        findings=tuple(findings),
        discussion=discussion,
        amendments=tuple(Amendment(v.amended_at, v.amended_by, v.reason) for v in detail.versions),
        status=detail.status.label,
        extra_facts=tuple(extra),
        completion=(
            attribution_sentence("Completed", "who completed", detail.completion) if detail.completion else ""
        ),
        completed_on_behalf_by=(
            detail.completion.by if detail.completion and detail.completion.on_behalf else None
        ),
        # The lead who decided signs on the lead's line; until then the name is left to write in.
        safeguarding_lead=discussion.decided_by if discussion and discussion.decided_by else None,
    )


@audits_refusals
def check_export_data(
    workspace: Workspace, user: CurrentUser, check_id: int
) -> tuple[CheckDetail, dict[int, bytes], str, dict[int, bytes]]:
    """The check, its evidence bytes (re-hashed), the organisation's name and the pictures'
    print-size JPEGs for the PDF; reading them is audited (``check_export_data_read``) whether or
    not the export then completes."""
    require(user, Permission.EXPORT_CHECKS)
    with workspace.unit_of_work() as session:
        detail = load_detail(session, check_id)
        ids = [e.id for f in detail.findings for e in f.evidence]
        blobs = {i: evidence_data(session, i) for i in ids}
        images = {e.id for f in detail.findings for e in f.evidence if e.is_image}
        prints = {i: print_image(session, i, blobs[i]) for i in ids if i in images}
        organisation = read_settings(session).organisation_name
        workspace.audit(session, user, "check_export_data_read", "check", check_id, {"evidence": len(ids)})
    return detail, blobs, organisation, prints


@audits_refusals
def export_check(
    workspace: Workspace,
    user: CurrentUser,
    check_id: int,
    *,
    password: str | None = None,
    owner_password: str | None = None,
    progress: Progress | None = None,
    is_cancelled: CancelCheck | None = None,
    target: Path | None = None,
) -> PdfResult:
    """Render the check record (call from a worker thread) and audit it with the PDF's SHA-256.

    With ``target`` the file is also saved there, whole, before the export is audited (a write
    fault is a ValidationError in plain words, and leaves no audited export behind)."""
    require(user, Permission.EXPORT_CHECKS)
    from lcs_desktop.reports.check_record import build_check_record_pdf
    from lcs_desktop.services.export_signing import export_seal

    detail, blobs, organisation, prints = check_export_data(workspace, user, check_id)
    seal = export_seal(workspace, user)  # the audit head after that read, and the signing key
    data = build_check_record(
        detail,
        blobs,
        organisation=organisation,
        generated_by=user.full_name,
        generated_at=workspace.now(),
        prints=prints,
    )
    from lcs_desktop.services.retention_pdf import retention_facts

    data = dataclasses.replace(
        data, extra_facts=data.extra_facts + retention_facts(workspace, "check", check_id)
    )
    result = build_check_record_pdf(
        dataclasses.replace(data, audit_head=seal.audit_head),
        password=password,
        owner_password=owner_password,
        progress=progress,
        is_cancelled=is_cancelled,
        signing=seal.signing,
    )
    tmp = write_beside(target, result.data, "location") if target is not None else None
    try:
        with workspace.unit_of_work() as session:
            workspace.audit(
                session,
                user,
                "check_exported",
                "check",
                check_id,
                {"sha256": result.sha256, "pages": result.pages, "protected": bool(password)},
            )
        if tmp is not None and target is not None:
            move_into_place(tmp, target, "location")
    except BaseException:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
        raise
    return result
