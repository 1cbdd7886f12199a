"""Recruitment checks (policy §3.1, §9): the choices a form offers and the rules it obeys.

Plain Python only. Every rule returns or raises a message a checker can act on; the
services call these rules, so the GUI, the CLI and the tests all meet the same ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TypeVar

from lcs_desktop.domain.errors import ValidationError

# Sane limits: long enough for a real account of events, short enough that a pasted
# novel is refused with a message instead of slowing every screen and PDF.
MAX_SHORT = 200
MAX_ADDRESS = 2000
MAX_TEXT = 20_000


E = TypeVar("E", bound=StrEnum)


class _Labelled(StrEnum):
    @property
    def label(self) -> str:
        return LABELS[self]


class PersonKind(_Labelled):
    APPLICANT = "applicant"
    VOLUNTEER = "volunteer"
    STAFF = "staff"
    COMMITTEE = "committee"


class PersonStatus(_Labelled):
    IN_RECRUITMENT = "in_recruitment"
    APPOINTED = "appointed"
    NOT_APPOINTED = "not_appointed"
    LEFT = "left"


class RecruitmentStage(_Labelled):
    APPLICATION = "application"
    SHORTLISTED = "shortlisted"
    INTERVIEW = "interview"
    CONDITIONAL_OFFER = "conditional_offer"


class Platform(_Labelled):
    FACEBOOK = "facebook"
    X = "x"
    INSTAGRAM = "instagram"
    WHATSAPP = "whatsapp"
    TIKTOK = "tiktok"
    SNAPCHAT = "snapchat"
    MESSAGE_BOARDS = "message_boards"
    ONLINE_FORUMS = "online_forums"
    OTHER = "other"


class PlatformAction(_Labelled):
    SEARCHED = "searched"
    NO_PRESENCE = "no_presence"
    PROFILE_PRIVATE = "profile_private"
    PUBLIC_CONTENT_REVIEWED = "public_content_reviewed"


class IdentityMatch(_Labelled):
    CONFIRMED = "confirmed"
    PROBABLE = "probable"
    UNCERTAIN = "uncertain"


class Severity(_Labelled):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class Relevance(_Labelled):
    NOT_RELEVANT = "not_relevant"
    SOME = "some"
    DIRECT = "direct"


class CheckResult(_Labelled):
    NO_CONCERNS = "no_concerns"
    CONCERNS_FOUND = "concerns_found"


class CheckStatus(_Labelled):
    DRAFT = "draft"
    COMPLETED = "completed"
    AWAITING_DISCUSSION = "awaiting_discussion"
    DECIDED = "decided"


class DiscussionMethod(_Labelled):
    IN_PERSON = "in_person"
    VIDEO_CALL = "video_call"
    TELEPHONE = "telephone"


class DiscussionOutcome(_Labelled):
    PROCEED = "proceed"
    PROCEED_WITH_ADVICE = "proceed_with_advice"
    PROCEED_WITH_CONDITIONS = "proceed_with_conditions"
    REFER_TO_LEAD = "refer_to_lead"
    NOT_PROGRESSED = "not_progressed"
    APPLICANT_WITHDREW = "applicant_withdrew"


LABELS: dict[StrEnum, str] = {
    PersonKind.APPLICANT: "Applicant",
    PersonKind.VOLUNTEER: "Volunteer",
    PersonKind.STAFF: "Staff",
    PersonKind.COMMITTEE: "Committee member",
    PersonStatus.IN_RECRUITMENT: "In recruitment",
    PersonStatus.APPOINTED: "Appointed",
    PersonStatus.NOT_APPOINTED: "Not appointed",
    PersonStatus.LEFT: "Left",
    RecruitmentStage.APPLICATION: "Application received",
    RecruitmentStage.SHORTLISTED: "Shortlisted",
    RecruitmentStage.INTERVIEW: "Interview",
    RecruitmentStage.CONDITIONAL_OFFER: "Conditional offer",
    Platform.FACEBOOK: "Facebook",
    Platform.X: "X (Twitter)",
    Platform.INSTAGRAM: "Instagram",
    Platform.WHATSAPP: "WhatsApp",
    Platform.TIKTOK: "TikTok",
    Platform.SNAPCHAT: "Snapchat",
    Platform.MESSAGE_BOARDS: "Message boards",
    Platform.ONLINE_FORUMS: "Online forums",
    Platform.OTHER: "Other",
    PlatformAction.SEARCHED: "Searched",
    PlatformAction.NO_PRESENCE: "No presence found",
    PlatformAction.PROFILE_PRIVATE: "Profile private",
    PlatformAction.PUBLIC_CONTENT_REVIEWED: "Public content reviewed",
    IdentityMatch.CONFIRMED: "Confirmed",
    IdentityMatch.PROBABLE: "Probable",
    IdentityMatch.UNCERTAIN: "Uncertain",
    Severity.LOW: "Low",
    Severity.MEDIUM: "Medium",
    Severity.HIGH: "High",
    Relevance.NOT_RELEVANT: "Not relevant to the role",
    Relevance.SOME: "Some relevance to the role",
    Relevance.DIRECT: "Directly relevant to the role",
    CheckResult.NO_CONCERNS: "No concerns",
    CheckResult.CONCERNS_FOUND: "Concerns found",
    CheckStatus.DRAFT: "In progress",
    CheckStatus.COMPLETED: "Completed",
    CheckStatus.AWAITING_DISCUSSION: "Awaiting discussion",
    CheckStatus.DECIDED: "Decided",
    DiscussionMethod.IN_PERSON: "In person",
    DiscussionMethod.VIDEO_CALL: "Video call",
    DiscussionMethod.TELEPHONE: "Telephone",
    DiscussionOutcome.PROCEED: "Proceed",
    DiscussionOutcome.PROCEED_WITH_ADVICE: "Proceed with advice",
    DiscussionOutcome.PROCEED_WITH_CONDITIONS: "Proceed with conditions or supervision",
    DiscussionOutcome.REFER_TO_LEAD: "Refer to the safeguarding lead",
    DiscussionOutcome.NOT_PROGRESSED: "Not progressed",
    DiscussionOutcome.APPLICANT_WITHDREW: "Applicant withdrew",
}

# A profile was found: whose it is must be judged, so a namesake's posts are not held
# against the applicant.
PROFILE_ACTIONS = frozenset({PlatformAction.PROFILE_PRIVATE, PlatformAction.PUBLIC_CONTENT_REVIEWED})


def choice(enum: type[E], value: str | E | None, field_name: str, what: str) -> E:
    """An enum member from stored or typed text, or a plain refusal naming the field."""
    if value is None or value == "":
        raise ValidationError(f"Choose {what}.", field_name)
    try:
        return enum(value)
    except ValueError:
        raise ValidationError(f"Choose {what} from the list.", field_name) from None


def clean_text(
    value: str | None, field_name: str, what: str, *, required: bool, limit: int = MAX_TEXT
) -> str:
    """Trimmed text within its limit. Inner text (emoji, right-to-left) is kept exactly."""
    text = (value or "").strip()
    if required and not text:
        raise ValidationError(f"Enter {what}.", field_name)
    if len(text) > limit:
        raise ValidationError(
            f"{what[0].upper()}{what[1:]} is too long: {len(text):,} characters, "
            f"{limit:,} at most. Shorten it or attach the full text as evidence.",
            field_name,
        )
    if "\x00" in text:
        raise ValidationError(
            f"{what[0].upper()}{what[1:]} contains a character that cannot be stored.", field_name
        )
    return text


def not_future(value: date | None, today: date, field_name: str, what: str) -> None:
    if value is not None and value > today:
        raise ValidationError(
            f"{what[0].upper()}{what[1:]} ({value:%d/%m/%Y}) is in the future. Enter the date it happened.",
            field_name,
        )


def check_status(completed: bool, result: CheckResult | None, has_discussion: bool) -> CheckStatus:
    if not completed:
        return CheckStatus.DRAFT
    if result is CheckResult.CONCERNS_FOUND:
        return CheckStatus.DECIDED if has_discussion else CheckStatus.AWAITING_DISCUSSION
    return CheckStatus.COMPLETED


@dataclass(frozen=True, slots=True)
class CompletionFacts:
    """What completion depends on, gathered by the service from the stored check."""

    role_applied_for: str
    stage: str | None
    authorised_by: str
    privacy_notice_date: date | None
    proportionality_reason: str
    scope_count: int
    profiles_without_match: tuple[str, ...]  # platform labels
    attest_public_only: bool
    attest_no_private_access: bool
    result: CheckResult | None
    finding_count: int
    panel_guard_open: bool


def completion_problems(facts: CompletionFacts) -> list[str]:
    """Everything still needed before a check can be completed, in form order."""
    problems: list[str] = []
    if not facts.role_applied_for:
        problems.append("Enter the role applied for.")
    if not facts.stage:
        problems.append("Choose the recruitment stage.")
    if not facts.authorised_by:
        problems.append("Enter who authorised the check.")
    if facts.privacy_notice_date is None:
        problems.append(
            "Enter the date the applicant was told checks would be made (privacy notice, UK GDPR)."
        )
    if not facts.proportionality_reason:
        problems.append("Enter why the check is proportionate (policy §9).")
    if facts.scope_count == 0:
        problems.append("Record at least one platform and what was done on it.")
    for platform in facts.profiles_without_match:
        problems.append(f"Choose how sure you are that the {platform} profile is the applicant's.")
    if not facts.attest_public_only:
        problems.append("Confirm that only publicly accessible content was viewed.")
    if not facts.attest_no_private_access:
        problems.append("Confirm that no password or private account access was asked for.")
    if facts.result is None:
        problems.append("Choose the result: no concerns, or concerns found.")
    elif facts.result is CheckResult.CONCERNS_FOUND and facts.finding_count == 0:
        problems.append("Concerns were found: record at least one finding.")
    if facts.panel_guard_open:
        problems.append(
            "You are on this applicant's interview panel: the safeguarding lead must confirm the "
            "check before it is completed."
        )
    return problems


def amendment_reason(completed: bool, reason: str | None) -> str | None:
    """After completion nothing changes silently: a reason is needed (and the service keeps the
    earlier version). Before completion no reason is asked for."""
    if not completed:
        return None
    return clean_text(
        reason, "reason", "the reason for changing a completed check", required=True, limit=MAX_SHORT * 10
    )
