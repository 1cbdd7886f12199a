"""People: search by name or reference as you type, filter by kind and status, open a person."""

from __future__ import annotations

import functools
import sys
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget
from shiboken6 import isValid

from lcs_desktop.domain.checks import PersonKind, PersonStatus
from lcs_desktop.domain.errors import LcsError
from lcs_desktop.domain.roles import Permission
from lcs_desktop.gui.fields import combo_value, fill_combo
from lcs_desktop.gui.forms.ui_people_page import Ui_PeoplePage
from lcs_desktop.gui.idle_lock import database_timer
from lcs_desktop.gui.page_spec import PageContext
from lcs_desktop.gui.paged_table_model import PagedTableModel, service_fetch
from lcs_desktop.gui.style import repolish
from lcs_desktop.gui.table_fit import fit_columns

if TYPE_CHECKING:
    from lcs_desktop.gui.people.person_page import PersonPage
    from lcs_desktop.services.people import PersonRow

# Search on the first idle moment (issue 12): a key after a pause searches at once; while
# keys come faster than TYPING_GAP_MS apart, each waits TYPING_DELAY_MS for the next one, so
# the answer is on screen well within 100 ms of the last key without a query per keystroke.
TYPING_GAP_MS = 250
TYPING_DELAY_MS = 40
POLL_MS = 15  # how often a search in flight is checked for its answer

COLUMNS = (
    ("Last name", lambda p: p.last_name),
    ("First name", lambda p: p.first_name),
    ("Reference", lambda p: p.reference),
    ("Kind", lambda p: p.kind.label),
    ("Status", lambda p: p.status.label),
    ("Role", lambda p: p.role),
)


