"""The case pack's closing sections: decision and outcome, appeal, sign-offs, the audit appendix."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from lcs_desktop.reports import flowables as f
from lcs_desktop.reports.case_pack_cells import _cell, _muted, plain_cell, table
from lcs_desktop.reports.case_pack_sections import Sections
from lcs_desktop.reports.text import NONE_RECORDED, fmt_date, fmt_datetime, markup

AUDIT_DETAILS_LIMIT = 1200  # characters of an event's sentence or details; the log keeps them all
ACTOR_COLUMN = 0.18  # the audit appendix's "Who" column, a fraction of the frame
SIGN_OFF_KINDS = {"closure": "Closure sign-off", "reopened": "Case reopened"}


def decision(d: Any, sec: Sections) -> list[Flowable]:
    head = sec.heading("Decision and outcome", "Policy §8: the finding on the allegation and what follows")
    x = d.decision
    if x is None:
        return [*head, f.para("No decision has been recorded yet.")]
    finding = f"<b>{markup(x.finding, empty='Not recorded')}</b>"
    if x.finding_meaning.strip():
        finding += f"<br/>{_muted(markup(x.finding_meaning))}"
    facts = f.key_values(
        [
            ("Finding", f.fixed(finding, "cell")),
            ("Decision-maker", x.decision_maker or "Not recorded"),
            ("Decided on", fmt_date(x.decided_on)),
        ]
    )
    parts: list[Flowable] = [*head, facts, Spacer(1, 3 * mm), *f.labelled_text("Reasons", x.reason)]
    rows = [
        [
            _cell(f"<b>{markup(o.label)}</b>"),
            _cell(fmt_date(o.review_on, empty="—")),
            _cell(fmt_date(o.expires_on, empty="—")),
            _cell(markup(o.details, limit=4000, empty="—")),
        ]
        for o in x.outcomes
    ]
    parts += [
        Spacer(1, 2 * mm),
        f.fixed("Outcomes", "label"),
        table(["Outcome", "Review on", "Expires on", "Details"], rows, [0.32, 0.13, 0.13, 0.42]),
    ]
    return parts


def appeal(d: Any, sec: Sections) -> list[Flowable]:
    head = sec.heading("Appeal")
    a = d.appeal
    if a is None:
        return [*head, f.para("No appeal has been lodged.")]
    facts = f.key_values(
        [
            ("Lodged on", fmt_date(a.lodged_on)),
            ("Heard on", fmt_date(a.heard_on, empty="Not yet heard")),
            ("Heard by", a.heard_by or "Not recorded"),
            ("Result", f.fixed(f"<b>{markup(a.result, empty='Awaited')}</b>", "cell")),
            ("Result given on", fmt_date(a.result_on, empty="—")),
        ]
    )
    parts = [*head, facts, Spacer(1, 3 * mm), *f.labelled_text("Grounds of appeal", a.grounds)]
    if a.result_reason.strip():
        parts += f.labelled_text("Reasons for the result", a.result_reason)
    return parts


def sign_offs(d: Any, sec: Sections) -> list[Flowable]:
    head = sec.heading("Sign-offs", "Closure needs the safeguarding lead's sign-off")
    rows = [
        [
            _cell(markup(SIGN_OFF_KINDS.get(s.kind, s.kind.replace("_", " ").capitalize()))),
            _cell(markup(s.signed_by, empty="—")),
            _cell(fmt_datetime(s.signed_at)),
            _cell(markup(s.note, limit=4000, empty="—")),
        ]
        for s in d.sign_offs
    ]
    recorded = table(["Sign-off", "By", "When", "Note"], rows, [0.2, 0.2, 0.16, 0.44])
    summary = d.summary
    # Closure is the safeguarding lead's sign-off: print who signed it on the lead's line.
    closures = [s.signed_by for s in d.sign_offs if s.kind == "closure" and s.signed_by.strip()]
    lead = closures[-1] if closures else None
    signatures = KeepTogether(
        [
            Spacer(1, 5 * mm),
            f.fixed("Signed to confirm that this pack is a true copy of the case record.", "body"),
            Spacer(1, 2 * mm),
            f.signature_block(
                [
                    ("Investigating officer", summary.investigating_officer or None),
                    ("Decision-maker", summary.decision_maker or None),
                    ("Safeguarding lead", lead),
                ]
            ),
        ]
    )
    return [*head, recorded, signatures]


def _happened(action: str, details: str) -> Paragraph:
    """The event's sentence, then its changed fields and reasons in smaller type."""
    text = markup(action[:AUDIT_DETAILS_LIMIT], empty="—")
    if details.strip():
        text += "<br/>" + _muted(markup(details, limit=AUDIT_DETAILS_LIMIT, empty=""))
    return _cell(text)


def audit_appendix(d: Any, sec: Sections) -> list[Flowable]:
    head = sec.heading(
        "Appendix: audit events for the case",
        "From the hash-chained audit log: every view, change and export of this case, oldest first",
        long_table=True,
    )
    rows = [
        [
            str(e.seq),
            fmt_datetime(e.at).replace(" ", "\n"),
            plain_cell(e.actor[:80] or "—", column=ACTOR_COLUMN),
            _happened(e.action, e.details),
        ]
        for e in d.audit_events
    ]
    return [
        *head,
        table(["Seq.", "When", "Who", "What happened"], rows, [0.07, 0.13, ACTOR_COLUMN, 0.62]),
    ]


def end_note(reference: str) -> list[Flowable]:
    return [
        Spacer(1, 8 * mm),
        f.fixed(
            f"<i>End of case pack {markup(reference, empty='')}. {NONE_RECORDED} means the item was not "
            "recorded in LCS Desktop.</i>",
            "small",
        ),
    ]
