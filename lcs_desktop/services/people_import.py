"""Reading an HR spreadsheet's CSV into checked people rows (nothing is written here).

Accepts what spreadsheets save: UTF-8 with or without a byte-order mark, or Windows-1252
(LibreOffice's and older Excel's default); cells separated by commas or semicolons. Dates
are read day first; a file whose dates only make sense month first is refused whole rather
than imported with days and months swapped. Row numbers match the spreadsheet (header = 1).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from lcs_desktop.domain.errors import ValidationError
from lcs_desktop.domain.people import PersonInput, RowProblem, header_problems, reference_key, validate_person
from lcs_desktop.domain.spreadsheets import (
    UTF8,
    SheetRefused,
    date_in_words,
    decode_text,
    describe_reading,
    lost_leading_zero,
    month_first,
    sniff_separator,
)

MAX_ROWS = 20_000
MAX_FILE_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class ImportPreview:
    rows: tuple[PersonInput, ...]
    problems: tuple[RowProblem, ...]
    file_problems: tuple[str, ...] = ()
    row_numbers: tuple[int, ...] = ()  # the spreadsheet row of each of ``rows``
    warnings: tuple[RowProblem, ...] = ()  # worth a look, but no reason to refuse the file
    encoding: str = UTF8
    separator: str = ","

    @property
    def ok(self) -> bool:
        return not self.problems and not self.file_problems and bool(self.rows)

    def messages(self) -> list[str]:
        return [*self.file_problems, *(str(p) for p in self.problems)]

    def notes(self) -> list[str]:
        return [str(w) for w in self.warnings]

    def row_lines(self, *, names: bool = True) -> list[str]:
        """Each row as read, its date of birth in words so a swapped day and month shows.
        ``names=False`` (the command's console output) gives the reference only."""
        lines = []
        for number, person in zip(self.row_numbers, self.rows, strict=True):
            who = (
                f"{person.first_name} {person.last_name} ({person.reference})" if names else person.reference
            )
            born = (
                f"born {date_in_words(person.date_of_birth)}" if person.date_of_birth else "no date of birth"
            )
            lines.append(f"Row {number}: {who}, {born}")
        return lines

    def describe_file(self) -> str:
        return describe_reading(self.encoding, self.separator)


class ImportRefused(SheetRefused):
    """A file with any bad row imports nothing; ``preview`` says which rows and why."""

    preview: ImportPreview


def _file_problem(message: str) -> ImportPreview:
    return ImportPreview((), (), (message,))


def read_import(data: bytes, existing_keys: set[str], today: date) -> ImportPreview:
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
    positions, header_issues = header_problems(header)
    if header_issues:
        return ImportPreview((), (), tuple(header_issues))
    try:
        lines = _data_lines(reader)
    except csv.Error as exc:
        return _file_problem(f"The file is not a well-formed CSV file ({exc}).")
    if lines is None:
        return _file_problem(f"The file has more than {MAX_ROWS:,} rows; split it into smaller files.")
    swapped = _month_first_rows(lines, positions.get("date_of_birth"))
    if swapped:
        return _file_problem(swapped)
    rows: list[PersonInput] = []
    numbers: list[int] = []
    problems: list[RowProblem] = []
    warnings: list[RowProblem] = []
    seen: dict[str, int] = {}
    for number, cells in lines:
        if len(cells) > len(header):
            problems.append(RowProblem(number, "it has more cells than the header has columns."))
            continue
        values = {name: (cells[i] if i < len(cells) else "") for name, i in positions.items()}
        try:
            person = validate_person(
                first_name=values.get("first_name"),
                last_name=values.get("last_name"),
                kind=values.get("kind"),
                reference=values.get("reference"),
                role=values.get("role", ""),
                email=values.get("email", ""),
                phone=values.get("phone", ""),
                date_of_birth=values.get("date_of_birth") or None,
                today=today,
            )
        except ValidationError as exc:
            problems.append(RowProblem(number, exc.message))
            continue
        key = reference_key(person.reference)
        if key in seen:
            problems.append(
                RowProblem(number, f"the reference '{person.reference}' is also on row {seen[key]}.")
            )
            continue
        seen[key] = number
        if key in existing_keys:
            problems.append(
                RowProblem(number, f"a person with the reference '{person.reference}' is already recorded.")
            )
            continue
        rows.append(person)
        numbers.append(number)
        if person.phone and lost_leading_zero(person.phone):
            warnings.append(
                RowProblem(
                    number,
                    "the phone number has 10 digits and no leading 0: it may have lost it (a spreadsheet "
                    "drops it from a number column). It is imported as written: correct it on the "
                    "person's page, or in the file before importing.",
                )
            )
    if not rows and not problems:
        return _file_problem("The file has a header row but no people.")
    return ImportPreview(
        tuple(rows), tuple(problems), (), tuple(numbers), tuple(warnings), encoding, separator
    )


def _data_lines(reader: Iterator[list[str]]) -> list[tuple[int, list[str]]] | None:
    """The non-blank rows with their spreadsheet numbers; None past ``MAX_ROWS``."""
    lines: list[tuple[int, list[str]]] = []
    for number, cells in enumerate(reader, start=2):
        if not any(cell.strip() for cell in cells):
            continue  # Excel leaves blank lines at the end
        if len(lines) >= MAX_ROWS:
            return None
        lines.append((number, cells))
    return lines


def _month_first_rows(lines: list[tuple[int, list[str]]], column: int | None) -> str | None:
    """Why the file is refused if its dates are written month first, else None.

    One date like 12/25/1985 shows the whole column was saved month first (US settings), so
    its 03/12/1985 means 12 March: importing any of it would swap days and months silently.
    """
    if column is None:
        return None
    found = [
        (n, cells[column].strip()) for n, cells in lines if column < len(cells) and month_first(cells[column])
    ]
    if not found:
        return None
    examples = ", ".join(f"row {n} has {text}" for n, text in found[:3])
    return (
        f"The dates of birth in this file are written month first, as US "
        f"settings save them ({examples}, and there is no month over 12). Save the file with dates "
        "as day/month/year (dd/mm/yyyy) and import it again."
    )
