"""People: names, references, dates, and the rows of an HR spreadsheet import.

Names are kept exactly as typed (Zoë, Łukasz, Nguyễn, محمد, emoji): only outer spaces are
trimmed. Dates are read as dd/mm/yyyy (UK, as Excel saves them here) or ISO yyyy-mm-dd.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from lcs_desktop.domain.checks import MAX_SHORT, PersonKind, PersonStatus, clean_text
from lcs_desktop.domain.errors import Problems, ValidationError

MAX_NAME = 100
MAX_REFERENCE = 40
MAX_EMAIL = 254
MAX_PHONE = 40

REQUIRED_COLUMNS = ("first_name", "last_name", "kind", "reference")
OPTIONAL_COLUMNS = ("role", "email", "phone", "date_of_birth")

_UK_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_REFERENCE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9/\-_. ]*$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^[0-9+() \-]{5,}$")


def parse_date(text: str | None, field_name: str = "date", what: str = "the date") -> date | None:
    """dd/mm/yyyy or yyyy-mm-dd; empty gives None; anything else a plain refusal."""
    value = (text or "").strip()
    if not value:
        return None
    match = _UK_DATE.match(value)
    try:
        if match:
            day, month, year = (int(g) for g in match.groups())
            return date(year, month, day)
        match = _ISO_DATE.match(value)
        if match:
            year, month, day = (int(g) for g in match.groups())
            return date(year, month, day)
    except ValueError:
        raise ValidationError(f"'{value}' is not a real date ({what}).", field_name) from None
    raise ValidationError(f"Write {what} as dd/mm/yyyy, for example 31/01/1990 (not '{value}').", field_name)


def format_date(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def normalise_reference(text: str | None) -> str:
    value = clean_text(text, "reference", "the reference", required=True, limit=MAX_REFERENCE)
    if not _REFERENCE.match(value):
        raise ValidationError("A reference may hold letters, digits, spaces and - / _ . only.", "reference")
    return value


def reference_key(reference: str) -> str:
    """How references are compared for duplicates: case and width do not make a new person."""
    return unicodedata.normalize("NFKC", reference).casefold()


# Letters Unicode does not decompose into a base letter and an accent.
_FOLD = str.maketrans(
    {
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "ħ": "h",
        "Ħ": "h",
        "ı": "i",
        "ŀ": "l",
        "Ŀ": "l",
        "ß": "ss",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "þ": "th",
        "Þ": "th",
        "ð": "d",
        "Ð": "d",
        "'": "",
        "’": "",
    }
)


def fold_for_search(text: str) -> str:
    """Plain lower-case letters for matching: "Łukasz Nguyễn" -> "lukasz nguyen"."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def search_name(first_name: str, last_name: str) -> str:
    return fold_for_search(f"{first_name} {last_name}")


def sort_name(first_name: str, last_name: str) -> str:
    """The list's sort key: surname then first name, case-folded."""
    return f"{last_name} {first_name}".casefold()


@dataclass(frozen=True, slots=True)
class PersonInput:
    """A person as typed in the form or read from one CSV row, checked."""

    first_name: str
    last_name: str
    kind: PersonKind
    reference: str
    status: PersonStatus
    role: str = ""
    email: str = ""
    phone: str = ""
    date_of_birth: date | None = None


def default_status(kind: PersonKind) -> PersonStatus:
    return PersonStatus.IN_RECRUITMENT if kind is PersonKind.APPLICANT else PersonStatus.APPOINTED


def validate_person(
    *,
    first_name: str | None,
    last_name: str | None,
    kind: str | PersonKind | None,
    reference: str | None,
    status: str | PersonStatus | None = None,
    role: str | None = "",
    email: str | None = "",
    phone: str | None = "",
    date_of_birth: date | str | None = None,
    today: date | None = None,
) -> PersonInput:
    problems = Problems()  # every problem at once, so the form can show them all together
    first = problems.check(
        clean_text, first_name, "first_name", "the first name", required=True, limit=MAX_NAME
    )
    last = problems.check(clean_text, last_name, "last_name", "the last name", required=True, limit=MAX_NAME)
    kind_value = problems.check(_kind, kind)
    status_value = problems.check(_status, status) if status else None
    if status_value is None and kind_value is not None:
        status_value = default_status(kind_value)
    ref = problems.check(normalise_reference, reference)
    role_text = problems.check(clean_text, role, "role", "the role", required=False, limit=MAX_SHORT)
    email_text = problems.check(
        clean_text, email, "email", "the email address", required=False, limit=MAX_EMAIL
    )
    if email_text and not _EMAIL.match(email_text):
        problems.add(ValidationError(f"'{email_text}' does not look like an email address.", "email"))
    phone_text = problems.check(
        clean_text, phone, "phone", "the phone number", required=False, limit=MAX_PHONE
    )
    if phone_text and not _PHONE.match(phone_text):
        problems.add(ValidationError("A phone number may hold digits, spaces, + - ( ) only.", "phone"))
    dob = (
        problems.check(parse_date, date_of_birth, "date_of_birth", "the date of birth")
        if isinstance(date_of_birth, str)
        else date_of_birth
    )
    if dob is not None and today is not None and dob > today:
        problems.add(ValidationError("The date of birth is in the future.", "date_of_birth"))
    if dob is not None and dob.year < 1900:
        problems.add(ValidationError("The date of birth is before 1900: check the year.", "date_of_birth"))
    problems.raise_any()
    assert first is not None and last is not None and kind_value is not None and status_value is not None
    assert ref is not None and role_text is not None and email_text is not None and phone_text is not None
    return PersonInput(first, last, kind_value, ref, status_value, role_text, email_text, phone_text, dob)


def _kind(value: str | PersonKind | None) -> PersonKind:
    text = (value or "").strip().lower() if isinstance(value, str) else value
    aliases = {"committee member": PersonKind.COMMITTEE, "staff member": PersonKind.STAFF}
    if isinstance(text, str) and text in aliases:
        return aliases[text]
    try:
        return PersonKind(text)
    except ValueError:
        known = ", ".join(k.value for k in PersonKind)
        if not text:
            raise ValidationError(f"Choose the kind of person ({known}).", "kind") from None
        raise ValidationError(f"'{value}' is not a kind of person. Use one of: {known}.", "kind") from None


def _status(value: str | PersonStatus) -> PersonStatus:
    try:
        return PersonStatus(value)
    except ValueError:
        raise ValidationError("Choose the person's status from the list.", "status") from None


@dataclass(frozen=True, slots=True)
class RowProblem:
    row: int  # as the spreadsheet numbers it: the header is row 1
    reason: str

    def __str__(self) -> str:
        return f"Row {self.row}: {self.reason}"


def header_problems(header: list[str]) -> tuple[dict[str, int], list[str]]:
    """Column positions by name, and what is wrong with the header row."""
    names = [h.strip().lower() for h in header]
    problems: list[str] = []
    positions: dict[str, int] = {}
    known = set(REQUIRED_COLUMNS) | set(OPTIONAL_COLUMNS)
    for index, name in enumerate(names):
        if name in positions:
            problems.append(f"The column '{name}' appears twice.")
        elif name and name not in known:
            problems.append(f"'{header[index].strip()}' is not a column this import knows.")
        elif name:
            positions[name] = index
    missing = [c for c in REQUIRED_COLUMNS if c not in positions]
    if missing:
        problems.append("Missing column(s): " + ", ".join(missing) + ".")
    if problems:
        problems.append(
            "The first row must name the columns: first_name, last_name, kind, reference "
            "(required) and role, email, phone, date_of_birth (optional), in any order."
        )
    return positions, problems
