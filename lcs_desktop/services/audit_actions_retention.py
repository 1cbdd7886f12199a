"""What the retention schedule and review queue's audit events say (issue 10). Kept apart
from ``audit_actions`` so each part of the issue adds its codes without touching the others'."""

from __future__ import annotations

from lcs_desktop.services.audit_phrases import Ctx, Spec, act

RULES = {
    "check_not_appointed": "check of an applicant not appointed",
    "check_appointed": "check of a person appointed",
    "case_allegation": "allegation case",
    "case_unsubstantiated": "unsubstantiated or unfounded allegation",
    "case_malicious": "malicious or false allegation",
    "warning_expiry": "disciplinary warning",
    "person_no_records": "person with no remaining records",
    "audit_events": "audit events",
}


def _rule(c: Ctx) -> str:
    c.used.add("rule")
    return RULES.get(str(c.d.get("rule")), "a")


def _rule_changed(c: Ctx) -> str:
    c.used.update({"fields", "period_months", "action"})
    return f"changed the retention rule for the {_rule(c)}"


def _case(c: Ctx) -> str:
    return c.ref or c.v("reference") or "a case"


def _kept(c: Ctx) -> str:
    c.used.update({"reference", "months", "until"})
    ref = c.ref or c.v("reference") or "a record"
    months = c.v("months")
    more = f" for {months} more month{'s' if months != '1' else ''}" if months else " for longer"
    return f"kept {ref}{more} past its retention date" + c.opt("until", " (until {})")


RETENTION_ACTIONS: dict[str, Spec] = {
    "retention_rule_changed": act("Retention rule changed", _rule_changed),
    "retention_queue_viewed": act(
        "Retention review opened", lambda c: "opened the retention review queue", "rows"
    ),
    "retention_kept": act("Record kept longer", _kept),
    "retention_wish_recorded": act(
        "Subject's wish to keep recorded",
        lambda c: f"recorded that the subject of {_case(c)} wishes the record kept",
        "reference",
    ),
    "retention_wish_withdrawn": act(
        "Subject's wish to keep withdrawn",
        lambda c: f"withdrew the subject's wish to keep the record of {_case(c)}",
        "reference",
    ),
}
