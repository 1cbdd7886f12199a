"""What each audit action code says, after the person's name ("… recorded the LADO referral
on BC-2026-0007"). One entry per code the services write; ``fallback_what`` for any other."""

from __future__ import annotations

from lcs_desktop.domain.roles import PERMISSION_TEXT, Permission
from lcs_desktop.services.audit_actions_records import RECORD_ACTIONS
from lcs_desktop.services.audit_actions_sar import SAR_ACTIONS
from lcs_desktop.services.audit_phrases import (
    Ctx,
    Spec,
    account_phrase,
    act,
    attestation_phrase,
    backup_phrase,
    check_started_phrase,
    concern_phrase,
    entry_phrase,
    export_phrase,
    failed_phrase,
    fields_phrase,
    finding_added_phrase,
    key_rotated_phrase,
    not_needed_phrase,
    on_behalf_phrase,
    outcome_phrase,
    party_phrase,
    referral_recorded_phrase,
    restored_phrase,
    roles_phrase,
    signed_in_phrase,
    size_phrase,
    version_phrase,
)

__all__ = ["ACTIONS", "ATTEMPTS", "Ctx", "Spec", "fallback_what"]


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


ATTEMPTS: dict[str, str] = {
    "case_viewed": "open the case",
    "check_viewed": "open the check",
    "person_viewed": "open the person's record",
    "evidence_viewed": "view an evidence file",
    "protected_name_viewed": "see a protected name",
    "case_export_data_read": "read the case-pack data",
    "check_export_data_read": "read the check-record data",
    "people_exported": "export people",
    "export_register": "export a register to a spreadsheet",
    "audit_log_read": "read the audit log",
    "record_history_viewed": "read a record's history",
}


def _register_export(c: Ctx) -> str:
    """What was exported and how much, never a row of it: "exported the people register to an
    Excel workbook (12 rows, as filtered on screen, SHA-256 …)"."""
    c.used.update({"register", "format", "rows", "filtered", "sha256"})
    name = REGISTERS.get(str(c.d.get("register")))
    register = f"the {name} register" if name else "a register"
    kind = {"xlsx": "an Excel workbook", "csv": "a CSV file"}.get(str(c.d.get("format")), "a spreadsheet")
    parts = []
    if isinstance(rows := c.d.get("rows"), int):
        parts.append(f"{rows} row{'s' if rows != 1 else ''}")
    if c.d.get("filtered") is True:
        parts.append("as filtered on screen")
    if isinstance(sha := c.d.get("sha256"), str) and sha:
        parts.append(f"SHA-256 {sha[:16]}…")
    return f"exported {register} to {kind}" + (f" ({', '.join(parts)})" if parts else "")


REGISTERS = {
    "people": "people",
    "checks": "recruitment checks",
    "cases": "breach investigations",
    "referrals": "external referrals",
}

