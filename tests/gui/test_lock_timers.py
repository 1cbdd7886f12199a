"""While the idle lock is on, no background timer (check autosave, draft keeper, search) reaches
the database; what was due then is saved after unlock, so nothing typed is lost."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from lcs_desktop.gui.cases.concern_dialog import ConcernDialog
from lcs_desktop.gui.checks.check_window import CheckWindow
from lcs_desktop.gui.idle_lock import BackgroundTimers
from lcs_desktop.gui.main_window import MainWindow
from lcs_desktop.gui.pages import default_pages
from tests.conftest import ADMIN_PASSWORD
from tests.gui.check_helpers import context_for, type_into
from tests.services.check_fixtures import add_applicant

SEEN = "Seen just before the lock"


@pytest.fixture
def main(qtbot, org):
    window = MainWindow(org, default_pages())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.shut()


def test_idle_lock_stops_autosave_and_draft_timers_and_they_save_after_unlock(qtbot, main, org, monkeypatch):
    check_id = org.checks.create_check(org.user, add_applicant(org))
    check = CheckWindow(context_for(org), check_id)
    check.show()
    qtbot.waitExposed(check)
    check._autosave.setInterval(150)  # the 30-second autosave, shortened
    concern = ConcernDialog(org)
    qtbot.addWidget(concern)
    concern.show()
    qtbot.waitExposed(concern)
    type_into(qtbot, check.steps[0].ui.role_applied_for_edit, "Typed before the lock")
    type_into(qtbot, concern.ui.what_was_seen_edit, SEEN)
    assert concern.drafts._timer.isActive()  # a draft is due in 1.5 seconds

    main.idle.set_interval_ms(50)
    main.idle.start()
    qtbot.waitUntil(lambda: main.locked, timeout=5_000)
    main.idle.set_interval_ms(600_000)  # no second lock straight after unlocking
    assert org.locked
    assert BackgroundTimers.running() == []  # autosave, draft and search timers all stopped

    # Every service passes through the workspace's guard: count what reaches it while locked.
    attempts: list[str] = []
    guard = org.workspace.ensure_unlocked
    monkeypatch.setattr(org.workspace, "ensure_unlocked", lambda: (attempts.append("db"), guard())[1])
    qtbot.wait(2_000)  # past the draft's moment and many autosave ticks
    assert attempts == []
    assert BackgroundTimers.running() == []
    monkeypatch.undo()

    main.lock_screen.ui.password_edit.clear()
    qtbot.keyClicks(main.lock_screen.ui.password_edit, ADMIN_PASSWORD)
    qtbot.keyClick(main.lock_screen.ui.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not main.locked, timeout=10_000)
    # What was waiting at the lock happens now: the draft is kept and the check autosaved.
    qtbot.waitUntil(lambda: org.drafts.load(org.user, "concern_intake") is not None, timeout=5_000)
    assert org.drafts.load(org.user, "concern_intake").data["what_was_seen_edit"] == SEEN
    qtbot.waitUntil(
        lambda: org.checks.read_check(org.user, check_id).role_applied_for == "Typed before the lock",
        timeout=5_000,
    )
    assert concern.ui.what_was_seen_edit.toPlainText() == SEEN  # nothing typed was lost
    check.close()
    concern.dirty = False  # leave without the "discard your typing?" question
    concern.reject()
