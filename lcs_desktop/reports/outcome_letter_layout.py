"""The outcome letter's page: letterhead, address block, reference and date, the finding, the
outcome, the reasons, the right of appeal and the signature. Imports ReportLab."""

from __future__ import annotations

from functools import cache
from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, ListFlowable, ListItem, Paragraph, Spacer

from lcs_desktop.reports import fonts
from lcs_desktop.reports.outcome_letter_document import LetterDocument
from lcs_desktop.reports.pdf_base import ACCENT, MUTED
from lcs_desktop.reports.styles import styles
from lcs_desktop.reports.text import and_list, fmt_date, markup, quoted

REASON_LIMIT = 6000  # a letter states the reasons; the full record is in the case pack


@cache
def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("letter", parent=styles().body, fontSize=10.5, leading=15, spaceAfter=7)
    return {
        "body": base,
        "org": ParagraphStyle(
            "org",
            parent=base,
            fontName=fonts.BOLD,
            fontSize=14,
            leading=18,
            textColor=ACCENT,
            alignment=TA_RIGHT,
        ),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT, spaceAfter=0),
        "address": ParagraphStyle("address", parent=base, spaceAfter=0),
        "subject": ParagraphStyle(
            "subject_line", parent=base, fontName=fonts.BOLD, spaceBefore=4, spaceAfter=9
        ),
        "small": ParagraphStyle("letter_small", parent=base, fontSize=8.5, leading=11, textColor=MUTED),
    }


def _p(text: str, style: str = "body") -> Paragraph:
    return Paragraph(text, _styles()[style])


def _outcome_line(o: Any) -> str:
    text = f"<b>{markup(o.label)}</b>"
    if o.expires_on is not None:
        text += f". This will stay on your record until {fmt_date(o.expires_on)}"
    if o.review_on is not None:
        text += f". It will be reviewed on {fmt_date(o.review_on)}"
    if o.details.strip():
        text += f". {markup(o.details, limit=1500)}"
    return text.rstrip(".") + "."


def _finding_sentence(x: Any) -> str:
    finding = markup(x.finding, empty="").lower()
    meaning = markup(x.finding_meaning, empty="")
    sentence = f"The allegation was found to be <b>{finding}</b>."
    return f"{sentence} {meaning}" if meaning else sentence


def _lower_first(text: str) -> str:
    """'Contact supervisor' -> 'contact supervisor' inside a sentence; 'LADO officer' stays."""
    first = text.split(" ", 1)[0]
    return text if first.isupper() or not text else text[0].lower() + text[1:]


def _concern_sentence(d: Any) -> str:
    """What the concern was about: each breach type by its own name, quoted, as a list."""
    labels = [quoted(a.label) for a in d.allegations if a.label.strip()]
    if not labels:
        return "The concern was about a possible breach of the policy."
    kinds = "breach type" if len(labels) == 1 else "breach types"
    return f"The concern was about the {kinds} {markup(and_list(labels), empty='')}."


def story(d: Any, letter: LetterDocument) -> list[Flowable]:
    x = d.decision
    m, subject = d.summary, d.subject
    role = markup(_lower_first(subject.role or subject.kind), empty="a member of LCS")
    signatory = letter.signatory or x.decision_maker or ""
    address = [_p(f"<b>{markup(subject.name, limit=200)}</b>", "address")]
    address += [_p(markup(line, limit=200, empty=""), "address") for line in letter.address if line.strip()]
    outcomes = [ListItem(_p(_outcome_line(o)), leftIndent=12, value="•") for o in x.outcomes]
    parts: list[Flowable] = [
        _p(markup(d.cover.organisation, empty=""), "org"),
        Spacer(1, 10 * mm),
        *address,
        Spacer(1, 8 * mm),
        _p(f"Our reference: {markup(letter.reference, empty='')}", "right"),
        _p(f"Case reference: {markup(d.cover.reference, empty='')}", "right"),
        _p(f"Date: {fmt_date(letter.generated_at)}", "right"),
        *[_p(markup(n, empty=""), "right") for n in getattr(d, "notices", ())],
        Spacer(1, 8 * mm),
        _p(f"Dear {markup(subject.name, limit=200)},"),
        _p(
            f"Outcome of the investigation under the {markup(d.cover.policy, empty='')}, "
            f"reference {markup(d.cover.reference, empty='')}",
            "subject",
        ),
        *([_p(markup(d.cover.made_under, empty=""))] if d.cover.made_under else []),
        # The heading above names the outcome; the opening says what was investigated, once.
        _p(
            f"The investigation into the concern reported on {fmt_date(m.reported_at)}, in your role "
            f"as {role}, is complete. {_concern_sentence(d)} This letter tells you what was found, "
            "what has been decided and how you can appeal."
        ),
        _p(f"<b>Finding.</b> {_finding_sentence(x)}"),
    ]
    if outcomes:
        parts += [
            _p("<b>Outcome.</b> As a result, the following has been decided:"),
            ListFlowable(
                outcomes,
                bulletType="bullet",
                start="•",
                leftIndent=12,
                bulletFontSize=9,
                bulletFontName=fonts.REGULAR,
            ),
            Spacer(1, 3 * mm),
        ]
    parts += [_p(f"<b>Reasons.</b> {markup(x.reason, limit=REASON_LIMIT, empty='Not recorded.')}")]
    parts += [
        _p(
            f"<b>Your right of appeal.</b> You have the right to appeal against this decision. If you wish "
            f"to appeal, please write to {markup(letter.appeal_to)} within {letter.appeal_working_days} "
            "working days of the date of this letter, setting out your grounds of appeal. Your appeal will "
            "be heard by someone who was not involved in the decision, and you may be accompanied at the "
            "appeal meeting by a colleague or a trade union representative."
        ),
        _p(
            "If you have any questions about this letter, or need it in another format, please contact me. "
            "Support is available to you through your manager."
        ),
        KeepTogether(
            [
                _p("Yours sincerely,"),
                Spacer(1, 16 * mm),
                _p(f"<b>{markup(signatory, empty='')}</b>", "address"),
                _p(
                    f"{markup(letter.signatory_role, empty='')}, {markup(d.cover.organisation, empty='')}",
                    "address",
                ),
            ]
        ),
    ]
    return parts
