"""The daily backup runs in the background after sign-in; signing out never waits for it."""

from __future__ import annotations

import time

from lcs_desktop.gui.app_controller import AppController
from tests.conftest import ADMIN_PASSWORD


def _auto_backups(paths):
    return sorted(paths.backup_dir.glob("lcs-backup-auto-*")) if paths.backup_dir.exists() else []


def _signed_in(qtbot, org, authenticator, delay_ms: int) -> AppController:
    org.sign_out()  # one copy of the app at a time: the controller signs in for itself
    controller = AppController(authenticator)
    controller.auto_backup_delay_ms = delay_ms
    controller.open_main(authenticator.sign_in("admin", ADMIN_PASSWORD))  # deleted at sign-out
    return controller


def _sign_out(qtbot, controller: AppController) -> None:
    with qtbot.waitSignal(controller.signed_out, timeout=10_000):
        controller.finish(quit_after=False)
    qtbot.addWidget(controller.sign_in_window)


def test_daily_backup_is_made_in_the_background_after_sign_in(qtbot, org, authenticator, paths):
    controller = _signed_in(qtbot, org, authenticator, delay_ms=0)
    session = controller.main_window.session
    qtbot.waitUntil(lambda: bool(_auto_backups(paths)) and controller.backup_done.is_set(), timeout=20_000)
    assert controller.main_window.isEnabled()  # the window stayed in use meanwhile
    made = [e for e in session.audit_log.events(session.user, limit=100) if e.action == "backup_made"]
    assert len(made) == 1 and made[0].details["file"] == _auto_backups(paths)[0].name
    _sign_out(qtbot, controller)
    assert len(_auto_backups(paths)) == 1  # signing out makes none


def test_signing_out_neither_makes_nor_waits_for_the_backup(qtbot, org, authenticator, paths):
    controller = _signed_in(qtbot, org, authenticator, delay_ms=60_000)  # not started yet
    started = time.perf_counter()
    _sign_out(qtbot, controller)
    assert _auto_backups(paths) == []  # the old way made it here, while the person waited
    assert controller.sign_in_window is not None and controller.sign_in_window.isVisible()
    assert time.perf_counter() - started < 5  # generous: signing out is one audit event


def test_signing_out_stops_a_running_backup_and_keeps_nothing_half_made(qtbot, org, authenticator, paths):
    controller = _signed_in(qtbot, org, authenticator, delay_ms=0)
    qtbot.waitUntil(lambda: not controller.backup_done.is_set() or bool(_auto_backups(paths)), timeout=10_000)
    _sign_out(qtbot, controller)
    assert controller.backup_stop.is_set() and controller.backup_done.is_set()
    assert not list(paths.backup_dir.glob("*.partial")) and not list(paths.data_dir.glob(".backup-*"))
    session = authenticator.sign_in("admin", ADMIN_PASSWORD)
    try:
        made = [
            e.details["file"]
            for e in session.audit_log.events(session.user, limit=200)
            if e.action == "backup_made"
        ]
        assert made == [p.name for p in _auto_backups(paths)]  # a backup kept is a backup recorded
    finally:
        session.sign_out()
