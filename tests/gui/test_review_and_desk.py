"""The Policy review page and Home's "What needs doing", driven as a user would on a real
encrypted database at the fixed clock: figures counted off the GUI thread and shown suppressed,
the trustee report saved and audited, the desk's list in date order with its links working."""

from __future__ import annotations

from io import BytesIO

from pypdf import PdfReader
from PySide6.QtWidgets import QLabel, QTableWidget

from lcs_desktop.gui.main_window import MainWindow
from lcs_desktop.gui.pages import default_pages
from lcs_desktop.gui.pages.policy_review_page import PolicyReviewPage
from lcs_desktop.services.audit_log import AuditFilter
from tests.gui.accessibility_helpers import assert_accessible
from tests.gui.check_helpers import choose, click, context_for
from tests.services.desk_helpers import build_desk_world
from tests.services.review_helpers import SUBJECT_NAMES, seed_year


def _cells(page: PolicyReviewPage, key: str) -> dict[str, str]:
    table = page.findChild(QTableWidget, f"{key}_table")
    return {
        table.item(r, 0).text(): table.item(r, table.columnCount() - 1).text()
        for r in range(table.rowCount())
    }


def test_policy_review_page_shows_2026_suppressed_and_exports_the_trustee_report(qtbot, org, tmp_path):
    seed_year(org)
    page = PolicyReviewPage(context_for(org))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.show_button.isEnabled(), timeout=10_000)
    choose(qtbot, page.year_combo, "2026")
    click(qtbot, page.show_button)
    qtbot.waitUntil(
        lambda: page.figures is not None and page.figures.period.start.year == 2026, timeout=10_000
    )
    qtbot.waitUntil(lambda: _has_table(page, "checks_by_result"), timeout=5_000)
    assert _cells(page, "checks_by_result") == {"No concerns": "20", "Concerns found": "6", "Total": "26"}
    assert _cells(page, "cases_reported")["Later"] == "fewer than 5"
    assert any("2.5 hours (median of 8 cases)" in label.text() for label in _labels(page))
    target = tmp_path / "trustees.pdf"
    page.export_to(target)
    qtbot.waitUntil(lambda: page.job is None, timeout=20_000)
    assert page.status_label.text() == "Trustee report saved as trustees.pdf."
    text = "\n".join(p.extract_text() for p in PdfReader(BytesIO(target.read_bytes())).pages)
    assert "fewer than 5" in text and SUBJECT_NAMES[0] not in text
    assert org.audit_log.events(org.user, AuditFilter(action="trustee_report_exported"))


def test_another_period_is_counted_again(qtbot, org):
    seed_year(org)
    page = PolicyReviewPage(context_for(org))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.show_button.isEnabled(), timeout=10_000)  # the current year, counted
    choose(qtbot, page.year_combo, "2025")
    assert page.period()[0].isoformat() == "2025-01-01"
    click(qtbot, page.show_button)
    qtbot.waitUntil(
        lambda: page.figures is not None and page.figures.period.start.year == 2025, timeout=10_000
    )
    qtbot.waitUntil(lambda: _has_table(page, "checks_by_result"), timeout=5_000)
    assert _cells(page, "checks_by_result")["Total"] == "fewer than 5"


def test_home_lists_what_needs_doing_in_date_order_and_its_links_open_the_case(qtbot, org, make_user):
    world = build_desk_world(org, make_user)
    window = MainWindow(org, default_pages())
    qtbot.addWidget(window)
    window.show()
    desk = window.page("home").desk_panel
    assert not desk.loaded  # Home painted first; the list is read off the GUI thread
    qtbot.waitUntil(lambda: desk.loaded, timeout=10_000)
    texts = [b.text() for b in desk.buttons]
    assert len(texts) == 6
    assert texts[0].startswith("Overdue — ") and texts[0].endswith(
        "Appeal on BC-2026-0002 was heard: record its result"
    )
    assert texts[2].endswith("An unsaved concern was kept: open it to finish or discard it")
    assert [b.property("overdue") for b in desk.buttons] == [True, True, False, False, False, False]
    assert desk.summary_label.text() == "6 things to do, 2 overdue."
    click(qtbot, desk.buttons[0])
    cases = window.page("breaches")
    assert cases.stack.currentWidget() is cases.case_page and cases.case_page.env.case_id == world["b"]
    window.shut()


def _has_table(page: PolicyReviewPage, key: str) -> bool:
    return page.findChild(QTableWidget, f"{key}_table") is not None


def _labels(page: PolicyReviewPage) -> list[QLabel]:
    return page.body.findChildren(QLabel)


def test_the_filled_review_page_and_desk_are_named_heard_and_reachable(qtbot, org, make_user):
    seed_year(org)
    build_desk_world(org, make_user)
    window = MainWindow(org, default_pages())
    qtbot.addWidget(window)
    window.show()
    try:
        qtbot.waitUntil(lambda: window.page("home").desk_panel.loaded, timeout=10_000)
        assert_accessible(qtbot, window, "Home with its desk filled in")
        window.open_page("policy_review")
        page = window.page("policy_review")
        qtbot.waitUntil(lambda: _has_table(page, "referrals"), timeout=10_000)
        assert_accessible(qtbot, window, "Policy review with its figures")
    finally:
        window.shut()
