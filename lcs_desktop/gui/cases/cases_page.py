"""Breach investigations: the case list (filters, overdue flags, paged) and, in place of it,
the case page of the case opened. Checkers never get this page (they may report a concern
from the toolbar, but see no cases)."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QStackedWidget, QVBoxLayout, QWidget

from lcs_desktop.domain.cases import CaseStatus
from lcs_desktop.domain.errors import LcsError
from lcs_desktop.domain.roles import Permission
from lcs_desktop.gui.cases.case_table_model import CaseTableModel
from lcs_desktop.gui.fields import combo_value, fill_combo
from lcs_desktop.gui.forms.ui_cases_page import Ui_CasesPage
from lcs_desktop.gui.page_spec import PageContext
from lcs_desktop.gui.style import show_error


class CasesPage(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._session = context.session
        self.case_page = None
        layout = QVBoxLayout(self)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack)
        self.list_widget = QWidget(self.stack)
        self.ui = Ui_CasesPage()
        self.ui.setupUi(self.list_widget)
        self.ui.page_layout.setContentsMargins(0, 0, 0, 0)
        self.stack.addWidget(self.list_widget)
        ui = self.ui
        self.model = CaseTableModel(self._session, parent=self)
        ui.cases_table.setModel(self.model)
        ui.cases_table.verticalHeader().hide()
        header = ui.cases_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((115, 170, 120, 70, 120, 160, 125, 120)):
            header.resizeSection(column, width)
        # The subject takes the spare width, so the flags at the end are never cut off.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        fill_combo(ui.status_combo, CaseStatus, "All cases")
        self._fill_officers()
        ui.report_button.setVisible(Permission.REPORT_CONCERN in self._session.user.permissions)
        show_error(ui.message_label, None)
        ui.status_combo.currentIndexChanged.connect(self.refresh_list)
        ui.officer_combo.currentIndexChanged.connect(self.refresh_list)
        ui.overdue_check.toggled.connect(self.refresh_list)
        ui.open_button.clicked.connect(self._on_open_button_clicked)
        ui.cases_table.activated.connect(self._on_open_button_clicked)
        ui.report_button.clicked.connect(self._on_report_button_clicked)
        self.refresh_list()

    def _fill_officers(self) -> None:
        combo = self.ui.officer_combo
        combo.addItem("Anyone", None)
        try:
            for staff in self._session.cases.case_staff(self._session.user):
                combo.addItem(staff.name, staff.id)
        except LcsError as exc:
            show_error(self.ui.message_label, exc.message)

    # -- the list ------------------------------------------------------------------------

    def case_filter(self) -> object:
        from lcs_desktop.services.case_types import CaseFilter

        value = combo_value(self.ui.status_combo)
        officer = self.ui.officer_combo.currentData()
        return CaseFilter(
            status=CaseStatus(value) if value else None,
            overdue_only=self.ui.overdue_check.isChecked(),
            officer_id=int(officer) if officer is not None else None,
        )

    def refresh_list(self, *_args: object) -> None:
        ui = self.ui
        try:
            self.model.set_filter(self.case_filter())  # type: ignore[arg-type]
        except LcsError as exc:
            show_error(ui.message_label, exc.message)
            return
        show_error(ui.message_label, None)
        total = self.model.total
        ui.count_label.setText(f"{total:,} case{'s' if total != 1 else ''}")
        if self.model.rowCount():
            ui.cases_table.selectRow(0)
        ui.open_button.setEnabled(self.model.rowCount() > 0)

    def refresh(self) -> None:
        """Called when the page is shown again: fresh clocks on the list and the open case."""
        if self.stack.currentWidget() is self.case_page and self.case_page is not None:
            self.case_page.reload()
        else:
            self.refresh_list()

    def _on_open_button_clicked(self, *_args: object) -> None:
        rows = self.ui.cases_table.selectionModel().selectedRows()
        if rows:
            self.open_case(self.model.row(rows[0].row()).id)

    def _on_report_button_clicked(self) -> None:
        from lcs_desktop.gui.cases.concern_dialog import report_concern

        report_concern(self, self._session, self.open_case)
        self.refresh_list()

    # -- one case ------------------------------------------------------------------------

    def open_item(self, argument: str) -> None:
        """``breaches:<case id>`` from elsewhere (the Home page's clocks)."""
        if argument.isdigit():
            self.open_case(int(argument))

    def open_case(self, case_id: int) -> None:
        from lcs_desktop.gui.cases.case_page import CasePage

        if self.case_page is None:
            self.case_page = CasePage(self._context, self.stack)
            self.case_page.back_requested.connect(self.show_list)
            self.stack.addWidget(self.case_page)
            back = QShortcut(QKeySequence("Alt+Left"), self.case_page)
            back.activated.connect(self.show_list)
        if self.case_page.load(case_id):
            self.stack.setCurrentWidget(self.case_page)
        else:
            show_error(self.ui.message_label, self.case_page.ui.message_label.text())

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.list_widget)
        self.refresh_list()
