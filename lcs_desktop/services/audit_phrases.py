"""Phrases for audit sentences: the context a sentence is built from, and the parts several
action codes share (files, exports, referrals, outcomes, accounts). See ``audit_actions``."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from lcs_desktop.services.audit_words import (
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
        """The new value of a changed code or reference, as stored, or None (free text goes
        through ``change_lines``, which redacts it)."""
        pair = self.changes.get(key)
        if isinstance(pair, list | tuple) and len(pair) == 2 and pair[1] not in (None, ""):
            return str(pair[1])
        return None

    def opt(self, key: str, template: str) -> str:
        text = self.v(key)
        return template.format(text) if text is not None else ""

    def on(self, preposition: str = "on") -> str:
        return f" {preposition} {self.ref}" if self.ref else ""

    def leftover_lines(self) -> list[str]:
        """For an unknown code: every detail not said yet, in words (internal ids left out)."""
        skip = self.used | {"reason", "changes", "reference", "fields"}
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


def act(label: str, what: Callable[[Ctx], str], *uses: str) -> Spec:
    return Spec(label, what, frozenset(uses))


def size_phrase(c: Ctx) -> str:
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


def export_phrase(c: Ctx) -> str:
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


def fields_phrase(c: Ctx, otherwise: str) -> str:
    """ "the last name and date of birth" from the fields an event names, else ``otherwise``."""
    fields = c.d.get("fields")
    c.used.add("fields")
    if not isinstance(fields, list) or not fields or len(fields) > 3:
        return otherwise
    words = [_lower_first(field_label(str(f))) for f in fields]
    joined = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
    return f"the {joined}"


def _lower_first(label: str) -> str:
    return label[:1].lower() + label[1:] if label[1:2].islower() else label


def finding_added_phrase(c: Ctx) -> str:
    values = c.d.get("values")
    if not isinstance(values, dict):  # newer events: the category is a code kept in "changes"
        values = {k: pair[1] for k, pair in c.changes.items() if isinstance(pair, list) and len(pair) == 2}
    category = code_label(values.get("category")) if isinstance(values, dict) else None
    return f"added a finding to check {c.ref}" + (f" ({category})" if category else "")


def account_phrase(c: Ctx) -> str:
    return c.ref or "an account"


def roles_phrase(c: Ctx) -> str:
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


def referral_recorded_phrase(c: Ctx) -> str:
    state = c.new("state")
    if state == "not_needed":
        return f"recorded that {_referral(c)} is not needed on {c.ref}"
    if state == "needed":
        return f"recorded that {_referral(c)} is needed on {c.ref}"
    reference = c.new("reference")
    return f"recorded {_referral(c)} on {c.ref}" + (f" (reference {reference})" if reference else "")


def signed_in_phrase(c: Ctx) -> str:
    method = c.d.get("method")
    c.used.add("method")
    return {
        "remembered": "signed in (remembered on this PC)",
        "password": "signed in with their password",
    }.get(str(method), "signed in")


def failed_phrase(c: Ctx) -> str:
    name = c.d.get("username")
    c.used.add("username")
    if isinstance(name, str) and name in c.usernames:
        return f"failed to sign in as {c.usernames[name]}"
    return "failed to sign in with a username that has no account"


def backup_phrase(c: Ctx) -> str:
    kind = "the daily automatic backup" if c.d.get("kind") == "automatic" else "a backup"
    c.used.update({"kind", "file", "size"})
    return f"made {kind}" + c.opt("file", " ({})")


def restored_phrase(c: Ctx) -> str:
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


def version_phrase(c: Ctx) -> str:
    version = c.d.get("version")
    c.used.add("version")
    return f"viewed version {version} of check {c.ref}" if version else f"opened check {c.ref}"


def party_phrase(c: Ctx) -> str:
    kind = code_label(c.d.get("kind"))
    c.used.update({"kind", "name_recorded"})
    who = f"an affected {kind.lower()}" if kind else "an affected person"
    return f"recorded {who} on {c.ref}" + c.opt("reference", " (reference {})")


def outcome_phrase(c: Ctx, verb: str, preposition: str) -> str:
    kind = code_label(c.d.get("kind"))
    level = code_label(c.d.get("level"))
    c.used.update({"kind", "level", "review_on", "expires_on"})
    what = f"the outcome “{kind}{f' — {level}' if level else ''}”" if kind else "an outcome"
    return f"{verb} {what} {preposition} {c.ref}" + c.opt("review_on", ", review on {}")


def entry_phrase(c: Ctx) -> str:
    kind = code_label(c.d.get("kind"))
    c.used.add("kind")
    what = f"{'an' if kind[0] in 'AEIOU' else 'a'} {kind.lower()} entry" if kind else "an entry"
    return f"added {what} to the chronology of {c.ref}"


def concern_phrase(c: Ctx) -> str:
    subject = c.v("subject_person_id")
    late = " — reported later than one working day" if c.d.get("late_report") else ""
    c.used.update({"late_report", "breach_types", "platforms", "raised_by_kind"})
    about = f" about person {subject}" if subject else ""
    types = c.opt("breach_types", " ({})")
    return f"recorded a concern{about} as case {c.ref}{types}{late}"


def check_started_phrase(c: Ctx) -> str:
    person = c.v("person_id")
    c.used.update({"details", "out_of_recruitment"})
    outside = " outside recruitment" if c.d.get("out_of_recruitment") else ""
    return f"started check {c.ref}" + (f" on person {person}" if person else "") + outside


def _behalf(c: Ctx) -> str:
    checker = c.v("checker_id") or c.v("on_behalf_of") or c.v("on_behalf_of_id")
    return f" on behalf of the checker, {checker}" if checker else ""


def on_behalf_phrase(c: Ctx) -> str:
    return f"completed check {c.ref}" + (_behalf(c) or " on behalf of the checker")


def attestation_phrase(c: Ctx) -> str:
    """One of the checker's attestations, by its words on the form (whoever confirmed it)."""
    names = [c.d.get(k) for k in ("attestation", "field", "attestations")]
    c.used.update({"attestation", "field", "attestations"})
    found = [n for item in names for n in (item if isinstance(item, list) else [item]) if isinstance(n, str)]
    words = "; ".join(f"“{field_label(n)}”" for n in found)
    return f"confirmed {words or 'an attestation'} on check {c.ref}{_behalf(c)}"


def not_needed_phrase(c: Ctx) -> str:
    return f"recorded that {_referral(c)} is not needed on {c.ref}" + c.opt("reason", " — reason: {}")


def key_rotated_phrase(c: Ctx) -> str:
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
