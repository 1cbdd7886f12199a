"""Sentences for the records-over-time events this part writes: legal holds, and the deletion
certificates ("deleted check SMC-2026-0001 under rule CHK-NOT-APPOINTED: the retention period
has been reached"). Merged into ``audit_actions.ACTIONS``."""

from __future__ import annotations

from collections.abc import Callable

from lcs_desktop.domain.record_refs import KIND_LABELS, DeletionReason
from lcs_desktop.services.audit_phrases import Ctx, Spec, act


def _record(c: Ctx) -> str:
    kind = KIND_LABELS.get(str(c.d.get("kind")), "record")
    reference = c.d.get("reference")
    return f"{kind} {reference}" if isinstance(reference, str) and reference else kind


def _why(c: Ctx) -> str:
    c.used.update({"reason_category", "note", "rule", "method", "kind", "reference"})
    parts = []
    if isinstance(rule := c.d.get("rule"), str) and rule:
        parts.append(f"under rule {rule}")
    reason = str(c.d.get("reason_category"))
    if reason in DeletionReason.__members__.values():
        parts.append(DeletionReason(reason).label.lower())
    return (" (" + "; ".join(parts) + ")") if parts else ""


def _deleted(c: Ctx) -> str:
    extra = " with the person's records" if c.d.get("with_person") else ""
    return f"deleted the {_record(c)}{extra}{_why(c)}"


def _hold(verb: str) -> Callable[[Ctx], str]:
    def phrase(c: Ctx) -> str:
        c.used.add("hold_id")
        due = c.opt("review_on", ", review due {}")
        return f"{verb} a legal hold{c.on()}{due}"

    return phrase


RECORD_ACTIONS: dict[str, Spec] = {
    "backups_expired": act(
        "Expired backups deleted",
        lambda c: "deleted " + (c.v("count") or "some") + " backups older than the organisation's limit",
        "count",
    ),
    "legal_hold_placed": act("Legal hold placed", _hold("placed"), "hold_id", "review_on"),
    "legal_hold_lifted": act("Legal hold lifted", _hold("lifted"), "hold_id"),
    "record_deleted": act(
        "Record deleted (certificate)",
        _deleted,
        "reason_category",
        "note",
        "rule",
        "method",
        "kind",
        "reference",
    ),
    "record_reduced": act(
        "Record reduced (certificate)",
        lambda c: f"reduced the {_record(c)} to a minimal log{_why(c)}",
        "reason_category",
        "note",
        "rule",
        "method",
        "kind",
        "reference",
    ),
    "deletion_certificates_exported": act(
        "Deletion certificates exported",
        lambda c: (
            "exported "
            + (c.v("count") or "")
            + " deletion certificates as a PDF"
            + c.opt("sha256", " (SHA-256 {})")
        ),
        "count",
        "sha256",
    ),
}
