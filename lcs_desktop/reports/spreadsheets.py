"""A register as an XLSX workbook or a CSV file, from plain rows (no session, no Qt).

Cells that a spreadsheet would run as a formula (text starting = + - @) are kept as text:
in the workbook by the cell's type, in CSV by a leading apostrophe, the usual defence
against formula injection from a name someone typed. Dates are real date cells in the
workbook and dd/mm/yyyy in CSV, as the office reads them.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date, datetime

from lcs_desktop.reports.common import CancelCheck, Cancelled, Progress, ReportError

XLSX = "xlsx"
CSV = "csv"
FORMATS = (XLSX, CSV)
STEP = 1000
DATE_FORMAT = "dd/mm/yyyy"
DATE_TIME_FORMAT = "dd/mm/yyyy hh:mm"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

Cell = str | int | date | datetime | None


def csv_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return f"{value:%d/%m/%Y %H:%M}"
    if isinstance(value, date):
        return f"{value:%d/%m/%Y}"
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def to_csv(headings: Sequence[str], rows: Sequence[Sequence[Cell]]) -> bytes:
    """UTF-8 with a byte-order mark (so Excel reads accents right), commas, CRLF."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(headings)
    for row in rows:
        writer.writerow([csv_text(v) for v in row])
    return out.getvalue().encode("utf-8-sig")


def to_xlsx(
    title: str,
    headings: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> bytes:
    """One sheet: a bold header row that stays in view and filters, then the rows. openpyxl
    writes some thousands of rows a second: progress and Cancel every ``STEP`` rows."""
    try:  # loaded only when someone exports
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Font
        from openpyxl.utils import get_column_letter
    except ImportError:  # an incomplete installation: say so, and offer what still works
        raise ReportError(
            "Excel workbooks cannot be made on this PC because part of LCS Desktop is missing. "
            "Choose a CSV file instead, or ask IT to reinstall LCS Desktop."
        ) from None

    book = Workbook(write_only=True)
    # Neutral properties: the title says which register, never whose records.
    book.properties.creator = "LCS Desktop"
    book.properties.title = title
    sheet = book.create_sheet(title[:31])
    sheet.freeze_panes = "A2"
    widths = [len(h) for h in headings]
    for row in rows:
        for i, value in enumerate(row):
            widths[i] = max(widths[i], len(csv_text(value)))
    for i, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = min(max(width + 2, 8), 60)
    bold = Font(bold=True)
    header = []
    for heading in headings:
        cell = WriteOnlyCell(sheet, value=heading)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    for number, row in enumerate(rows, start=1):
        # Plain values where openpyxl writes them as they are (far quicker than a cell object
        # each); a cell object only where the type or the format must be set.
        sheet.append([_cell(sheet, v) if _needs_cell(v) else v for v in row])
        if number % STEP == 0:
            if cancelled is not None and cancelled():
                sheet.close()  # ends the half-written sheet's stream tidily before it is dropped
                raise Cancelled()
            if progress is not None:
                progress(number, len(rows))
    if rows:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(headings))}{len(rows) + 1}"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _needs_cell(value: Cell) -> bool:
    """Dates (for the office's format), and text openpyxl would take for a formula or an error."""
    return isinstance(value, date) or (isinstance(value, str) and value.startswith((*_FORMULA_START, "#")))


def _cell(sheet: object, value: Cell) -> object:
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=value)  # type: ignore[arg-type]
    if isinstance(value, str):
        cell.data_type = "s"  # never a formula, whatever the text starts with
    elif isinstance(value, datetime):
        cell.number_format = DATE_TIME_FORMAT
    elif isinstance(value, date):
        cell.number_format = DATE_FORMAT
    return cell
