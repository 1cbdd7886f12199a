"""Home's "What needs doing": one list from every desk source, soonest first, each a link.

Read off the GUI thread (``run_task``) so Home paints at once; the list fills in after.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget
from shiboken6 import isValid

from lcs_desktop.domain.desk import DeskItem
from lcs_desktop.domain.errors import LcsError, WorkspaceLocked
from lcs_desktop.gui.page_spec import PageContext
from lcs_desktop.gui.style import show_message
from lcs_desktop.gui.tasks import run_task

MAX_SHOWN = 12


def link_target(item: DeskItem) -> str:
    """The main window's page key, with the record when there is one ("breaches:12")."""
    link = item.link
    return link.page if link.record_id is None else f"{link.page}:{link.record_id}"


def item_text(item: DeskItem) -> str:
    when = f"{item.due:%d/%m/%Y}"
    return f"Overdue — {when}: {item.sentence}" if item.overdue else f"{when}: {item.sentence}"


class DeskPanel(QGroupBox):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__("What needs doing", parent)
        self.setObjectName("desk_group")
        self._context = context
        self._layout = QVBoxLayout(self)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("desk_summary_label")
        self.summary_label.setWordWrap(True)
        self._layout.addWidget(self.summary_label)
        self.buttons: list[QPushButton] = []
        self.items: list[DeskItem] = []
        self.loaded = False
        self.refresh()

    def refresh(self) -> None:
        from lcs_desktop.services.desk import desk_items

        session = self._context.session
        workspace, user = session.workspace, session.user
        today: date = workspace.today()
        show_message(self.summary_label, "Looking for what needs doing…", "hint")

        def work() -> list[DeskItem]:
            try:
                return desk_items(workspace, user, today)
            except LcsError:
                raise
            except Exception:
                if workspace.locked:  # locked while reading: its connections were closed under it
                    raise WorkspaceLocked() from None
                raise

        run_task(work, self._on_items, self._on_fault)

    def _on_fault(self, error: LcsError) -> None:
        if not isValid(self):  # Home closed (signed out) while the list was read
            return
        show_message(self.summary_label, error.message, "error")
        self.loaded = True

    def _on_items(self, items: list[DeskItem]) -> None:
        if not isValid(self):
            return
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        self.items = items
        overdue = sum(i.overdue for i in items)
        if not items:
            show_message(self.summary_label, "Nothing needs doing today.", "ok")
        elif overdue:
            show_message(
                self.summary_label,
                f"{len(items)} thing{'s' if len(items) != 1 else ''} to do, {overdue} overdue.",
                "error",
            )
        else:
            show_message(
                self.summary_label, f"{len(items)} thing{'s' if len(items) != 1 else ''} to do.", "hint"
            )
        for item in items[:MAX_SHOWN]:
            self._add(item)
        if len(items) > MAX_SHOWN:
            more = QPushButton(f"… and {len(items) - MAX_SHOWN} more", self)
            more.setObjectName("desk_more_button")
            more.setProperty("role", "link")
            more.clicked.connect(self._show_all)
            self._layout.addWidget(more, 0, Qt.AlignmentFlag.AlignLeft)
            self.buttons.append(more)
        self.loaded = True

    def _show_all(self) -> None:
        rest = self.items[len([b for b in self.buttons if b.objectName() == "desk_item_button"]) :]
        self.buttons[-1].deleteLater()
        self.buttons.pop()
        for item in rest:
            self._add(item)

    def _add(self, item: DeskItem) -> None:
        button = QPushButton(item_text(item), self)
        button.setObjectName("desk_item_button")
        button.setProperty("role", "link")
        button.setProperty("overdue", item.overdue)
        target = link_target(item)
        button.setProperty("target", target)
        if item.overdue:
            button.setStyleSheet("color: #b00020; font-weight: 600;")
        button.clicked.connect(lambda _checked=False, t=target: self._context.navigate(t))
        self._layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.buttons.append(button)
