"""Reading a whole check into its detail dataclass, and freezing it as a JSON snapshot."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime
from enum import Enum

from sqlalchemy import select
from sqlalchemy.orm import Session

from lcs_desktop.domain import catalogue
from lcs_desktop.domain.checks import (
    PROFILE_ACTIONS,
    CheckResult,
    CheckStatus,
    CompletionFacts,
    DiscussionMethod,
    DiscussionOutcome,
    IdentityMatch,
    PersonKind,
    PersonStatus,
    Platform,
    PlatformAction,
    RecruitmentStage,
    Relevance,
    Severity,
    completion_problems,
)
from lcs_desktop.domain.errors import NotFound
from lcs_desktop.services.check_attribution import (
    attestation_attributions,
    completion_attribution,
    user_ids,
)
from lcs_desktop.services.check_types import (
    CheckDetail,
    DiscussionDetail,
    FindingDetail,
    GuardConfirmation,
    PersonRef,
    ScopeEntry,
    VersionInfo,
)
from lcs_desktop.services.evidence import list_evidence
from lcs_desktop.services.policy_register import version_label
from lcs_desktop.store.accounts import User
from lcs_desktop.store.checks import Check, CheckDiscussion, CheckPlatform, CheckVersion, Finding
from lcs_desktop.store.people import Person

FINDING = "finding"


def get_check_row(session: Session, check_id: int) -> Check:
    row = session.get(Check, check_id)
    if row is None:
        raise NotFound("That check no longer exists.")
    return row


def _names(session: Session, ids: set[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return dict(session.execute(select(User.id, User.full_name).where(User.id.in_(wanted))).all())  # type: ignore[arg-type]


def completion_facts(check: Check, scope: list[CheckPlatform], finding_count: int) -> CompletionFacts:
    unmatched = tuple(
        Platform(s.platform).label for s in scope if s.action in PROFILE_ACTIONS and not s.identity_match
    )
    return CompletionFacts(
        role_applied_for=check.role_applied_for,
        stage=check.stage,
        authorised_by=check.authorised_by,
        privacy_notice_date=check.privacy_notice_date,
        proportionality_reason=check.proportionality_reason,
        scope_count=len(scope),
        profiles_without_match=unmatched,
        attest_public_only=check.attest_public_only,
        attest_no_private_access=check.attest_no_private_access,
        result=CheckResult(check.result) if check.result else None,
        finding_count=finding_count,
        panel_guard_open=check.checker_on_panel and check.panel_confirmed_at is None,
    )


def load_detail(session: Session, check_id: int) -> CheckDetail:
    check = get_check_row(session, check_id)
    person = session.get(Person, check.person_id)
    assert person is not None  # foreign key
    scope = list(
        session.scalars(
            select(CheckPlatform).where(CheckPlatform.check_id == check_id).order_by(CheckPlatform.position)
        )
    )
    findings = list(
        session.scalars(
            select(Finding).where(Finding.check_id == check_id).order_by(Finding.position, Finding.id)
        )
    )
    discussion = session.scalar(select(CheckDiscussion).where(CheckDiscussion.check_id == check_id))
    versions = list(
        session.scalars(
            select(CheckVersion).where(CheckVersion.check_id == check_id).order_by(CheckVersion.version)
        )
    )
    evidence = list_evidence(session, FINDING, [f.id for f in findings])
    names = _names(
        session,
        {
            check.checker_id,
            check.panel_confirmed_by_id,
            check.justified_by_id,
            check.completed_by_id,
            *user_ids(check),
            discussion.recorded_by_id if discussion else None,
            *(f.added_by_id for f in findings),
            *(v.amended_by_id for v in versions),
        },
    )
    warnings: list[str] = []
    if check.checker_on_panel:
        warnings.append(
            "The checker is also on this applicant's interview panel"
            + (
                ": confirmed by the safeguarding lead."
                if check.panel_confirmed_at
                else ": the safeguarding lead must confirm."
            )
        )
    if check.out_of_recruitment:
        warnings.append(
            "This person was not in recruitment when the check began: it rests on the lead's written "
            "justification (policy §9; Human Rights Act 1998, Article 8)."
        )
    problems = (
        ()
        if check.completed_at
        else tuple(completion_problems(completion_facts(check, scope, len(findings))))
    )
    return CheckDetail(
        id=check.id,
        reference=check.reference,
        status=CheckStatus(check.status),
        person=PersonRef(
            person.id,
            person.first_name,
            person.last_name,
            person.reference,
            PersonKind(person.kind),
            PersonStatus(person.status),
        ),
        checker_id=check.checker_id,
        checker=names.get(check.checker_id, ""),
        role_applied_for=check.role_applied_for,
        stage=RecruitmentStage(check.stage) if check.stage else None,
        authorised_by=check.authorised_by,
        privacy_notice_date=check.privacy_notice_date,
        proportionality_reason=check.proportionality_reason,
        checker_on_panel=check.checker_on_panel,
        panel_confirmation=(
            GuardConfirmation(
                names.get(check.panel_confirmed_by_id or 0, ""),
                check.panel_confirmed_at,
                check.panel_confirmation,
            )
            if check.panel_confirmed_at
            else None
        ),
        out_of_recruitment=check.out_of_recruitment,
        justification=(
            GuardConfirmation(
                names.get(check.justified_by_id or 0, ""), check.created_at, check.justification
            )
            if check.out_of_recruitment
            else None
        ),
        attest_public_only=check.attest_public_only,
        attest_no_private_access=check.attest_no_private_access,
        result=CheckResult(check.result) if check.result else None,
        completed_at=check.completed_at,
        completed_by=names.get(check.completed_by_id or 0, ""),
        policy_version=version_label(session, check.policy_version_id) or check.policy_version,
        version=check.version,
        row_version=check.row_version,
        created_at=check.created_at,
        updated_at=check.updated_at,
        scope=tuple(
            ScopeEntry(
                s.id,
                Platform(s.platform),
                PlatformAction(s.action),
                s.handles,
                s.search_terms,
                IdentityMatch(s.identity_match) if s.identity_match else None,
                s.notes,
            )
            for s in scope
        ),
        findings=tuple(_finding(f, names, tuple(evidence.get(f.id, ()))) for f in findings),
        discussion=_discussion(discussion, names) if discussion else None,
        versions=tuple(
            VersionInfo(v.version, v.reason, names.get(v.amended_by_id, ""), v.amended_at) for v in versions
        ),
        warnings=tuple(warnings),
        problems=problems,
        attested_by=attestation_attributions(check, names),
        completion=completion_attribution(check, names),
    )


def _finding(f: Finding, names: dict[int, str], evidence: tuple) -> FindingDetail:  # type: ignore[type-arg]
    entry = catalogue.entry(f.category)
    return FindingDetail(
        id=f.id,
        platform=Platform(f.platform),
        address=f.address,
        content_date=f.content_date,
        captured_on=f.captured_on,
        seen=f.seen,
        category=f.category,
        category_label=entry.label,
        policy_sections=entry.section_text,
        severity=Severity(f.severity),
        relevance=Relevance(f.relevance),
        added_by=names.get(f.added_by_id, ""),
        evidence=evidence,
    )


def _discussion(d: CheckDiscussion, names: dict[int, str]) -> DiscussionDetail:
    return DiscussionDetail(
        held_at=d.held_at,
        method=DiscussionMethod(d.method),
        present=d.present,
        findings_discussed=tuple(json.loads(d.findings_discussed)),
        applicant_account=d.applicant_account,
        assessment=d.assessment,
        outcome=DiscussionOutcome(d.outcome),
        decided_by=d.decided_by,
        decision_reason=d.decision_reason,
        applicant_told_on=d.applicant_told_on,
        recorded_by=names.get(d.recorded_by_id, ""),
        recorded_at=d.recorded_at,
    )


def _plain(value: object) -> object:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def snapshot_json(detail: CheckDetail) -> str:
    """The whole record as it stood (evidence by name and SHA-256; the bytes stay stored)."""
    data = dataclasses.asdict(detail)
    data.pop("problems", None)
    data.pop("versions", None)
    data.pop("row_version", None)  # a lock counter, not part of the record
    return json.dumps(data, default=_plain, ensure_ascii=False, sort_keys=True)
