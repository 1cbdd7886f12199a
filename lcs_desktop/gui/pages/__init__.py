"""The main window's pages, as a list the main window is given (the plug-in point).

A page is a ``PageSpec``: a key, a title, an icon and a factory called the first time the
page is opened, plus who may see it (the GUI only hides; the services refuse). Record pages
(checks, breach investigations) replace their placeholders in ``placeholders.record_pages``
or are passed in with ``replace_page`` — the main window itself never changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from lcs_desktop.domain.roles import Permission

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from lcs_desktop.services.identity import CurrentUser
    from lcs_desktop.services.session import SignedIn


@dataclass(frozen=True)
class PageContext:
    """What a page gets: the session, a way to open another page, and whether this is the demo."""

    session: SignedIn
    navigate: Callable[[str], None]
    demo: bool = False
    settings_changed: Callable[[object], None] = lambda _settings: None
    """Call with the new OrgSettings after saving them (the main window re-reads the idle lock)."""


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    icon: str  # a Qt resource path, e.g. ":/icons/home.svg"
    factory: Callable[[PageContext], QWidget]
    any_of: frozenset[Permission] = field(default_factory=frozenset)
    """Shown when the user holds any of these permissions; empty means everyone."""

    def visible_to(self, user: CurrentUser) -> bool:
        return not self.any_of or bool(self.any_of & user.permissions)


def replace_page(pages: list[PageSpec], spec: PageSpec) -> list[PageSpec]:
    """``pages`` with the page of the same key swapped for ``spec`` (appended if new)."""
    keys = [p.key for p in pages]
    if spec.key not in keys:
        return [*pages, spec]
    return [spec if p.key == spec.key else p for p in pages]


def default_pages() -> list[PageSpec]:
    from lcs_desktop.gui.pages.placeholders import record_pages

    return [
        PageSpec("home", "Home", ":/icons/home.svg", _home),
        *record_pages(),
        PageSpec("audit", "Audit log", ":/icons/audit.svg", _audit, frozenset({Permission.VIEW_AUDIT_LOG})),
        PageSpec("users", "Users", ":/icons/users.svg", _users, frozenset({Permission.MANAGE_USERS})),
        PageSpec("settings", "Settings", ":/icons/settings.svg", _settings),
    ]


# Factories import their module on first use, so signing in builds only the Home page.
def _home(context: PageContext) -> QWidget:
    from lcs_desktop.gui.pages.home_page import HomePage

    return HomePage(context)


def _audit(context: PageContext) -> QWidget:
    from lcs_desktop.gui.pages.audit_log_page import AuditLogPage

    return AuditLogPage(context)


def _users(context: PageContext) -> QWidget:
    from lcs_desktop.gui.pages.users_page import UsersPage

    return UsersPage(context)


def _settings(context: PageContext) -> QWidget:
    from lcs_desktop.gui.pages.settings_page import SettingsPage

    return SettingsPage(context)
