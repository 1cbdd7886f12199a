"""The case page's Summary tab: the concern as reported, status, risk, the investigating
officer and decision-maker (warned when one person is both), and the children, families and
third parties affected, by reference, with a protected name shown only when asked for."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from lcs_desktop.domain.cases import CaseStatus, RiskRating, assignment_warnings
from lcs_desktop.domain.conflicts import EditConflict
from lcs_desktop.domain.errors import LcsError
from lcs_desktop.domain.roles import Permission
from lcs_desktop.gui.accessibility import set_value
from lcs_desktop.gui.cases.party_dialog import PartyDialog
from lcs_desktop.gui.conflict_dialog import REVIEW_MESSAGE, ConflictChoice, ask_about_conflict, review_over
from lcs_desktop.gui.fields import combo_value, fill_combo, set_combo
from lcs_desktop.gui.formatting import date_time_text, isolated
from lcs_desktop.gui.style import show_error

if TYPE_CHECKING:
    from collections.abc import Callable

    from lcs_desktop.gui.cases.env import CaseEnv
    from lcs_desktop.gui.forms.ui_case_page import Ui_CasePage
    from lcs_desktop.services.case_types import CaseDetail, PartyView

ID_ROLE = Qt.ItemDataRole.UserRole
LEAD_ASSIGNS = "The safeguarding lead assigns the officer and the decision-maker."
MANUAL_STATUSES = (CaseStatus.NEW, CaseStatus.INVESTIGATING, CaseStatus.AWAITING_DECISION)


class CaseSummary:
    def __init__(self, env: CaseEnv, ui: Ui_CasePage, page: QWidget) -> None:
        self._env, self.ui, self._page = env, ui, page
        self.detail: CaseDetail | None = None
        self.revealed: dict[int, str] = {}
        fill_combo(ui.status_combo, MANUAL_STATUSES)
        fill_combo(ui.risk_combo, RiskRating, "Not rated")
        # One saving pattern for the panel: status, risk, officer and decision-maker are chosen,
        # then saved together with the one Save button (nothing saves on its own when picked).
        ui.status_button.hide()
        ui.assign_button.setText("&Save")
        ui.assign_button.clicked.connect(self._on_assign_button_clicked)
        ui.officer_combo.currentIndexChanged.connect(self._warn_same_person)
        ui.decision_maker_combo.currentIndexChanged.connect(self._warn_same_person)
        ui.add_party_button.clicked.connect(self._on_add_party_button_clicked)
        ui.reveal_name_button.clicked.connect(self._on_reveal_name_button_clicked)
        ui.parties_list.currentRowChanged.connect(self._enable_reveal)
        self._staff_loaded = False

    def show_detail(self, d: CaseDetail, same_case: bool) -> None:
        ui, env = self.ui, self._env
        self.detail = d
        if not same_case:
            self.revealed = {}
        set_value(ui.concern_at_value, date_time_text(d.concern_at))
        set_value(ui.reported_at_value, date_time_text(d.reported_at))
        late = " — over one working day (the policy says immediately)" if d.late_report else ""
        set_value(ui.delay_value, f"{d.time_to_report}{late}")
        ui.delay_value.setStyleSheet("color: #b00020" if d.late_report else "")
        set_value(ui.reported_to_value, isolated(d.reported_to.name))
        raiser = d.raised_by or "(not named)"
        set_value(ui.raised_by_value, f"{isolated(raiser)} — {d.raised_by_kind.label}")
        set_value(
            ui.breach_types_value,
            "<br>".join(f"{escape(b.label)} ({escape(b.section_text)})" for b in d.breach_types),
        )
        set_value(ui.platforms_value, ", ".join(p.label for p in d.platforms) or "None recorded")
        set_value(ui.seen_value, d.what_was_seen)
        set_value(ui.actions_value, d.immediate_actions or "None recorded")
        work = env.can_work(d)
        lead = work and env.can(Permission.VIEW_ALL_CASES)
        set_combo(ui.status_combo, d.status.value)
        ui.status_combo.setEnabled(work and d.status is not CaseStatus.CLOSED)
        set_combo(ui.risk_combo, d.risk.value if d.risk else None)
        ui.risk_combo.setEnabled(work)
        self._fill_staff()
        for combo, who in ((ui.officer_combo, d.officer), (ui.decision_maker_combo, d.decision_maker)):
            combo.setCurrentIndex(max(0, combo.findData(who.id if who else None)))
            combo.setEnabled(lead)
        ui.assign_button.setEnabled(work)
        ui.assign_button.setToolTip(
            "Save the status, risk, officer and decision-maker"
            if lead
            else "Save the status and risk (the safeguarding lead assigns the officer and decision-maker)"
        )
        self._warn_same_person()
        self._show_parties(d.parties)
        ui.add_party_button.setEnabled(work)

    def _fill_staff(self) -> None:
        if self._staff_loaded:
            return
        staff = []
        if not self._env.attempt(lambda: staff.extend(self._env.cases.case_staff(self._env.user))):
            return
        for combo in (self.ui.officer_combo, self.ui.decision_maker_combo):
            combo.addItem("Not assigned", None)
            for person in staff:
                combo.addItem(person.name, person.id)
        self._staff_loaded = True

    # -- status, risk, assignment -----------------------------------------------------------

    def _ids(self) -> tuple[int | None, int | None]:
        officer = self.ui.officer_combo.currentData()
        decider = self.ui.decision_maker_combo.currentData()
        return (int(officer) if officer is not None else None, int(decider) if decider is not None else None)

    def _warn_same_person(self, *_args: object) -> None:
        warnings = assignment_warnings(*self._ids())
        show_error(self.ui.assign_warning_label, "\n".join(warnings) or None)

    def _on_assign_button_clicked(self) -> None:
        """Save what changed on the panel, each through its service (a refusal stops the rest).
        Each step passes the case's version as loaded; each save moves it on by one."""
        env, d, ui = self._env, self.detail, self.ui
        if d is None:
            return
        officer, decider = self._ids()
        status, risk = combo_value(ui.status_combo), combo_value(ui.risk_combo)
        steps: list[Callable[[int, bool], object]] = []
        if ui.officer_combo.isEnabled() and (officer, decider) != (
            d.officer.id if d.officer else None,
            d.decision_maker.id if d.decision_maker else None,
        ):
            steps.append(
                lambda v, over: env.cases.assign(
                    env.user,
                    env.case_id,
                    officer_id=officer,
                    decision_maker_id=decider,
                    expected_version=v,
                    overwrite=over,
                )
            )
        if ui.status_combo.isEnabled() and status and status != d.status.value:
            steps.append(
                lambda v, over: env.cases.set_status(
                    env.user, env.case_id, status, expected_version=v, overwrite=over
                )
            )
        if risk != (d.risk.value if d.risk else None):
            steps.append(
                lambda v, over: env.cases.set_risk(
                    env.user, env.case_id, risk, expected_version=v, overwrite=over
                )
            )
        self._save_steps(steps, d.row_version, overwrite=False)

    def has_unsaved(self) -> bool:
        """The panel holds a choice not saved yet (a change from another desk must not reload
        the page under it)."""
        d, ui = self.detail, self.ui
        if d is None:
            return False
        shown = (combo_value(ui.status_combo), combo_value(ui.risk_combo), *self._ids())
        stored = (
            d.status.value,
            d.risk.value if d.risk else None,
            d.officer.id if d.officer else None,
            d.decision_maker.id if d.decision_maker else None,
        )
        return shown != stored

    def _save_steps(
        self, steps: list[Callable[[int, bool], object]], version: int, *, overwrite: bool
    ) -> None:
        env, ui = self._env, self.ui
        for number, step in enumerate(steps):
            try:
                step(version, overwrite)
            except EditConflict as conflict:
                self._on_conflict(conflict, steps[number:])
                return
            except LcsError as exc:
                if number:
                    env.reload()  # what was saved before the refusal
                show_error(ui.assign_warning_label, exc.message)
                return
            version += 1
        if steps:
            env.reload()

    def _on_conflict(self, conflict: EditConflict, left: list[Callable[[int, bool], object]]) -> None:
        """Another desk changed the case since the page loaded it: ask, then do as chosen."""
        env, ui, loaded = self._env, self.ui, self.detail
        choice = ask_about_conflict(self._page, conflict)
        if choice is ConflictChoice.KEEP_THEIRS:
            env.reload()
        elif choice is ConflictChoice.OVERWRITE:
            env.reload()  # the case as it is now: its version is the one to save over
            if self.detail is not None:
                self._save_steps(left, self.detail.row_version, overwrite=True)
        elif choice is ConflictChoice.REVIEW and loaded is not None:
            panel = (ui.status_combo, ui.risk_combo, ui.officer_combo, ui.decision_maker_combo)
            review_over(panel, lambda: self.show_detail(loaded, True), env.reload)
            show_error(ui.assign_warning_label, REVIEW_MESSAGE)
        else:
            show_error(ui.assign_warning_label, conflict.message)  # still on the panel, unsaved

    # -- people affected ----------------------------------------------------------------------

    def _show_parties(self, parties: tuple[PartyView, ...]) -> None:
        lst = self.ui.parties_list
        lst.clear()
        for p in parties:
            name = self.revealed.get(p.id)
            if name is not None:
                text = f"{p.kind.label} — {p.reference}: {isolated(name) or '(no name recorded)'}"
            else:
                text = f"{p.kind.label} — {p.reference}" + (" (name protected)" if p.has_name else "")
            item = QListWidgetItem(text, lst)
            item.setData(ID_ROLE, p.id)
            item.setData(ID_ROLE + 1, p.has_name)
        self._enable_reveal()

    def _enable_reveal(self, *_args: object) -> None:
        item = self.ui.parties_list.currentItem()
        self.ui.reveal_name_button.setEnabled(
            item is not None
            and bool(item.data(ID_ROLE + 1))
            and int(item.data(ID_ROLE)) not in self.revealed
            and self._env.can(Permission.MANAGE_CASES)
        )

    def _on_add_party_button_clicked(self) -> None:
        if PartyDialog(self._env, self._page).exec():
            self._env.reload()

    def _on_reveal_name_button_clicked(self) -> None:
        item = self.ui.parties_list.currentItem()
        if item is None or self.detail is None:
            return
        env, party_id = self._env, int(item.data(ID_ROLE))
        names: list[str] = []
        if env.attempt(lambda: names.append(env.cases.reveal_name(env.user, env.case_id, party_id))):
            self.revealed[party_id] = names[0]
            row = self.ui.parties_list.currentRow()
            self._show_parties(self.detail.parties)
            self.ui.parties_list.setCurrentRow(row)
