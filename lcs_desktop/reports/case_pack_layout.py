"""The case pack's pages: cover, contents, summary, subject, the concern and the allegations;
the long sections (chronology, evidence, referrals, decision, appeal, audit) are in
``case_pack_sections``.

Imports ReportLab; only ``case_pack.build_case_pack_pdf`` imports this module.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table

from lcs_desktop.domain.cases import PartyKind
from lcs_desktop.reports import case_pack_closing as c
from lcs_desktop.reports import case_pack_sections as s
from lcs_desktop.reports import flowables as f
from lcs_desktop.reports import fonts
from lcs_desktop.reports.bookmarks import Anchor, Contents
from lcs_desktop.reports.case_pack_document import PackDocument
from lcs_desktop.reports.pdf_base import ACCENT, BANNER, FRAME_WIDTH, MUTED, RULE
from lcs_desktop.reports.styles import styles
from lcs_desktop.reports.text import count, fmt_datetime, markup

REDACTED_NOTE = (
    "<b>Redacted copy.</b> Children, families and third parties appear by their case reference "
    "only. The redaction applies to this document; the stored record is unchanged."
)
FULL_NOTE = (
    "<b>Full copy: names children, families and third parties.</b> Do not place this copy on a "
    "personnel file. Share it only with those who need it for the investigation or a hearing."
)
HANDLING = (
    "This pack holds special category and possibly criminal-offence data about identifiable "
    "people (UK GDPR Articles 9 and 10). Keep it in the locked disciplinary file or an access-"
    "controlled folder; do not email it unprotected, copy it, or leave it on a shared printer. "
    "Destroy it in line with LCS's retention schedule."
)


@cache
def _cover_styles() -> dict[str, ParagraphStyle]:
    base = styles().body
    return {
        "eyebrow": ParagraphStyle(
            "eyebrow", parent=base, fontName=fonts.BOLD, fontSize=9, textColor=MUTED, leading=12
        ),
        "title": ParagraphStyle(
            "cover_title", parent=base, fontName=fonts.BOLD, fontSize=26, leading=31, textColor=ACCENT
        ),
        "subtitle": ParagraphStyle("cover_sub", parent=base, fontSize=11, leading=15, textColor=MUTED),
        "marking": ParagraphStyle(
            "marking",
            parent=base,
            fontName=fonts.BOLD,
            fontSize=12,
            leading=15,
            textColor=BANNER,
            alignment=TA_CENTER,
        ),
        "note": ParagraphStyle("note", parent=base, fontSize=9, leading=12.5),
    }


def _boxed(content: Flowable, colour: Any, fill: str | None = None, pad: float = 7) -> Table:
    box = Table([[content]], colWidths=[FRAME_WIDTH], hAlign="LEFT")
    commands: list[tuple] = [
        ("BOX", (0, 0), (-1, -1), 1.1, colour),
        ("LEFTPADDING", (0, 0), (-1, -1), pad + 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad + 2),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
    ]
    if fill:
        commands.append(("BACKGROUND", (0, 0), (-1, -1), fill))
    box.setStyle(f.grid_style(commands))
    return box


def _p(text: str, style: ParagraphStyle) -> Flowable:
    return Paragraph(text, style)


def _party_kind(kind: str) -> str:
    try:
        return PartyKind(kind).label
    except ValueError:
        return kind.replace("_", " ").capitalize()


def _cover(d: Any, doc: PackDocument) -> list[Flowable]:
    cs = _cover_styles()
    c, subject = d.cover, d.subject
    finding = d.decision.finding if d.decision and d.decision.finding else "Not yet decided"
    facts = f.key_values(
        [
            ("Case reference", f.fixed(f"<b>{markup(c.reference, empty='')}</b>", "cell")),
            ("Subject", f.fixed(f"<b>{markup(c.subject_name, limit=200)}</b>", "cell")),
            ("Role", f"{subject.role} ({subject.kind})" if subject.role else subject.kind),
            ("Status", c.status),
            ("Risk rating", c.risk),
            ("Finding", finding),
            ("Investigating officer", d.summary.investigating_officer or "Not assigned"),
            ("Decision-maker", d.summary.decision_maker or "Not assigned"),
            ("Document reference", f.fixed(f"<b>{markup(doc.reference, empty='')}</b>", "cell")),
            ("This copy", "Redacted" if d.redacted else "Full (names children, families and third parties)"),
            ("Prepared by", f"{doc.generated_by}, {fmt_datetime(doc.generated_at)} (Europe/London)"),
        ],
        label_width=46 * mm,
    )
    note = REDACTED_NOTE if d.redacted else FULL_NOTE
    return [
        Anchor("cover", "Cover"),
        Spacer(1, 12 * mm),
        _p(markup(c.organisation, empty="").upper(), cs["eyebrow"]),
        Spacer(1, 3 * mm),
        _p("Disciplinary case pack", cs["title"]),
        _p(
            f"Breach investigation {markup(c.reference, empty='')} under the {markup(c.policy, empty='')}, "
            "§8 Responding to Concerns",
            cs["subtitle"],
        ),
        *([_p(markup(c.made_under, empty=""), cs["subtitle"])] if c.made_under else []),
        Spacer(1, 9 * mm),
        _boxed(_p(markup(doc.classification, empty=""), cs["marking"]), BANNER, "#FBF3F3", 6),
        Spacer(1, 8 * mm),
        facts,
        *[
            _boxed(_p(markup(n, empty=""), cs["note"]), BANNER, "#FBF3F3", 6)
            for n in getattr(d, "notices", ())
        ],
        Spacer(1, 8 * mm),
        _boxed(_p(note, cs["note"]), ACCENT if d.redacted else BANNER, None, 6),
        Spacer(1, 4 * mm),
        _boxed(_p(HANDLING, cs["note"]), RULE, "#F7F9FB", 6),
        PageBreak(),
    ]


def _summary(d: Any, sec: s.Sections) -> list[Flowable]:
    m = d.summary
    late = " — more than one working day: flagged" if m.late_report else ""
    outcomes = "; ".join(o.label for o in d.decision.outcomes) if d.decision else ""
    rows: list[tuple[str, object]] = [
        ("Concern happened", fmt_datetime(m.concern_at)),
        ("Reported", f"{fmt_datetime(m.reported_at)} to {m.reported_to}"),
        ("Time to report", f.fixed(s.flag(f"{markup(m.time_to_report)}{late}", bool(late)), "cell")),
        ("Raised by", m.raised_by),
        ("Risk rating", d.cover.risk),
        ("Breach types", "; ".join(f"{a.label} ({a.section_text})" for a in d.allegations) or "—"),
        ("Platforms", ", ".join(m.platforms) or "None recorded"),
        ("Status", d.cover.status),
        (
            "Chronology",
            f"{count(len(d.chronology), 'entry', 'entries')} ({count(len(d.interviews), 'interview')})",
        ),
        ("Evidence", count(len(d.evidence), "file")),
        ("Referrals", s.referral_summary(d.referrals)),
        ("Outcome", outcomes or "Not yet decided"),
    ]
    return [*sec.heading("Summary"), f.key_values(rows)]


def _subject(d: Any, sec: s.Sections) -> list[Flowable]:
    p = d.subject
    rows: list[tuple[str, object]] = [
        ("Name", f.fixed(f"<b>{markup(p.name, limit=200)}</b>", "cell")),
        ("Person reference", p.reference),
        ("Bound by the policy as", p.kind),
        ("Role", p.role or "Not recorded"),
    ]
    return [*sec.heading("The subject and their role"), f.key_values(rows)]


def _concern(d: Any, sec: s.Sections) -> list[Flowable]:
    m = d.summary
    parts = [*sec.heading("The concern"), *f.labelled_text("What was seen", m.what_was_seen)]
    parts += f.labelled_text("Immediate safeguarding actions", m.immediate_actions)
    parts.append(f.fixed("Children, families and third parties affected", "label"))
    withheld = "Withheld (redacted copy)" if d.redacted else "No name recorded"
    rows = [[_party_kind(p.kind), p.reference, p.name or withheld] for p in d.parties]
    parts.append(f.data_table(["Who", "Case reference", "Name"], rows, [0.2, 0.3, 0.5]))
    return parts


def _allegations(d: Any, sec: s.Sections) -> list[Flowable]:
    parts = sec.heading(
        "Allegations and the policy",
        "Each breach type recorded on the case, with the words of the policy it relates to",
    )
    if not d.allegations:
        return [*parts, f.para(None)]
    for number, a in enumerate(d.allegations, start=1):
        block: list[Flowable] = [
            *sec.heading(f"Allegation {number}: {a.label}", level=1),
            f.fixed(f"Policy {markup(a.section_text, empty='')}", "cite"),
        ]
        for clause in a.clauses:
            block.append(
                f.fixed(
                    f"“{markup(clause.text, empty='')}”<br/><font size='7.5'>— "
                    f"{markup(d.cover.policy, empty='')}, {markup(clause.citation, empty='')}</font>",
                    "quote",
                )
            )
        parts.append(KeepTogether(block))
    return parts


def story(d: Any, doc: PackDocument) -> list[Flowable]:
    """Every page of the pack, in order; the contents page is filled in once sections are known."""
    sec = s.Sections()
    body: list[Flowable] = []
    body += _summary(d, sec)
    body += _subject(d, sec)
    body += _concern(d, sec)
    body += _allegations(d, sec)
    body += s.chronology(d, sec)
    body += s.evidence(d, sec, doc.include_images)
    body += s.interviews(d, sec)
    body += s.referrals(d, sec)
    body += c.decision(d, sec)
    body += c.appeal(d, sec)
    body += c.sign_offs(d, sec)
    body += c.audit_appendix(d, sec)
    contents = [
        Anchor("contents", "Contents"),
        _p("Contents", _cover_styles()["title"]),
        Spacer(1, 6 * mm),
        Contents(sec.entries),
        PageBreak(),
    ]
    return [*_cover(d, doc), *contents, *body, *c.end_note(doc.reference)]
