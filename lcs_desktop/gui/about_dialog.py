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
        if info.engine == "PostgreSQL":  # an office server (issue 11)
            engine = f"PostgreSQL {info.cipher_version} office server; content sealed on this PC (AES-256)"
        else:
            engine = f"{info.engine} {info.cipher_version} (SQLite {info.sqlite_version}), AES-256 encrypted"
        self.ui.engine_label.setText(engine)
        from lcs_desktop.services.office_mode import OfficeMode, shown_address

        if mode is None:  # said by the facts alone: the server's address is in data_folder
            on_server = info.engine == "PostgreSQL"
            mode = OfficeMode(shown_address(info.data_folder.split()[-1]) if on_server else None)
        if mode.is_server:
            self.ui.purpose_label.setText(SERVER_PURPOSE)
        self.ui.mode_label.setText(mode.text)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.button_box.accepted.connect(self.accept)
        self.setMinimumWidth(480)
