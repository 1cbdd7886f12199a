"""What a main-window page is given (``PageContext``) and how it is listed (``PageSpec``).

Below every page module: pages import this, and ``gui.pages`` lists the pages, so no page
imports the list that imports it.
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
