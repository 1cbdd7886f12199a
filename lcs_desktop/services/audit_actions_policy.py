"""Audit sentences for the policy register and acknowledgements (issue 10): merged into
``audit_actions.ACTIONS``. Each names the version's label, never the policy's words or a name."""

from __future__ import annotations

from lcs_desktop.services.audit_phrases import Ctx, Spec, act


def _version(c: Ctx) -> str:
    label = c.v("version")
    return f"version {label} of the Social Media Policy" if label else "a version of the Social Media Policy"


def _sha(c: Ctx) -> str:
    c.used.add("sha256")
    sha = c.d.get("sha256")
    return f"SHA-256 {sha[:16]}…" if isinstance(sha, str) and sha else ""


def _added(c: Ctx) -> str:
    sha = _sha(c)
    return f"added {_version(c)} to the policy register" + (f" (text {sha})" if sha else "")


def _approved(c: Ctx) -> str:
    verb = "corrected the approval of" if c.d.get("corrected") is True else "recorded the approval of"
    c.used.add("corrected")
    return (
        f"{verb} {_version(c)}"
        + c.opt("approved_on", " on {}")
        + c.opt("next_review_on", " (next review {})")
    )


def _acknowledged(c: Ctx) -> str:
    who = c.ref or "a person"
    return f"recorded that {who} acknowledged {_version(c)}" + c.opt("acknowledged_on", " on {}")


def _imported(c: Ctx) -> str:
    count = c.v("count") or "some"
    parts = [p for p in (c.opt("already", "{} already recorded, left as they were"), _sha(c)) if p]
    return f"imported {count} acknowledgements of {_version(c)} from a CSV file" + (
        f" ({', '.join(parts)})" if parts else ""
    )


def _exported(c: Ctx) -> str:
    c.used.update({"pending_only", "format", "rows"})
    what = (
        "who has not yet acknowledged" if c.d.get("pending_only") is not False else "the acknowledgements of"
    )
    kind = {"xlsx": "an Excel workbook", "csv": "a CSV file"}.get(str(c.d.get("format")), "a spreadsheet")
    parts = []
    if isinstance(rows := c.d.get("rows"), int):
        parts.append(f"{rows} row{'s' if rows != 1 else ''}")
    if sha := _sha(c):
        parts.append(sha)
    return f"exported {what} {_version(c)} to {kind}" + (f" ({', '.join(parts)})" if parts else "")


POLICY_ACTIONS: dict[str, Spec] = {
    "policy_version_added": act("Policy version added", _added),
    "policy_version_approved": act("Policy version approved", _approved),
    "policy_acknowledged": act("Policy acknowledged", _acknowledged, "method"),
    "policy_acknowledgements_imported": act("Acknowledgements imported", _imported),
    "policy_acknowledgements_exported": act("Acknowledgements exported", _exported),
}
