"""The office server as a person meets it (issue 11): the wizard's "Join an office server" page
against the real test server, plain refusals that keep what was typed, the first administrator
set up there, the sign-in window naming the server, and the mode in the status bar and About."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from lcs_desktop.domain.errors import LcsError
from lcs_desktop.gui.about_dialog import AboutDialog
from lcs_desktop.gui.app_controller import AppController
from lcs_desktop.gui.main_window import MainWindow
from lcs_desktop.gui.setup_wizard import SetupWizard
from lcs_desktop.paths import AppPaths
from lcs_desktop.services.auth import Authenticator
from lcs_desktop.services.office_mode import mode_of_session
from lcs_desktop.services.session import about
from lcs_desktop.vault.crypto import FAST_KDF_FOR_TESTS
from tests.conftest import ADMIN_PASSWORD
from tests.pg_server import make_tls
from tests.server_helpers import init_server


@pytest.fixture
def authenticator_for(paths, secret_store):
    def make(folder):
        return Authenticator(
            AppPaths(folder, paths.state_dir, paths.log_dir), secret_store, FAST_KDF_FOR_TESTS
        )

    return make


@pytest.fixture
def wizard(qtbot, paths, authenticator_for):
    w = SetupWizard(authenticator_for, paths.data_dir)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.recovery_page.ui.stored_check.setChecked(True)
    if w.session is not None:
        w.session.workspace.close()


def _fill_join(qtbot, wizard, url: str, ca: str, owner: tuple[str, str]) -> None:
    qtbot.mouseClick(wizard.organisation_page.ui.join_button, Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.join_page
    ui = wizard.join_page.ui
    qtbot.keyClicks(ui.address_edit, url)
    qtbot.keyClicks(ui.ca_file_edit, ca)
    qtbot.keyClicks(ui.owner_edit, owner[0])
    qtbot.keyClicks(ui.owner_password_edit, owner[1])
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def test_join_page_connects_then_sets_up_the_first_administrator(
    qtbot, wizard, paths, pg_server, pg_database
) -> None:
    owner = init_server(pg_server, pg_database)
    _fill_join(qtbot, wizard, pg_server.url(pg_database), str(pg_server.ca_file), owner)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.organisation_page, timeout=30_000)
    saved = json.loads((paths.data_dir / "office-server.json").read_text(encoding="utf-8"))
    assert saved["url"] == pg_server.url(pg_database)
    assert saved["ca_file"] == str(pg_server.ca_file)
    assert saved["db_id"]
    assert not any(secret in json.dumps(saved) for secret in owner)  # no login, no password
    assert not wizard.organisation_page.ui.data_folder_edit.isEnabled()

    qtbot.keyClicks(wizard.organisation_page.ui.organisation_name_edit, "Libra Children Services")
    wizard.next()
    page = wizard.account_page.ui
    for edit, text in (
        (page.full_name_edit, "Ada Admin"),
        (page.username_edit, "ada"),
        (page.password_edit, ADMIN_PASSWORD),
        (page.confirm_password_edit, ADMIN_PASSWORD),
    ):
        qtbot.keyClicks(edit, text)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=60_000)
    session = wizard.session
    assert session is not None and session.workspace.server is not None
    assert mode_of_session(session).text == f"Office server: {_shown(pg_server, pg_database)} (verified TLS)"
    assert session.settings.get().organisation_name == "Libra Children Services"
    wizard.recovery_page.ui.stored_check.setChecked(True)  # else closing asks to store the key


def test_leaving_the_wizard_before_the_first_administrator_forgets_the_server(
    qtbot, wizard, paths, pg_server, pg_database
) -> None:
    owner = init_server(pg_server, pg_database)
    _fill_join(qtbot, wizard, pg_server.url(pg_database), str(pg_server.ca_file), owner)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.organisation_page, timeout=30_000)
    assert (paths.data_dir / "office-server.json").exists()
    wizard.reject()  # Cancel: the next start offers the wizard again
    assert not (paths.data_dir / "office-server.json").exists()


def _shown(pg_server, dbname: str) -> str:
    return pg_server.url(dbname).removeprefix("postgresql://")


def test_wrong_ca_file_is_refused_plainly_and_keeps_what_was_typed(
    qtbot, wizard, paths, pg_server, pg_database, tmp_path
) -> None:
    owner = init_server(pg_server, pg_database)
    (tmp_path / "other-ca").mkdir()
    other_ca, _cert, _key = make_tls(tmp_path / "other-ca")
    url = pg_server.url(pg_database)
    _fill_join(qtbot, wizard, url, str(other_ca), owner)
    ui = wizard.join_page.ui
    qtbot.waitUntil(lambda: not wizard.join_page.busy and bool(ui.error_label.text()), timeout=30_000)
    message = ui.error_label.text()
    assert "certificate" in message and "Traceback" not in message and "SSL" not in message
    assert wizard.currentPage() is wizard.join_page
    assert ui.address_edit.text() == url  # nothing typed is lost
    assert ui.ca_file_edit.text() == str(other_ca)
    assert ui.owner_password_edit.text() == owner[1]
    assert not (paths.data_dir / "office-server.json").exists()

    # A missing CA file and a bad address: their own sentences, the fields kept.
    ui.ca_file_edit.setText(str(tmp_path / "no-such-ca.pem"))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: not wizard.join_page.busy and "does not exist" in ui.error_label.text(), timeout=10_000
    )
    ui.ca_file_edit.setText(str(pg_server.ca_file))
    ui.address_edit.setText("db.office/lcs")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: not wizard.join_page.busy and "postgresql://" in ui.error_label.text(), timeout=10_000
    )
    assert ui.address_edit.text() == "db.office/lcs"


def test_joining_a_set_up_server_leads_to_a_sign_in_naming_it(
    qtbot, paths, authenticator_for, pg_server, pg_database, monkeypatch
) -> None:
    from lcs_desktop.gui.app_controller import QApplication
    from tests.server_helpers import set_up_org

    # IT set the server up from another PC first.
    first = authenticator_for(paths.data_dir.parent / "it-pc")
    from tests.server_helpers import connect_to_test_server

    connect_to_test_server(first, pg_server, pg_database)
    session, _key = set_up_org(first, "Libra Children Services", "admin", "Ada Admin", ADMIN_PASSWORD)
    session.sign_out()

    monkeypatch.setattr(QApplication, "quit", lambda: pytest.fail("the app quit"))
    controller = AppController(authenticator_for(paths.data_dir), authenticator_for=authenticator_for)
    controller.show_wizard(paths.data_dir)
    wizard = controller.wizard  # the controller deletes it once it is done
    from tests.server_helpers import _OWNERS

    _fill_join(qtbot, wizard, pg_server.url(pg_database), str(pg_server.ca_file), _OWNERS[id(first)])
    qtbot.waitUntil(lambda: controller.sign_in_window is not None, timeout=30_000)
    window = controller.sign_in_window
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.ui.server_label.isVisible(), timeout=10_000)
    assert _shown(pg_server, pg_database) in window.ui.server_label.text()
    qtbot.keyClicks(window.ui.username_edit, "admin")
    qtbot.keyClicks(window.ui.password_edit, ADMIN_PASSWORD)
    with qtbot.waitSignal(window.signed_in, timeout=60_000) as signed:
        qtbot.mouseClick(window.ui.sign_in_button, Qt.MouseButton.LeftButton)
    signed.args[0].sign_out()


@pytest.mark.parametrize("backend", ["server"], indirect=True)
def test_status_bar_and_about_say_office_server(qtbot, org, pg_server, pg_database) -> None:
    window = MainWindow(org, [])
    qtbot.addWidget(window)
    expected = f"Office server: {_shown(pg_server, pg_database)} (verified TLS)"
    assert window.mode_label.text() == expected
    assert "admin" not in window.mode_label.text()
    dialog = AboutDialog(about(org), window, mode_of_session(org))
    qtbot.addWidget(dialog)
    assert dialog.ui.mode_label.text() == expected
    assert "PostgreSQL" in dialog.ui.engine_label.text()

    # A page's read fails because the server went away: the banner says so, Retry reloads.
    banner = window.server_banner
    assert not banner.isVisibleTo(window)
    from lcs_desktop.gui.tasks import run_task

    class GoneAway(LcsError):
        retryable = True

    def read() -> None:
        raise GoneAway("The office server db cannot be reached: Try again, or ask IT.")

    run_task(read, None, lambda _error: None)
    qtbot.waitUntil(lambda: banner.isVisibleTo(window))
    assert banner.message_label.text().startswith("The office server db cannot be reached")
    qtbot.mouseClick(banner.retry_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisibleTo(window)
    window.shut()


def test_a_server_not_yet_initialised_is_refused_plainly(
    qtbot, wizard, paths, pg_server, pg_database
) -> None:
    from tests.pg_server import SUPERUSER, SUPERUSER_PASSWORD

    url = pg_server.url(pg_database)  # an empty database: server-init never ran
    _fill_join(qtbot, wizard, url, str(pg_server.ca_file), (SUPERUSER, SUPERUSER_PASSWORD))
    ui = wizard.join_page.ui
    qtbot.waitUntil(lambda: not wizard.join_page.busy and bool(ui.error_label.text()), timeout=30_000)
    assert "server-init" in ui.error_label.text() and "Nothing was changed" in ui.error_label.text()
    assert ui.address_edit.text() == url and ui.owner_edit.text() == SUPERUSER
    assert not (paths.data_dir / "office-server.json").exists()
