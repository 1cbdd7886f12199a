"""The Policy page driven as a user would: the lead reads, adds and approves versions; the lead
or a manager records and imports acknowledgements and exports who has not yet acknowledged
(read back with openpyxl). A manager sees the acknowledgements only; a checker not the page."""

from __future__ import annotations

from datetime import timedelta

from openpyxl import load_workbook
from PySide6.QtWidgets import QDialogButtonBox

from lcs_desktop.domain.people import format_date
from lcs_desktop.domain.policy_register import add_months
from lcs_desktop.domain.roles import Role
from lcs_desktop.gui.pages import default_pages
from lcs_desktop.gui.policy.ack_import_dialog import AckImportDialog
from lcs_desktop.gui.policy.policy_dialogs import (
    AcknowledgementDialog,
    PolicyApprovalDialog,
    PolicyTextDialog,
    PolicyVersionDialog,
)
from lcs_desktop.gui.policy.policy_page import PolicyPage
from tests.frozen_clock import TEST_TODAY
from tests.gui.case_helpers import on_modal
from tests.gui.check_helpers import click, context_for, signed_in_as, type_into


def _people(org) -> None:
    add = org.people.add_person
    add(org.user, first_name="Zoë", last_name="Brontë", kind="staff", reference="S-7")
    add(org.user, first_name="Vic", last_name="Volunteer", kind="volunteer", reference="V-1")
    add(org.user, first_name="Ann", last_name="Applicant", kind="applicant", reference="A-1")


def _ok(dialog) -> None:
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()


