"""Step 2, the search: for each platform what was done, the names or handles and search terms
used, and (for a profile found) how sure the checker is that it is the applicant's — so a
namesake's posts are not held against them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from lcs_desktop.domain.checks import PROFILE_ACTIONS, IdentityMatch, Platform, PlatformAction
from lcs_desktop.domain.errors import LcsError
from lcs_desktop.gui.checks.step_base import CheckEnv, Step, heading, hint
from lcs_desktop.gui.fields import combo_value, fill_combo, set_combo
from lcs_desktop.gui.style import show_error

if TYPE_CHECKING:
    from lcs_desktop.services.check_types import CheckDetail, ScopeInput

NOT_SEARCHED = "Not searched"


class PlatformRow:
    """The widgets of one platform's line."""

    def __init__(self, platform: Platform, parent: QWidget) -> None:
        self.platform = platform
        name = platform.value
        self.label = QLabel(platform.label, parent)
        self.action_combo = QComboBox(parent)
        self.action_combo.setObjectName(f"{name}_action_combo")
        self.action_combo.setAccessibleName(f"What was done on {platform.label}")
        fill_combo(self.action_combo, PlatformAction, NOT_SEARCHED)
        self.label.setBuddy(self.action_combo)
        self.handles_edit = QLineEdit(parent)
        self.handles_edit.setObjectName(f"{name}_handles_edit")
        self.handles_edit.setAccessibleName(f"Names or handles on {platform.label}")
        self.terms_edit = QLineEdit(parent)
        self.terms_edit.setObjectName(f"{name}_terms_edit")
        self.terms_edit.setAccessibleName(f"Search terms used on {platform.label}")
        self.match_combo = QComboBox(parent)
        self.match_combo.setObjectName(f"{name}_match_combo")
        self.match_combo.setAccessibleName(f"How sure the {platform.label} profile is the applicant's")
        fill_combo(self.match_combo, IdentityMatch, "—")
        self.notes = ""  # kept as stored (no field on this screen)

    def action(self) -> str | None:
        return combo_value(self.action_combo)

    def refresh_enabled(self, editable: bool) -> None:
        action = self.action()
        used = action is not None
        for widget in (self.handles_edit, self.terms_edit):
            widget.setEnabled(editable and used)
        profile = used and PlatformAction(action) in PROFILE_ACTIONS
        self.match_combo.setEnabled(editable and profile)
        self.action_combo.setEnabled(editable)
        self.match_combo.setToolTip(
            "" if profile else "Only when a profile was found (private or public content reviewed)."
        )

    def to_input(self) -> ScopeInput | None:
        from lcs_desktop.services.check_types import ScopeInput

        action = self.action()
        if action is None:
            return None
        match = combo_value(self.match_combo) if PlatformAction(action) in PROFILE_ACTIONS else None
        return ScopeInput(
            self.platform.value, action, self.handles_edit.text(), self.terms_edit.text(), match, self.notes
        )


class ScopeStep(Step):
    title = "The search"

    def __init__(self, env: CheckEnv, parent: QWidget | None = None) -> None:
        super().__init__(env, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading("The search", self))
        layout.addWidget(
            hint(
                "For each platform, what was done. Only public content may be viewed (policy §3.1). When a "
                "profile is found, say how sure you are that it is the applicant's: a namesake's posts "
                "must not be held against them.",
                self,
            )
        )
        self.blocked_label = QLabel(self)
        self.blocked_label.setObjectName("blocked_label")
        self.blocked_label.setProperty("role", "error")
        self.blocked_label.setWordWrap(True)
        layout.addWidget(self.blocked_label)
        grid_host = QWidget(self)
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 6, 0, 0)
        grid.setHorizontalSpacing(10)
        for column, text in enumerate(
            ("Platform", "What was done", "Names or handles", "Search terms", "Is it the applicant?")
        ):
            title = QLabel(f"<b>{text}</b>", grid_host)
            grid.addWidget(title, 0, column)
        self.rows: dict[Platform, PlatformRow] = {}
        for number, platform in enumerate(Platform, start=1):
            row = PlatformRow(platform, grid_host)
            self.rows[platform] = row
            for column, widget in enumerate(
                (row.label, row.action_combo, row.handles_edit, row.terms_edit, row.match_combo)
            ):
                grid.addWidget(widget, number, column)
            row.action_combo.activated.connect(self._on_action_changed)
            row.match_combo.activated.connect(self.mark_dirty)
            row.handles_edit.textEdited.connect(self.mark_dirty)
            row.terms_edit.textEdited.connect(self.mark_dirty)
        grid.setColumnStretch(2, 3)
        grid.setColumnStretch(3, 3)
        layout.addWidget(grid_host)
        layout.addStretch(1)

    def _on_action_changed(self) -> None:
        self.mark_dirty()
        self._refresh_enabled()

    def _refresh_enabled(self) -> None:
        editable = self.detail is not None and self._editable(self.detail)
        for row in self.rows.values():
            row.refresh_enabled(editable)

    def _editable(self, d: CheckDetail) -> bool:
        return self.env.can_edit(d) and d.privacy_notice_date is not None and bool(d.proportionality_reason)

    def fill(self, d: CheckDetail) -> None:
        stored = {entry.platform: entry for entry in d.scope}
        for platform, row in self.rows.items():
            entry = stored.get(platform)
            set_combo(row.action_combo, entry.action.value if entry else None)
            row.handles_edit.setText(entry.handles if entry else "")
            row.terms_edit.setText(entry.search_terms if entry else "")
            set_combo(row.match_combo, entry.identity_match.value if entry and entry.identity_match else None)
            row.notes = entry.notes if entry else ""
        blocked = ""
        if self.env.can_edit(d) and not self._editable(d):
            blocked = (
                "First record, in step 1, the date the applicant was told checks would be made and why the "
                "check is proportionate: the search comes after them."
            )
        show_error(self.blocked_label, blocked)
        self._refresh_enabled()

    def save(self, reason: str | None) -> None:
        entries = [entry for row in self.rows.values() if (entry := row.to_input()) is not None]
        self.env.session.checks.set_scope(self.env.session.user, self.env.check_id, entries, reason)

    def is_done(self, d: CheckDetail) -> bool:
        return bool(d.scope) and all(
            s.identity_match is not None for s in d.scope if s.action in PROFILE_ACTIONS
        )

    def show_error(self, error: LcsError) -> bool:
        show_error(self.blocked_label, error.message)
        return True
