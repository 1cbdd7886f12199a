"""What each audit action code says, after the person's name ("… recorded the LADO referral
on BC-2026-0007"). One entry per code the services write; ``fallback_what`` for any other."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from lcs_desktop.domain.roles import PERMISSION_TEXT, Permission
from lcs_desktop.services.audit_words import (
    NOTHING,
    PARTY_KEYS,
    PERSON_KEYS,
    USER_KEYS,
    code_label,
    field_label,
    london_text,
    value_text,
)


@dataclass
class Ctx:
    """What a sentence may use: the record's reference and the details it may show."""

    ref: str
    d: Mapping[str, Any]
    tables: Mapping[str, Mapping[int, str]]
    usernames: Mapping[str, str]
    redact: Callable[[str], str]
    changes: Mapping[str, Any] = field(default_factory=dict)  # empty when values are hidden
    used: set[str] = field(default_factory=set)

    def v(self, key: str) -> str | None:
        """The detail as words, or None when it is absent (or hidden from this reader)."""
        self.used.add(key)
        value = self.d.get(key)
        if value is None or value == "" or value == []:
            return None
        return value_text(key, value, self.tables, self.redact)

    def new(self, key: str) -> str | None:
        """The new value of a changed field, as stored (a code or text), or None."""
        pair = self.changes.get(key)
        if isinstance(pair, list | tuple) and len(pair) == 2 and pair[1] not in (None, ""):
            return str(pair[1]) if key != "reference" else self.redact(str(pair[1]))
        return None

    def opt(self, key: str, template: str) -> str:
        text = self.v(key)
        return template.format(text) if text is not None else ""

    def on(self, preposition: str = "on") -> str:
        return f" {preposition} {self.ref}" if self.ref else ""

    def leftover_lines(self) -> list[str]:
        """For an unknown code: every detail not said yet, in words (internal ids left out)."""
        skip = self.used | {"reason", "changes", "reference"}
        lines = []
        for key, value in self.d.items():
            looked_up = key in USER_KEYS | PERSON_KEYS | PARTY_KEYS
            if key in skip or (key.endswith("_id") and not looked_up) or key in {"id", "details"}:
                continue
            lines.append(f"{field_label(key)}: {value_text(key, value, self.tables, self.redact)}")
        return lines


@dataclass(frozen=True, slots=True)
class Spec:
    label: str  # for the Action filter
    what: Callable[[Ctx], str]
    uses: frozenset[str] = frozenset()  # details the sentence already says (not repeated)


def _a(label: str, what: Callable[[Ctx], str], *uses: str) -> Spec:
    return Spec(label, what, frozenset(uses))


def _size(c: Ctx) -> str:
    size = c.d.get("size")
    kind = code_label(c.d.get("media_type")) or {
        "image/png": "PNG image",
        "image/jpeg": "JPEG image",
        "image/webp": "WebP image",
        "application/pdf": "PDF document",
    }.get(str(c.d.get("media_type")), "")
    if not isinstance(size, int):
        return f" ({kind})" if kind else ""
    amount = (
        f"{size} bytes"
        if size < 1024
        else f"{size / 1024:.1f} KB"
        if size < 1024 * 1024
        else f"{size / 1024 / 1024:.1f} MB"
    )
    return f" ({kind}, {amount})" if kind else f" ({amount})"


def _export(c: Ctx) -> str:
    parts = []
    if (document := c.v("document_reference")) is not None:
        parts.append(f"document {document}")
    if (pages := c.d.get("pages")) is not None:
        parts.append(f"{pages} page{'s' if pages != 1 else ''}")
    if c.d.get("redacted") is True:
        parts.append("children and families shown by reference")
    elif c.d.get("redacted") is False:
        parts.append("with protected names")
    if c.d.get("protected"):
        parts.append("password-protected")
    if isinstance(sha := c.d.get("sha256"), str) and sha:
        parts.append(f"SHA-256 {sha[:16]}…")
    c.used.update({"pages", "redacted", "protected", "sha256"})
    return f" ({', '.join(parts)})" if parts else ""


def _finding_added(c: Ctx) -> str:
    values = c.d.get("values")
    category = code_label(values.get("category")) if isinstance(values, dict) else None
    return f"added a finding to check {c.ref}" + (f" ({category})" if category else "")


def _account(c: Ctx) -> str:
    return c.ref or "an account"


def _roles(c: Ctx) -> str:
    return c.opt("roles", " ({})")


def _referral_kind(c: Ctx) -> str | None:
    """ "LADO referral", "ICO personal data breach report", "police referral"."""
    kind = code_label(c.d.get("kind"))
    c.used.add("kind")
    if kind and not kind.lower().endswith(("referral", "report")):
        kind = f"{kind.lower()} referral"
    return kind


