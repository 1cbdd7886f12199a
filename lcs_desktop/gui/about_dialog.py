"""Help > About: version, data folder, database engine and cipher version (nothing personal)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from lcs_desktop.gui.forms.ui_about_dialog import Ui_AboutDialog

if TYPE_CHECKING:
    from lcs_desktop.services.session import AboutInfo


class AboutDialog(QDialog):
    def __init__(self, info: AboutInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.ui.version_label.setText(info.version)
        self.ui.data_folder_label.setText(info.data_folder)
        if info.engine == "PostgreSQL":  # an office server (issue 11)
            engine = f"PostgreSQL {info.cipher_version} office server; content sealed on this PC (AES-256)"
        else:
            engine = f"{info.engine} {info.cipher_version} (SQLite {info.sqlite_version}), AES-256 encrypted"
        self.ui.engine_label.setText(engine)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.button_box.accepted.connect(self.accept)
        self.setMinimumWidth(480)
