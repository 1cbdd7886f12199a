"""The main window's pages, as a list the main window is given (the plug-in point).

A page is a ``PageSpec``: a key, a title, an icon and a factory called the first time the
page is opened, plus who may see it (the GUI only hides; the services refuse). Record pages
(checks, breach investigations) replace their placeholders in ``placeholders.record_pages``
or are passed in with ``replace_page`` — the main window itself never changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lcs_desktop.domain.roles import Permission
from lcs_desktop.gui.page_spec import PageContext, PageSpec, replace_page

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

__all__ = ["PageContext", "PageSpec", "default_pages", "replace_page"]


def default_pages() -> list[PageSpec]:
    from lcs_desktop.gui.pages.placeholders import record_pages

    return [
        PageSpec("home", "Home", ":/icons/home.svg", _home),
        *record_pages(),
        PageSpec("policy", "Policy", ":/icons/audit.svg", _policy, POLICY_PERMISSIONS),
        PageSpec(
            "retention",
            "Retention review",
            ":/icons/audit.svg",
            _retention,
            frozenset({Permission.REVIEW_RETENTION}),
        ),
        PageSpec(
            "policy_review",
            "Policy review",
            ":/icons/audit.svg",
            _policy_review,
            frozenset({Permission.VIEW_POLICY_REVIEW}),
        ),
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


POLICY_PERMISSIONS = frozenset({Permission.MANAGE_POLICY, Permission.RECORD_ACKNOWLEDGEMENTS})


def _policy(context: PageContext) -> QWidget:
    from lcs_desktop.gui.policy.policy_page import PolicyPage

    return PolicyPage(context)


def _retention(context: PageContext) -> QWidget:
    from lcs_desktop.gui.retention.retention_page import RetentionPage

    return RetentionPage(context)


def _policy_review(context: PageContext) -> QWidget:
    from lcs_desktop.gui.pages.policy_review_page import PolicyReviewPage

    return PolicyReviewPage(context)


def _users(context: PageContext) -> QWidget:
    from lcs_desktop.gui.pages.users_page import UsersPage

    return UsersPage(context)


def _settings(context: PageContext) -> QWidget:
    from lcs_desktop.gui.pages.settings_page import SettingsPage

    return SettingsPage(context)