def _referral(c: Ctx) -> str:
    kind = _referral_kind(c)
    return f"the {kind}" if kind else "a referral"


def _referral_recorded(c: Ctx) -> str:
    state = c.new("state")
    if state == "not_needed":
        return f"recorded that {_referral(c)} is not needed on {c.ref}"
    if state == "needed":
        return f"recorded that {_referral(c)} is needed on {c.ref}"
    reference = c.new("reference")
    return f"recorded {_referral(c)} on {c.ref}" + (f" (reference {reference})" if reference else "")


def _attempt(c: Ctx) -> str:
    code = c.d.get("attempted")
    c.used.add("attempted")
    if not isinstance(code, str) or not code:
        return "was refused"
    if code in ACTIONS:
        label = ACTIONS[code].label.lower()
    elif code in {p.value for p in Permission}:
        label = PERMISSION_TEXT[Permission(code)]
    else:
        label = code.replace("_", " ")
    return f"was refused: tried to {ATTEMPTS.get(code, label)}"


def _signed_in(c: Ctx) -> str:
    method = c.d.get("method")
    c.used.add("method")
    return {
        "remembered": "signed in (remembered on this PC)",
        "password": "signed in with their password",
    }.get(str(method), "signed in")


def _failed(c: Ctx) -> str:
    name = c.d.get("username")
    c.used.add("username")
    if isinstance(name, str) and name in c.usernames:
        return f"failed to sign in as {c.usernames[name]}"
    return "failed to sign in with a username that has no account"


def _backup(c: Ctx) -> str:
    kind = "the daily automatic backup" if c.d.get("kind") == "automatic" else "a backup"
    c.used.update({"kind", "file", "size"})
    return f"made {kind}" + c.opt("file", " ({})")


def _restored(c: Ctx) -> str:
    made = c.d.get("backup_created_at")
    c.used.update({"backup_created_at", "file", "replaced_folder", "method", "sha256"})
    when = ""
    if isinstance(made, str):
        try:
            from datetime import datetime

            when = f" made on {london_text(datetime.fromisoformat(made))}"
        except ValueError:
            when = ""
    how = " with the recovery key" if c.d.get("method") == "recovery_key" else ""
    return f"restored the backup{when}{how}" + c.opt("file", " (file {})")


def _version(c: Ctx) -> str:
    version = c.d.get("version")
    c.used.add("version")
    return f"viewed version {version} of check {c.ref}" if version else f"opened check {c.ref}"


def _party(c: Ctx) -> str:
    kind = code_label(c.d.get("kind"))
    c.used.update({"kind", "name_recorded"})
    who = f"an affected {kind.lower()}" if kind else "an affected person"
    return f"recorded {who} on {c.ref}" + c.opt("reference", " (reference {})")


def _outcome(c: Ctx, verb: str, preposition: str) -> str:
    kind = code_label(c.d.get("kind"))
    level = code_label(c.d.get("level"))
    c.used.update({"kind", "level", "review_on", "expires_on"})
    what = f"the outcome “{kind}{f' — {level}' if level else ''}”" if kind else "an outcome"
    return f"{verb} {what} {preposition} {c.ref}" + c.opt("review_on", ", review on {}")


def _entry(c: Ctx) -> str:
    kind = code_label(c.d.get("kind"))
    c.used.add("kind")
    what = f"{'an' if kind[0] in 'AEIOU' else 'a'} {kind.lower()} entry" if kind else "an entry"
    return f"added {what} to the chronology of {c.ref}"


def _concern(c: Ctx) -> str:
    subject = c.v("subject_person_id")
    late = " — reported later than one working day" if c.d.get("late_report") else ""
    c.used.update({"late_report", "breach_types", "platforms", "raised_by_kind"})
    about = f" about person {subject}" if subject else ""
    types = c.opt("breach_types", " ({})")
    return f"recorded a concern{about} as case {c.ref}{types}{late}"


def _check_started(c: Ctx) -> str:
    person = c.v("person_id")
    c.used.update({"details", "out_of_recruitment"})
    outside = " outside recruitment" if c.d.get("out_of_recruitment") else ""
    return f"started check {c.ref}" + (f" on person {person}" if person else "") + outside


def _on_behalf(c: Ctx) -> str:
    checker = c.v("checker_id") or c.v("on_behalf_of") or c.v("on_behalf_of_id")
    return f"completed check {c.ref}" + (
        f" on behalf of the checker, {checker}" if checker else " on behalf of the checker"
    )


def _not_needed(c: Ctx) -> str:
    return f"recorded that {_referral(c)} is not needed on {c.ref}" + c.opt("reason", " — reason: {}")


