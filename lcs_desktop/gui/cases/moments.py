"""Dates and times typed on the case forms: dd/mm/yyyy and hh:mm, London wall-clock time,
handed to the services as aware UTC instants."""

from __future__ import annotations

import re
from datetime import date, datetime, time

from PySide6.QtWidgets import QLineEdit

from lcs_desktop.domain.errors import ValidationError
from lcs_desktop.domain.people import parse_date
from lcs_desktop.domain.working_days import from_london, to_london

_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})$")


def read_day(edit: QLineEdit, field_name: str, what: str) -> date | None:
    return parse_date(edit.text(), field_name, what)


def read_moment(date_edit: QLineEdit, time_edit: QLineEdit, field_name: str, what: str) -> datetime | None:
    """The typed London date and time as UTC; None when both are empty (the service says what
    is missing). A date without a time is refused: the clocks run in hours."""
    day = parse_date(date_edit.text(), field_name, what)
    typed = time_edit.text().strip()
    if day is None and not typed:
        return None
    if day is None:
        raise ValidationError(f"Enter the date as well as the time ({what}).", field_name)
    match = _TIME.match(typed)
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise ValidationError(
            f"Write the time as hh:mm on the 24-hour clock, for example 14:30 ({what}).", field_name
        )
    return from_london(datetime.combine(day, time(int(match.group(1)), int(match.group(2)))))


def show_moment(date_edit: QLineEdit, time_edit: QLineEdit, moment: datetime | None) -> None:
    if moment is None:
        date_edit.clear()
        time_edit.clear()
        return
    local = to_london(moment)
    date_edit.setText(f"{local:%d/%m/%Y}")
    time_edit.setText(f"{local:%H:%M}")
