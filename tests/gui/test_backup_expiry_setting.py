"""Settings › the organisation: "Delete backups older than N months" is shown and saved."""

from __future__ import annotations

from PySide6.QtCore import Qt

from lcs_desktop.gui.page_spec import PageContext
from lcs_desktop.gui.pages.settings_page import SettingsPage


def test_settings_page_saves_the_backup_age_limit(qtbot, org):
    page = SettingsPage(PageContext(org, lambda _k: None))
    qtbot.addWidget(page)
    page.show()
    spin = page.ui.backup_max_age_spin
    assert spin.value() == 3 and (spin.minimum(), spin.maximum()) == (1, 12)
    assert spin.isVisibleTo(page)
    page.ui.backup_max_age_spin.setValue(6)
    qtbot.mouseClick(page.ui.save_settings_button, Qt.MouseButton.LeftButton)
    assert org.settings.get().backup_max_age_months == 6
    assert page.ui.settings_error_label.text() == "Settings saved."