ACTIONS: dict[str, Spec] = {
    # accounts, sign-in and the app itself
    "organisation_set_up": act(
        "Organisation set up",
        lambda c: "set up LCS Desktop" + c.opt("organisation", " for {}"),
        "organisation",
    ),
    "user_added": act(
        "Account added", lambda c: f"added the account of {account_phrase(c)}{roles_phrase(c)}", "username"
    ),
    "roles_changed": act("Roles changed", lambda c: f"changed the roles of {account_phrase(c)}"),
    "user_activated": act("Account switched on", lambda c: f"switched on the account of {account_phrase(c)}"),
    "user_deactivated": act(
        "Account switched off", lambda c: f"switched off the account of {account_phrase(c)}"
    ),
    "password_reset": act("Password reset", lambda c: f"gave {account_phrase(c)} a temporary password"),
    "account_unlocked": act("Account unlocked", lambda c: f"unlocked the account of {account_phrase(c)}"),
    "remember_me_revoked": act(
        "'Remember me' ended", lambda c: f"ended 'remember me' for {account_phrase(c)}"
    ),
    "password_changed": act("Password changed", lambda c: "changed their own password"),
    "remember_me_on": act("'Remember me' turned on", lambda c: "turned on 'remember me' on their PC"),
    "remember_me_off": act("'Remember me' turned off", lambda c: "turned off 'remember me' on their PC"),
    "signed_in": act("Signed in", signed_in_phrase),
    "sign_in_failed": act("Sign-in failed", failed_phrase),
    "signed_out": act("Signed out", lambda c: "signed out"),
    "session_locked": act("App locked", lambda c: "locked the app (or it locked itself when idle)"),
    "session_unlocked": act("App unlocked", lambda c: "unlocked the app"),
    "recovered_with_recovery_key": act(
        "Recovery key used", lambda c: f"used the recovery key to set a new password for {account_phrase(c)}"
    ),
    "settings_changed": act("Settings changed", lambda c: "changed the organisation's settings"),
    "backup_made": act("Backup made", backup_phrase),
    "backups_deleted": act(
        "Older backups deleted",
        lambda c: "deleted " + (c.v("count") or "some") + " backups made before the database key was changed",
        "count",
    ),
    "backup_restored": act("Backup restored", restored_phrase),
    "backup_restore_started": act(
        "Backup restore started", lambda c: "signed out to restore a backup" + c.opt("file", " (file {})")
    ),
    "database_key_rotated": act("Database key changed", key_rotated_phrase, "reason"),
    "account_key_certified": act(
        "Signing key certified", lambda c: f"certified the signing key of {c.ref or 'the recovery key'}"
    ),
    "account_key_issued": act(
        "Signing key issued",
        lambda c: f"issued and certified a signing key for {c.ref or 'the recovery key'}",
    ),
    "account_key_registered": act(
        "Signing key registered",
        lambda c: (
            f"registered a signing key for {c.ref or 'the recovery key'}, to be certified by an administrator"
        ),
    ),
    "organisation_key_created": act(
        "Organisation key created", lambda c: "created the organisation's signing key"
    ),
    "export_signing_key_created": act(
        "PDF signing certificate created",
        lambda c: "created the organisation's certificate for signing exported PDFs",
        "fingerprint",
    ),
    "pdf_verified": act(
        "PDF checked",
        lambda c: (
            "checked an exported PDF's signature"
            + (" (the signature holds)" if c.d.get("signature_holds") else " (the signature does not hold)")
        ),
        "sha256",
        "signature_holds",
        "export_event",
    ),
    "record_history_viewed": act(
        "History viewed", lambda c: f"viewed the history of {c.ref or 'a record no longer recorded'}", "count"
    ),
    "access_refused": act("Refused attempt", lambda c: _attempt(c) + (f" ({c.ref})" if c.ref else "")),
    # people
    "person_viewed": act("Person viewed", lambda c: f"viewed the record of {c.ref}"),
    "person_added": act("Person added", lambda c: f"added {c.ref}" + c.opt("kind", " ({})")),
    "person_changed": act(
        "Person changed", lambda c: f"changed {fields_phrase(c, 'the record')} of {c.ref}", "fields"
    ),
    "people_imported": act(
        "People imported", lambda c: "imported " + (c.v("count") or "") + " people from a spreadsheet"
    ),
    "people_exported": act(
        "People exported", lambda c: "exported " + (c.v("count") or "") + " people to a CSV file"
    ),
    "register_exported": act("Register exported", _register_export),
    # recruitment checks
    "check_viewed": act("Check viewed", version_phrase),
    "check_started": act("Check started", check_started_phrase),
    "check_changed": act("Check changed", lambda c: f"changed the details of check {c.ref}"),
    "check_guard_confirmed": act(
        "Check guard confirmed",
        lambda c: f"confirmed that the checker may sit on the interview panel for check {c.ref}",
        "guard",
        "note",
    ),
    "check_scope_recorded": act(
        "Search scope recorded", lambda c: f"recorded the search scope of check {c.ref}"
    ),
    "check_attested": act(
        "Attestations recorded", lambda c: f"recorded the checker's attestations on check {c.ref}"
    ),
    "attestation_confirmed": act("Attestation confirmed", attestation_phrase),
    "check_completed": act(
        "Check completed", lambda c: f"completed check {c.ref}" + c.opt("result", " (result: {})")
    ),
    "check_completed_on_behalf": act("Check completed on behalf of the checker", on_behalf_phrase),
    "check_discussion_recorded": act(
        "Applicant discussion recorded",
        lambda c: f"recorded the applicant discussion on check {c.ref}" + c.opt("outcome", " (outcome: {})"),
    ),
    "check_discussion_changed": act(
        "Applicant discussion changed", lambda c: f"changed the applicant discussion on check {c.ref}"
    ),
    "check_amended": act(
        "Completed check reopened",
        lambda c: (
            f"reopened completed check {c.ref} to amend it" + c.opt("kept_version", " (version {} kept)")
        ),
    ),
    "check_exported": act(
        "Check record exported", lambda c: f"exported the check record of {c.ref} as a PDF{export_phrase(c)}"
    ),
    "check_export_data_read": act("Check record data read", lambda c: f"read check {c.ref} to export it"),
    "finding_added": act("Finding added", finding_added_phrase, "values"),
    "finding_changed": act("Finding changed", lambda c: f"changed a finding on check {c.ref}"),
    "finding_removed": act(
        "Finding removed",
        lambda c: f"removed a finding from check {c.ref}" + c.opt("category", " ({})"),
        "evidence_sha256",
    ),
    "evidence_added": act(
        "Evidence added", lambda c: f"added an evidence file{size_phrase(c)} to a finding on check {c.ref}"
    ),
    "evidence_removed": act(
        "Evidence removed", lambda c: f"removed an evidence file from check {c.ref}", "sha256"
    ),
    "evidence_viewed": act("Evidence viewed", lambda c: "viewed an evidence file" + c.on()),
    # breach cases
    "concern_reported": act("Concern recorded", concern_phrase),
    "case_viewed": act("Case viewed", lambda c: f"opened case {c.ref}"),
    "case_status_changed": act("Case status changed", lambda c: f"changed the status of {c.ref}"),
    "case_assigned": act("Case assigned", lambda c: f"assigned people to {c.ref}", "warnings"),
    "case_risk_rated": act("Risk rated", lambda c: f"rated the risk on {c.ref}"),
    "case_party_added": act("Affected person recorded", party_phrase),
    "protected_name_viewed": act(
        "Protected name viewed",
        lambda c: "viewed the protected name of " + (c.v("party_id") or "an affected person") + c.on(),
    ),
    "chronology_entry_added": act("Chronology entry added", entry_phrase),
    "chronology_entry_corrected": act(
        "Chronology entry corrected", lambda c: f"corrected a chronology entry on {c.ref}", "corrects"
    ),
    "case_evidence_added": act(
        "Case evidence added", lambda c: f"added an evidence file to {c.ref}", "owner", "sha256"
    ),
    "referral_recorded": act("Referral recorded", referral_recorded_phrase),
    "referral_not_needed": act("Referral not needed", not_needed_phrase, "reason"),
    "case_decision_recorded": act("Decision recorded", lambda c: f"recorded the decision on {c.ref}"),
    "case_outcome_added": act("Outcome recorded", lambda c: outcome_phrase(c, "recorded", "on")),
    "case_outcome_removed": act("Outcome removed", lambda c: outcome_phrase(c, "removed", "from")),
    "case_closed": act("Case closed", lambda c: f"closed {c.ref}"),
    "case_reopened": act("Case reopened", lambda c: f"reopened {c.ref}"),
    "case_appeal_recorded": act("Appeal recorded", lambda c: f"recorded the appeal on {c.ref}"),
    "case_pack_exported": act(
        "Case pack exported", lambda c: f"exported the case pack of {c.ref} as a PDF{export_phrase(c)}"
    ),
    "outcome_letter_exported": act(
        "Outcome letter exported",
        lambda c: f"exported an outcome letter for {c.ref} as a PDF{export_phrase(c)}",
    ),
    "case_export_data_read": act(
        "Case pack data read",
        lambda c: (
            f"read the case-pack data of {c.ref}"
            + (" with protected names" if c.d.get("redacted") is False else "")
        ),
        "redacted",
    ),
    # The annual policy review (issue 10): the period only, never a figure.
    "policy_review_viewed": act(
        "Policy review viewed",
        lambda c: f"looked at the policy review figures for {c.v('from') or '?'} to {c.v('to') or '?'}",
        "from",
        "to",
    ),
    "trustee_report_exported": act(
        "Trustee report exported",
        lambda c: (
            f"exported the trustee report for {c.v('from') or '?'} to {c.v('to') or '?'} as a PDF"
            + export_phrase(c)
        ),
        "from",
        "to",
    ),
}

ACTIONS.update(SAR_ACTIONS)  # subject access requests (issue 10)
ACTIONS.update(RECORD_ACTIONS)  # legal holds and deletion certificates (issue 10)


def fallback_what(code: str, c: Ctx) -> str:
    """A code this version does not know (a newer app wrote it): its name in words, never JSON."""
    words = " ".join(code.replace("_", " ").split())
    return (f"recorded “{words}”" if words else "recorded an event") + c.on()


from lcs_desktop.services.audit_actions_policy import POLICY_ACTIONS  # noqa: E402  (issue 10)

ACTIONS.update(POLICY_ACTIONS)
# Issue 10's retention schedule and review queue (their own module, merged in here).
from lcs_desktop.services.audit_actions_retention import RETENTION_ACTIONS  # noqa: E402

ACTIONS.update(RETENTION_ACTIONS)
