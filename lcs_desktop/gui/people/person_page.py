"""One person: their details and every social media check recorded about them."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from lcs_desktop.domain.checks import PersonStatus
from lcs_desktop.domain.errors import LcsError
from lcs_desktop.domain.roles import Permission
from lcs_desktop.gui.accessibility import set_value
from lcs_desktop.gui.fields import date_text
from lcs_desktop.gui.formatting import date_time_text, isolated
from lcs_desktop.gui.forms.ui_person_page import Ui_PersonPage
from lcs_desktop.gui.page_spec import PageContext
from lcs_desktop.gui.paged_table_model import PagedTableModel, service_fetch
from lcs_desktop.gui.style import show_error
from lcs_desktop.gui.table_fit import fit_columns

if TYPE_CHECKING:
    from lcs_desktop.services.check_types import CheckSummary
    from lcs_desktop.services.people import PersonDetail

CHECK_COLUMNS = (
    ("Reference", lambda c: c.reference),
    ("Role applied for", lambda c: c.role_applied_for),
    ("Status", lambda c: c.status.label),
    ("Result", lambda c: c.result.label if c.result else ""),
    ("Checker", lambda c: c.checker),
    ("Started", lambda c: date_time_text(c.created_at)),
)

NOT_RECRUITMENT_HINT = (
    "{name} is {status}, not in recruitment. Social media checks are for recruitment, not for "
    "monitoring people already appointed (policy §9; Human Rights Act 1998, Article 8). {who}"
)


class PersonPage(QWidget):
    back_requested = Signal()

    def __init__(self, context: PageContext, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PersonPage()
        self.ui.setupUi(self)
        self._context = context
        self._session = context.session
        self.person_id = person_id
        self.person: PersonDetail | None = None
        user = self._session.user
        self.checks_model: PagedTableModel[CheckSummary] = PagedTableModel(CHECK_COLUMNS, parent=self)
        self.ui.checks_table.setModel(self.checks_model)
        self.ui.checks_table.verticalHeader().hide()
        fit_columns(self.ui.checks_table, stretch=1)  # the role applied for takes what is left
        self.ui.edit_button.setVisible(user.can(Permission.EDIT_PEOPLE))
        self.ui.start_check_button.setVisible(user.can(Permission.RECORD_CHECKS))
        self.ui.checks_group.setVisible(user.can(Permission.VIEW_CHECKS))
        # Subject access (issue 10): a button of its own beside the others, lead only.
        self.subject_access_button = QPushButton("Subject &access request…", self)
        self.subject_access_button.setObjectName("subject_access_button")
        self.ui.actions_layout.insertWidget(2, self.subject_access_button)
        QWidget.setTabOrder(self.ui.start_check_button, self.subject_access_button)
        self.subject_access_button.setVisible(user.can(Permission.HANDLE_SUBJECT_ACCESS))
        self.subject_access_button.clicked.connect(self._on_subject_access_button_clicked)
        self.ui.back_button.clicked.connect(self.back_requested)
        self.ui.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.ui.start_check_button.clicked.connect(self._on_start_check_button_clicked)
        self.ui.open_check_button.clicked.connect(self._on_open_check_button_clicked)
        self.ui.checks_table.doubleClicked.connect(self._on_open_check_button_clicked)
        self.ui.checks_table.activated.connect(self._on_open_check_button_clicked)
        try:  # opening the person page is an audited view; re-reads after that are not
            self.person = self._session.people.view_person(user, person_id)
        except LcsError as exc:
            show_error(self.ui.error_label, exc.message)
            return
        self._show()

    def refresh(self) -> None:
        try:
            self.person = self._session.people.get_person(self._session.user, self.person_id)
        except LcsError as exc:
            show_error(self.ui.error_label, exc.message)
            return
        self._show()

    def _show(self) -> None:
        p = self.person
        assert p is not None
        ui = self.ui
        show_error(ui.error_label, None)
        ui.name_label.setText(isolated(p.full_name))
        ui.summary_label.setText(f"{p.kind.label} · {p.status.label}")
        set_value(ui.reference_value, p.reference)
        set_value(ui.role_value, p.role or "—")
        set_value(ui.email_value, p.email or "—")
        set_value(ui.phone_value, p.phone or "—")
        set_value(ui.date_of_birth_value, date_text(p.date_of_birth) or "—")
        set_value(
            ui.recorded_value,
            f"added {date_time_text(p.created_at)}, last changed {date_time_text(p.updated_at)}",
        )
        user = self._session.user
        guard = ""
        if p.status is not PersonStatus.IN_RECRUITMENT:
            who = (
                "As safeguarding lead you can start one only with a written justification."
                if user.can(Permission.CONFIRM_CHECK_GUARDS)
                else "Only the safeguarding lead can start such a check, with a written justification."
            )
            guard = NOT_RECRUITMENT_HINT.format(
                name=isolated(p.first_name), status=p.status.label.lower(), who=who
            )
            ui.start_check_button.setEnabled(user.can(Permission.CONFIRM_CHECK_GUARDS))
        ui.guard_label.setText(guard)
        ui.guard_label.setVisible(bool(guard) and user.can(Permission.RECORD_CHECKS))
        if user.can(Permission.VIEW_CHECKS):
            checks, pid = self._session.checks, self.person_id
            try:
                total = checks.count_checks(user, person_id=pid)
            except LcsError as exc:
                total = 0
                show_error(ui.error_label, exc.message)
            fetch = service_fetch(partial(checks.list_checks, user, person_id=pid))
            self.checks_model.set_source(fetch, total)
            if self.checks_model.rowCount():
                ui.checks_table.selectRow(0)
        count = self.checks_model.rowCount()
        ui.checks_group.setTitle(
            f"Social media checks ({count})" if count else "Social media checks: none yet"
        )
        ui.open_check_button.setEnabled(count > 0)

    # -- actions ---------------------------------------------------------------------------------

    def _on_edit_button_clicked(self) -> None:
        from lcs_desktop.gui.people.person_dialog import PersonDialog

        if self.person is not None and PersonDialog(self._session, self.person, self).exec():
            self.refresh()

    def _on_start_check_button_clicked(self) -> None:
        from lcs_desktop.gui.checks.start_check import start_check

        if self.person is None:
            return
        check_id = start_check(self._session, self.person, self)
        if check_id is not None:
            self.refresh()
            self._open(check_id)

    def _on_subject_access_button_clicked(self) -> None:
        from lcs_desktop.gui.people.subject_access_dialog import SubjectAccessDialog

        if self.person is not None:
            SubjectAccessDialog(self._session, self.person, self).exec()

    def _on_open_check_button_clicked(self, *_args: object) -> None:
        rows = self.ui.checks_table.selectionModel().selectedRows()
        if rows:
            self._open(self.checks_model.row(rows[0].row()).id)

    def _open(self, check_id: int) -> None:
        from lcs_desktop.gui.checks.check_window import open_check_window

        open_check_window(self._context, check_id, self, self.refresh)
