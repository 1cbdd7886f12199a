"""The issue's scenario, driven as people would: a checker records a check with two findings and
pasted evidence and completes it; the lead records the discussion and exports the PDF; the PDF
is read back. Real accounts, a real SQLCipher database, real widgets."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton

from lcs_desktop.domain.checks import CheckStatus
from lcs_desktop.domain.roles import Role
from lcs_desktop.gui.checks import check_window
from lcs_desktop.gui.checks.check_window import CheckWindow
from lcs_desktop.gui.checks.export_dialog import ExportDialog
from lcs_desktop.gui.checks.start_check import StartCheckDialog
from lcs_desktop.gui.formatting import isolated
from lcs_desktop.gui.people.people_page import PeoplePage
from tests.frozen_clock import TEST_TODAY
from tests.gui.case_helpers import on_modal
from tests.gui.check_helpers import choose, click, confirm_next, context_for, signed_in_as, type_into

DAY = timedelta(days=1)
SAVE = QDialogButtonBox.StandardButton.Save


def uk(day: date) -> str:
    return f"{day:%d/%m/%Y}"


@pytest.fixture
def checker(org, make_user, secret_store):
    return signed_in_as(org, make_user, secret_store, "casey", Role.CHECKER, full_name="Casey Checker")


@pytest.fixture
def applicant(org) -> int:
    return org.people.add_person(
        org.user, first_name="Zoë", last_name="Nguyễn", kind="applicant", reference="APP-0042"
    )


def screenshot(colour: str) -> QImage:
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    return image


def fill_finding(qtbot, dialog, *, platform: str, address: str, category: str, colour: str) -> None:
    ui = dialog.ui
    choose(qtbot, ui.platform_combo, platform)
    type_into(qtbot, ui.address_edit, address)
    type_into(qtbot, ui.content_date_edit, uk(TEST_TODAY - 30 * DAY))
    type_into(qtbot, ui.seen_edit, "A public post about a family the applicant met through other work.")
    choose(qtbot, ui.category_combo, category)
    choose(qtbot, ui.severity_combo, "Medium")
    choose(qtbot, ui.relevance_combo, "Directly relevant")
    QApplication.clipboard().setImage(screenshot(colour))
    dialog.strip.setFocus()
    qtbot.keyClick(dialog.strip, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(dialog.strip.pending()) == 1 and not dialog.strip.busy)  # a worker
    assert "SHA-256" in dialog.strip.details_label.text()


def test_checker_records_check_lead_discusses_and_exports_pdf(
    qtbot, org, checker, applicant, when_modal, tmp_path
):
    # The checker finds the applicant on the People page and starts a check.
    people = PeoplePage(context_for(org, checker))
    qtbot.addWidget(people)
    people.show()
    type_into(qtbot, people.ui.search_edit, "APP-0042")
    qtbot.waitUntil(lambda: people.model.rowCount() == 1 and people.model.row(0).id == applicant)
    click(qtbot, people.ui.open_button)
    person = people.person_page
    assert person is not None and person.ui.name_label.text() == isolated("Zoë Nguyễn")

    def start(dialog):  # asked before the record exists: the role (from the person) and who authorised it
        dialog.role_edit.clear()
        type_into(qtbot, dialog.role_edit, "Contact supervisor (volunteer)")
        choose(qtbot, dialog.authorised_by_combo, "Ada Admin")
        click(qtbot, dialog.findChild(QPushButton, "start_button"))

    on_modal(StartCheckDialog, start)
    click(qtbot, person.ui.start_check_button)
    window = next(iter(check_window._open.values()))
    check_id = window.check_id
    assert "Zoë" not in window.windowTitle() and window.detail.reference in window.windowTitle()

    # Step 1, before the search.
    step1 = window.steps[0].ui
    assert step1.role_applied_for_edit.text() == "Contact supervisor (volunteer)"
    assert step1.authorised_by_edit.text() == "Ada Admin"
    choose(qtbot, step1.stage_combo, "Shortlisted")
    type_into(qtbot, step1.privacy_notice_date_edit, uk(TEST_TODAY - 5 * DAY))
    type_into(qtbot, step1.proportionality_reason_edit, "Unsupervised time with children (policy §3.1).")
    click(qtbot, window.ui.next_button)  # saved on leaving the step
    assert window.ui.step_stack.currentIndex() == 1
    stored = org.checks.read_check(org.user, check_id)
    assert stored.privacy_notice_date == TEST_TODAY - 5 * DAY
    assert stored.role_applied_for == "Contact supervisor (volunteer)"

    # Step 2, the search: what was done on each platform.
    scope = window.steps[1]
    from lcs_desktop.domain.checks import Platform

    facebook, tiktok = scope.rows[Platform.FACEBOOK], scope.rows[Platform.TIKTOK]
    choose(qtbot, facebook.action_combo, "Public content reviewed")
    type_into(qtbot, facebook.handles_edit, "Zoë Nguyễn (Leeds)")
    type_into(qtbot, facebook.terms_edit, "Zoe Nguyen Leeds")
    choose(qtbot, facebook.match_combo, "Confirmed")
    choose(qtbot, tiktok.action_combo, "No presence found")
    click(qtbot, window.ui.next_button)

    # Step 3, attestations.
    attest = window.steps[2]
    click(qtbot, attest.public_only_check)
    click(qtbot, attest.no_private_access_check)
    click(qtbot, window.ui.next_button)
    assert window.ui.step_stack.currentIndex() == 3

    # Step 4, two findings, each with a screenshot pasted from the clipboard.
    findings = window.steps[3]
    for platform, category, colour in (
        ("Facebook", "Referencing a child, family or case", "#aa3333"),
        ("Facebook", "Offensive or derogatory content", "#3333aa"),
    ):

        def act(dialog, platform=platform, category=category, colour=colour):
            fill_finding(
                qtbot,
                dialog,
                platform=platform,
                address="https://facebook.example/p/1",
                category=category,
                colour=colour,
            )
            click(qtbot, dialog.ui.button_box.button(SAVE))

        when_modal(act)
        click(qtbot, findings.add_button)
    assert findings.table.rowCount() == 2

    # Step 5: concerns found, complete.
    click(qtbot, window.ui.next_button)
    result = window.steps[4]
    click(qtbot, result.concerns_radio)
    confirm_next()
    click(qtbot, result.complete_button)
    detail = org.checks.read_check(org.user, check_id)
    assert detail.status is CheckStatus.AWAITING_DISCUSSION, window.ui.message_label.text()
    assert [len(f.evidence) for f in detail.findings] == [1, 1]
    assert "discusses the findings with the applicant" in result.status_label.text()
    window.close()

    # The lead opens the check and records the discussion.
    lead_window = CheckWindow(context_for(org), check_id)
    lead_window.show()
    lead_window.go_to(5)
    discussion_step = lead_window.steps[5]

    def discuss(dialog):
        ui = dialog.ui
        type_into(qtbot, ui.held_on_edit, uk(TEST_TODAY - DAY))
        type_into(qtbot, ui.held_time_edit, "10:30")
        choose(qtbot, ui.method_combo, "Video call")
        type_into(qtbot, ui.present_edit, "The applicant; Ada Admin (lead)")
        for row in range(ui.findings_list.count()):
            ui.findings_list.item(row).setCheckState(Qt.CheckState.Checked)
        type_into(qtbot, ui.applicant_account_edit, "The family were friends; the post is removed.")
        type_into(qtbot, ui.assessment_edit, "Credible and reflective.")
        choose(qtbot, ui.outcome_combo, "Proceed with advice")
        type_into(qtbot, ui.decided_by_edit, "Ada Admin")
        type_into(qtbot, ui.decision_reason_edit, "Advice on §5 given; no further concern.")
        type_into(qtbot, ui.applicant_told_on_edit, uk(TEST_TODAY))
        click(qtbot, ui.button_box.button(SAVE))

    when_modal(discuss)
    click(qtbot, discussion_step.record_button)
    detail = org.checks.read_check(org.user, check_id)
    assert detail.status is CheckStatus.DECIDED
    assert "Proceed with advice" in discussion_step.summary_label.text()

    # The lead exports the PDF off the GUI thread and the file is read back.
    export = ExportDialog(org, detail, lead_window)
    qtbot.addWidget(export)
    target = tmp_path / f"{detail.reference}.pdf"
    export.ui.location_edit.setText(str(target))
    click(qtbot, export.ui.export_button)
    qtbot.waitUntil(lambda: export.sha256 is not None or export.ui.error_label.isVisible(), timeout=30_000)
    assert export.sha256 is not None, export.ui.error_label.text()
    assert "Zo" not in target.name
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "Zoë Nguyễn" in text
    assert "Referencing a child, family or case" in text and "Offensive or derogatory content" in text
    assert "§5" in text
    assert "Proceed with advice" in text
    squeezed = text.replace(" ", "")
    for finding in detail.findings:
        assert finding.evidence[0].sha256 in squeezed
    metadata = " ".join(str(value) for value in (reader.metadata or {}).values())
    assert detail.reference in metadata
    assert "Zo" not in metadata and "Nguy" not in metadata
    lead_window.close()
