"""Words for the audit log: field labels, stored codes as the app names them, values as text.

Pure functions over plain values (no session): ``audit_sentences`` builds each event's
sentence from them, with names and references already looked up for the page.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from enum import StrEnum

from lcs_desktop.domain import case_outcomes, case_referrals, cases, checks
from lcs_desktop.domain.catalogue import CATALOGUE
from lcs_desktop.domain.roles import ROLE_LABELS
from lcs_desktop.domain.working_days import to_london

NOTHING = "—"
TEXT_LIMIT = 160  # characters of one free-text value in a sentence; "Show details" has it all

# Keys in details that hold an account id (in place or as a change [old, new]).
USER_KEYS = frozenset(
    {
        "officer_id",
        "investigating_officer_id",
        "decision_maker_id",
        "reported_to_id",
        "checker_id",
        "completed_by_id",
        "confirmed_by_id",
        "on_behalf_of",
        "on_behalf_of_id",
        "user_id",
        "signed_by_id",
        "justified_by_id",
        "panel_confirmed_by_id",
        "added_by_id",
    }
)
PERSON_KEYS = frozenset({"person_id", "subject_person_id"})
PARTY_KEYS = frozenset({"party_id"})
CASE_KEYS = frozenset({"case_id"})
CHECK_KEYS = frozenset({"check_id"})

FIELD_LABELS: dict[str, str] = {
    # people
    "first_name": "First name",
    "last_name": "Last name",
    "kind": "Kind",
    "reference": "Reference",
    "role": "Role",
    "email": "Email",
    "phone": "Phone",
    "date_of_birth": "Date of birth",
    "status": "Status",
    # checks
    "role_applied_for": "Role applied for",
    "stage": "Recruitment stage",
    "authorised_by": "Authorised by",
    "privacy_notice_date": "Privacy notice given on",
    "proportionality_reason": "Why the check is proportionate",
    "checker_on_panel": "Checker sits on the interview panel",
    "out_of_recruitment": "Outside recruitment",
    "justification": "Justification",
    "attest_public_only": "Only publicly accessible content viewed",
    "attest_no_private_access": "No password or private access asked for",
    "result": "Result",
    "scope": "Platforms searched",
    "platform": "Platform",
    "address": "Address",
    "content_date": "Date of the content",
    "captured_on": "Date captured",
    "seen": "What was seen",
    "category": "Category",
    "severity": "Severity",
    "relevance": "Relevance to the role",
    "held_at": "Held on",
    "method": "How",
    "present": "Who was present",
    "findings_discussed": "Findings discussed",
    "applicant_account": "The applicant's account",
    "assessment": "Assessment",
    "outcome": "Outcome",
    "decided_by": "Decided by",
    "decision_reason": "Reasons for the decision",
    "applicant_told_on": "Applicant told on",
    # cases
    "risk": "Risk",
    "officer_id": "Investigating officer",
    "investigating_officer_id": "Investigating officer",
    "decision_maker_id": "Decision-maker",
    "reported_to_id": "Reported to",
    "finding": "Finding",
    "decided_on": "Decided on",
    "summary": "Summary",
    "occurred_at": "When it happened",
    "state": "State",
    "clock_start": "Clock started",
    "due_at": "Due",
    "made_on": "Made on",
    "reason": "Reason",
    "notes": "Notes",
    "level": "Level",
    "review_on": "Review on",
    "expires_on": "Expires on",
    "lodged_on": "Lodged on",
    "grounds": "Grounds",
    "heard_on": "Heard on",
    "heard_by": "Heard by",
    "result_on": "Result given on",
    "result_reason": "Reasons for the result",
    # settings and accounts
    "organisation_name": "Organisation name",
    "idle_lock_minutes": "Lock after idle (minutes)",
    "remember_me_allowed": "'Remember me' allowed",
    "backup_folder": "Backup folder",
    "backups_to_keep": "Automatic backups kept",
    "backup_max_age_months": "Backups deleted after (months)",
    "roles": "Roles",
    "count": "Number",
    "pages": "Pages",
    "sha256": "SHA-256",
    "size": "Size",
    "media_type": "File type",
    "version": "Version",
    "attempted": "Attempted",
}

# Changed fields are listed in the order the forms ask for them (stored details are sorted A–Z).
_FORM_ORDER = {key: i for i, key in enumerate(FIELD_LABELS)}

_CODE_LABELS: dict[str, str] = {}
for _labels in (cases.LABELS, checks.LABELS):
    for _code, _label in _labels.items():
        _CODE_LABELS.setdefault(str(_code), _label)
for _enum in (
    case_outcomes.OutcomeKind,
    case_outcomes.DisciplinaryLevel,
    case_outcomes.Finding,
    case_outcomes.AppealResult,
    case_referrals.ReferralKind,
    case_referrals.ReferralState,
):
    for _member in _enum:
        _CODE_LABELS.setdefault(str(_member), _member.label)
_CODE_LABELS.update({str(r): label for r, label in ROLE_LABELS.items()})
_CODE_LABELS.update({e.code: e.label for e in CATALOGUE})

# References are not names: a redacted copy keeps them as they are.
UNREDACTED_KEYS = frozenset({"reference", "document_reference", "sha256", "file"})


def _same(text: str) -> str:
    return text


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


def field_label(key: str) -> str:
    if key in FIELD_LABELS:
        return FIELD_LABELS[key]
    words = key.removesuffix("_id").replace("_", " ").strip()
    return words[:1].upper() + words[1:] if words else key


def code_label(code: object) -> str | None:
    """The app's own name for a stored code (a risk, a status, a catalogue entry…)."""
    return _CODE_LABELS.get(str(code)) if isinstance(code, str | StrEnum) else None


