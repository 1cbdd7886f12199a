"""Record one referral: needed, made (date and the agency's reference) or considered and not
needed (with the reason). The ICO clock can start from when LCS became aware of the breach."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from lcs_desktop.domain.case_referrals import RULES, ReferralKind, ReferralState, validate_referral
from lcs_desktop.domain.errors import LcsError, Problems
from lcs_desktop.gui.cases.case_save import save_settled
from lcs_desktop.gui.cases.moments import read_day, read_moment
from lcs_desktop.gui.fields import (
    FieldMessages,
    combo_value,
    confirm_discard,
    date_text,
    fill_combo,
    refuse_all,
    set_combo,
)
from lcs_desktop.gui.forms.ui_referral_dialog import Ui_ReferralDialog
from lcs_desktop.gui.screen_fit import fit_to_screen, scroll_body

if TYPE_CHECKING:
    from lcs_desktop.gui.cases.env import CaseEnv
    from lcs_desktop.services.case_types import ReferralView

_EARLIEST = datetime.min.replace(tzinfo=UTC)  # no concern date to compare with in the form


class ReferralDialog(QDialog):
    def __init__(
        self,
        env: CaseEnv,
        kind: ReferralKind | None,
        existing: ReferralView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ReferralDialog()
        self.ui.setupUi(self)
        self._env = env
        self._version = env.loaded_version  # as the form opened: a change meanwhile is refused
        ui = self.ui
        self.messages = FieldMessages(ui, ui.error_label)
        fill_combo(ui.kind_combo, ReferralKind, "Choose…")
        fill_combo(ui.state_combo, ReferralState, "Choose…")
        if kind is not None:
            set_combo(ui.kind_combo, kind.value)
        if existing is not None:
            set_combo(ui.state_combo, existing.state.value)
            ui.made_on_edit.setText(date_text(existing.made_on))
            ui.reference_edit.setText(existing.reference)
            ui.reason_edit.setPlainText(existing.reason)
            ui.notes_edit.setPlainText(existing.notes)
        ui.kind_combo.currentIndexChanged.connect(self._arrange)
        ui.state_combo.currentIndexChanged.connect(self._arrange)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        scroll_body(self, ui.button_box)  # a long form scrolls; Save and Cancel stay in reach
        self._arrange()
        self._initial = self._snapshot()
        (ui.state_combo if kind is not None else ui.kind_combo).setFocus()

    def _arrange(self, *_args: object) -> None:
        """Only the fields the chosen state needs; the kind's duty and clock in plain words."""
        ui = self.ui
        kind = combo_value(ui.kind_combo)
        state = combo_value(ui.state_combo)
        rule = RULES[ReferralKind(kind)] if kind else None
        ui.explanation_label.setText(f"<b>{rule.clock_text}.</b> {rule.explanation}" if rule else "")
        form = ui.form_layout
        form.setRowVisible(ui.made_on_edit, state == ReferralState.MADE.value)
        form.setRowVisible(ui.reference_edit, state == ReferralState.MADE.value)
        form.setRowVisible(ui.reason_edit, state == ReferralState.NOT_NEEDED.value)
        form.setRowVisible(ui.aware_at_layout, kind == ReferralKind.ICO.value)
        fit_to_screen(self, max(self.width(), 640), self.sizeHint().height())  # long forms scroll

    def _snapshot(self) -> tuple[str, ...]:
        ui = self.ui
        return (
            ui.kind_combo.currentText(),
            ui.state_combo.currentText(),
            ui.made_on_edit.text(),
            ui.reference_edit.text(),
            ui.reason_edit.toPlainText(),
            ui.aware_at_edit.text(),
            ui.notes_edit.toPlainText(),
        )

    def accept(self) -> None:
        ui, env = self.ui, self._env
        state = combo_value(ui.state_combo)
        made = state == ReferralState.MADE.value
        local = Problems()  # a date the form cannot read is refused with the rest of the form
        made_on = (
            local.check(read_day, ui.made_on_edit, "made_on", "the date the referral was made")
            if made
            else None
        )
        aware_at = local.check(
            read_moment,
            ui.aware_at_edit,
            ui.aware_time_edit,
            "aware_at",
            "when LCS became aware of the breach",
        )
        fields = {
            "kind": combo_value(ui.kind_combo) or "",
            "state": state or "",
            "made_on": made_on,
            "reference": ui.reference_edit.text() if made else "",
            "reason": ui.reason_edit.toPlainText() if state == ReferralState.NOT_NEEDED.value else "",
            "notes": ui.notes_edit.toPlainText(),
            "aware_at": aware_at,
        }
        try:
            if local.found:  # the rest of the form checked without the case's dates
                refuse_all(local, lambda: validate_referral(**fields, concern_at=_EARLIEST, today=date.max))
            save = lambda version, over: self._save(fields, version, overwrite=over)  # noqa: E731
            if not save_settled(self, env, save, self._version, self._review, ui.error_label):
                return
        except LcsError as exc:
            self.messages.show(exc)
            return
        super().accept()

    def _save(self, fields: dict[str, object], version: int | None, *, overwrite: bool) -> None:
        env = self._env
        env.cases.record_referral(
            env.user,
            env.case_id,
            expected_version=version,
            overwrite=overwrite,
            **fields,  # type: ignore[arg-type]
        )

    def _review(self, version: int) -> None:
        self._version = version
        self._env.reload()  # the case behind the dialog shows their change

    def reject(self) -> None:
        if self._snapshot() != self._initial and not confirm_discard(self, "the referral"):
            return
        super().reject()
