"""Someone affected (a child, a family or a third party), recorded by case reference; a name,
if given, goes into the one protected field."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from lcs_desktop.domain.cases import PartyKind
from lcs_desktop.domain.errors import LcsError
from lcs_desktop.gui.fields import FieldMessages, combo_value, fill_combo
from lcs_desktop.gui.forms.ui_party_dialog import Ui_PartyDialog

if TYPE_CHECKING:
    from lcs_desktop.gui.cases.env import CaseEnv


class PartyDialog(QDialog):
    def __init__(self, env: CaseEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PartyDialog()
        self.ui.setupUi(self)
        self._env = env
        self.messages = FieldMessages(self.ui, self.ui.error_label)
        fill_combo(self.ui.kind_combo, PartyKind, "Choose…")
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)

    def accept(self) -> None:
        ui, env = self.ui, self._env
        try:
            env.cases.add_party(
                env.user,
                env.case_id,
                kind=combo_value(ui.kind_combo) or "",
                reference=ui.reference_edit.text(),
                name=ui.name_edit.text(),
            )
        except LcsError as exc:
            self.messages.show(exc)
            return
        super().accept()