def london_text(moment: datetime) -> str:
    """dd/mm/yyyy HH:MM in Europe/London, computed from the UK rules (not the PC's zone)."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return f"{to_london(aware):%d/%m/%Y %H:%M}"


def _plain_text(value: str, redact: Callable[[str], str]) -> str:
    text = " ".join(redact(value).split())
    return text if len(text) <= TEXT_LIMIT else text[: TEXT_LIMIT - 1].rstrip() + "…"


def _moment_text(value: str) -> str | None:
    try:
        if _ISO_DATE.match(value):
            return f"{date.fromisoformat(value):%d/%m/%Y}"
        if _ISO_MOMENT.match(value):
            return london_text(datetime.fromisoformat(value))
    except ValueError:
        return None
    return None


def value_text(
    key: str,
    value: object,
    names: Mapping[str, Mapping[int, str]],
    redact: Callable[[str], str] = lambda t: t,
) -> str:
    """One stored value as words. ``names`` maps "users", "people", "parties"… to the
    names or references looked up for this page; ``redact`` applies to free text only."""
    if key in UNREDACTED_KEYS:
        redact = _same
    if value is None or value == "" or value == [] or value == {}:
        return NOTHING
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, int) and not isinstance(value, bool):
        for keys, table, missing in (
            (USER_KEYS, "users", "an account no longer recorded"),
            (PERSON_KEYS, "people", "a person no longer recorded"),
            (PARTY_KEYS, "parties", "someone no longer recorded"),
        ):
            if key in keys:
                return names.get(table, {}).get(value, missing)
        return f"{value:,}" if key not in {"version", "seq"} else str(value)
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list):
        if all(isinstance(v, dict) for v in value):
            platforms = [code_label(v.get("platform")) or str(v.get("platform", "")) for v in value]
            if value and all(platforms):
                return ", ".join(platforms)
            return f"{len(value)} entr{'y' if len(value) == 1 else 'ies'}"
        items = [value_text(key, v, names, redact) for v in value]
        return ("; " if any("," in i for i in items) else ", ").join(items) or NOTHING
    if isinstance(value, dict):
        return "; ".join(
            f"{field_label(k)}: {value_text(k, v, names, redact)}" for k, v in list(value.items())[:6]
        )
    text = str(value)
    label = code_label(text)
    if label is not None:
        return label
    return _moment_text(text) or _plain_text(text, redact)


def change_lines(
    changes: Mapping[str, object],
    names: Mapping[str, Mapping[int, str]],
    redact: Callable[[str], str] = lambda t: t,
) -> tuple[str, ...]:
    """ "Risk: — → High" for each changed field (a change is stored as [old, new])."""
    lines = []
    for key, pair in sorted(changes.items(), key=lambda item: _FORM_ORDER.get(item[0], len(_FORM_ORDER))):
        if isinstance(pair, list | tuple) and len(pair) == 2:
            old, new = (value_text(key, v, names, redact) for v in pair)
            if old == new:  # None → "" reads as no change
                continue
            lines.append(f"{field_label(key)}: {old} → {new}")
        else:
            lines.append(f"{field_label(key)}: {value_text(key, pair, names, redact)}")
    return tuple(lines)
