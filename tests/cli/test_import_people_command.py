"""``lcs-desktop admin import-people``: all or nothing, each bad row named with its reason."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ADMIN_PASSWORD

GOOD = (
    "\ufefflast_name,first_name,reference,kind,role,date_of_birth\r\n"
    "Nguyễn,Zoë,HR-0001,applicant,Contact supervisor,02/03/1990\r\n"
    "Kowalski,Łukasz,HR-0002,volunteer,,1985-11-30\r\n"
)


def test_import_people_adds_every_row_of_a_good_file(run, initialised, tmp_path: Path):
    source = tmp_path / "people.csv"
    source.write_text(GOOD, encoding="utf-8")
    result = run(
        "import-people", str(source), "--username", "admin", "--password-stdin", stdin=ADMIN_PASSWORD + "\n"
    )
    assert result.code == 0, result.err
    assert "Imported 2 people." in result.out


def test_import_people_with_a_bad_row_imports_nothing_and_names_the_row(run, initialised, tmp_path: Path):
    source = tmp_path / "people.csv"
    source.write_text(GOOD + "Smith,Sam,HR-0001,astronaut,,31/02/1990\r\n", encoding="utf-8")
    result = run(
        "import-people", str(source), "--username", "admin", "--password-stdin", stdin=ADMIN_PASSWORD + "\n"
    )
    assert result.code == 1
    assert "Nothing was imported" in result.err
    assert "4" in result.err  # the bad row's line number is reported
    source.write_text(GOOD, encoding="utf-8")
    again = run(
        "import-people", str(source), "--username", "admin", "--password-stdin", stdin=ADMIN_PASSWORD + "\n"
    )
    assert again.code == 0 and "Imported 2 people." in again.out


def test_import_people_missing_file_is_one_line(run, initialised, tmp_path: Path):
    result = run(
        "import-people",
        str(tmp_path / "nope.csv"),
        "--username",
        "admin",
        "--password-stdin",
        stdin=ADMIN_PASSWORD + "\n",
    )
    assert result.code == 1
    assert result.err.strip().startswith("There is no file at")


def test_import_people_prints_each_date_in_words_from_a_windows_1252_semicolon_file(
    run, initialised, tmp_path: Path
):
    source = tmp_path / "people.csv"
    source.write_bytes(
        "first_name;last_name;kind;reference;date_of_birth\nZoë;Brontë;staff;S-1;03/12/1985\n".encode(
            "cp1252"
        )
    )
    result = run(
        "import-people", str(source), "--username", "admin", "--password-stdin", stdin=ADMIN_PASSWORD + "\n"
    )
    assert result.code == 0, result.err
    assert "Row 2: S-1, born 3 December 1985" in result.out
    assert "Zoë" not in result.out  # references only on the console
    assert "Imported 1 people." in result.out


def test_import_people_refuses_a_us_dated_file_with_the_reason(run, initialised, tmp_path: Path):
    source = tmp_path / "people.csv"
    source.write_text("first_name,last_name,kind,reference,date_of_birth\nAmy,Lee,staff,S-1,12/25/1985\n")
    result = run(
        "import-people", str(source), "--username", "admin", "--password-stdin", stdin=ADMIN_PASSWORD + "\n"
    )
    assert result.code == 1
    assert "written month first" in result.err and "Nothing was imported" in result.err
