"""Checking what a form sends before it is stored: each function returns column values or
refuses, in plain words naming the field; the form checks collect every problem at once
(``ValidationErrors``) so a form can show them all together."""

from __future__ import annotations

import json
from datetime import date, datetime

from lcs_desktop.domain import catalogue
from lcs_desktop.domain.checks import (
    MAX_ADDRESS,
    MAX_SHORT,
    DiscussionMethod,
    DiscussionOutcome,
    IdentityMatch,
    Platform,
    PlatformAction,
    RecruitmentStage,
    Relevance,
    Severity,
    choice,
    clean_text,
    not_future,
)
from lcs_desktop.domain.errors import Problems, ValidationError
from lcs_desktop.services.check_types import CheckDetailsInput, DiscussionInput, FindingInput, ScopeInput


def details_values(details: CheckDetailsInput, today: date) -> dict[str, object]:
    """Pre-search details may be saved part-filled (a draft); completion asks for the rest.
    Every problem is refused at once (``ValidationErrors``), in form order."""
    p = Problems()
    role = p.check(
        clean_text,
        details.role_applied_for,
        "role_applied_for",
        "the role applied for",
        required=False,
        limit=MAX_SHORT,
    )
    stage = (
        p.check(choice, RecruitmentStage, details.stage, "stage", "the recruitment stage")
        if details.stage
        else None
    )
    authorised = p.check(
        clean_text,
        details.authorised_by,
        "authorised_by",
        "who authorised the check",
        required=False,
        limit=MAX_SHORT,
    )
    p.check(
        not_future,
        details.privacy_notice_date,
        today,
        "privacy_notice_date",
        "the date the applicant was told",
    )
    reason = p.check(
        clean_text,
        details.proportionality_reason,
        "proportionality_reason",
        "why the check is proportionate",
        required=False,
    )
    p.raise_any()
    return {
        "role_applied_for": role,
        "stage": stage.value if stage else None,
        "authorised_by": authorised,
        "privacy_notice_date": details.privacy_notice_date,
        "proportionality_reason": reason,
        "checker_on_panel": bool(details.checker_on_panel),
    }


def scope_values(entry: ScopeInput, position: int) -> dict[str, object]:
    platform = choice(Platform, entry.platform, "platform", "the platform")
    where = f"for {platform.label}"
    return {
        "platform": platform.value,
        "action": choice(PlatformAction, entry.action, "action", f"what was done {where}").value,
        "handles": clean_text(
            entry.handles, "handles", f"the names or handles {where}", required=False, limit=MAX_ADDRESS
        ),
        "search_terms": clean_text(
            entry.search_terms, "search_terms", f"the search terms {where}", required=False, limit=MAX_ADDRESS
        ),
        "identity_match": (
            choice(IdentityMatch, entry.identity_match, "identity_match", "how sure you are").value
            if entry.identity_match
            else None
        ),
        "notes": clean_text(entry.notes, "notes", f"the notes {where}", required=False),
        "position": position,
    }


def finding_values(finding: FindingInput, today: date) -> dict[str, object]:
    """Every problem is refused at once (``ValidationErrors``), in form order."""
    p = Problems()
    platform = p.check(choice, Platform, finding.platform, "platform", "the platform the content was on")
    address = p.check(
        clean_text,
        finding.address,
        "address",
        "the web address or handle where it was seen",
        required=True,
        limit=MAX_ADDRESS,
    )
    p.check(not_future, finding.content_date, today, "content_date", "the date of the content")
    if finding.captured_on is None:
        p.add(ValidationError("Enter the date the content was captured.", "captured_on"))
    else:
        p.check(not_future, finding.captured_on, today, "captured_on", "the date captured")
        content_on = finding.content_date
        comparable = content_on is not None and not p.has("content_date") and not p.has("captured_on")
        if comparable and finding.captured_on < content_on:  # type: ignore[operator]
            p.add(
                ValidationError(
                    "The content cannot have been captured before the date it was posted.", "captured_on"
                )
            )
    seen = p.check(clean_text, finding.seen, "seen", "what was seen", required=True)
    entry = None
    if not finding.category:
        p.add(ValidationError("Choose a category from the policy catalogue.", "category"))
    else:
        entry = p.check(catalogue.entry, finding.category)
    severity = p.check(choice, Severity, finding.severity, "severity", "the severity")
    relevance = p.check(choice, Relevance, finding.relevance, "relevance", "the relevance to the role")
    p.raise_any()
    assert platform and entry and severity and relevance
    return {
        "platform": platform.value,
        "address": address,
        "content_date": finding.content_date,
        "captured_on": finding.captured_on,
        "seen": seen,
        "category": entry.code,
        "severity": severity.value,
        "relevance": relevance.value,
    }


def discussion_values(
    d: DiscussionInput, finding_ids: set[int], now: datetime, today: date
) -> dict[str, object]:
    """Every problem is refused at once (``ValidationErrors``), in form order."""
    p = Problems()
    if d.held_at is None:
        p.add(ValidationError("Enter when the discussion with the applicant took place.", "held_at"))
    elif d.held_at.tzinfo is None:
        raise ValueError("held_at must be timezone-aware")
    elif d.held_at > now:
        p.add(ValidationError("The discussion is dated in the future. Enter when it took place.", "held_at"))
    method = p.check(choice, DiscussionMethod, d.method, "method", "how the discussion was held")
    present = p.check(clean_text, d.present, "present", "who was present", required=True, limit=MAX_ADDRESS)
    discussed = tuple(dict.fromkeys(d.findings_discussed))
    if not discussed:
        p.add(
            ValidationError("Tick the findings that were discussed with the applicant.", "findings_discussed")
        )
    elif not set(discussed) <= finding_ids:
        p.add(
            ValidationError("A finding ticked as discussed is not part of this check.", "findings_discussed")
        )
    outcome = p.check(choice, DiscussionOutcome, d.outcome, "outcome", "the outcome")
    account = p.check(
        clean_text,
        d.applicant_account,
        "applicant_account",
        "the applicant's account",
        required=outcome is not DiscussionOutcome.APPLICANT_WITHDREW,
    )
    assessment = p.check(clean_text, d.assessment, "assessment", "the assessment", required=True)
    decided_by = p.check(
        clean_text, d.decided_by, "decided_by", "who decided", required=False, limit=MAX_SHORT
    )
    reason = p.check(
        clean_text, d.decision_reason, "decision_reason", "the reason for the decision", required=False
    )
    both = "Enter both who made the decision and the reason for it: a decision is recorded with its reason."
    if decided_by == "" and not p.has("decided_by"):
        p.add(ValidationError(both, "decided_by"))
    if reason == "" and not p.has("decision_reason"):
        p.add(ValidationError(both, "decision_reason"))
    if d.applicant_told_on is not None:
        if d.held_at is not None and d.applicant_told_on < d.held_at.date():
            p.add(
                ValidationError(
                    "The applicant cannot have been told before the discussion.", "applicant_told_on"
                )
            )
        elif d.applicant_told_on > today:
            p.add(ValidationError("The date the applicant was told is in the future.", "applicant_told_on"))
    p.raise_any()
    assert d.held_at is not None and method is not None and outcome is not None
    return {
        "held_at": d.held_at,
        "method": method.value,
        "present": present,
        "findings_discussed": json.dumps(list(discussed)),
        "applicant_account": account,
        "assessment": assessment,
        "outcome": outcome.value,
        "decided_by": decided_by,
        "decision_reason": reason,
        "applicant_told_on": d.applicant_told_on,
    }


def audit_value(value: object) -> object:
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value
