"""Export… on the list pages: the workbook opened back with openpyxl holds exactly the rows
and columns the list shows (its filter too), the export is audited, and the button follows
the role."""

from __future__ import annotations

import hashlib
from datetime import date, datetime

from openpyxl import load_workbook
from PySide6.QtCore import QTimer

from lcs_desktop.domain.roles import Role
from lcs_desktop.gui.cases.cases_page import CasesPage
from lcs_desktop.gui.checks.checks_page import ChecksPage
from lcs_desktop.gui.people.people_page import COLUMNS as PEOPLE_COLUMNS
from lcs_desktop.gui.people.people_page import PeoplePage
from lcs_desktop.gui.register_export_dialog import RegisterExportDialog
from lcs_desktop.services.register_export import may_export
from lcs_desktop.services.registers import Register
from tests.gui.case_helpers import new_case, on_modal
from tests.gui.check_helpers import click, context_for, signed_in_as, type_into
from tests.services.check_fixtures import audit_details


def screen_rows(model) -> list[list[str]]:
    return [
        [model.data(model.index(r, c)) or "" for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def as_screen_text(value: object) -> str:
    """A workbook cell as the list shows it (dates dd/mm/yyyy, times to the minute)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return f"{value:%d/%m/%Y %H:%M}"
    if isinstance(value, date):
        return f"{value:%d/%m/%Y}"
    return str(value)


def export_through_dialog(qtbot, page, target, *, csv: bool = False, register_index: int = 0):
    """Click Export…, fill the dialog as a user would, wait for the file, close the dialog."""
    seen: dict[str, RegisterExportDialog] = {}

    def act(dialog: RegisterExportDialog) -> None:
        seen["dialog"] = dialog
        assert "not encrypted" in dialog.ui.warning_label.text() and dialog.ui.warning_label.isVisible()
        dialog.ui.register_combo.setCurrentIndex(register_index)
        if csv:
            dialog.ui.csv_radio.setChecked(True)
        dialog.ui.location_edit.setText(str(target))
        click(qtbot, dialog.ui.export_button)

        def close_when_done() -> None:
            if dialog.result_info is None and not dialog.ui.error_label.text():
                QTimer.singleShot(20, close_when_done)
            else:
                dialog.ui.cancel_button.click()

        close_when_done()

    on_modal(RegisterExportDialog, act)
    click(qtbot, page.export_button)
    dialog = seen["dialog"]
    assert not dialog.ui.error_label.text(), dialog.ui.error_label.text()
    return dialog.result_info


def test_people_export_matches_the_filtered_list_on_screen(qtbot, org, tmp_path):
    for first, last, ref in [
        ("Zoë", "Nguyễn", "A-1"),
        ("Zoe", "Brown", "A-2"),
        ("Łukasz", "Kowalski", "S-3"),
    ]:
        org.people.add_person(org.user, first_name=first, last_name=last, kind="applicant", reference=ref)
    page = PeoplePage(context_for(org))
    qtbot.addWidget(page)
    page.show()
    type_into(qtbot, page.ui.search_edit, "zoe")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    info = export_through_dialog(qtbot, page, tmp_path / "people.xlsx")
    book = load_workbook(info.path)
    sheet_rows = [[as_screen_text(v) for v in row] for row in book.active.iter_rows(values_only=True)]
    assert sheet_rows[0] == [heading for heading, _ in PEOPLE_COLUMNS]
    assert sheet_rows[1:] == screen_rows(page.model)
    assert {r[1] for r in sheet_rows[1:]} == {"Zoë", "Zoe"}
    (event,) = audit_details(org, "register_exported")
    assert event["sha256"] == hashlib.sha256(info.path.read_bytes()).hexdigest()
    assert event["rows"] == 2 and event["filtered"] is True


def test_cases_export_holds_the_list_columns_then_outcomes_and_the_referrals(qtbot, org, tmp_path):
    person = org.people.add_person(
        org.user, first_name="Zoë", last_name="محمد", kind="volunteer", reference="V-1"
    )
    new_case(org, person, days_ago=3, referrals=("lado",))
    new_case(org, person, days_ago=1)
    page = CasesPage(context_for(org))
    qtbot.addWidget(page)
    page.show()
    info = export_through_dialog(qtbot, page, tmp_path / "cases.xlsx")
    rows = [
        [as_screen_text(v) for v in r] for r in load_workbook(info.path).active.iter_rows(values_only=True)
    ]
    width = page.model.columnCount()
    assert [r[:width] for r in rows[1:]] == screen_rows(page.model)
    assert rows[0][width:] == ["Finding", "Outcomes", "Decided on", "Closed"]
    referrals = export_through_dialog(qtbot, page, tmp_path / "referrals.csv", csv=True, register_index=1)
    lines = referrals.path.read_bytes().decode("utf-8-sig").splitlines()
    assert len(lines) == 2
    referral = dict(zip(lines[0].split(","), lines[1].split(","), strict=True))
    assert (referral["Referral"], referral["Status"]) == ("LADO referral", "Needed")
    # Overdue or not (it depends on today's date), the register agrees with the list's flag.
    flags = {row[0]: row[-1] for row in screen_rows(page.model)}
    assert (referral["Overdue"] == "Yes") == ("Overdue clock" in flags[referral["Case"]])
    assert [e["register"] for e in audit_details(org, "register_exported")] == ["cases", "referrals"]


def test_export_button_follows_the_role(qtbot, org, make_user, secret_store):
    admin = signed_in_as(org, make_user, secret_store, "ivy", Role.ADMINISTRATOR)
    checker = signed_in_as(org, make_user, secret_store, "cass", Role.CHECKER)
    manager = signed_in_as(org, make_user, secret_store, "mo", Role.MANAGER)
    checks_for_checker = ChecksPage(context_for(org, checker))
    checks_for_manager = ChecksPage(context_for(org, manager))
    cases_for_manager = CasesPage(context_for(org, manager))
    people_for_checker = PeoplePage(context_for(org, checker))
    for page in (checks_for_checker, checks_for_manager, cases_for_manager, people_for_checker):
        qtbot.addWidget(page)
        assert not page.export_button.isHidden()
    for register in Register:
        assert not may_export(admin.user, register)  # the Users page is all they get
    assert not may_export(checker.user, Register.CASES)


def test_a_file_already_there_is_replaced_only_when_the_person_says_so(qtbot, org, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from lcs_desktop.services.registers import RegisterFilter

    org.people.add_person(org.user, first_name="Zoë", last_name="Nguyễn", kind="staff", reference="S-1")
    target = tmp_path / "people.csv"
    target.write_text("an older export\n")
    dialog = RegisterExportDialog(org, (Register.PEOPLE,), RegisterFilter())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.csv_radio.setChecked(True)
    dialog.ui.location_edit.setText(str(target))
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton):
        def act(box: QMessageBox) -> None:
            asked.append(box.text())
            box.button(button).click()

        return act

    on_modal(QMessageBox, answer(QMessageBox.StandardButton.No))
    click(qtbot, dialog.ui.export_button)
    assert asked == ["There is already a file called people.csv in that folder. Replace it?"]
    assert dialog.job is None and target.read_text() == "an older export\n"
    assert audit_details(org, "register_exported") == []
    on_modal(QMessageBox, answer(QMessageBox.StandardButton.Yes))
    click(qtbot, dialog.ui.export_button)
    qtbot.waitUntil(lambda: dialog.result_info is not None)
    assert "Nguyễn" in target.read_bytes().decode("utf-8-sig")
    assert len(audit_details(org, "register_exported")) == 1


def test_the_proposed_file_name_names_the_register_and_the_day_never_a_person(qtbot, org):
    from lcs_desktop.services.registers import RegisterFilter

    dialog = RegisterExportDialog(org, (Register.CASES, Register.REFERRALS), RegisterFilter())
    qtbot.addWidget(dialog)
    today = org.workspace.today().isoformat()
    assert dialog.ui.location_edit.text().endswith(f"LCS breach investigations {today}.xlsx")
    dialog.ui.register_combo.setCurrentIndex(1)
    dialog.ui.csv_radio.setChecked(True)
    assert dialog.ui.location_edit.text().endswith(f"LCS external referrals {today}.csv")
