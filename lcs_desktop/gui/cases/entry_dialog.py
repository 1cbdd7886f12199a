"""A chronology entry, or a correction of one: a new entry pointing at the old one, with the
reason. Nothing already in the chronology is ever changed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QLabel, QWidget

from lcs_desktop.domain.cases import EntryKind
from lcs_desktop.domain.errors import LcsError
from lcs_desktop.gui.cases.moments import read_moment, show_moment
from lcs_desktop.gui.checks.evidence_strip import EvidenceStrip
from lcs_desktop.gui.draft_keeper import DraftKeeper
from lcs_desktop.gui.fields import (
    FieldMessages,
    combo_value,
    confirm_discard,
    fill_combo,
    set_combo,
    watch_changes,
)
from lcs_desktop.gui.formatting import date_time_text
from lcs_desktop.gui.forms.ui_chronology_entry_dialog import Ui_ChronologyEntryDialog
from lcs_desktop.gui.screen_fit import scroll_body

if TYPE_CHECKING:
    from lcs_desktop.gui.cases.env import CaseEnv
    from lcs_desktop.services.case_types import EntryView


class ChronologyEntryDialog(QDialog):
    def __init__(
        self, env: CaseEnv, original: EntryView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ChronologyEntryDialog()
        self.ui.setupUi(self)
        self._env, self.original = env, original
        self.entry_id: int | None = None
        ui = self.ui
        self.messages = FieldMessages(ui, ui.error_label)
        fill_combo(ui.kind_combo, EntryKind, "Choose…")
        correcting = original is not None
        for widget in (ui.reason_label, ui.reason_edit, ui.correcting_label):
            widget.setVisible(correcting)
        if original is not None:
            self.setWindowTitle("Correct a chronology entry")
            ui.correcting_label.setText(
                f"Correcting the entry of {date_time_text(original.occurred_at)} "
                f"({original.kind.label}: {original.summary}). The original stays in the chronology, "
                "marked as corrected; this correction is added after it."
            )
            set_combo(ui.kind_combo, original.kind.value)
            show_moment(ui.occurred_at_edit, ui.occurred_time_edit, original.occurred_at)
            ui.summary_edit.setText(original.summary)
            ui.participants_edit.setText(original.participants)
            ui.details_edit.setPlainText(original.details)
        else:
            self.setWindowTitle("Add to the chronology")
            show_moment(ui.occurred_at_edit, ui.occurred_time_edit, env.session.workspace.now())
        self.evidence: EvidenceStrip | None = None
        if original is None:
            # Evidence chosen with a new entry is kept here until Save, so a file picked in
            # error can still be removed; once saved it is part of the record.
            self.evidence = EvidenceStrip(self)
            self.evidence.setObjectName("entry_evidence_strip")
            title = QLabel("Evidence (optional): remove any file added in error before you save.", self)
            title.setWordWrap(True)
            at = ui.main_layout.indexOf(ui.error_label)
            ui.main_layout.insertWidget(at, self.evidence)
            ui.main_layout.insertWidget(at, title)
        self._initial = self._snapshot()
        # Interview notes can be long: keep them as a draft while they are typed.
        fields = ("kind_combo", "occurred_at_edit", "occurred_time_edit", "summary_edit",
                  "participants_edit", "details_edit", "reason_edit")  # fmt: skip
        key = f"chronology_entry:{env.case_id}:{original.id if original else 'new'}"
        self.drafts = DraftKeeper(self, env.session, key, {name: getattr(ui, name) for name in fields})
        watch_changes([getattr(ui, name) for name in fields], self.drafts.changed)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        scroll_body(self, ui.button_box)  # a long form scrolls; Save and Cancel stay in reach
        (ui.reason_edit if correcting else ui.kind_combo).setFocus()

    def _snapshot(self) -> tuple[str, ...]:
        ui = self.ui
        return (
            ui.kind_combo.currentText(),
            ui.occurred_at_edit.text(),
            ui.occurred_time_edit.text(),
            ui.summary_edit.text(),
            ui.participants_edit.text(),
            ui.details_edit.toPlainText(),
            ui.reason_edit.text(),
            *(name for name, _data in (self.evidence.pending() if self.evidence else [])),
        )

    def accept(self) -> None:
        ui, env = self.ui, self._env
        try:
            when = read_moment(ui.occurred_at_edit, ui.occurred_time_edit, "occurred_at", "when it happened")
            fields = {
                "kind": combo_value(ui.kind_combo),
                "occurred_at": when,
                "summary": ui.summary_edit.text(),
                "details": ui.details_edit.toPlainText(),
                "participants": ui.participants_edit.text(),
            }
            if self.original is None:
                self.entry_id = env.cases.add_entry(env.user, env.case_id, **fields)
            else:
                self.entry_id = env.cases.correct_entry(
                    env.user, env.case_id, self.original.id, reason=ui.reason_edit.text(), **fields
                )
        except LcsError as exc:
            self.messages.show(exc)
            return
        for name, data in self.evidence.pending() if self.evidence else []:
            try:
                env.cases.attach_evidence(env.user, env.case_id, name, data, entry_id=self.entry_id)
            except LcsError as exc:  # the entry is saved: say which file is missing from it
                env.show_message(f"The entry is saved, but '{name}' was not attached: {exc.message}")
                break
        super().accept()

    def reject(self) -> None:
        if self._snapshot() != self._initial and not confirm_discard(self, "this entry"):
            return
        super().reject()
