"""Another desk's change refreshes what this desk shows (issue 11). The listener runs only on
an office server (tests/server/test_change_notify.py); here the bridge is fed from a thread of
its own, as the listener feeds it, and the page on screen refreshes on the GUI thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread

from lcs_desktop.domain.roles import Role
from lcs_desktop.gui.change_feed import CHANGED_ELSEWHERE, ChangeBridge
from lcs_desktop.gui.main_window import MainWindow
from lcs_desktop.gui.pages import default_pages
from tests.gui.case_helpers import new_case
from tests.gui.check_helpers import choose, signed_in_as


@pytest.fixture
def desk(qtbot, org, make_user, secret_store):
    """This desk (the lead) with a case open; another lead at another desk."""
    person = org.people.add_person(
        org.user, first_name="Sam", last_name="Okoro", kind="volunteer", reference="V-1"
    )
    case_id = new_case(org, person)
    org.cases.set_risk(org.user, case_id, "medium")
    other = signed_in_as(org, make_user, secret_store, "lee", Role.SAFEGUARDING_LEAD, full_name="Lee Lead")
    window = MainWindow(org, default_pages())
    qtbot.addWidget(window)
    window.show()
    window.open_page(f"breaches:{case_id}")
    page = window.page("breaches").case_page
    assert page is not None and page.detail.risk.value == "medium"
    yield window, page, other, case_id
    window.shut()


def _from_another_thread(window, table: str, record_id: int) -> None:
    thread = threading.Thread(target=window.change_feed.bridge.deliver, args=(table, record_id))
    thread.start()
    thread.join()


def test_a_change_at_another_desk_reloads_the_open_case(qtbot, desk):
    window, page, other, case_id = desk
    assert not window.change_feed.listening  # a local database: no server to listen to
    other.cases.set_risk(other.user, case_id, "high")
    _from_another_thread(window, "breach_cases", case_id)
    qtbot.waitUntil(lambda: page.detail.risk.value == "high", timeout=5000)
    assert "Risk: <b>High</b>" in page.ui.subtitle_label.text()


def test_a_change_to_another_record_leaves_the_open_case_alone(qtbot, desk):
    window, page, other, case_id = desk
    other.cases.set_risk(other.user, case_id, "high")
    _from_another_thread(window, "breach_cases", case_id + 1000)
    _from_another_thread(window, "people", 1)
    qtbot.wait(600)
    assert page.detail.risk.value == "medium"  # not this case: not re-read


def test_unsaved_choices_are_not_reloaded_away_the_user_is_told(qtbot, desk):
    window, page, other, case_id = desk
    choose(qtbot, page.ui.risk_combo, "Low")
    other.cases.set_risk(other.user, case_id, "high")
    _from_another_thread(window, "breach_cases", case_id)
    qtbot.waitUntil(lambda: page.ui.message_label.text() == CHANGED_ELSEWHERE, timeout=5000)
    assert page.ui.risk_combo.currentText() == "Low"


def test_the_bridge_delivers_on_the_gui_thread(qtbot):
    bridge = ChangeBridge()
    threads = []
    bridge.changed.connect(lambda *_a: threads.append(QThread.currentThread()))
    with qtbot.waitSignal(bridge.changed, timeout=5000) as blocker:
        threading.Thread(target=bridge.deliver, args=("checks", 7)).start()
    assert blocker.args == ["checks", 7]
    assert threads == [bridge.thread()]