class PeoplePage(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PeoplePage()
        self.ui.setupUi(self)
        repolish(self.ui.title_label)  # polished inside the stack before its role was set
        repolish(self.ui.intro_label)
        self._context = context
        self._session = context.session
        self.person_page: PersonPage | None = None
        self.model: PagedTableModel[PersonRow] = PagedTableModel(COLUMNS, parent=self)
        self.ui.people_table.setModel(self.model)
        fit_columns(self.ui.people_table, stretch=len(COLUMNS) - 1)  # the role takes what is left
        self.ui.people_table.verticalHeader().hide()
        fill_combo(self.ui.kind_combo, PersonKind, "All kinds")
        fill_combo(self.ui.status_combo, PersonStatus, "All statuses")
        can_edit = self._session.user.can(Permission.EDIT_PEOPLE)
        self.ui.add_button.setVisible(can_edit)
        self.ui.import_button.setVisible(can_edit)
        self._generation = 0  # bumped by every refresh: the latest query wins
        # The search in flight: (future, generation, filters). Its answer is collected by a
        # timer on this thread, so no Qt object is ever touched by the search's thread.
        self._pending: tuple[Future[tuple[int, list[PersonRow]]], int, dict[str, object]] | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._collect_search)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.timeout.connect(self.refresh)
        self._since_key = QElapsedTimer()
        database_timer(self._search_timer)
        self.model.on_read_failed = self._show_error
        self.ui.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.ui.kind_combo.currentIndexChanged.connect(self.refresh)
        self.ui.status_combo.currentIndexChanged.connect(self.refresh)
        self.ui.people_table.doubleClicked.connect(self._on_open_button_clicked)
        self.ui.people_table.activated.connect(self._on_open_button_clicked)
        self.ui.open_button.clicked.connect(self._on_open_button_clicked)
        self.ui.add_button.clicked.connect(self._on_add_button_clicked)
        self.ui.import_button.clicked.connect(self._on_import_button_clicked)
        self.export_button = self._add_export_button()
        self.refresh()

    def _add_export_button(self) -> QWidget:
        from lcs_desktop.gui.register_export_dialog import add_export_button
        from lcs_desktop.services.registers import Register, RegisterFilter

        def current() -> RegisterFilter:
            kind, status = combo_value(self.ui.kind_combo), combo_value(self.ui.status_combo)
            return RegisterFilter(
                query=self.ui.search_edit.text(),
                kind=PersonKind(kind) if kind else None,
                person_status=PersonStatus(status) if status else None,
            )

        return add_export_button(self, self.ui.bottom_layout, self._session, (Register.PEOPLE,), current)

    # -- the list ----------------------------------------------------------------------------

    def _on_search_edit_text_changed(self) -> None:
        typing_fast = self._since_key.isValid() and self._since_key.elapsed() < TYPING_GAP_MS
        self._since_key.start()
        # 0 ms still waits for the event loop: a paste or a burst of queued keys is one query.
        self._search_timer.start(TYPING_DELAY_MS if typing_fast else 0)

    def refresh(self) -> None:
        self._search_timer.stop()
        if self.person_page is not None and self.ui.stack.currentWidget() is self.person_page:
            self.person_page.refresh()
            return
        people, user = self._session.people, self._session.user
        query = self.ui.search_edit.text()
        kind = combo_value(self.ui.kind_combo)
        status = combo_value(self.ui.status_combo)
        filters = {
            "query": query,
            "kind": PersonKind(kind) if kind else None,
            "status": PersonStatus(status) if status else None,
        }
        self._generation += 1
        if query.strip():
            # A search runs on the thread pool so typing never waits for it; only the answer
            # to the latest query is shown (an older one finishing late is dropped).
            generation, size = self._generation, self.model.page_size

            def search() -> tuple[int, list[PersonRow]]:
                total = people.count_people(user, **filters)  # type: ignore[arg-type]
                return total, people.list_people(user, limit=size, **filters)  # type: ignore[arg-type]

            self.ui.count_label.setText("Searching…")
            if self._pending is not None:
                self._pending[0].cancel()  # not started yet: never run it
            self._pending = (_searcher().submit(search), generation, filters)
            self._poll.start()
            return
        try:
            total = people.count_people(user, **filters)  # type: ignore[arg-type]
            self._show(filters, total, None)
        except LcsError as exc:
            self._show_error(exc)

    def _collect_search(self) -> None:
        if self._pending is None or not self._pending[0].done():
            return
        future, generation, filters = self._pending
        self._pending = None
        self._poll.stop()
        if future.cancelled() or generation != self._generation:
            return  # an older query: a newer one is on its way
        error = future.exception()
        if isinstance(error, LcsError):
            self._show_error(error)
        elif error is not None:
            sys.excepthook(type(error), error, error.__traceback__)
        else:
            total, first_page = future.result()
            self._show(filters, total, first_page)

    @property
    def searching(self) -> bool:
        return self._pending is not None

    def _show(self, filters: dict[str, object], total: int, first_page: list[PersonRow] | None) -> None:
        people, user = self._session.people, self._session.user
        try:
            self.model.set_source(
                service_fetch(partial(people.list_people, user, **filters)), total, first_page
            )
        except LcsError as exc:
            self._show_error(exc)
            return
        query, kind, status = filters["query"], filters["kind"], filters["status"]
        searching = bool(str(query).strip()) or kind or status
        if total == 0:
            text = (
                "Nobody matches."
                if searching
                else "No people recorded yet: add someone or import a CSV file."
            )
        else:
            text = f"{total:,} {'person' if total == 1 else 'people'}" + (" match" if searching else "")
        self.ui.count_label.setText(text)
        if self.model.rowCount():
            self.ui.people_table.selectRow(0)
        self.ui.open_button.setEnabled(self.model.rowCount() > 0)

    def _show_error(self, error: LcsError) -> None:
        if not isValid(self):
            return
        self.model.set_source(None)
        self.ui.count_label.setText(error.message)
        self.ui.open_button.setEnabled(False)

    def selected(self) -> PersonRow | None:
        rows = self.ui.people_table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    # -- the person page ---------------------------------------------------------------------

    def _on_open_button_clicked(self, *_args: object) -> None:
        row = self.selected()
        if row is not None:
            self.open_person(row.id)

    def open_item(self, argument: str) -> None:
        """``people:<person id>`` from Home's desk (a subject access deadline)."""
        if argument.isdigit():
            self.open_person(int(argument))

    def open_person(self, person_id: int) -> None:
        from lcs_desktop.gui.people.person_page import PersonPage

        if self.person_page is not None:
            self.ui.stack.removeWidget(self.person_page)
            self.person_page.deleteLater()
        self.person_page = PersonPage(self._context, person_id, self)
        self.person_page.back_requested.connect(self.show_list)
        self.ui.stack.addWidget(self.person_page)
        self.ui.stack.setCurrentWidget(self.person_page)

    def show_list(self) -> None:
        self.ui.stack.setCurrentWidget(self.ui.list_page)
        self.refresh()
        self.ui.search_edit.setFocus()

    # -- adding --------------------------------------------------------------------------------

    def _on_add_button_clicked(self) -> None:
        from lcs_desktop.gui.people.person_dialog import PersonDialog

        dialog = PersonDialog(self._session, parent=self)
        if dialog.exec() and dialog.person_id is not None:
            self.open_person(dialog.person_id)

    def _on_import_button_clicked(self) -> None:
        from lcs_desktop.gui.people.import_dialog import ImportPeopleDialog

        dialog = ImportPeopleDialog(self._session, self)
        if dialog.exec():
            self.refresh()
            QMessageBox.information(
                self,
                "People imported",
                f"{dialog.imported} {'person was' if dialog.imported == 1 else 'people were'} imported.",
            )


@functools.cache
def _searcher() -> ThreadPoolExecutor:
    """One plain Python thread for searches (started on first use): queries run one at a time,
    and a query superseded before it starts is cancelled."""
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="lcs-people-search")
