"""The trustee report's pages: a title, the suppression note, each table with its chart, the
medians. Charts are drawn from the shown counts only: a hidden count has no bar at all (a bar
of any length would give its size away), just its words."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from lcs_desktop.domain.suppression import ShownTable
from lcs_desktop.reports import flowables as f
from lcs_desktop.reports import fonts
from lcs_desktop.reports.pdf_base import ACCENT, FRAME_WIDTH, HEAD_FILL, INK, MUTED, RULE
from lcs_desktop.reports.text import markup
from lcs_desktop.reports.trustee_report_data import SUPPRESSION_NOTE, ReportTable, TrusteeReportData

BAR_HEIGHT = 9
BAR_GAP = 5
LABEL_WIDTH = 70 * mm
VALUE_WIDTH = 26 * mm


def _header(d: TrusteeReportData) -> list[Flowable]:
    return [
        f.fixed("Annual policy review: figures for the trustees", "title"),
        f.fixed(f"{markup(d.organisation, limit=120)} — {markup(d.period_text)}", "subtitle"),
        Spacer(1, 4 * mm),
        _boxed(f.fixed(markup(SUPPRESSION_NOTE), "body_tight")),
        Spacer(1, 4 * mm),
    ]


def _boxed(content: Flowable) -> Table:
    box = Table([[content]], colWidths=[FRAME_WIDTH])
    box.setStyle(
        f.grid_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), HEAD_FILL),
                ("BOX", (0, 0), (-1, -1), 0.6, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
                ("RIGHTPADDING", (0, 0), (-1, -1), 7),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return box


def _rows(t: ShownTable, heading: str) -> tuple[list[str], list[list[str]], list[float]]:
    wide = t.row_totals is not None
    header = [heading or " ", *t.column_labels] + (["Total"] if wide else [])
    rows = []
    for r, label in enumerate(t.row_labels):
        row = [label, *(x.text for x in t.cells[r])]
        if t.row_totals is not None:
            row.append(t.row_totals[r].text)
        rows.append(row)
    if t.column_totals is not None:
        rows.append(
            ["Total", *(x.text for x in t.column_totals)] + ([t.grand_total.text] if t.grand_total else [])
        )
    elif t.grand_total is not None:
        rows.append(["Total", t.grand_total.text])
    first = 0.46 if wide else 0.7
    rest = (1 - first) / (len(header) - 1)
    return header, rows, [first] + [rest] * (len(header) - 1)


def _chart(t: ShownTable) -> Drawing | None:
    """Horizontal bars for a one-column table's shown counts; None when nothing is shown."""
    if t.row_totals is not None or len(t.column_labels) != 1:
        return None
    counts = [row[0] for row in t.cells]
    shown = [x.shown for x in counts if x.shown is not None]
    if not shown:
        return None
    top = max(shown) or 1
    height = len(counts) * (BAR_HEIGHT + BAR_GAP) + BAR_GAP
    drawing = Drawing(FRAME_WIDTH, height)
    span = FRAME_WIDTH - LABEL_WIDTH - VALUE_WIDTH
    for i, (label, x) in enumerate(zip(t.row_labels, counts, strict=True)):
        y = height - (i + 1) * (BAR_HEIGHT + BAR_GAP)
        text = label if len(label) <= 48 else label[:47] + "…"
        drawing.add(String(0, y + 2, text, fontName=fonts.REGULAR, fontSize=7.5, fillColor=INK))
        if x.shown is None:
            drawing.add(
                String(LABEL_WIDTH + 3, y + 2, x.text, fontName=fonts.REGULAR, fontSize=7.5, fillColor=MUTED)
            )
            continue
        width = span * x.shown / top
        drawing.add(Rect(LABEL_WIDTH, y, width, BAR_HEIGHT, fillColor=ACCENT, strokeColor=None))
        drawing.add(
            String(
                LABEL_WIDTH + width + 3, y + 2, x.text, fontName=fonts.REGULAR, fontSize=7.5, fillColor=INK
            )
        )
    drawing.add(Rect(LABEL_WIDTH, 0, 0.4, height, fillColor=RULE, strokeColor=None))
    return drawing


def _table(item: ReportTable) -> list[Flowable]:
    header, rows, widths = _rows(item.table, item.row_heading)
    parts: list[Flowable] = [*f.section(item.title), f.para(item.note, "cite", empty="")]
    table = f.data_table(header, rows, widths)
    if isinstance(table, Table):  # counts line up on the right, as figures do
        table.setStyle(TableStyle([("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    parts.append(table)
    chart = _chart(item.table)
    if chart is not None:
        parts += [Spacer(1, 3 * mm), chart]
    parts.append(Spacer(1, 4 * mm))
    return parts


def story(d: TrusteeReportData) -> list[Flowable]:
    parts = _header(d)
    for item in d.tables:
        parts += _table(item)
    if d.measures:
        parts += f.section("How quickly concerns were handled")
        parts.append(f.key_values([(m.title, m.text) for m in d.measures], label_width=70 * mm))
    return parts
