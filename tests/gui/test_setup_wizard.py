"""The first-run wizard, driven as a person would (mouse-free)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from lcs_desktop.gui.setup_wizard import SetupWizard
from lcs_desktop.paths import AppPaths
from lcs_desktop.services.auth import Authenticator
from lcs_desktop.vault.crypto import FAST_KDF_FOR_TESTS
from tests.conftest import ADMIN_PASSWORD


@pytest.fixture
def wizard(qtbot, paths, secret_store):
    def authenticator_for(folder):
        return Authenticator(
            AppPaths(folder, paths.state_dir, paths.log_dir), secret_store, FAST_KDF_FOR_TESTS
        )

    w = SetupWizard(authenticator_for, paths.data_dir)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    yield w
    w.recovery_page.ui.stored_check.setChecked(True)  # else closing asks to store the key
    w.close()
    w.deleteLater()
    if w.session is not None:
        w.session.workspace.close()


def type_into_focus(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def press(qtbot, key) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key)


def test_wizard_sets_up_organisation_with_keyboard_only(qtbot, wizard, paths, secret_store):
    qtbot.waitUntil(lambda: QApplication.focusWidget() is wizard.organisation_page.ui.organisation_name_edit)
    type_into_focus(qtbot, "Libra Children Services")
    press(qtbot, Qt.Key.Key_Return)  # Next (the data folder keeps its default)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.account_page)
    page = wizard.account_page.ui
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.full_name_edit)
    for text in ("Ada Admin", "ada", ADMIN_PASSWORD):
        type_into_focus(qtbot, text)
        press(qtbot, Qt.Key.Key_Tab)
    type_into_focus(qtbot, ADMIN_PASSWORD)
    assert page.confirm_password_edit.text() == ADMIN_PASSWORD
    press(qtbot, Qt.Key.Key_Return)  # Create
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=10_000)
    key = wizard.recovery_page.ui.recovery_key_label.text()
    assert len(key) > 20
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.recovery_page.ui.stored_check.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.button(QWizard.WizardButton.FinishButton).setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.recovery_key is None  # shown once, then dropped
    assert wizard.session.user.username == "ada"
    assert wizard.session.settings.get().organisation_name == "Libra Children Services"
    wizard.session.sign_out()
    # The key shown really opens the data: recover a password with it.
    auth = Authenticator(paths, secret_store, FAST_KDF_FOR_TESTS)
    recovered = auth.recover(key, "ada", "Another-Long-Password-77")
    assert recovered.user.username == "ada"
    wizard.session = recovered


def test_wizard_refuses_a_synced_data_folder(qtbot, wizard, tmp_path):
    ui = wizard.organisation_page.ui
    qtbot.keyClicks(ui.organisation_name_edit, "Libra")
    ui.data_folder_edit.setText(str(tmp_path / "OneDrive" / "LCS"))
    wizard.next()
    assert wizard.currentPage() is wizard.organisation_page
    assert "synced folder" in ui.error_label.text()
    assert ui.error_label.isVisible()
    assert ui.organisation_name_edit.text() == "Libra"  # nothing typed is lost


def test_wizard_shows_the_password_rule_and_refusals_at_the_field(qtbot, wizard):
    qtbot.keyClicks(wizard.organisation_page.ui.organisation_name_edit, "Libra")
    wizard.next()
    page = wizard.account_page.ui
    assert "12 characters" in page.rule_label.text()
    qtbot.keyClicks(page.full_name_edit, "Ada Admin")
    qtbot.keyClicks(page.username_edit, "ada")
    qtbot.keyClicks(page.password_edit, "short")
    qtbot.keyClicks(page.confirm_password_edit, "shorter")
    wizard.next()
    assert "not the same" in page.error_label.text()
    page.confirm_password_edit.setText("short")
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.account_page.busy)
    assert "at least 12 characters" in page.error_label.text()
    assert wizard.currentPage() is wizard.account_page
    assert page.full_name_edit.text() == "Ada Admin" and page.username_edit.text() == "ada"
    assert wizard.session is None


def test_wizard_cannot_be_left_before_the_recovery_key_is_stored(qtbot, wizard, when_modal):
    qtbot.keyClicks(wizard.organisation_page.ui.organisation_name_edit, "Libra")
    wizard.next()
    page = wizard.account_page.ui
    for edit, text in (
        (page.full_name_edit, "Ada Admin"),
        (page.username_edit, "ada"),
        (page.password_edit, ADMIN_PASSWORD),
        (page.confirm_password_edit, ADMIN_PASSWORD),
    ):
        qtbot.keyClicks(edit, text)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=10_000)
    seen = []
    when_modal(lambda box: (seen.append(box.windowTitle()), box.accept()))
    wizard.reject()
    assert seen == ["Store the recovery key first"]
    assert wizard.isVisible()


def test_recovery_sheet_pdf_holds_the_key(tmp_path):
    from pypdf import PdfReader

    from lcs_desktop.gui.recovery_sheet import save_sheet_pdf

    target = tmp_path / "sheet.pdf"
    save_sheet_pdf(target, "ABCD-EFGH-JKLM-NPQR", "Libra Children Services", "0A1B 2C3D 4E5F 6A7B")
    text = " ".join("".join(page.extract_text() for page in PdfReader(target).pages).split())
    assert "ABCD-EFGH-JKLM-NPQR" in text
    assert "sealed envelope" in text
    assert "Organisation key" in text and "0A1B 2C3D 4E5F 6A7B" in text  # PDF text has ligatures


def test_recovery_sheet_is_owner_only_and_never_splits_a_key_group(tmp_path):
    import stat

    from pypdf import PdfReader

    from lcs_desktop.gui.recovery_sheet import key_lines, save_sheet_pdf
    from lcs_desktop.vault.recovery import format_recovery_key

    key = format_recovery_key(bytes(range(20)))
    assert len(key.split("-")) == 8
    target = tmp_path / "sheet.pdf"
    save_sheet_pdf(target, key, "Libra Children Services")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    lines = [line.strip() for p in PdfReader(target).pages for line in p.extract_text().splitlines()]
    groups = key.split("-")
    assert "-".join(groups[:4]) + "-" in lines and "-".join(groups[4:]) in lines  # whole groups a line
    assert "white-space: nowrap" in key_lines(key)
