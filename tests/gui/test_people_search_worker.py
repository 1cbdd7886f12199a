"""People search runs off the GUI thread: typing never waits for it, the latest query wins,
and punctuation in names finds them from the page too (issue 8, #9)."""

from __future__ import annotations

import time

from lcs_desktop.gui.people.people_page import PeoplePage, _deliver
from lcs_desktop.gui.tasks import wait_for_tasks
from tests.gui.check_helpers import context_for, type_into


def add(org, first: str, last: str, reference: str) -> int:
    return org.people.add_person(
        org.user, first_name=first, last_name=last, kind="applicant", reference=reference
    )


def shown(page: PeoplePage) -> list[str]:
    return [row.full_name for row in page.model.rows]


def test_typing_an_apostrophe_name_finds_it(qtbot, org):
    add(org, "Siobhan", "O'Brien", "A-1")
    add(org, "Mark's", "Dunne", "A-2")
    add(org, "Anne-Marie", "Smith-Jones", "A-3")
    page = PeoplePage(context_for(org))
    qtbot.addWidget(page)
    page.show()

    type_into(qtbot, page.ui.search_edit, "O'Brien")
    qtbot.waitUntil(lambda: shown(page) == ["Siobhan O'Brien"], timeout=5000)
    page.ui.search_edit.clear()
    type_into(qtbot, page.ui.search_edit, 'mark"s')
    qtbot.waitUntil(lambda: shown(page) == ["Mark's Dunne"], timeout=5000)
    page.ui.search_edit.clear()
    type_into(qtbot, page.ui.search_edit, "smith-jo")
    qtbot.waitUntil(lambda: shown(page) == ["Anne-Marie Smith-Jones"], timeout=5000)
    assert page.ui.count_label.text() == "1 person match"


def test_a_slow_search_never_stalls_typing_and_the_latest_query_wins(qtbot, org, monkeypatch):
    add(org, "Zoë", "Nguyễn", "A-1")
    add(org, "Łukasz", "Kowalski", "A-2")
    page = PeoplePage(context_for(org))
    qtbot.addWidget(page)
    page.show()
    people = org.people
    real_count = type(people).count_people

    def slow_count(self, user, **filters):  # the real search, made slow as on a large office database
        if filters.get("query", "").startswith("kow"):
            time.sleep(0.6)
        return real_count(self, user, **filters)

    monkeypatch.setattr(type(people), "count_people", slow_count)

    page.ui.search_edit.setText("kowal")
    started = time.perf_counter()
    page.refresh()  # what the typing timer calls
    assert time.perf_counter() - started < 0.2  # the search is on the thread pool
    assert page.ui.count_label.text() == "Searching…"
    type_into(qtbot, page.ui.search_edit, "x")  # keys are still handled meanwhile
    assert page.ui.search_edit.text() == "kowalx"
    page.ui.search_edit.setText("nguy")
    page.refresh()  # a newer query, answered first; the slow older one must not replace it

    qtbot.waitUntil(lambda: shown(page) == ["Zoë Nguyễn"], timeout=5000)
    wait_for_tasks(5000)
    qtbot.wait(50)
    assert shown(page) == ["Zoë Nguyễn"]
    assert page.ui.count_label.text() == "1 person match"


def test_a_pasted_megabyte_is_searched_without_freezing_the_page(qtbot, org):
    add(org, "Siobhan", "O'Brien", "A-1")
    page = PeoplePage(context_for(org))
    qtbot.addWidget(page)
    page.show()
    pasted = "siobhan " + "lorem ipsum dolor sit amet " * 40_000

    started = time.perf_counter()
    page.ui.search_edit.setText(pasted)
    page.refresh()
    assert time.perf_counter() - started < 0.2
    qtbot.waitUntil(lambda: page.ui.count_label.text() == "Nobody matches.", timeout=3000)


def test_an_answer_for_an_older_query_is_dropped(qtbot, org):
    add(org, "Zoë", "Nguyễn", "A-1")
    page = PeoplePage(context_for(org))
    qtbot.addWidget(page)
    before = shown(page)
    stale = page._generation - 1

    _deliver(page, stale, {"query": "x", "kind": None, "status": None}, (0, []))

    assert shown(page) == before == ["Zoë Nguyễn"]
