"""Recruitment checks: every check, newest first, filtered by status; open one to work on it."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QPushButton, QWidget
from shiboken6 import isValid

from lcs_desktop.domain.checks import CheckStatus
from lcs_desktop.domain.errors import LcsError
from lcs_desktop.domain.roles import Permission
from lcs_desktop.gui.fields import combo_value, fill_combo
from lcs_desktop.gui.formatting import date_time_text
from lcs_desktop.gui.forms.ui_checks_page import Ui_ChecksPage
from lcs_desktop.gui.page_spec import PageContext
from lcs_desktop.gui.paged_table_model import PagedTableModel, service_fetch
from lcs_desktop.gui.style import show_error
from lcs_desktop.gui.table_fit import fit_columns

if TYPE_CHECKING:
    from lcs_desktop.services.check_types import CheckSummary

COLUMNS = (
    ("Reference", lambda c: c.reference),
    ("Person", lambda c: c.person_name),
    ("Person's reference", lambda c: c.person_reference),
    ("Role applied for", lambda c: c.role_applied_for),
    ("Status", lambda c: c.status.label),
    ("Result", lambda c: c.result.label if c.result else ""),
    ("Checker", lambda c: c.checker),
    ("Started", lambda c: date_time_text(c.created_at)),
)


class ChecksPage(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ChecksPage()
        self.ui.setupUi(self)
        self._context = context
        self._session = context.session
        self.model: PagedTableModel[CheckSummary] = PagedTableModel(COLUMNS, parent=self)
        self.ui.checks_table.setModel(self.model)
        self.ui.checks_table.verticalHeader().hide()
        # Columns fit their text; the role applied for takes what is left.
        fit_columns(self.ui.checks_table, stretch=3)
        fill_combo(self.ui.status_combo, CheckStatus, "All checks")
        show_error(self.ui.message_label, None)
        self.ui.status_combo.currentIndexChanged.connect(self.refresh)
        self.model.on_read_failed = self._on_model_read_failed
        self.ui.open_button.clicked.connect(self._on_open_button_clicked)
        self.start_button = QPushButton("&Start a check…", self)
        self.start_button.setObjectName("start_check_button")
        self.start_button.setVisible(self._session.user.can(Permission.RECORD_CHECKS))
        self.start_button.clicked.connect(self._on_start_button_clicked)
        row = self.ui.bottom_layout
        row.insertWidget(row.indexOf(self.ui.open_button), self.start_button)  # beside Open
        self.ui.checks_table.doubleClicked.connect(self._on_open_button_clicked)
        self.ui.checks_table.activated.connect(self._on_open_button_clicked)
        self.export_button = self._add_export_button()
        self.refresh()

    def _add_export_button(self) -> QWidget:
        from lcs_desktop.gui.register_export_dialog import add_export_button
        from lcs_desktop.services.registers import Register, RegisterFilter

        def current() -> RegisterFilter:
            value = combo_value(self.ui.status_combo)
            return RegisterFilter(check_status=CheckStatus(value) if value else None)

        return add_export_button(self, self.ui.bottom_layout, self._session, (Register.CHECKS,), current)

    def refresh(self) -> None:
        checks, user = self._session.checks, self._session.user
        value = combo_value(self.ui.status_combo)
        status = CheckStatus(value) if value else None
        try:
            total = checks.count_checks(user, status=status)
        except LcsError as exc:
            show_error(self.ui.message_label, exc.message)
            return
        self.model.set_source(service_fetch(partial(checks.list_checks, user, status=status)), total)
        self.ui.count_label.setText(f"{total:,} check{'s' if total != 1 else ''}")
        if self.model.rowCount():
            self.ui.checks_table.selectRow(0)
        self.ui.open_button.setEnabled(self.model.rowCount() > 0)

    def _on_model_read_failed(self, error: LcsError) -> None:
        if isValid(self):
            show_error(self.ui.message_label, error.message)

    def _on_start_button_clicked(self) -> None:
        from lcs_desktop.gui.checks.check_window import open_check_window
        from lcs_desktop.gui.checks.start_check import choose_person, start_check

        person = choose_person(self._session, self)
        check_id = start_check(self._session, person, self) if person is not None else None
        if check_id is not None:
            self.refresh()
            open_check_window(self._context, check_id, self, self.refresh)

    def _on_open_button_clicked(self, *_args: object) -> None:
        from lcs_desktop.gui.checks.check_window import open_check_window

        rows = self.ui.checks_table.selectionModel().selectedRows()
        if not rows:
            return
        open_check_window(self._context, self.model.row(rows[0].row()).id, self, self.refresh)
