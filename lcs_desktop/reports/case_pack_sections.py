"""The case pack's long sections: chronology, evidence, interviews and referrals; and the
numbered, bookmarked section headings (decision, appeal, sign-offs and the audit appendix are
in ``case_pack_closing``; the table parts in ``case_pack_cells``).

Chronology and audit rows print their text in full (a disciplinary file must not lose words):
the tables split inside a row when one entry is longer than a page.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from lcs_desktop.domain.checks import MAX_TEXT
from lcs_desktop.reports import flowables as f
from lcs_desktop.reports.bookmarks import ContentsEntry, SectionHeading
from lcs_desktop.reports.case_pack_cells import (
    _cell,
    _extra_styles,
    _muted,
    _styled,
    _Unkept,
    fit,
    flag,
    plain_cell,
    table,
)
from lcs_desktop.reports.styles import styles
from lcs_desktop.reports.text import clean, cut_point, fmt_date, fmt_datetime, markup

ENTRY_LIMIT = 2 * MAX_TEXT  # stored text is at most MAX_TEXT; redaction can lengthen it
CHUNK = 1500  # characters per paragraph inside a table cell
ENTRY_COLUMN, RECORDED_COLUMN = 0.47, 0.15  # chronology columns, fractions of the frame


class Sections:
    """Numbers the top-level sections and collects the contents entries as the story is built."""

    def __init__(self) -> None:
        self.entries: list[ContentsEntry] = []
        self.number = 0
        self._keys = 0  # every heading gets its own bookmark key, listed in the contents or not

    def heading(
        self,
        title: str,
        cite: str | None = None,
        *,
        level: int = 0,
        bookmark: bool = True,
        long_table: bool = False,
    ) -> list[Flowable]:
        if level == 0:
            self.number += 1
            title = f"{self.number}. {title}"
        key = f"s{self._keys}"
        self._keys += 1
        if bookmark:
            self.entries.append(ContentsEntry(key, title, level))
        style = styles().h1 if level == 0 else styles().h2
        parts: list[Flowable] = [
            CondPageBreak(60 * mm if long_table else 35 * mm if level == 0 else 25 * mm),
            SectionHeading(markup(title, limit=200, empty=""), style, key=key, title=title, level=level),
        ]
        if cite:
            parts.append(f.para(cite, "cite", empty=""))
        if long_table:
            # Room for the heading and the first rows is ensured above (a forced page break
            # left near-empty pages); keeping the heading with a 500-row table would make
            # ReportLab measure the whole table before splitting it.
            parts.append(_Unkept())
        return parts


# -- chronology -------------------------------------------------------------------------------


def entry_numbers(d: Any) -> dict[int, int]:
    """Chronology entry id -> its number in the pack (1, 2, ... in date order)."""
    return {e.id: n for n, e in enumerate(d.chronology, start=1)}


def evidence_numbers(d: Any) -> dict[int, str]:
    return {e.id: f"E{n}" for n, e in enumerate(d.evidence, start=1)}


def _chunks(text: str, size: int = CHUNK) -> list[str]:
    """Long text in pieces broken after a sentence (``text.cut_point``): a table row then splits
    between paragraphs instead of re-wrapping one huge paragraph at every page."""
    pieces: list[str] = []
    while len(text) > size:
        cut = cut_point(text, size)
        pieces.append(text[:cut].rstrip(" "))
        text = text[cut:].lstrip(" ")
    return [*pieces, text] if text else pieces


def _entry_cell(e: Any, numbers: dict[int, int]) -> list[Paragraph]:
    """One paragraph per part, each in a single style: ReportLab lays out a one-style
    paragraph on its fast path, several times quicker than mixed markup (500 rows add up)."""
    cell: list[Paragraph] = []
    if e.corrects_id is not None:
        target = numbers.get(e.corrects_id)
        cell.append(_styled(f"Correction to {f'no. {target}' if target else 'an earlier entry'}.", "flag"))
    cell.append(plain_cell(e.summary[:500] or "(no summary)", _extra_styles()["bold"], column=ENTRY_COLUMN))
    details = clean(e.details).strip()[:ENTRY_LIMIT]
    for line in details.split("\n"):  # the writer's line breaks kept, each line in chunks
        cell += [plain_cell(piece, column=ENTRY_COLUMN) for piece in _chunks(line.strip())]
    if e.participants.strip():
        cell.append(
            plain_cell("Present: " + e.participants[:500], _extra_styles()["muted"], column=ENTRY_COLUMN)
        )
    if e.corrected_by:
        later = ", ".join(f"no. {numbers[i]}" for i in e.corrected_by if i in numbers) or "a later entry"
        cell.append(_styled(f"Corrected by {later}: read with the correction.", "flag"))
    return cell


def _two_lines(first: str, second: str, column: float) -> list[Paragraph]:
    """A value and a muted note under it (who, then when), both plain text."""
    return [
        plain_cell(first or "—", column=column),
        plain_cell(second, _extra_styles()["muted"], column=column),
    ]


def chronology(d: Any, sec: Sections) -> list[Flowable]:
    numbers = entry_numbers(d)
    ev = evidence_numbers(d)
    rows = []
    for n, e in enumerate(d.chronology, start=1):
        rows.append(
            [
                str(n),
                fmt_datetime(e.occurred_at).replace(" ", "\n"),
                fit(e.kind, 0.11),
                _entry_cell(e, numbers),
                _two_lines(e.recorded_by[:120], fmt_datetime(e.recorded_at), RECORDED_COLUMN),
                fit(" ".join(ev[i] for i in e.evidence_ids if i in ev) or "—", 0.09),
            ]
        )
    cite = (
        "Every entry in date order. Entries are never changed: a correction is a new entry that "
        "points at the one it corrects. Times are Europe/London."
    )
    head = sec.heading("Chronology", cite, long_table=True)
    grid = table(
        ["No.", "When", "Kind", "Entry", "Recorded", "Files"],
        rows,
        [0.06, 0.12, 0.11, ENTRY_COLUMN, RECORDED_COLUMN, 0.09],
        bold_first=True,
    )
    return [*head, grid]


# -- evidence ---------------------------------------------------------------------------------


def evidence(d: Any, sec: Sections, include_images: bool) -> list[Flowable]:
    head = sec.heading(
        "Evidence",
        "Each file as stored (encrypted) with its SHA-256; compare a copy's hash to prove it unchanged.",
        long_table=True,
    )
    rows = []
    for number, x in zip(evidence_numbers(d).values(), d.evidence, strict=True):
        rows.append(
            [
                _cell(f"<b>{number}</b>"),
                _cell(f"{markup(x.filename, limit=200)}<br/>{_muted(markup(x.attached_to, limit=300))}"),
                _cell(f"{markup(x.added_by, limit=120, empty='—')}<br/>{_muted(fmt_datetime(x.added_at))}"),
                _cell(fmt_datetime(x.captured_at)),
                _cell(markup(x.sha256, empty="—"), "mono_small"),
            ]
        )
    parts = [
        *head,
        table(["No.", "File", "Added by", "Captured", "SHA-256"], rows, [0.07, 0.3, 0.17, 0.13, 0.33]),
    ]
    pictures = [(n, x) for n, x in zip(evidence_numbers(d).values(), d.evidence, strict=True) if x.image]
    if not pictures:
        return parts
    images_head = sec.heading("Evidence images", level=1)
    if not include_images:
        note = (
            "Pictures are withheld from this redacted copy: a screenshot may show a child or a family and "
            "cannot be redacted. Each file and its SHA-256 are listed above; the full copy shows them."
        )
        return [*parts, *images_head, f.para(note)]
    for index, (number, x) in enumerate(pictures):
        item = f.EvidenceFile(
            f"{number} · {x.filename}",
            x.media_type,
            x.sha256,
            x.captured_at,
            x.image,
            x.added_by,
            x.print_image,
        )
        picture = f.evidence_image(item, max_height=105 * mm)
        # The sub-heading goes with the first picture, never alone at the foot of a page.
        parts.append(KeepTogether([*images_head[1:], picture]) if index == 0 else picture)
    return parts


# -- interviews, referrals --------------------------------------------------------------------


def interviews(d: Any, sec: Sections) -> list[Flowable]:
    parts = sec.heading("Interviews", "Each interview entry from the chronology, in full")
    if not d.interviews:
        return [*parts, f.para(None)]
    numbers = entry_numbers(d)
    for e in d.interviews:
        title = f"Interview on {fmt_date(e.occurred_at)}: {e.summary}"
        parts += sec.heading(title, level=1, bookmark=False)
        facts = [
            ("Chronology entry", f"No. {numbers.get(e.id, '?')}"),
            ("When", fmt_datetime(e.occurred_at)),
            ("Present", e.participants or "Not recorded"),
            ("Recorded by", f"{e.recorded_by}, {fmt_datetime(e.recorded_at)}"),
        ]
        parts += [f.key_values(facts, label_width=38 * mm), Spacer(1, 2 * mm), *f.text_block(e.details)]
    return parts


def referral_summary(referrals: Sequence[Any]) -> str:
    if not referrals:
        return "None recorded"
    overdue = sum(1 for r in referrals if r.overdue)
    return f"{len(referrals)}" + (f" ({overdue} overdue)" if overdue else "")


def referrals(d: Any, sec: Sections) -> list[Flowable]:
    rows = []
    for r in d.referrals:
        due = fmt_datetime(r.due_at, empty="No fixed clock")
        if r.overdue:
            due = flag(f"{due}<br/>Overdue", True)
        made = fmt_date(r.made_on, empty="—")
        if r.made_late:
            made = flag(f"{made}<br/>Made late", True)
        outcome = markup(r.state, empty="")
        if r.reference.strip():
            outcome += f"<br/>Ref. {markup(r.reference, limit=80)}"
        notes = "<br/>".join(markup(t, limit=2000) for t in (r.reason, r.notes) if t.strip()) or "—"
        rows.append(
            [
                _cell(f"<b>{markup(r.label)}</b><br/>{_muted(markup(r.clock_text, empty=''))}"),
                _cell(fmt_datetime(r.clock_start)),
                _cell(due),
                _cell(made),
                _cell(outcome),
                _cell(notes),
            ]
        )
    head = sec.heading(
        "Referrals and their clocks",
        "LADO within one working day; ICO within 72 hours of awareness; DBS, police and Charity "
        "Commission as the duty arises. Working days exclude UK bank holidays.",
    )
    return [
        *head,
        table(
            ["Referral", "Clock from", "Due", "Made", "State", "Reason and notes"],
            rows,
            [0.19, 0.13, 0.14, 0.12, 0.15, 0.27],
        ),
    ]
