"""Each audit event as a sentence a safeguarding lead, a tribunal or IT can read.

"30/11/2026 00:07 — Jane Smith recorded the LADO referral on BC-2026-0007 (reference
LADO-2026-555)", then one line per changed field ("Risk: — → High"). Pure functions over
an event and the names and references looked up for its page (``audit_lookups``), used by
the Audit log page and the case pack's appendix alike. The raw fields stay in the log.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from lcs_desktop.services.audit_actions import ACTIONS, Ctx, fallback_what
from lcs_desktop.services.audit_words import (
    CASE_KEYS,
    CHECK_KEYS,
    PARTY_KEYS,
    PERSON_KEYS,
    USER_KEYS,
    change_lines,
    field_label,
    london_text,
    value_text,
)

REFUSED_ACTION = "access_refused"
# What the administrator role alone may read of a record event (not case content).
VISIBLE_WITHOUT_VALUES = frozenset(
    {"sha256", "reference", "document_reference", "pages", "redacted", "attempted", "version", "fields"}
)
HIDDEN_NOTE = "values are shown only to case roles"
HISTORY_NOTE = "the values are in the record's history"
# Newer events name the fields and hash their values (services/record_history.py): the hashes
# and the history's sequence number are for matching, not for reading.
_MATCHING_ONLY = ("hashes", "history", "reason_given")
SYSTEM_ACTORS = {"system": "LCS Desktop", "-": "Someone", "": "Someone"}


@dataclass(frozen=True, slots=True)
class AuditFacts:
    """One stored event, its details already parsed from JSON."""

    seq: int
    at: datetime
    actor_id: int | None
    actor: str
    action: str
    entity_type: str | None
    entity_id: str | None
    details: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class AuditNames:
    """Names and references for one page of events, looked up in one batch."""

    users: Mapping[int, str] = field(default_factory=dict)  # account id -> full name
    usernames: Mapping[str, str] = field(default_factory=dict)  # username -> full name
    cases: Mapping[int, str] = field(default_factory=dict)  # case id -> BC-…
    checks: Mapping[int, str] = field(default_factory=dict)  # check id -> SMC-…
    people: Mapping[int, str] = field(default_factory=dict)  # person id -> their reference
    parties: Mapping[int, str] = field(default_factory=dict)  # affected party id -> its reference

    def tables(self) -> dict[str, Mapping[int, str]]:
        return {"users": self.users, "people": self.people, "parties": self.parties}


@dataclass(frozen=True, slots=True)
class Wanted:
    """The ids a page of events refers to (what ``audit_lookups`` fetches)."""

    users: set[int] = field(default_factory=set)
    usernames: set[str] = field(default_factory=set)
    cases: set[int] = field(default_factory=set)
    checks: set[int] = field(default_factory=set)
    people: set[int] = field(default_factory=set)
    parties: set[int] = field(default_factory=set)


@dataclass(frozen=True, slots=True)
class AuditSentence:
    when: str  # 30/11/2026 00:07 (Europe/London)
    who: str  # the person's full name, or "LCS Desktop" for the app itself
    what: str  # "recorded the LADO referral on BC-2026-0007 (reference LADO-2026-555)"
    lines: tuple[str, ...] = ()  # "Risk: — → High", "Reason: …"

    @property
    def text(self) -> str:
        return f"{self.when} — {self.who} {self.what}"

    @property
    def what_capitalised(self) -> str:
        return self.what[:1].upper() + self.what[1:]

    @property
    def full_text(self) -> str:
        return self.text + "".join(f"\n    {line}" for line in self.lines)


def _as_int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None


def wanted(events: list[AuditFacts]) -> Wanted:
    """Every account, record and party a page of events names, for one batched lookup."""
    w = Wanted()
    by_entity = {"breach_case": w.cases, "check": w.checks, "person": w.people, "user": w.users}
    by_key = [(USER_KEYS, w.users), (PERSON_KEYS, w.people), (PARTY_KEYS, w.parties)]
    by_key += [(CASE_KEYS, w.cases), (CHECK_KEYS, w.checks)]
    for e in events:
        if e.actor_id is not None:
            w.users.add(e.actor_id)
        if (target := by_entity.get(e.entity_type or "")) is not None and (i := _as_int(e.entity_id)):
            target.add(i)
        if isinstance(name := e.details.get("username"), str):
            w.usernames.add(name)
        changes = e.details.get("changes")
        pairs = list(e.details.items()) + (list(changes.items()) if isinstance(changes, dict) else [])
        for key, value in pairs:
            for keys, ids in by_key:
                if key in keys:
                    values = value if isinstance(value, list) else [value]
                    ids.update(i for v in values if (i := _as_int(v)) is not None)
    return w


def _who(e: AuditFacts, names: AuditNames) -> str:
    if e.actor_id is not None and e.actor_id in names.users:
        return names.users[e.actor_id]
    if e.actor in SYSTEM_ACTORS:
        return SYSTEM_ACTORS[e.actor]
    return names.usernames.get(e.actor, e.actor)


def _record(e: AuditFacts, names: AuditNames) -> str:
    """The record the event is about, by its reference (never the internal id)."""
    i = _as_int(e.entity_id)
    reference = e.details.get("reference")
    if e.entity_type == "breach_case":
        found = names.cases.get(i) if i is not None else None
        return found or (
            reference if isinstance(reference, str) and reference else "a case no longer recorded"
        )
    if e.entity_type == "check":
        return (names.checks.get(i) if i is not None else None) or "a check no longer recorded"
    if e.entity_type == "person":
        found = names.people.get(i) if i is not None else None
        return f"person {found}" if found else ("people" if i is None else "a person no longer recorded")
    if e.entity_type == "user":
        return (names.users.get(i) if i is not None else None) or "an account no longer recorded"
    # Another kind of record (an evidence file, say): name the case, check or person it belongs to.
    for key, table in (("case_id", names.cases), ("check_id", names.checks)):
        if (owner := _as_int(e.details.get(key))) is not None and owner in table:
            return table[owner]
    if (owner := _as_int(e.details.get("person_id"))) is not None and owner in names.people:
        return f"person {names.people[owner]}"
    return ""


def render(
    e: AuditFacts,
    names: AuditNames,
    *,
    show_values: bool = True,
    redact: Callable[[str], str] = lambda t: t,
) -> AuditSentence:
    """The sentence for one event. Without ``show_values`` (the administrator role alone, on
    a record event) it says what happened and which fields changed, never their values."""
    details = dict(e.details)
    for key in _MATCHING_ONLY:
        details.pop(key, None)
    changes = details.pop("changes", None)
    roles = details.get("roles")
    if changes is None and e.action == "roles_changed" and isinstance(roles, list) and len(roles) == 2:
        changes = {"roles": details.pop("roles")}  # stored as [old, new] beside, not in, "changes"
    if not show_values:
        details = {k: v for k, v in details.items() if k in VISIBLE_WITHOUT_VALUES}
    tables = names.tables()
    shown_changes = changes if show_values and isinstance(changes, dict) else {}
    ctx = Ctx(_record(e, names), details, tables, names.usernames, redact, shown_changes)
    spec = ACTIONS.get(e.action)
    what = spec.what(ctx) if spec is not None else fallback_what(e.action, ctx)
    lines: list[str] = []
    fields = details.get("fields")
    if isinstance(changes, dict) and changes and show_values:
        lines += change_lines(changes, tables, redact)
    listed = [str(f) for f in fields] if isinstance(fields, list) else []
    if not listed and isinstance(changes, dict):
        listed = list(changes)
    unsaid = [f for f in listed if not (show_values and isinstance(changes, dict) and f in changes)]
    if unsaid:
        note = HIDDEN_NOTE if not show_values else HISTORY_NOTE
        lines.append(f"Fields changed: {', '.join(field_label(k) for k in unsaid)} ({note})")
    if changes is not None and not isinstance(changes, dict):
        lines.append(f"Changes: {value_text('changes', changes, tables, redact)}" if show_values else "")
    reason = details.get("reason")
    if isinstance(reason, str) and reason.strip() and (spec is None or "reason" not in spec.uses):
        lines.append(f"Reason: {value_text('reason', reason, tables, redact)}")
    if details.get("overwrite") is True:  # the conflict dialog's "Overwrite with mine" (issue 11)
        lines.append("Saved over a change made meanwhile at another desk.")
    if spec is None:
        lines += ctx.leftover_lines()
    return AuditSentence(london_text(e.at), _who(e, names), what, tuple(line for line in lines if line))


def action_label(code: str) -> str:
    """What the Action filter shows for a stored code ("Referral recorded")."""
    spec = ACTIONS.get(code)
    if spec is not None:
        return spec.label
    words = code.replace("_", " ").strip()
    return words[:1].upper() + words[1:]
