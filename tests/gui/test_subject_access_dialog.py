"""The subject access dialog on the person page, driven like a user: record the request, decide
each proposed redaction, build the pack off the GUI thread, record it as sent."""

from __future__ import annotations

from datetime import timedelta

from pypdf import PdfReader
from PySide6.QtCore import Qt

from lcs_desktop.domain.roles import Role
from lcs_desktop.domain.subject_access import Decision, RequestState
from lcs_desktop.gui.fields import date_text
from lcs_desktop.gui.people.person_page import PersonPage
from lcs_desktop.gui.people.subject_access_dialog import SubjectAccessDialog
from tests.frozen_clock import TEST_TODAY
from tests.gui.accessibility_helpers import assert_accessible, shown
from tests.gui.check_helpers import confirm_next, context_for, signed_in_as
from tests.services.sar_helpers import CHILD, build_sar_world


def test_only_the_lead_sees_the_subject_access_button(qtbot, org, make_user, secret_store):
    sar = build_sar_world(org, make_user)
    page = shown(qtbot, PersonPage(context_for(org), sar.person_id))
    assert page.subject_access_button.isVisible()
    manager = signed_in_as(org, make_user, secret_store, "mary", Role.MANAGER)
    manager_page = shown(qtbot, PersonPage(context_for(org, manager), sar.person_id))
    assert not manager_page.subject_access_button.isVisible()


def test_record_decide_build_and_release_through_the_dialog(qtbot, org, make_user, tmp_path):
    sar = build_sar_world(org, make_user)
    person = org.people.get_person(org.user, sar.person_id)
    dialog = shown(qtbot, SubjectAccessDialog(org, person))
    assert dialog.windowTitle() == "Subject access request"
    assert not dialog.ui.build_button.isEnabled()
    dialog.ui.received_edit.clear()
    qtbot.keyClicks(dialog.ui.received_edit, date_text(TEST_TODAY + timedelta(days=2)))
    qtbot.mouseClick(dialog.ui.open_button, Qt.MouseButton.LeftButton)
    assert "after today" in dialog.ui.error_label.text()
    assert dialog.ui.received_edit.text() == date_text(TEST_TODAY + timedelta(days=2))  # nothing lost
    dialog.ui.received_edit.clear()
    qtbot.keyClicks(dialog.ui.received_edit, date_text(TEST_TODAY - timedelta(days=2)))
    qtbot.mouseClick(dialog.ui.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=30_000)  # the records are read off the GUI thread
    request = org.subject_access.requests_for(org.user, sar.person_id)[0]
    assert request.received_on == TEST_TODAY - timedelta(days=2) and request.open
    assert dialog.ui.reference_value.text() == request.reference
    assert "Due" in dialog.ui.clock_value.text()
    assert dialog.ui.proposals_table.rowCount() == len(dialog.proposals) > 0
    assert_accessible(qtbot, dialog, "subject access dialog")

    # Decide every proposal in the panel: redact the child, disclose everyone else.
    for row in range(dialog.ui.proposals_table.rowCount()):
        dialog.ui.proposals_table.selectRow(row)
        redact = dialog.proposals[row].words == CHILD
        dialog.ui.decision_combo.setCurrentIndex(0 if redact else 1)
        qtbot.mouseClick(dialog.ui.decide_button, Qt.MouseButton.LeftButton)
    decided = org.subject_access.proposals(org.user, request.id)
    assert all(p.decision is not None for p in decided)
    assert [p.words for p in decided if p.decision is Decision.ACCEPTED] == [CHILD]
    assert "0 to decide" in dialog.ui.proposals_group.title()

    dialog.build(str(tmp_path))
    qtbot.waitUntil(lambda: dialog.job is None, timeout=60_000)
    assert dialog.ui.error_label.text() == ""
    pdfs = list(tmp_path.glob("*.pdf"))
    assert len(pdfs) == 1 and "Saved" in dialog.ui.status_label.text()
    text = "\n".join(p.extract_text() for p in PdfReader(str(pdfs[0])).pages)
    assert "Amira" not in text and "[redacted — safeguarding]" in text

    seen: list[str] = []
    confirm_next(seen, cancel=True)
    qtbot.mouseClick(dialog.ui.release_button, Qt.MouseButton.LeftButton)
    assert org.subject_access.request(org.user, request.id).open  # cancelled: nothing recorded
    confirm_next(seen)
    qtbot.mouseClick(dialog.ui.release_button, Qt.MouseButton.LeftButton)
    assert request.reference in seen[-1]
    answered = org.subject_access.request(org.user, request.id)
    assert answered.state is RequestState.ANSWERED
    assert not dialog.ui.release_button.isEnabled()


def test_homes_desk_link_opens_the_person(qtbot, org, make_user):
    from lcs_desktop.gui.people.people_page import PeoplePage
    from lcs_desktop.services.subject_access import desk_items

    sar = build_sar_world(org, make_user)
    org.subject_access.open_request(org.user, sar.person_id, TEST_TODAY)
    link = desk_items(org.workspace, org.user, TEST_TODAY)[0].link
    page = shown(qtbot, PeoplePage(context_for(org)))
    page.open_item(str(link.record_id))
    assert link.page == "people"
    assert page.person_page is not None and page.person_page.person_id == sar.person_id