def _key_rotated(c: Ctx) -> str:
    reason = c.d.get("reason")
    c.used.add("reason")
    why = {
        "account_switched_off": "because an account was switched off",
        "switched_off": "because an account was switched off",
        "on_demand": "on demand (suspected compromise)",
        "suspected_compromise": "on demand (suspected compromise)",
    }.get(str(reason), "")
    if not why and isinstance(reason, str) and reason:
        why = f"({value_text('reason', reason, c.tables, c.redact)})"
    return "changed the database key" + (f" {why}" if why else "")


# Phrases for what a refused person tried to do (access_refused {"attempted": code}).
ATTEMPTS: dict[str, str] = {
    "case_viewed": "open the case",
    "check_viewed": "open the check",
    "person_viewed": "open the person's record",
    "evidence_viewed": "view an evidence file",
    "protected_name_viewed": "see a protected name",
    "case_export_data_read": "read the case-pack data",
    "check_export_data_read": "read the check-record data",
    "people_exported": "export people",
    "audit_log_read": "read the audit log",
}

ACTIONS: dict[str, Spec] = {
    # accounts, sign-in and the app itself
    "organisation_set_up": _a(
        "Organisation set up",
        lambda c: "set up LCS Desktop" + c.opt("organisation", " for {}"),
        "organisation",
    ),
    "user_added": _a("Account added", lambda c: f"added the account of {_account(c)}{_roles(c)}", "username"),
    "roles_changed": _a(
        "Roles changed", lambda c: f"changed the roles of {_account(c)}" + c.opt("roles", ": {}")
    ),
    "user_activated": _a("Account switched on", lambda c: f"switched on the account of {_account(c)}"),
    "user_deactivated": _a("Account switched off", lambda c: f"switched off the account of {_account(c)}"),
    "password_reset": _a("Password reset", lambda c: f"gave {_account(c)} a temporary password"),
    "account_unlocked": _a("Account unlocked", lambda c: f"unlocked the account of {_account(c)}"),
    "remember_me_revoked": _a("'Remember me' ended", lambda c: f"ended 'remember me' for {_account(c)}"),
    "password_changed": _a("Password changed", lambda c: "changed their own password"),
    "remember_me_on": _a("'Remember me' turned on", lambda c: "turned on 'remember me' on their PC"),
    "remember_me_off": _a("'Remember me' turned off", lambda c: "turned off 'remember me' on their PC"),
    "signed_in": _a("Signed in", _signed_in),
    "sign_in_failed": _a("Sign-in failed", _failed),
    "signed_out": _a("Signed out", lambda c: "signed out"),
    "session_locked": _a("App locked", lambda c: "locked the app (or it locked itself when idle)"),
    "session_unlocked": _a("App unlocked", lambda c: "unlocked the app"),
    "recovered_with_recovery_key": _a(
        "Recovery key used", lambda c: f"used the recovery key to set a new password for {_account(c)}"
    ),
    "settings_changed": _a("Settings changed", lambda c: "changed the organisation's settings"),
    "backup_made": _a("Backup made", _backup),
    "backup_restored": _a("Backup restored", _restored),
    "database_key_rotated": _a("Database key changed", _key_rotated, "reason"),
    "account_key_certified": _a(
        "Signing key certified", lambda c: f"certified the signing key of {c.ref or 'the recovery key'}"
    ),
    "organisation_key_created": _a(
        "Organisation key created", lambda c: "created the organisation's signing key"
    ),
    "access_refused": _a("Refused attempt", lambda c: _attempt(c) + (f" ({c.ref})" if c.ref else "")),
    # people
    "person_viewed": _a("Person viewed", lambda c: f"viewed the record of {c.ref}"),
    "person_added": _a("Person added", lambda c: f"added {c.ref}" + c.opt("kind", " ({})")),
    "person_changed": _a("Person changed", lambda c: f"changed the record of {c.ref}"),
    "people_imported": _a(
        "People imported", lambda c: "imported " + (c.v("count") or "") + " people from a spreadsheet"
    ),
    "people_exported": _a(
        "People exported", lambda c: "exported " + (c.v("count") or "") + " people to a CSV file"
    ),
    # recruitment checks
    "check_viewed": _a("Check viewed", _version),
    "check_started": _a("Check started", _check_started),
    "check_changed": _a("Check changed", lambda c: f"changed the details of check {c.ref}"),
    "check_guard_confirmed": _a(
        "Check guard confirmed",
        lambda c: f"confirmed that the checker may sit on the interview panel for check {c.ref}",
        "guard",
        "note",
    ),
    "check_scope_recorded": _a(
        "Search scope recorded", lambda c: f"recorded the search scope of check {c.ref}"
    ),
    "check_attested": _a(
        "Attestations recorded", lambda c: f"recorded the checker's attestations on check {c.ref}"
    ),
    "attestation_confirmed": _a(
        "Attestation confirmed",
        lambda c: (
            f"confirmed {('“' + c.v('attestation') + '”') if c.v('attestation') else 'an attestation'} "
            f"on check {c.ref}"
        ),
    ),
    "check_completed": _a(
        "Check completed", lambda c: f"completed check {c.ref}" + c.opt("result", " (result: {})")
    ),
    "check_completed_on_behalf": _a("Check completed on behalf of the checker", _on_behalf),
    "check_discussion_recorded": _a(
        "Applicant discussion recorded",
        lambda c: f"recorded the applicant discussion on check {c.ref}" + c.opt("outcome", " (outcome: {})"),
    ),
    "check_discussion_changed": _a(
        "Applicant discussion changed", lambda c: f"changed the applicant discussion on check {c.ref}"
    ),
    "check_amended": _a(
        "Completed check reopened",
        lambda c: (
            f"reopened completed check {c.ref} to amend it" + c.opt("kept_version", " (version {} kept)")
        ),
    ),
    "check_exported": _a(
        "Check record exported", lambda c: f"exported the check record of {c.ref} as a PDF{_export(c)}"
    ),
    "check_export_data_read": _a("Check record data read", lambda c: f"read check {c.ref} to export it"),
    "finding_added": _a("Finding added", _finding_added, "values"),
    "finding_changed": _a("Finding changed", lambda c: f"changed a finding on check {c.ref}"),
    "finding_removed": _a(
        "Finding removed",
        lambda c: f"removed a finding from check {c.ref}" + c.opt("category", " ({})"),
        "evidence_sha256",
    ),
    "evidence_added": _a(
        "Evidence added", lambda c: f"added an evidence file{_size(c)} to a finding on check {c.ref}"
    ),
    "evidence_removed": _a(
        "Evidence removed", lambda c: f"removed an evidence file from check {c.ref}", "sha256"
    ),
    "evidence_viewed": _a("Evidence viewed", lambda c: "viewed an evidence file" + c.on()),
    # breach cases
    "concern_reported": _a("Concern recorded", _concern),
    "case_viewed": _a("Case viewed", lambda c: f"opened case {c.ref}"),
    "case_status_changed": _a("Case status changed", lambda c: f"changed the status of {c.ref}"),
    "case_assigned": _a("Case assigned", lambda c: f"assigned people to {c.ref}", "warnings"),
    "case_risk_rated": _a("Risk rated", lambda c: f"rated the risk on {c.ref}"),
    "case_party_added": _a("Affected person recorded", _party),
    "protected_name_viewed": _a(
        "Protected name viewed",
        lambda c: "viewed the protected name of " + (c.v("party_id") or "an affected person") + c.on(),
    ),
    "chronology_entry_added": _a("Chronology entry added", _entry),
    "chronology_entry_corrected": _a(
        "Chronology entry corrected", lambda c: f"corrected a chronology entry on {c.ref}", "corrects"
    ),
    "case_evidence_added": _a(
        "Case evidence added", lambda c: f"added an evidence file to {c.ref}", "owner", "sha256"
    ),
    "referral_recorded": _a("Referral recorded", _referral_recorded),
    "referral_not_needed": _a("Referral not needed", _not_needed, "reason"),
    "case_decision_recorded": _a("Decision recorded", lambda c: f"recorded the decision on {c.ref}"),
    "case_outcome_added": _a("Outcome recorded", lambda c: _outcome(c, "recorded", "on")),
    "case_outcome_removed": _a("Outcome removed", lambda c: _outcome(c, "removed", "from")),
    "case_closed": _a("Case closed", lambda c: f"closed {c.ref}"),
    "case_reopened": _a("Case reopened", lambda c: f"reopened {c.ref}"),
    "case_appeal_recorded": _a("Appeal recorded", lambda c: f"recorded the appeal on {c.ref}"),
    "case_pack_exported": _a(
        "Case pack exported", lambda c: f"exported the case pack of {c.ref} as a PDF{_export(c)}"
    ),
    "outcome_letter_exported": _a(
        "Outcome letter exported", lambda c: f"exported an outcome letter for {c.ref} as a PDF{_export(c)}"
    ),
    "case_export_data_read": _a(
        "Case pack data read",
        lambda c: (
            f"read the case-pack data of {c.ref}"
            + (" with protected names" if c.d.get("redacted") is False else "")
        ),
        "redacted",
    ),
}


def fallback_what(code: str, c: Ctx) -> str:
    """A code this version does not know (a newer app wrote it): its name in words, never JSON."""
    words = code.replace("_", " ").strip() or "an event"
    return f"recorded “{words}”" + c.on() if words != NOTHING else "recorded an event"
