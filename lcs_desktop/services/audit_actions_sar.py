"""What the subject access audit codes say (issue 10). Details are content-free: the request's
reference, the person's id, dates, counts and the kind of a redaction decision."""

from __future__ import annotations

from datetime import date

from lcs_desktop.services.audit_phrases import Ctx, Spec, act


def _day(c: Ctx, key: str) -> str:
    c.used.add(key)
    value = c.d.get(key)
    try:
        return date.fromisoformat(str(value)).strftime("%d/%m/%Y")
    except ValueError:
        return ""


def _request(c: Ctx) -> str:
    c.used.add("reference")
    reference = c.d.get("reference")
    name = (
        f"subject access request {reference}"
        if isinstance(reference, str) and reference
        else "a subject access request"
    )
    return name + (f" for {c.ref}" if c.ref else "")


def _opened(c: Ctx) -> str:
    parts = [f"received {r}" for r in [_day(c, "received_on")] if r] + [
        f"due {u}" for u in [_day(c, "due_on")] if u
    ]
    return f"recorded {_request(c)}" + (f" ({', '.join(parts)})" if parts else "")


def _decided(c: Ctx) -> str:
    c.used.update({"item_kind", "decision", "exemption"})
    from lcs_desktop.domain.subject_access import Exemption

    exemption = c.d.get("exemption")
    label = Exemption(exemption).label.lower() if exemption in {e.value for e in Exemption} else ""
    if c.d.get("decision") == "accepted":
        how = "accepted a proposed redaction" + (f" ({label})" if label else "")
    elif c.d.get("decision") == "rejected":
        how = "rejected a proposed redaction (the item is disclosed)"
    else:
        how = "decided on a proposed redaction"
    return f"{how} in {_request(c)}"


def _assembled(c: Ctx) -> str:
    c.used.update({"document_reference", "pages", "sha256", "evidence_files", "redactions", "disclosed"})
    parts = []
    if isinstance(doc := c.d.get("document_reference"), str):
        parts.append(f"document {doc}")
    if isinstance(pages := c.d.get("pages"), int):
        parts.append(f"{pages} page{'s' if pages != 1 else ''}")
    if isinstance(files := c.d.get("evidence_files"), int):
        parts.append(f"{files} evidence file{'s' if files != 1 else ''}")
    if isinstance(n := c.d.get("redactions"), int):
        parts.append(f"{n} redaction{'s' if n != 1 else ''}")
    if isinstance(sha := c.d.get("sha256"), str) and sha:
        parts.append(f"SHA-256 {sha[:16]}…")
    return f"built the pack for {_request(c)}" + (f" ({', '.join(parts)})" if parts else "")


def _released(c: Ctx) -> str:
    when = _day(c, "answered_on")
    c.used.add("on_time")
    timing = {True: ", on time", False: ", late"}.get(c.d.get("on_time"), "")  # type: ignore[call-overload]
    return f"recorded {_request(c)} as answered" + (f" ({when}{timing})" if when else "")


SAR_ACTIONS: dict[str, Spec] = {
    "sar_opened": act("Subject access request recorded", _opened),
    "sar_clock_paused": act(
        "Subject access clock stopped",
        lambda c: f"stopped the clock on {_request(c)} while details are clarified",
        "paused_on",
    ),
    "sar_clock_resumed": act(
        "Subject access clock restarted",
        lambda c: (
            f"restarted the clock on {_request(c)}"
            + (f" after {c.v('days_paused')} days" if c.v("days_paused") else "")
        ),
    ),
    "sar_extended": act(
        "Subject access request extended",
        lambda c: (
            f"extended {_request(c)} by two months" + (f" (now due {d})" if (d := _day(c, "due_on")) else "")
        ),
    ),
    "sar_records_read": act(
        "Subject access records read",
        lambda c: f"read the records for {_request(c)} to review its redactions",
    ),
    "sar_redaction_decided": act("Subject access redaction decided", _decided),
    "sar_pack_assembled": act("Subject access pack built", _assembled),
    "sar_released": act("Subject access request answered", _released),
}
