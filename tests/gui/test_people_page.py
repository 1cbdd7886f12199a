"""People: search as you type, the person dialog's messages at the field, the CSV import preview."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from lcs_desktop.domain.roles import Role
from lcs_desktop.gui.people.import_dialog import ImportPeopleDialog
from lcs_desktop.gui.people.people_page import PeoplePage
from lcs_desktop.gui.people.person_dialog import PersonDialog
from tests.gui.check_helpers import choose, click, context_for, signed_in_as, type_into

SAVE = QDialogButtonBox.StandardButton.Save


def add(org, first: str, last: str, reference: str, kind: str = "applicant") -> int:
    return org.people.add_person(org.user, first_name=first, last_name=last, kind=kind, reference=reference)


def shown_names(page: PeoplePage) -> list[str]:
    return [row.full_name for row in page.model.rows]


def test_people_search_as_you_type_finds_by_name_and_reference(qtbot, org):
    add(org, "Zoë", "Nguyễn", "APP-0001")
    add(org, "Łukasz", "Kowalski", "VOL-0002", "volunteer")
    add(org, "محمد", "Ali", "STA-0003", "staff")
    page = PeoplePage(context_for(org))
    qtbot.addWidget(page)
    page.show()
    assert len(shown_names(page)) == 3
    type_into(qtbot, page.ui.search_edit, "kowal")
    qtbot.waitUntil(lambda: shown_names(page) == ["Łukasz Kowalski"])
    assert page.ui.count_label.text() == "1 person match"
    page.ui.search_edit.clear()
    type_into(qtbot, page.ui.search_edit, "STA-0003")
    qtbot.waitUntil(lambda: shown_names(page) == ["محمد Ali"])
    page.ui.search_edit.clear()
    type_into(qtbot, page.ui.search_edit, "nobody here")
    qtbot.waitUntil(lambda: shown_names(page) == [])
    assert page.ui.count_label.text() == "Nobody matches."
    assert not page.ui.open_button.isEnabled()


def test_people_filter_by_kind_and_paged_model_fetches_more_on_demand(qtbot, org):
    for number in range(450):
        add(org, f"Person{number:03d}", "Smith", f"REF-{number:04d}")
    add(org, "Vera", "Volunteer", "VOL-9999", "volunteer")
    page = PeoplePage(context_for(org))
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 451  # the whole list for the scroll bar...
    assert page.model.held_rows <= 200  # ...but one page read
    page.ui.people_table.scrollToBottom()
    assert page.model.row(450).last_name == "Volunteer"  # the last page, read backwards
    assert page.model.held_rows <= 400
    assert page.ui.count_label.text() == "451 people"
    choose(qtbot, page.ui.kind_combo, "Volunteer")
    qtbot.waitUntil(lambda: shown_names(page) == ["Vera Volunteer"])


def test_person_dialog_empty_required_fields_show_messages_and_keep_typed_text(qtbot, org):
    dialog = PersonDialog(org)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.ui.first_name_edit, "Zoë")
    type_into(qtbot, dialog.ui.email_edit, "zoe@example.org")
    click(qtbot, dialog.ui.button_box.button(SAVE))
    assert dialog.isVisible()  # not closed, nothing lost
    assert dialog.ui.last_name_error.isVisible()
    assert dialog.ui.last_name_error.text() == "Enter the last name."
    assert dialog.ui.first_name_edit.text() == "Zoë"
    assert dialog.ui.email_edit.text() == "zoe@example.org"
    type_into(qtbot, dialog.ui.last_name_edit, "Nguyễn")
    click(qtbot, dialog.ui.button_box.button(SAVE))
    assert dialog.ui.kind_error.text().startswith("Choose the kind of person")
    assert dialog.ui.last_name_error.text() == ""  # cleared as soon as it was fixed
    choose(qtbot, dialog.ui.kind_combo, "Applicant")
    type_into(qtbot, dialog.ui.reference_edit, "APP-77")
    type_into(qtbot, dialog.ui.date_of_birth_edit, "31/02/1990")
    click(qtbot, dialog.ui.button_box.button(SAVE))
    assert "not a real date" in dialog.ui.date_of_birth_error.text()
    dialog.ui.date_of_birth_edit.clear()
    type_into(qtbot, dialog.ui.date_of_birth_edit, "28/02/1990")
    click(qtbot, dialog.ui.button_box.button(SAVE))
    assert not dialog.isVisible()
    stored = org.people.get_person(org.user, dialog.person_id)
    assert (stored.first_name, stored.last_name, stored.reference) == ("Zoë", "Nguyễn", "APP-77")
    assert stored.status.value == "in_recruitment"


def test_csv_import_preview_shows_bad_rows_and_imports_nothing(qtbot, org, tmp_path):
    add(org, "Existing", "Person", "APP-0001")
    csv = tmp_path / "hr.csv"
    csv.write_bytes(
        "\ufeffreference,first_name,last_name,kind,date_of_birth\n"
        "APP-0100,Zoë,Nguyễn,applicant,01/02/1990\n"
        "APP-0101,Łukasz,,volunteer,\n"
        "APP-0102,Amy,Lee,pilot,\n"
        "APP-0001,Bob,Ray,staff,\n"
        "APP-0103,Cat,Day,staff,31/02/1990\n".encode()
    )
    dialog = ImportPeopleDialog(org)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load(csv)
    problems = [dialog.ui.problems_list.item(r).text() for r in range(dialog.ui.problems_list.count())]
    assert problems[0] == "Row 3: Enter the last name."
    assert problems[1].startswith("Row 4: 'pilot' is not a kind of person")
    assert problems[2].startswith("Row 5: a person with the reference 'APP-0001' is already recorded")
    assert problems[3].startswith("Row 6: '31/02/1990' is not a real date")
    assert "Nothing can be imported" in dialog.ui.summary_label.text()
    assert not dialog.ui.import_button.isEnabled()
    assert org.people.count_people(org.user) == 1


def test_csv_import_with_good_rows_imports_them_all(qtbot, org, tmp_path):
    csv = tmp_path / "hr.csv"
    csv.write_text("first_name,last_name,kind,reference\nZoë,Nguyễn,applicant,A-1\nIbrahim,Begum,staff,S-2\n")
    dialog = ImportPeopleDialog(org)
    qtbot.addWidget(dialog)
    dialog.load(csv)
    assert "2 people are ready to import" in dialog.ui.summary_label.text()
    click(qtbot, dialog.ui.import_button)
    assert dialog.imported == 2
    assert org.people.count_people(org.user) == 2


def test_people_page_hides_add_and_import_from_a_manager(qtbot, org, make_user, secret_store):
    manager = signed_in_as(org, make_user, secret_store, "mo", Role.MANAGER)
    page = PeoplePage(context_for(org, manager))
    qtbot.addWidget(page)
    assert page.ui.add_button.isHidden() and page.ui.import_button.isHidden()


def test_csv_import_preview_shows_each_date_in_words_and_flags_a_lost_zero(qtbot, org, tmp_path):
    csv = tmp_path / "hr.csv"
    csv.write_bytes(
        "first_name;last_name;kind;reference;date_of_birth;phone\n"
        "Zoë;Nguyen;applicant;A-1;03/12/1985;7700900123\n".encode("cp1252")
    )
    dialog = ImportPeopleDialog(org)
    qtbot.addWidget(dialog)
    dialog.load(csv)
    summary = dialog.ui.summary_label.text()
    assert "1 person is ready to import" in summary and "Windows-1252" in summary and "semicolons" in summary
    lines = [dialog.ui.problems_list.item(r).text() for r in range(dialog.ui.problems_list.count())]
    assert lines[0].startswith("Row 2: the phone number has 10 digits and no leading 0")
    assert lines[1] == "Row 2: Zoë Nguyen (A-1), born 3 December 1985"
    assert dialog.ui.problems_list.isVisibleTo(dialog)
    click(qtbot, dialog.ui.import_button)
    assert [p.first_name for p in org.people.list_people(org.user)] == ["Zoë"]