def _cells(model) -> list[list[str]]:
    return [
        [model.data(model.index(r, c)) or "" for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_lead_reads_adds_and_approves_a_version(qtbot, org):
    page = PolicyPage(context_for(org))
    qtbot.addWidget(page)
    assert page.ui.tabs.isTabVisible(0) and page.ui.tabs.isTabVisible(1)
    assert _cells(page.versions_model) == [
        [
            "2025",
            "Social Media Policy, Procedures and Guidance",
            "01/01/2025",
            "Not recorded",
            "01/01/2026",
            "In force",
        ]
    ]
    version = page.selected_version()
    viewer = PolicyTextDialog(version, org.policy.version_text(org.user, version.id))
    qtbot.addWidget(viewer)
    assert (
        "Review of Policy" in viewer.ui.text_view.toPlainText()
        and version.text_sha256 in viewer.ui.facts_label.text()
    )

    dialog = PolicyVersionDialog(org, page)
    qtbot.addWidget(dialog)
    dialog.ui.title_edit.clear()
    _ok(dialog)  # every problem at once, beside its field
    assert set(dialog.messages.showing()) == {"label", "title", "text"}
    type_into(qtbot, dialog.ui.label_edit, "2026")
    type_into(qtbot, dialog.ui.title_edit, "Social Media Policy")
    dialog.ui.text_edit.setPlainText("## Social Media Policy 2026\n\nReviewed annually.")
    on_modal(PolicyVersionDialog, _ok)  # the page opens it: Add the version
    page._on_add_version_button_clicked(dialog=dialog)  # type: ignore[arg-type]
    assert [r.label for r in page.versions_model.rows] == ["2026", "2025"]
    assert page.versions_model.rows[0].approved_on is None and page.ui.version_combo.count() == 1

    page.ui.versions_table.selectRow(0)
    approval = PolicyApprovalDialog(org, page.selected_version(), page)
    qtbot.addWidget(approval)
    type_into(qtbot, approval.ui.approved_on_edit, "31/02/2026")
    _ok(approval)
    assert set(approval.messages.showing()) == {"approved_on", "approved_by"}
    approved = TEST_TODAY - timedelta(days=3)
    approval.ui.approved_on_edit.setText(format_date(approved))
    assert approval.ui.review_label.text() == f"Next review: {format_date(add_months(approved, 12))}"
    type_into(qtbot, approval.ui.approved_by_edit, "The trustees")
    on_modal(PolicyApprovalDialog, _ok)
    page._on_approve_button_clicked(dialog=approval)  # type: ignore[arg-type]
    assert "next review is on" in page.ui.message_label.text()
    assert page.versions_model.rows[0].in_force and page.ui.version_combo.currentText() == "2026 (in force)"


def test_acknowledgements_recorded_imported_and_pending_exported(qtbot, org, tmp_path):
    _people(org)
    page = PolicyPage(context_for(org))
    qtbot.addWidget(page)
    page.ui.pending_only_check.setChecked(True)
    assert [r[1] for r in _cells(page.acks_model)] == ["S-7", "V-1"]  # never the applicant
    assert page.ui.count_label.text() == "2 not yet acknowledged"

    page.ui.acks_table.selectRow(1)
    assert page.ui.record_button.isEnabled()
    dialog = AcknowledgementDialog(org, page.selected_person(), page.version(), TEST_TODAY, page)
    qtbot.addWidget(dialog)
    assert dialog.ui.acknowledged_on_edit.text() == format_date(TEST_TODAY)
    dialog.ui.acknowledged_on_edit.setText(format_date(TEST_TODAY + timedelta(days=1)))
    _ok(dialog)
    assert "future" in dialog.messages.showing()["acknowledged_on"]
    dialog.ui.acknowledged_on_edit.setText(format_date(TEST_TODAY))
    _ok(dialog)
    page.refresh_acknowledgements()
    assert [r[1] for r in _cells(page.acks_model)] == ["S-7"]

    sheet = tmp_path / "acks.csv"
    sheet.write_bytes("reference;name;acknowledged_on\r\nS-7;Zoë Brontë;3 December 2025\r\n".encode("cp1252"))
    importer = AckImportDialog(org, page.version(), page)
    qtbot.addWidget(importer)
    importer.load(sheet)
    lines = [importer.ui.problems_list.item(i).text() for i in range(importer.ui.problems_list.count())]
    assert lines == ["Row 2: Zoë Brontë (S-7), acknowledged 3 December 2025"]
    assert "Windows-1252" in importer.ui.summary_label.text() and importer.ui.import_button.isEnabled()
    click(qtbot, importer.ui.import_button)
    assert importer.imported == 1
    page.refresh_acknowledgements()
    assert page.acks_model.rowCount() == 0 and page.ui.count_label.text() == "0 not yet acknowledged"

    page.ui.pending_only_check.setChecked(False)
    assert [r[3] for r in _cells(page.acks_model)] == ["03/12/2025", format_date(TEST_TODAY)]
    # A new version in force: everyone is pending again.
    version_id = org.policy.add_version(org.user, label="2026", title="Social Media Policy", text="New text")
    org.policy.approve(org.user, version_id, approved_on=TEST_TODAY, approved_by="The trustees")
    page.refresh(follow_current=True)
    assert page.version().id == version_id
    page.ui.pending_only_check.setChecked(True)
    assert page.acks_model.rowCount() == 2
    page.export_to(tmp_path / "pending.xlsx", "xlsx")
    qtbot.waitUntil(lambda: "Saved 2 rows" in page.ui.message_label.text(), timeout=10_000)
    assert "not encrypted" in page.ui.message_label.text()
    rows = list(
        load_workbook(tmp_path / "pending.xlsx", read_only=True).worksheets[0].iter_rows(values_only=True)
    )
    assert [r[:3] for r in rows[1:]] == [("S-7", "Zoë", "Brontë"), ("V-1", "Vic", "Volunteer")]


def test_manager_sees_the_acknowledgements_only_and_a_checker_not_the_page(
    qtbot, org, make_user, secret_store
):
    manager = signed_in_as(org, make_user, secret_store, "mona", Role.MANAGER)
    checker = signed_in_as(org, make_user, secret_store, "cass", Role.CHECKER)
    (spec,) = [p for p in default_pages() if p.key == "policy"]
    assert spec.visible_to(org.user) and spec.visible_to(manager.user) and not spec.visible_to(checker.user)
    page = PolicyPage(context_for(org, manager))
    qtbot.addWidget(page)
    assert not page.ui.tabs.isTabVisible(0) and page.ui.tabs.isTabVisible(1)
    assert page.ui.tabs.currentIndex() == 1 and not page.ui.add_version_button.isVisibleTo(page)


def test_check_window_and_case_page_show_the_version_they_were_made_under(qtbot, org):
    from lcs_desktop.gui.cases.cases_page import CasesPage
    from lcs_desktop.gui.checks.check_window import CheckWindow
    from tests.gui.case_helpers import new_case
    from tests.services.check_fixtures import add_applicant, details

    _people(org)
    subject = org.people.list_people(org.user, query="S-7")[0].id
    case_id = new_case(org, subject)
    version_id = org.policy.add_version(org.user, label="2026", title="Social Media Policy", text="New text")
    org.policy.approve(org.user, version_id, approved_on=TEST_TODAY, approved_by="The trustees")
    check_id = org.checks.create_check(org.user, add_applicant(org), details())
    window = CheckWindow(context_for(org), check_id)
    qtbot.addWidget(window)
    assert "Policy version 2026" in window.ui.subtitle_label.text()
    cases = CasesPage(context_for(org))
    qtbot.addWidget(cases)
    cases.open_case(case_id)
    assert "Policy version 2025" in cases.case_page.ui.subtitle_label.text()
