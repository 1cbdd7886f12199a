"""Another desk's save refreshes this desk's open case through the office server's change feed
(issue 11): desk A's main window listens (LISTEN/NOTIFY on its own connection), desk B is a
second PC signed in as another lead, saving on a case page of its own. No thread is fed by hand
here (tests/gui/test_change_feed.py does that for the local file): the notification comes from
the server."""

from __future__ import annotations

import pytest

from lcs_desktop.domain.roles import Role
from lcs_desktop.gui.cases.case_page import CasePage
from lcs_desktop.gui.change_feed import CHANGED_ELSEWHERE
from lcs_desktop.gui.main_window import MainWindow
from lcs_desktop.gui.pages import default_pages
from tests.gui.case_helpers import new_case
from tests.gui.check_helpers import choose, click, context_for

pytestmark = pytest.mark.parametrize("backend", ["server"], indirect=True)


@pytest.fixture
def desks(qtbot, org, other_desk):
    """Desk A: the lead's main window with the case open, listening. Desk B: Lee's case page."""
    person = org.people.add_person(
        org.user, first_name="Sam", last_name="Okoro", kind="volunteer", reference="V-1"
    )
    case_id = new_case(org, person)
    org.cases.set_risk(org.user, case_id, "medium")
    lee = other_desk("lee", Role.SAFEGUARDING_LEAD, full_name="Lee Lead")
    window = MainWindow(org, default_pages())
    qtbot.addWidget(window)
    window.show()
    window.open_page(f"breaches:{case_id}")
    page = window.page("breaches").case_page
    assert page is not None and page.detail.risk.value == "medium"
    assert window.change_feed.listening  # started by the window, on an office server only
    qtbot.waitUntil(lambda: _listening(window), timeout=10_000)
    other = CasePage(context_for(org, lee))
    qtbot.addWidget(other)
    assert other.load(case_id)
    yield window, page, other, case_id
    window.shut()


def _listening(window) -> bool:
    """The listener's connection has issued LISTEN (a save before that would go unheard)."""
    listener = window.change_feed._listener  # its LISTEN-in-force event: no public view of it
    return listener is not None and listener.listening.is_set()


def test_a_save_at_desk_b_reloads_desk_a_open_case(qtbot, desks):
    _window, page, other, _case_id = desks
    choose(qtbot, other.ui.risk_combo, "High")
    click(qtbot, other.ui.assign_button)
    assert other.detail.risk.value == "high"  # saved at desk B
    qtbot.waitUntil(lambda: page.detail.risk.value == "high", timeout=10_000)
    assert "Risk: <b>High</b>" in page.ui.subtitle_label.text()
    assert page.ui.risk_combo.currentText() == "High"


def test_desk_a_unsaved_choice_is_kept_and_the_user_told(qtbot, desks):
    _window, page, other, _case_id = desks
    choose(qtbot, page.ui.risk_combo, "Low")
    choose(qtbot, other.ui.risk_combo, "High")
    click(qtbot, other.ui.assign_button)
    qtbot.waitUntil(lambda: page.ui.message_label.text() == CHANGED_ELSEWHERE, timeout=10_000)
    assert page.ui.risk_combo.currentText() == "Low"  # not reloaded under the user's choice
    assert page.detail.risk.value == "medium"


def test_a_key_change_at_another_desk_locks_this_one_and_a_sign_in_carries_on(
    qtbot, desks, other_desk, authenticator
) -> None:
    """Desk A still holds the old workspace key: it locks itself with the reason, keeps what is
    open, and after the password reads the case under the new key."""
    from lcs_desktop.services.change_feed import KEY_CHANGED_LOCK
    from tests.conftest import ADMIN_PASSWORD
    from tests.server_helpers import owner_of

    window, page, _other, case_id = desks
    ivy = other_desk("ivy", Role.ADMINISTRATOR, full_name="Ivy IT")
    ivy.key_rotation.rotate(ivy.user, owner=owner_of(authenticator))
    qtbot.waitUntil(lambda: window.locked, timeout=10_000)
    assert KEY_CHANGED_LOCK in window.lock_screen.ui.message_label.text()
    qtbot.keyClicks(window.lock_screen.ui.password_edit, ADMIN_PASSWORD)
    click(qtbot, window.lock_screen.ui.unlock_button)
    qtbot.waitUntil(lambda: not window.locked, timeout=20_000)
    assert page.load(case_id) and page.detail.risk.value == "medium"
    assert window.session.workspace.key == ivy.workspace.key
