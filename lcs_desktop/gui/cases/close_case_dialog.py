"""Close the case with the safeguarding lead's sign-off. When the case cannot close yet, the
service's list of what is still needed is shown here, in full, and the note typed is kept."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from lcs_desktop.domain.errors import LcsError
from lcs_desktop.gui.fields import FieldMessages, confirm_summary
from lcs_desktop.gui.forms.ui_close_case_dialog import Ui_CloseCaseDialog
from lcs_desktop.gui.style import show_error

if TYPE_CHECKING:
    from lcs_desktop.gui.cases.env import CaseEnv
    from lcs_desktop.services.case_types import CaseDetail


def problems_text(problems: list[str] | tuple[str, ...]) -> str:
    return "This case cannot be closed yet:\n" + "\n".join(f"• {p}" for p in problems)


def closure_lines(d: CaseDetail, my_name: str, note: str) -> list[str]:
    """What closing records, in words, for the confirmation."""
    finding = d.finding.label if d.finding else "none recorded"
    decided = f", decided by {d.decision_maker.name}" if d.decision_maker else ""
    outcomes = "; ".join(o.label + (f" ({o.level.label})" if o.level else "") for o in d.outcomes) or "none"
    short = note if len(note) <= 120 else note[:119] + "…"
    return [
        f"Finding: {finding}{decided}",
        f"Outcomes: {outcomes}",
        f"Your sign-off as safeguarding lead ({my_name}), with today's date and time",
        f"Your note: {short}",
        "The case shows as closed; only the lead can reopen it, with a reason",
    ]


class CloseCaseDialog(QDialog):
    def __init__(self, env: CaseEnv, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CloseCaseDialog()
        self.ui.setupUi(self)
        self._env = env
        self._detail = detail
        ui = self.ui
        self.messages = FieldMessages(ui, ui.error_label)
        ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText("&Sign off and close")
        ui.intro_label.setText(
            f"Closing case {detail.reference} records your sign-off as safeguarding lead, with the note "
            "below, in the chronology and the audit log. A closed case can be reopened by the lead, "
            "with a reason."
        )
        # What is already known to be missing (the note aside) is shown before the first try.
        known = [p for p in detail.closure_problems if "sign-off note" not in p]
        show_error(ui.problems_label, problems_text(known) if known else None)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        ui.note_edit.setFocus()

    def accept(self) -> None:
        from lcs_desktop.services.outcomes import CaseNotClosable

        env = self._env
        note = self.ui.note_edit.toPlainText().strip()
        known = [p for p in self._detail.closure_problems if "sign-off note" not in p]
        # Only a closure that should go through is confirmed; a refusal is shown as before.
        if (
            note
            and not known
            and not confirm_summary(
                self,
                "Close the case?",
                f"Close case {self._detail.reference}? This records:",
                closure_lines(self._detail, env.user.full_name, note),
                "&Sign off and close",
            )
        ):
            return
        try:
            env.cases.close_case(env.user, env.case_id, note=self.ui.note_edit.toPlainText())
        except CaseNotClosable as exc:
            self.messages.clear()
            show_error(self.ui.problems_label, problems_text(exc.problems))
            return
        except LcsError as exc:
            self.messages.show(exc)
            return
        super().accept()
