"""Reading a CSV of policy acknowledgements (nothing is written here): each row a person's
reference and the date they acknowledged, matched to people already recorded by reference.

Read as the people import reads (domain/spreadsheets.py): UTF-8 with or without a byte-order
mark or Windows-1252, commas or semicolons, dates day first (a month-first file is refused
whole) and shown back in words. Row numbers match the spreadsheet (header = 1).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from lcs_desktop.domain.errors import ValidationError
from lcs_desktop.domain.people import RowProblem, parse_date, reference_key
from lcs_desktop.domain.policy_register import ACKNOWLEDGING_KINDS, validate_acknowledged_on
from lcs_desktop.domain.spreadsheets import (
    MONTHS,
    UTF8,
    SheetRefused,
    date_in_words,
    decode_text,
    describe_reading,
    month_first,
    sniff_separator,
)
from lcs_desktop.services.people_import import MAX_FILE_BYTES, MAX_ROWS

# Header names as people type them, to the column they mean.
HEADERS = {
    "reference": "reference",
    "ref": "reference",
    "person reference": "reference",
    "acknowledged_on": "acknowledged_on",
    "acknowledged on": "acknowledged_on",
    "acknowledged": "acknowledged_on",
    "date": "acknowledged_on",
    "date acknowledged": "acknowledged_on",
}


_IN_WORDS = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})$")
_MONTHS = (
    {m.lower(): i for i, m in enumerate(MONTHS, start=1)}
    | {m[:3].lower(): i for i, m in enumerate(MONTHS, start=1)}
    | {"sept": 9}
)


def parse_day(text: str) -> date | None:
    """dd/mm/yyyy, yyyy-mm-dd or in words ("3 December 2025", "3rd Dec 2025")."""
    match = _IN_WORDS.match(text.strip())
    if match and match.group(2).lower() in _MONTHS:
        try:
            return date(int(match.group(3)), _MONTHS[match.group(2).lower()], int(match.group(1)))
        except ValueError:
            raise ValidationError(
                f"'{text.strip()}' is not a real date (the date acknowledged).", "acknowledged_on"
            ) from None
    return parse_date(text, "acknowledged_on", "the date acknowledged")


@dataclass(frozen=True, slots=True)
class Known:
    """A person the file may name: their id, kind and name (for the preview only)."""

    id: int
    kind: str
    name: str


@dataclass(frozen=True, slots=True)
class AckRowIn:
    row: int
    person_id: int
    reference: str
    name: str
    acknowledged_on: date


@dataclass(frozen=True, slots=True)
class AckImportPreview:
    rows: tuple[AckRowIn, ...]
    problems: tuple[RowProblem, ...]
    file_problems: tuple[str, ...] = ()
    warnings: tuple[RowProblem, ...] = ()  # already acknowledged: left as they are
    encoding: str = UTF8
    separator: str = ","

    @property
    def ok(self) -> bool:
        return not self.problems and not self.file_problems and bool(self.rows)

    def messages(self) -> list[str]:
        return [*self.file_problems, *(str(p) for p in self.problems)]

    def notes(self) -> list[str]:
        return [str(w) for w in self.warnings]

    def row_lines(self) -> list[str]:
        """Each row as read, the date in words so a swapped day and month shows."""
        return [
            f"Row {r.row}: {r.name} ({r.reference}), acknowledged {date_in_words(r.acknowledged_on)}"
            for r in self.rows
        ]

    def describe_file(self) -> str:
        return describe_reading(self.encoding, self.separator)


class AckImportRefused(SheetRefused):
    """A file with any bad row imports nothing; ``preview`` says which rows and why."""

    preview: AckImportPreview


def _file_problem(message: str) -> AckImportPreview:
    return AckImportPreview((), (), (message,))


def read_acknowledgements(
    data: bytes, people: Mapping[str, Known], acknowledged: set[int], today: date, version_label: str
) -> AckImportPreview:
    """``people``: reference key -> person; ``acknowledged``: person ids who already have."""
    if not data.strip():
        return _file_problem("The file is empty.")
    if len(data) > MAX_FILE_BYTES:
        return _file_problem("The file is larger than 20 MB; split it into smaller files.")
    decoded = decode_text(data)
    if decoded is None:
        return _file_problem(
            "The file is not text a spreadsheet saves. In Excel use 'Save As' and choose "
            "'CSV UTF-8 (Comma delimited)'."
        )
    content, encoding = decoded
    separator = sniff_separator(content)
    reader = csv.reader(io.StringIO(content, newline=""), delimiter=separator)
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        return _file_problem("The file has no header row.")
    positions = {
        HEADERS[h.strip().lower()]: i
        for i, h in reversed(list(enumerate(header)))
        if h.strip().lower() in HEADERS
    }
    missing = [name for name in ("reference", "acknowledged_on") if name not in positions]
    if missing:
        return _file_problem(
            "The file's first row must name the columns 'reference' and 'acknowledged_on' "
            f"(missing: {', '.join(missing)})."
        )
    try:
        lines = [(n, cells) for n, cells in enumerate(reader, start=2) if any(c.strip() for c in cells)]
    except csv.Error as exc:
        return _file_problem(f"The file is not a well-formed CSV file ({exc}).")
    if len(lines) > MAX_ROWS:
        return _file_problem(f"The file has more than {MAX_ROWS:,} rows; split it into smaller files.")
    at = positions["acknowledged_on"]
    swapped = [(n, c[at].strip()) for n, c in lines if at < len(c) and month_first(c[at])]
    if swapped:
        examples = ", ".join(f"row {n} has {text}" for n, text in swapped[:3])
        return _file_problem(
            f"The dates in this file are written month first, as US settings save them ({examples}, and "
            "there is no month over 12). Save the file with dates as day/month/year (dd/mm/yyyy) and "
            "import it again."
        )
    kinds = {k.value for k in ACKNOWLEDGING_KINDS}
    rows: list[AckRowIn] = []
    problems: list[RowProblem] = []
    warnings: list[RowProblem] = []
    seen: dict[str, int] = {}
    for number, cells in lines:
        reference = cells[positions["reference"]].strip() if positions["reference"] < len(cells) else ""
        text = cells[at].strip() if at < len(cells) else ""
        if not reference:
            problems.append(RowProblem(number, "it has no reference."))
            continue
        key = reference_key(reference)
        person = people.get(key)
        if person is None:
            problems.append(RowProblem(number, f"no one with the reference '{reference}' is recorded."))
            continue
        if person.kind not in kinds:
            problems.append(
                RowProblem(
                    number,
                    f"'{reference}' is an applicant: only staff, volunteers and committee members "
                    "acknowledge the policy.",
                )
            )
            continue
        try:
            day = validate_acknowledged_on(parse_day(text), today)
        except ValidationError as exc:
            problems.append(RowProblem(number, exc.message))
            continue
        if key in seen:
            problems.append(RowProblem(number, f"the reference '{reference}' is also on row {seen[key]}."))
            continue
        seen[key] = number
        if person.id in acknowledged:
            warnings.append(
                RowProblem(
                    number,
                    f"'{reference}' has already acknowledged version {version_label}: left as recorded.",
                )
            )
            continue
        rows.append(AckRowIn(number, person.id, reference, person.name, day))
    if not rows and not problems and not warnings:
        return _file_problem("The file has a header row but no acknowledgements.")
    return AckImportPreview(tuple(rows), tuple(problems), (), tuple(warnings), encoding, separator)
