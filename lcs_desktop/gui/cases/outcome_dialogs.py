"""An outcome (policy §8) with its dates, and the appeal (lodged, heard, result)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from lcs_desktop.domain.case_outcomes import AppealResult, DisciplinaryLevel, OutcomeKind, validate_outcome
from lcs_desktop.domain.errors import LcsError, Problems
from lcs_desktop.gui.cases.moments import read_day
from lcs_desktop.gui.fields import FieldMessages, combo_value, date_text, fill_combo, refuse_all, set_combo
from lcs_desktop.gui.forms.ui_appeal_dialog import Ui_AppealDialog
from lcs_desktop.gui.forms.ui_outcome_dialog import Ui_OutcomeDialog

if TYPE_CHECKING:
    from lcs_desktop.gui.cases.env import CaseEnv
    from lcs_desktop.services.case_types import AppealView


class OutcomeDialog(QDialog):
    def __init__(self, env: CaseEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OutcomeDialog()
        self.ui.setupUi(self)
        self._env = env
        ui = self.ui
        self.messages = FieldMessages(ui, ui.error_label)
        fill_combo(ui.kind_combo, OutcomeKind, "Choose…")
        fill_combo(ui.level_combo, DisciplinaryLevel, "Choose…")
        ui.kind_combo.currentIndexChanged.connect(self._arrange)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        self._arrange()

    def _arrange(self, *_args: object) -> None:
        kind = combo_value(self.ui.kind_combo)
        form = self.ui.form_layout
        form.setRowVisible(self.ui.level_combo, kind == OutcomeKind.DISCIPLINARY.value)
        form.setRowVisible(self.ui.expires_on_edit, kind == OutcomeKind.DISCIPLINARY.value)
        form.setRowVisible(self.ui.review_on_edit, kind == OutcomeKind.SUPERVISION.value)

    def accept(self) -> None:
        ui, env = self.ui, self._env
        kind = combo_value(ui.kind_combo)
        disciplinary = kind == OutcomeKind.DISCIPLINARY.value
        supervision = kind == OutcomeKind.SUPERVISION.value
        local = Problems()  # a date the form cannot read is refused with the rest of the form
        fields = {
            "kind": kind or "",
            "level": combo_value(ui.level_combo) if disciplinary else None,
            "review_on": local.check(read_day, ui.review_on_edit, "review_on", "the review date")
            if supervision
            else None,
            "expires_on": local.check(read_day, ui.expires_on_edit, "expires_on", "when it expires")
            if disciplinary
            else None,
            "details": ui.details_edit.toPlainText(),
        }
        try:
            if local.found:  # the rest of the form checked without the decision's date
                refuse_all(local, lambda: validate_outcome(**fields, decided_on=None))
            env.cases.add_outcome(env.user, env.case_id, **fields)  # type: ignore[arg-type]
        except LcsError as exc:
            self.messages.show(exc)
            return
        super().accept()


class AppealDialog(QDialog):
    def __init__(self, env: CaseEnv, appeal: AppealView | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AppealDialog()
        self.ui.setupUi(self)
        self._env = env
        ui = self.ui
        self.messages = FieldMessages(ui, ui.error_label)
        fill_combo(ui.result_combo, AppealResult, "Not yet")
        if appeal is not None:
            ui.lodged_on_edit.setText(date_text(appeal.lodged_on))
            ui.grounds_edit.setPlainText(appeal.grounds)
            ui.heard_on_edit.setText(date_text(appeal.heard_on))
            ui.heard_by_edit.setText(appeal.heard_by)
            set_combo(ui.result_combo, appeal.result.value if appeal.result else None)
            ui.result_on_edit.setText(date_text(appeal.result_on))
            ui.result_reason_edit.setPlainText(appeal.result_reason)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)

    def accept(self) -> None:
        ui, env = self.ui, self._env
        try:
            env.cases.record_appeal(
                env.user,
                env.case_id,
                lodged_on=read_day(ui.lodged_on_edit, "lodged_on", "the date the appeal was lodged"),
                grounds=ui.grounds_edit.toPlainText(),
                heard_on=read_day(ui.heard_on_edit, "heard_on", "the hearing date"),
                heard_by=ui.heard_by_edit.text(),
                result=combo_value(ui.result_combo),
                result_on=read_day(ui.result_on_edit, "result_on", "the date of the result"),
                result_reason=ui.result_reason_edit.toPlainText(),
            )
        except LcsError as exc:
            self.messages.show(exc)
            return
        super().accept()
