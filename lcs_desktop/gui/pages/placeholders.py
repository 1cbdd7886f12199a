"""Placeholder pages for the record kinds that later work fills in.

To plug in a real page, change its factory here (keep the key, so links from Home still
work), or build the list with ``replace_page(default_pages(), PageSpec("checks", ...))``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from lcs_desktop.domain.roles import Permission
from lcs_desktop.gui.page_spec import PageContext, PageSpec

PEOPLE_PERMISSIONS = frozenset({Permission.VIEW_PEOPLE})
CHECK_PERMISSIONS = frozenset({Permission.VIEW_CHECKS, Permission.RECORD_CHECKS})
# Reporting a concern (a checker may) is the toolbar's; the page is for those who see cases.
CASE_PERMISSIONS = frozenset({Permission.VIEW_ALL_CASES, Permission.VIEW_ASSIGNED_CASES})


class PlaceholderPage(QWidget):
    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        heading = QLabel(title, self)
        heading.setProperty("role", "title")
        body = QLabel(text, self)
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(1)


def _people(context: PageContext) -> QWidget:
    from lcs_desktop.gui.people.people_page import PeoplePage

    return PeoplePage(context)


def _checks(context: PageContext) -> QWidget:
    from lcs_desktop.gui.checks.checks_page import ChecksPage

    return ChecksPage(context)


def _breaches(context: PageContext) -> QWidget:
    from lcs_desktop.gui.cases.cases_page import CasesPage

    return CasesPage(context)


def record_pages() -> list[PageSpec]:
    return [
        PageSpec("people", "People", ":/icons/people.svg", _people, PEOPLE_PERMISSIONS),
        PageSpec("checks", "Recruitment checks", ":/icons/checks.svg", _checks, CHECK_PERMISSIONS),
        PageSpec("breaches", "Breach investigations", ":/icons/breach.svg", _breaches, CASE_PERMISSIONS),
    ]
