"""The sign-in window on an office server (issue 11): an unreachable server is one plain
sentence and what was typed stays; once the server answers, the same click signs in."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import Qt

from lcs_desktop.gui.sign_in_window import SignInWindow
from lcs_desktop.store.server_settings import ServerSettings
from tests.conftest import ADMIN_PASSWORD

pytestmark = pytest.mark.parametrize("backend", ["server"], indirect=True)


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_an_unreachable_server_is_said_plainly_and_the_typing_stays(qtbot, org, authenticator, paths) -> None:
    org.sign_out()
    real = authenticator.server_settings()
    host_db = real.url.split("//", 1)[1]
    away = ServerSettings(
        f"postgresql://localhost:{_closed_port()}/{host_db.split('/', 1)[1]}", real.ca_file, real.db_id
    )
    away.save(paths.data_dir)

    window = SignInWindow(authenticator)
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(window.ui.username_edit, "admin")
    qtbot.keyClicks(window.ui.password_edit, ADMIN_PASSWORD)
    qtbot.mouseClick(window.ui.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.busy and bool(window.ui.error_label.text()), timeout=30_000)
    message = window.ui.error_label.text()
    assert "cannot be reached" in message and "localhost" in message
    assert "Traceback" not in message and "psycopg" not in message
    assert window.ui.username_edit.text() == "admin"
    assert window.ui.password_edit.text() == ADMIN_PASSWORD

    real.save(paths.data_dir)  # the server is back
    with qtbot.waitSignal(window.signed_in, timeout=30_000) as signal:
        qtbot.mouseClick(window.ui.sign_in_button, Qt.MouseButton.LeftButton)
    signal.args[0].sign_out()


def test_the_about_box_says_which_server(qtbot, org) -> None:
    from lcs_desktop.gui.about_dialog import AboutDialog
    from lcs_desktop.services.session import about

    info = about(org)
    dialog = AboutDialog(info)
    qtbot.addWidget(dialog)
    assert info.data_folder == f"Office server {org.workspace.server.settings.url}"
    assert dialog.ui.engine_label.text().startswith("PostgreSQL 1")
    assert "office server" in dialog.ui.engine_label.text()
