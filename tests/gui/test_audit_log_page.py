"""The Audit log page in words: sentences, Show details for IT, the Refused attempts filter."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt

from lcs_desktop.domain.roles import Role
from lcs_desktop.gui.page_spec import PageContext
from lcs_desktop.gui.pages.audit_log_page import AuditLogPage
from lcs_desktop.services.accounts import to_current


@pytest.fixture
def context(org):
    return PageContext(org, lambda _key: None)


def _cells(page, column: int = 0) -> list[str]:
    model = page.model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def _refuse(org, user, case_like_id: int = 7) -> None:
    """A refused attempt, written the way the services write one (same audit chain)."""
    with org.workspace.unit_of_work() as session:
        org.workspace.audit(
            session, user, "access_refused", "person", case_like_id, {"attempted": "person_viewed"}
        )


def test_audit_page_shows_sentences_and_show_details_shows_the_stored_fields(qtbot, org, context):
    settings = org.settings.get()
    org.settings.update(org.user, dataclasses.replace(settings, idle_lock_minutes=3))
    org.people.add_person(org.user, first_name="Jo", last_name="Bloggs", kind="volunteer", reference="V-100")
    page = AuditLogPage(context)
    qtbot.addWidget(page)
    assert page.model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == "Event"
    events = _cells(page)
    assert events[0].endswith("— Ada Admin added person V-100 (Volunteer)")
    assert events[1].endswith("— Ada Admin changed the organisation's settings")
    assert _cells(page, 1)[1] == "Lock after idle (minutes): 10 → 3"
    assert not any("{" in e or "_" in e for e in events)
    tooltip = page.model.data(page.model.index(1, 0), Qt.ItemDataRole.ToolTipRole)
    assert tooltip.endswith("settings\n    Lock after idle (minutes): 10 → 3")
    people = [page.ui.person_combo.itemText(i) for i in range(page.ui.person_combo.count())]
    assert people == ["Everyone", "Ada Admin"]
    actions = [page.ui.action_combo.itemText(i) for i in range(page.ui.action_combo.count())]
    assert "Settings changed" in actions and "settings_changed" not in actions

    qtbot.mouseClick(page.ui.details_button, Qt.MouseButton.LeftButton)
    assert page.ui.details_button.isChecked() and page.ui.details_button.text() == "Hide &details"
    header = [page.model.headerData(c, Qt.Orientation.Horizontal, 0) for c in range(page.model.columnCount())]
    assert header == ["Seq.", "Time (UTC)", "Username", "Action code", "Record", "Stored details"]
    stored = page.model.rows[1]
    assert _cells(page, 3)[1] == "settings_changed" and _cells(page, 2)[1] == "admin"
    assert _cells(page, 5)[1] == '{"changes": {"idle_lock_minutes": [10, 3]}}'
    assert _cells(page, 0)[1] == str(stored.seq) and _cells(page, 1)[1].endswith("+00:00")
    qtbot.mouseClick(page.ui.details_button, Qt.MouseButton.LeftButton)
    assert page.model.columnCount() == 2 and _cells(page)[1] == events[1]


def test_refused_attempts_filter_shows_only_refusals_with_their_count(qtbot, org, context, make_user):
    make_user("cass", Role.CHECKER, full_name="Cass Checker")
    cass = to_current(org.workspace.load_user("cass"))
    person = org.people.add_person(
        org.user, first_name="Jo", last_name="Bloggs", kind="volunteer", reference="V-9"
    )
    _refuse(org, cass, person)
    _refuse(org, cass, person)
    page = AuditLogPage(context)
    qtbot.addWidget(page)
    assert not page.ui.refused_check.isHidden()  # the lead (and IT) can filter by it
    assert page.ui.refused_check.text() == "&Refused attempts (2)"
    total = page.model.rowCount()
    qtbot.mouseClick(page.ui.refused_check, Qt.MouseButton.LeftButton)
    assert page.ui.refused_check.isChecked() and not page.ui.action_combo.isEnabled()
    assert {row.action for row in page.model.rows} == {"access_refused"}
    assert page.ui.count_label.text() == "2 events (newest first)"
    assert _cells(page)[0].endswith(
        "— Cass Checker was refused: tried to open the person's record (person V-9)"
    )
    qtbot.mouseClick(page.ui.refused_check, Qt.MouseButton.LeftButton)
    assert page.ui.action_combo.isEnabled() and page.model.rowCount() == total


def test_administrator_alone_sees_sentences_without_record_values(qtbot, org, make_user, authenticator):
    _username, temp = make_user("ivy", Role.ADMINISTRATOR, full_name="Ivy IT")
    org.people.add_person(org.user, first_name="Jo", last_name="Bloggs", kind="volunteer", reference="V-100")
    person = org.people.list_people(org.user)[0].id
    org.people.edit_person(org.user, person, role="Contact supervisor")
    org.sign_out()
    ivy = authenticator.sign_in("ivy", temp)
    try:
        page = AuditLogPage(PageContext(ivy, lambda _key: None))
        qtbot.addWidget(page)
        row = next(i for i, r in enumerate(page.model.rows) if r.action == "person_changed")
        assert _cells(page)[row].endswith("— Ada Admin changed the role of person V-100")
        assert _cells(page, 1)[row] == "Fields changed: Role (values are shown only to case roles)"
        page.ui.details_button.click()
        assert "Contact supervisor" not in _cells(page, 5)[row]
    finally:
        ivy.sign_out()
