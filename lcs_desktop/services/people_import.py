"""Reading an HR spreadsheet's CSV into checked people rows (nothing is written here).

Excel saves UTF-8 with a byte-order mark; a file in another encoding is refused with a
message rather than read as mojibake. Row numbers match the spreadsheet (header = row 1).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date

from lcs_desktop.domain.errors import ValidationError
from lcs_desktop.domain.people import PersonInput, RowProblem, header_problems, reference_key, validate_person

MAX_ROWS = 20_000
MAX_FILE_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class ImportPreview:
    rows: tuple[PersonInput, ...]
    problems: tuple[RowProblem, ...]
    file_problems: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems and not self.file_problems and bool(self.rows)

    def messages(self) -> list[str]:
        return [*self.file_problems, *(str(p) for p in self.problems)]


class ImportRefused(ValidationError):
    """A file with any bad row imports nothing; ``preview`` says which rows and why."""

    def __init__(self, preview: ImportPreview) -> None:
        count = len(preview.problems) + len(preview.file_problems)
        super().__init__(
            f"Nothing was imported: the file has {count} problem{'s' if count != 1 else ''}. "
            "Correct the file and import it again.",
            "file",
        )
        self.preview = preview


def _file_problem(message: str) -> ImportPreview:
    return ImportPreview((), (), (message,))


def read_import(data: bytes, existing_keys: set[str], today: date) -> ImportPreview:
    if not data.strip():
        return _file_problem("The file is empty.")
    if len(data) > MAX_FILE_BYTES:
        return _file_problem("The file is larger than 20 MB; split it into smaller files.")
    try:
        content = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return _file_problem(
            "The file is not UTF-8 text. In Excel use 'Save As' and choose 'CSV UTF-8 (Comma delimited)'."
        )
    reader = csv.reader(io.StringIO(content, newline=""))
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        return _file_problem("The file has no header row.")
    positions, header_issues = header_problems(header)
    if header_issues:
        return ImportPreview((), (), tuple(header_issues))
    rows: list[PersonInput] = []
    problems: list[RowProblem] = []
    seen: dict[str, int] = {}
    try:
        for number, cells in enumerate(reader, start=2):
            if not any(cell.strip() for cell in cells):
                continue  # Excel leaves blank lines at the end
            if len(rows) + len(problems) >= MAX_ROWS:
                return _file_problem(
                    f"The file has more than {MAX_ROWS:,} rows; split it into smaller files."
                )
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
                    RowProblem(
                        number, f"a person with the reference '{person.reference}' is already recorded."
                    )
                )
                continue
            rows.append(person)
    except csv.Error as exc:
        return _file_problem(f"The file is not a well-formed CSV file ({exc}).")
    if not rows and not problems:
        return _file_problem("The file has a header row but no people.")
    return ImportPreview(tuple(rows), tuple(problems))
