"""Report a concern (policy §8) in under a minute: who it is about, when it happened and came
in (the delay shown as you type), who raised it, what was seen, the breach types and
platforms, and the immediate safeguarding actions. Opens a case; the investigation follows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListView, QListWidgetItem, QMessageBox, QWidget

from lcs_desktop.domain.cases import RaisedByKind, report_delay, validate_concern
from lcs_desktop.domain.catalogue import CATALOGUE
from lcs_desktop.domain.checks import Platform
from lcs_desktop.domain.errors import LcsError, Problems, ValidationError
from lcs_desktop.gui.cases.moments import read_moment, show_moment
from lcs_desktop.gui.draft_keeper import DraftKeeper
from lcs_desktop.gui.fields import (
    FieldMessages,
    combo_value,
    confirm_discard,
    fill_combo,
    refuse_all,
    watch_changes,
)
from lcs_desktop.gui.formatting import isolated
from lcs_desktop.gui.forms.ui_concern_dialog import Ui_ConcernDialog
from lcs_desktop.gui.idle_lock import database_timer
from lcs_desktop.gui.screen_fit import scroll_body
from lcs_desktop.gui.style import show_message

if TYPE_CHECKING:
    from lcs_desktop.services.case_types import IntakeResult
    from lcs_desktop.services.session import SignedIn

ID_ROLE = Qt.ItemDataRole.UserRole
SEARCH_LIMIT = 40
# Only to list the other fields' problems when a date could not be read; nothing is saved then.
_NO_LIMIT = datetime(9000, 1, 1, tzinfo=UTC)


def fit_to_screen(dialog: QDialog) -> None:
    """At 200 % on a small screen the designed size may not fit: keep within the screen."""
    screen = dialog.screen().availableGeometry()
    dialog.resize(
        min(dialog.width(), int(screen.width() * 0.95)), min(dialog.height(), int(screen.height() * 0.9))
    )


def checked_values(items: list[QListWidgetItem]) -> list[str]:
    return [str(i.data(ID_ROLE)) for i in items if i.checkState() == Qt.CheckState.Checked]


class ConcernDialog(QDialog):
    def __init__(self, session: SignedIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ConcernDialog()
        self.ui.setupUi(self)
        self._session = session
        self.result_: IntakeResult | None = None
        self.dirty = False
        ui = self.ui
        self.messages = FieldMessages(ui, ui.error_label)
        ui.button_box.button(QDialogButtonBox.StandardButton.Save).setText("&Report concern")
        fill_combo(ui.raised_by_kind_combo, RaisedByKind, "Choose…")
        for entry in CATALOGUE:
            sections = ", ".join(f"§{s}" for s in entry.sections) + (", advisory" if entry.advisory else "")
            item = QListWidgetItem(f"{entry.label} ({sections})", ui.breach_types_list)
            item.setData(ID_ROLE, entry.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip("\n\n".join(f"{c.citation}: {c.text}" for c in entry.clauses))
        ui.platforms_list.setFlow(QListView.Flow.LeftToRight)
        ui.platforms_list.setWrapping(True)
        ui.platforms_list.setResizeMode(QListView.ResizeMode.Adjust)
        ui.platforms_list.setSpacing(2)
        for platform in Platform:
            item = QListWidgetItem(platform.label, ui.platforms_list)
            item.setData(ID_ROLE, platform.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        show_moment(ui.reported_at_edit, ui.reported_time_edit, session.workspace.now())
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        database_timer(self._search_timer)
        self._search_timer.timeout.connect(self._search)
        ui.subject_edit.textEdited.connect(lambda _t: self._search_timer.start())
        for edit in (ui.concern_at_edit, ui.concern_time_edit, ui.reported_at_edit, ui.reported_time_edit):
            edit.textChanged.connect(self._show_delay)
        ui.raised_by_kind_combo.currentIndexChanged.connect(self._on_raised_by_kind_changed)
        watch_changes(
            (
                ui.subject_edit,
                ui.concern_at_edit,
                ui.concern_time_edit,
                ui.raised_by_edit,
                ui.what_was_seen_edit,
                ui.immediate_actions_edit,
                ui.raised_by_kind_combo,
            ),
            self._mark,
        )
        ui.breach_types_list.itemChanged.connect(self._mark)
        ui.platforms_list.itemChanged.connect(self._mark)
        self.drafts = DraftKeeper(self, session, "concern_intake", {
            name: getattr(ui, name)
            for name in ("subject_edit", "concern_at_edit", "concern_time_edit", "reported_at_edit",
                         "reported_time_edit", "raised_by_kind_combo", "raised_by_edit",
                         "what_was_seen_edit", "breach_types_list", "platforms_list",
                         "immediate_actions_edit")
        })  # fmt: skip
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        scroll_body(self, ui.button_box)  # a long form scrolls; Save and Cancel stay in reach
        self._search()
        self._show_delay()
        fit_to_screen(self)
        self.dirty = False
        ui.subject_edit.setFocus()

    def _mark(self, *_args: object) -> None:
        self.dirty = True
        self.drafts.changed()

    def offer_draft(self, ask: bool = True) -> None:
        """Bring back a concern that was being typed when the app last stopped, if wanted."""
        if self.drafts.offer_restore(ask):
            self.dirty = True
            self._search()
            self._show_delay()

    # -- who it is about -----------------------------------------------------------------

    def _search(self) -> None:
        people, user = self._session.people, self._session.user
        query = self.ui.subject_edit.text()
        chosen = self.subject_id()
        try:
            rows = people.concern_subjects(user, query, SEARCH_LIMIT)
        except LcsError as exc:
            self.messages.show(exc)
            return
        rows.sort(key=lambda r: (r.last_name.casefold(), r.first_name.casefold(), r.id))
        lst = self.ui.subject_list
        lst.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a long line keeps its reference in view
        lst.clear()
        for row in rows[:SEARCH_LIMIT]:
            role = f", {row.role}" if row.role else ""
            item = QListWidgetItem(
                f"{isolated(row.full_name)} — {row.kind.label}{role} ({row.reference})", lst
            )
            item.setToolTip(item.text())
            item.setData(ID_ROLE, row.id)
            if row.id == chosen:
                lst.setCurrentItem(item)
        if lst.currentRow() < 0 and lst.count() == 1:
            lst.setCurrentRow(0)

    def subject_id(self) -> int | None:
        item = self.ui.subject_list.currentItem()
        return None if item is None else int(item.data(ID_ROLE))

    # -- the delay -----------------------------------------------------------------------

    def _show_delay(self) -> None:
        ui = self.ui
        try:
            happened = read_moment(ui.concern_at_edit, ui.concern_time_edit, "concern_at", "when it happened")
            came_in = read_moment(
                ui.reported_at_edit, ui.reported_time_edit, "reported_at", "when it came in"
            )
        except LcsError:
            happened = came_in = None
        if happened is None or came_in is None:
            show_message(ui.delay_label, "Time from concern to report: shown once both times are in.")
            return
        if happened > came_in:
            show_message(
                ui.delay_label, "It cannot have come in before it happened: check both times.", "error"
            )
            return
        text, late = report_delay(happened, came_in, self._session.cases.holidays)
        if late:
            show_message(
                ui.delay_label,
                f"Time from concern to report: {text} — over one working day. The policy says "
                "immediately; the delay will be flagged on the case.",
                "error",
            )
        else:
            show_message(ui.delay_label, f"Time from concern to report: {text}.", "ok")

    def _on_raised_by_kind_changed(self, _index: int) -> None:
        anonymous = combo_value(self.ui.raised_by_kind_combo) == RaisedByKind.ANONYMOUS.value
        self.ui.raised_by_edit.setEnabled(not anonymous)
        self.ui.raised_by_edit.setPlaceholderText(
            "not needed: anonymous" if anonymous else "who told you (not needed if anonymous)"
        )

    # -- saving --------------------------------------------------------------------------

    def accept(self) -> None:
        ui = self.ui
        lists = (ui.breach_types_list, ui.platforms_list)
        breach_types, platforms = (checked_values([lst.item(i) for i in range(lst.count())]) for lst in lists)
        local = Problems()  # a date the form cannot read is refused with the rest of the form
        concern_at = local.check(
            read_moment, ui.concern_at_edit, ui.concern_time_edit, "concern_at", "when it happened"
        )
        reported_at = local.check(
            read_moment, ui.reported_at_edit, ui.reported_time_edit, "reported_at", "when the concern came in"
        )
        fields = {
            "raised_by": ui.raised_by_edit.text(),
            "raised_by_kind": combo_value(ui.raised_by_kind_combo),
            "what_was_seen": ui.what_was_seen_edit.toPlainText(),
            "breach_types": breach_types,
            "platforms": platforms,
            "immediate_actions": ui.immediate_actions_edit.toPlainText(),
        }
        try:
            if local.found:
                if self.subject_id() is None:
                    local.add(
                        ValidationError("Choose who the concern is about from the people list.", "subject")
                    )
                refuse_all(
                    local,
                    lambda: validate_concern(
                        concern_at=concern_at, reported_at=reported_at, now=_NO_LIMIT, **fields
                    ),
                )
            self.result_ = self._session.cases.report_concern(
                self._session.user,
                subject_person_id=self.subject_id(),
                concern_at=concern_at,
                reported_at=reported_at,
                **fields,  # type: ignore[arg-type]
            )
        except LcsError as exc:
            self.messages.show(exc)
            return
        self.dirty = False
        super().accept()

    def reject(self) -> None:
        if self.dirty and not confirm_discard(self, "the concern"):
            return
        super().reject()


def report_concern(
    parent: QWidget, session: SignedIn, open_case: Callable[[int], None] | None = None, restore: bool = False
) -> IntakeResult | None:
    """The intake from anywhere: the dialog, then what happened (and the case, if this person
    may see it: a checker who reports a concern does not see the case afterwards)."""
    dialog = ConcernDialog(session, parent)
    dialog.offer_draft(ask=not restore)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_ is None:
        return None
    result = dialog.result_
    text = f"The concern is recorded as case {result.reference}."
    if result.warnings:
        text += "\n\n" + "\n".join(result.warnings)
    if open_case is None:
        text += "\n\nThe safeguarding lead has it now and will take it from here."
    QMessageBox.information(parent, "Concern recorded", text)
    if open_case is not None:
        open_case(result.case_id)
    return result
