"""Verify from the Audit log page: off the GUI thread, with a progress bar and Stop."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from lcs_desktop.domain.roles import Role
from lcs_desktop.gui.page_spec import PageContext
from lcs_desktop.gui.pages.audit_log_page import AuditLogPage
from lcs_desktop.services import audit_verify


@pytest.fixture
def page(qtbot, org, monkeypatch):
    for name in ("ann", "ben"):
        org.accounts.add_user(org.user, name, name.title(), frozenset({Role.CHECKER}))
    monkeypatch.setattr(audit_verify, "BATCH", 1)  # a report (and a chance to stop) per event
    widget = AuditLogPage(PageContext(org, lambda _key: None))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_verify_runs_off_the_gui_thread_with_progress_and_remembers_the_head(qtbot, org, page):
    ws = org.workspace
    threads: list[threading.Thread] = []
    real = org.audit_log.verify

    def watched(user, **options):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return real(user, **options)

    org.audit_log.verify = watched  # type: ignore[method-assign]
    seen: list[tuple[int, int]] = []
    page._progress.advanced.connect(lambda done, total: seen.append((done, total)))
    qtbot.mouseClick(page.ui.verify_button, Qt.MouseButton.LeftButton)
    assert page.busy and page.ui.verify_progress_bar.isVisible() and page.ui.cancel_verify_button.isVisible()
    assert not page.ui.verify_button.isEnabled()
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
    assert threads and threads[0] is not threading.main_thread()
    assert page.ui.verify_result_label.text().startswith("The audit log is complete")
    total = seen[-1][1]
    assert seen[-1] == (total, total) and len(seen) >= total  # one report per event, then the end
    assert not page.ui.verify_progress_bar.isVisible() and not page.ui.cancel_verify_button.isVisible()
    with ws.reading() as session:
        head = ws.chain.head(session)
    assert ws.pc_state.verified_head(ws.db_id) == head


def test_stop_ends_the_check_and_leaves_nothing_remembered(qtbot, org, page):
    ws = org.workspace
    before = ws.pc_state.verified_head(ws.db_id)
    real = org.audit_log.verify
    stop_clicked = threading.Event()

    def gated(user, **options):  # type: ignore[no-untyped-def]
        stop_clicked.wait(10)  # the real check, started only once Stop has been pressed
        return real(user, **options)

    org.audit_log.verify = gated  # type: ignore[method-assign]
    qtbot.mouseClick(page.ui.verify_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.ui.cancel_verify_button, Qt.MouseButton.LeftButton)
    assert not page.ui.cancel_verify_button.isEnabled()
    stop_clicked.set()
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
    assert page.ui.verify_result_label.text() == "The check was stopped before the end; nothing was changed."
    assert page.ui.verify_button.isEnabled() and not page.ui.verify_progress_bar.isVisible()
    assert ws.pc_state.verified_head(ws.db_id) == before
    # ... and a later check runs to the end as usual.
    org.audit_log.verify = real  # type: ignore[method-assign]
    qtbot.mouseClick(page.ui.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
    assert page.ui.verify_result_label.text().startswith("The audit log is complete")
