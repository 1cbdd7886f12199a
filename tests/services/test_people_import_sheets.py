"""The people import reads what spreadsheets save: Windows-1252 and UTF-8 (with or without a
byte-order mark), commas or semicolons; dates shown in words; US-ordered dates refused."""

from __future__ import annotations

from datetime import date

import pytest

from lcs_desktop.domain.spreadsheets import (
    date_in_words,
    decode_text,
    lost_leading_zero,
    month_first,
    sniff_separator,
)
from lcs_desktop.services.people import ImportRefused
from tests.services.check_fixtures import audit_details

HEADER = "first_name,last_name,kind,reference,date_of_birth,phone\r\n"


def test_windows_1252_file_keeps_zoe_and_reads_each_date_day_first(org):
    text = HEADER + "Zoë,Nguyen,applicant,HR-1,03/12/1985,\r\nRené,Brontë,volunteer,HR-2,1990-01-31,\r\n"
    data = text.encode("cp1252")
    assert b"Zo\xeb" in data  # really Windows-1252: the ë is one byte, not UTF-8's two
    preview = org.people.preview_import(org.user, data)
    assert preview.ok, preview.messages()
    assert preview.encoding == "Windows-1252"
    assert preview.row_lines() == [
        "Row 2: Zoë Nguyen (HR-1), born 3 December 1985",
        "Row 3: René Brontë (HR-2), born 31 January 1990",
    ]
    assert org.people.import_people(org.user, data) == 2
    stored = {p.reference: p for p in org.people.list_people(org.user)}
    assert stored["HR-1"].first_name == "Zoë"
    assert org.people.get_person(org.user, stored["HR-1"].id).date_of_birth == date(1985, 12, 3)


@pytest.mark.parametrize("bom", ["", "\ufeff"])
def test_semicolon_file_in_utf8_with_or_without_bom(org, bom):
    text = bom + "reference;last_name;first_name;kind;role\nHR-7;Kowalski;Łukasz;staff;Driver; Leeds\n"
    text = text.replace("Driver; Leeds", '"Driver; Leeds"')  # a quoted separator stays in the cell
    preview = org.people.preview_import(org.user, text.encode("utf-8"))
    assert preview.ok, preview.messages()
    assert (preview.encoding, preview.separator) == ("UTF-8", ";")
    assert preview.describe_file() == "Read as UTF-8 text, cells separated by semicolons."
    person = preview.rows[0]
    assert (person.first_name, person.last_name, person.role) == ("Łukasz", "Kowalski", "Driver; Leeds")
    assert preview.row_lines() == ["Row 2: Łukasz Kowalski (HR-7), no date of birth"]


def test_file_with_dates_written_month_first_is_refused_with_that_reason(org):
    # Row 2 alone would read as 5 December: row 3's 12/25 shows the column is month first.
    data = (HEADER + "Amy,Lee,staff,S-1,12/05/1985,\nBo,Ray,staff,S-2,12/25/1985,\n").encode()
    preview = org.people.preview_import(org.user, data)
    assert not preview.ok and not preview.rows
    (reason,) = preview.file_problems
    assert "written month first" in reason and "row 3 has 12/25/1985" in reason
    assert "day/month/year" in reason
    with pytest.raises(ImportRefused):
        org.people.import_people(org.user, data)
    assert org.people.count_people(org.user) == 0


def test_phone_that_lost_its_leading_zero_is_flagged_not_refused(org):
    data = (HEADER + "Amy,Lee,staff,S-1,,7700900123\nBo,Ray,staff,S-2,,07700 900124\n").encode()
    preview = org.people.preview_import(org.user, data)
    assert preview.ok
    (note,) = preview.notes()
    assert note.startswith("Row 2: the phone number has 10 digits and no leading 0")
    assert "7700900123" not in note  # the row says which; the number is not repeated
    assert org.people.import_people(org.user, data) == 2
    assert audit_details(org, "people_imported")[-1] == {"count": 2}


def test_spreadsheet_rules_on_their_own():
    assert decode_text("a,b\n".encode("utf-16")) is None  # Excel's "Unicode text": refused
    assert decode_text("Zoë".encode("cp1252")) == ("Zoë", "Windows-1252")
    assert decode_text("\ufeffZoë".encode()) == ("Zoë", "UTF-8")
    assert date_in_words(date(1985, 12, 3)) == "3 December 1985"
    assert month_first("12/25/1985") and not month_first("25/12/1985") and not month_first("03/12/1985")
    assert not month_first("13/25/1985")  # no reading makes sense: the row itself is refused
    assert sniff_separator('name,"a;b;c"\n') == ","
    assert sniff_separator("a;b;c,d\n") == ";"
    assert lost_leading_zero("7700 900123") and not lost_leading_zero("07700900123")
    assert not lost_leading_zero("+447700900123")
