"""Help > About: version, data folder, mode (own database or office server), database engine
and cipher version (nothing personal: never a login or password)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from lcs_desktop.gui.forms.ui_about_dialog import Ui_AboutDialog

if TYPE_CHECKING:
    from lcs_desktop.services.office_mode import OfficeMode
    from lcs_desktop.services.session import AboutInfo

SERVER_PURPOSE = (
    "Social media checks and breach investigations for Libra Children Services, kept on the "
    "office server and encrypted on this PC before they are sent."
)


class AboutDialog(QDialog):
    def __init__(
        self, info: AboutInfo, parent: QWidget | None = None, mode: OfficeMode | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.ui.version_label.setText(info.version)
        self.ui.data_folder_label.setText(info.data_folder)
        if mode is not None and mode.is_server:
            self.ui.purpose_label.setText(SERVER_PURPOSE)
            self.ui.engine_label.setText(
                f"{info.engine} over TLS; names and free text AES-256 encrypted on this PC"
            )
        else:
            self.ui.engine_label.setText(
                f"{info.engine} {info.cipher_version} (SQLite {info.sqlite_version}), AES-256 encrypted"
            )
        from lcs_desktop.services.office_mode import LOCAL_TEXT

        self.ui.mode_label.setText(mode.text if mode is not None else LOCAL_TEXT)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.button_box.accepted.connect(self.accept)
        self.setMinimumWidth(480)
