"""The mode shown in local mode, and an office server that cannot be reached at sign-in: one
plain sentence, a Retry button, and what was typed kept (issue 11)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from lcs_desktop.gui.about_dialog import AboutDialog
from lcs_desktop.gui.main_window import MainWindow
from lcs_desktop.gui.sign_in_window import SignInWindow
from lcs_desktop.services.office_mode import LOCAL_TEXT, mode_of_session
from lcs_desktop.services.session import about
from lcs_desktop.store.server_settings import ServerSettings
from tests.gui.accessibility_helpers import assert_accessible

WORKSPACE_ID = "0f8fad5b-d9cb-469f-a165-70867728950e"


def test_local_mode_is_named_in_status_bar_and_about(qtbot, org) -> None:
    window = MainWindow(org, [])
    qtbot.addWidget(window)
    assert (
        window.findChild(QLabel, "mode_label").text()
        == LOCAL_TEXT
        == "This computer's own encrypted database"
    )
    assert window.findChild(QLabel, "server_message_label") is None  # no server banner locally
    dialog = AboutDialog(about(org), window, mode_of_session(org))
    qtbot.addWidget(dialog)
    assert dialog.ui.mode_label.text() == LOCAL_TEXT
    assert "SQLCipher" in dialog.ui.engine_label.text()
    window.shut()


def test_unreachable_server_at_sign_in_offers_retry_and_keeps_typing(qtbot, authenticator, tmp_path) -> None:
    ca = tmp_path / "office-ca.pem"
    ca.write_text("not used: the server never answers\n", encoding="utf-8")
    ServerSettings("postgresql://127.0.0.1:1/lcs", str(ca), WORKSPACE_ID).save(authenticator.paths.data_dir)
    window = SignInWindow(authenticator)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.ui.server_label.isVisible())
    assert (
        window.ui.server_label.text()
        == "You will sign in to the office server 127.0.0.1:1/lcs (verified TLS)."
    )
    assert not window.ui.retry_button.isVisible()
    qtbot.keyClicks(window.ui.username_edit, "ada")
    qtbot.keyClicks(window.ui.password_edit, "Typed-Password-Kept-42")
    qtbot.mouseClick(window.ui.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.busy and window.ui.retry_button.isVisible(), timeout=30_000)
    message = window.ui.error_label.text()
    assert message.startswith("The office server 127.0.0.1 cannot be reached")
    assert "Traceback" not in message and "psycopg" not in message
    assert window.ui.username_edit.text() == "ada"
    assert window.ui.password_edit.text() == "Typed-Password-Kept-42"
    assert_accessible(qtbot, window, "sign-in, office server unreachable")
    qtbot.mouseClick(window.ui.retry_button, Qt.MouseButton.LeftButton)
    assert window.busy and not window.ui.retry_button.isVisible()
    qtbot.waitUntil(lambda: not window.busy and window.ui.retry_button.isVisible(), timeout=30_000)
    assert window.ui.error_label.text() == message
    # Nothing about the attempt was kept on this PC in clear: no new files beside the settings.
    assert sorted(p.name for p in authenticator.paths.data_dir.iterdir()) == ["office-server.json"]


def test_wizard_offers_the_server_it_deployed_at_install_time(qtbot, paths, secret_store, tmp_path) -> None:
    from lcs_desktop.gui.setup_wizard import SetupWizard
    from lcs_desktop.paths import AppPaths
    from lcs_desktop.services.auth import Authenticator
    from lcs_desktop.services.silent_deploy import DeployedServer
    from lcs_desktop.vault.crypto import FAST_KDF_FOR_TESTS

    def authenticator_for(folder):
        return Authenticator(
            AppPaths(folder, paths.state_dir, paths.log_dir), secret_store, FAST_KDF_FOR_TESTS
        )

    deployed = DeployedServer("postgresql://db.office.example/lcs", str(tmp_path / "office-ca.pem"))
    wizard = SetupWizard(authenticator_for, paths.data_dir, deployed=deployed)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.currentPage() is wizard.join_page
    ui = wizard.join_page.ui
    assert ui.address_edit.text() == deployed.url
    assert ui.ca_file_edit.text() == deployed.ca_file
    # A new organisation instead, and back: nothing typed is lost.
    qtbot.keyClicks(ui.owner_edit, "lcs_owner")
    qtbot.mouseClick(ui.new_organisation_button, Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.organisation_page
    qtbot.keyClicks(wizard.organisation_page.ui.organisation_name_edit, "Libra")
    qtbot.mouseClick(wizard.organisation_page.ui.join_button, Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.join_page
    assert ui.owner_edit.text() == "lcs_owner" and ui.address_edit.text() == deployed.url
    assert wizard.organisation_page.ui.organisation_name_edit.text() == "Libra"
    # Joining needs every part: each gap is its own sentence, said without a server.
    ui.address_edit.clear()
    qtbot.mouseClick(wizard.button(wizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.join_page.busy and bool(ui.error_label.text()))
    assert ui.error_label.text().startswith("Enter the office server's address")
    assert ui.owner_edit.text() == "lcs_owner"
    wizard.reject()
    assert not (paths.data_dir / "office-server.json").exists()
