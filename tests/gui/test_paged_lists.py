"""Lists of any length hold a bounded window of rows (issue 12): scrolling through every row
shows each once, in order, and the model keeps only the last few pages it read."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView

from lcs_desktop.domain.errors import WorkspaceLocked
from lcs_desktop.gui.checks.checks_page import ChecksPage
from lcs_desktop.gui.paged_table_model import MAX_PAGES
from lcs_desktop.gui.people.people_page import PeoplePage
from lcs_desktop.services.bulk_records import generate_bulk
from tests.gui.check_helpers import context_for

PEOPLE = 1_700
CHECKS = 1_300


def scroll_through(qtbot, table) -> list[int]:  # type: ignore[no-untyped-def]
    """Every row's id as the view meets it, scrolling from the top to the bottom."""
    model, ids = table.model(), []
    for row in range(model.rowCount()):
        if row % 40 == 0:
            table.scrollTo(model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
            qtbot.wait(0)
        ids.append(model.row(row).id)
        assert model.held_rows <= MAX_PAGES * model.page_size
    return ids


def test_people_list_scrolls_to_the_end_holding_a_bounded_window(qtbot, org):
    generate_bulk(org.workspace, org.user.id, people=PEOPLE, checks=0)
    page = PeoplePage(context_for(org))
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    model, table = page.model, page.ui.people_table
    assert model.rowCount() == PEOPLE
    expected = [p.id for p in org.people.list_people(org.user, limit=500)]
    # The end first (Ctrl+End or the scroll bar dragged down): the last page alone is read.
    table.scrollToBottom()
    qtbot.wait(0)
    last = org.people.list_people(org.user, limit=1, backwards=True)[0]
    assert model.row(PEOPLE - 1).id == last.id
    assert table.model().data(model.index(PEOPLE - 1, 0)) == last.last_name
    # A jump into the middle, then every row from the top: each once, in the list's order.
    assert model.row(PEOPLE // 2).id != model.row(PEOPLE // 2 + 1).id
    ids = scroll_through(qtbot, table)
    assert ids[:500] == expected
    assert len(ids) == len(set(ids)) == PEOPLE
    assert model.held_rows <= MAX_PAGES * model.page_size < PEOPLE


def test_checks_list_scrolls_every_check_once_newest_first(qtbot, org):
    generate_bulk(org.workspace, org.user.id, people=50, checks=CHECKS)
    page = ChecksPage(context_for(org))
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    assert page.ui.count_label.text() == f"{CHECKS:,} checks"
    ids = scroll_through(qtbot, page.ui.checks_table)
    stored = org.checks.list_checks(org.user, limit=500)
    assert ids[:500] == [c.id for c in stored]
    assert sorted(ids) == list(range(1, CHECKS + 1))  # every check once
    assert page.model.held_rows <= MAX_PAGES * page.model.page_size < CHECKS


def test_a_page_refused_while_scrolling_is_said_in_words_not_a_crash(qtbot, org):
    generate_bulk(org.workspace, org.user.id, people=50, checks=600)
    page = ChecksPage(context_for(org))
    qtbot.addWidget(page)
    page.show()
    org.lock()  # the idle lock came while the list was open: no page can be read now
    assert page.model.data(page.model.index(599, 0)) is None  # blank; nothing raised in the paint
    qtbot.waitUntil(lambda: page.ui.message_label.text() == WorkspaceLocked().message)
