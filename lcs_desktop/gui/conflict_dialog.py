"""Two desks, one record (issue 11): the save was refused because someone else changed the
record since this form loaded it. The dialog says who and when, compares their change with the
user's field by field, and offers three ways on — none of which loses what the user typed
without asking:

- Keep theirs: the record is shown as it is now; the user's changes are discarded after a confirm.
- Overwrite with mine: the user's changes are saved over theirs (the service audits the overwrite).
- Review: the record is shown as it is now with the user's changes put back on the form.

Escape closes the dialog and leaves the form as it was, the changes still unsaved there.
The forms that save a record call ``ask_about_conflict``; ``typed_state`` and ``put_back``
carry the user's changes over a reload for "Review".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTableWidgetItem,
    QTextEdit,
    QWidget,
)

from lcs_desktop.gui.accessibility import set_value
from lcs_desktop.gui.fields import confirm_summary
from lcs_desktop.gui.forms.ui_conflict_dialog import Ui_ConflictDialog

if TYPE_CHECKING:
    from lcs_desktop.domain.conflicts import EditConflict

REVIEW_MESSAGE = (
    "The record now shows the other person's change, with your changes put back on the form. "
    "Check them, then save again."
)


class ConflictChoice(Enum):
    KEEP_THEIRS = "keep_theirs"
    OVERWRITE = "overwrite"
    REVIEW = "review"


# The choices after which a form dialog is done (nothing left of the user's to keep there).
CLOSES = frozenset({ConflictChoice.KEEP_THEIRS, ConflictChoice.OVERWRITE})


class ConflictDialog(QDialog):
    def __init__(self, conflict: EditConflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ConflictDialog()
        self.ui.setupUi(self)
        self.conflict = conflict
        self.choice: ConflictChoice | None = None
        ui = self.ui
        set_value(ui.intro_label, conflict.message)  # heard with its caption
        table = ui.comparison_table
        table.setRowCount(len(conflict.fields))
        for row, field in enumerate(conflict.fields):
            for column, text in enumerate((field.caption, field.before, field.theirs, field.mine)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        table.setVisible(bool(conflict.fields))
        ui.keep_theirs_button.clicked.connect(self._on_keep_theirs_button_clicked)
        ui.overwrite_button.clicked.connect(self._on_overwrite_button_clicked)
        ui.review_button.clicked.connect(self._on_review_button_clicked)
        ui.review_button.setFocus()

    def _choose(self, choice: ConflictChoice) -> None:
        self.choice = choice
        self.accept()

    def _on_keep_theirs_button_clicked(self) -> None:
        mine = list(self.conflict.my_changes) or ["Your changes on this form"]
        if confirm_summary(
            self,
            "Discard your changes?",
            "Keep their version and discard your changes? These will be lost:",
            mine,
            "&Discard mine",
        ):
            self._choose(ConflictChoice.KEEP_THEIRS)

    def _on_overwrite_button_clicked(self) -> None:
        self._choose(ConflictChoice.OVERWRITE)

    def _on_review_button_clicked(self) -> None:
        self._choose(ConflictChoice.REVIEW)


def ask_about_conflict(parent: QWidget, conflict: EditConflict) -> ConflictChoice | None:
    """The user's choice, or None when they closed the dialog (the form stays as it is)."""
    dialog = ConflictDialog(conflict, parent)
    dialog.exec()
    return dialog.choice


REVIEW_IN_DIALOG = (
    "The record behind this form now shows the other person's change; what you entered here is "
    "kept. Check it, then save again."
)


def settle_in_dialog(
    dialog: QWidget,
    conflict: EditConflict,
    *,
    save_over: Callable[[int], object],
    fresh_version: Callable[[], int],
    review: Callable[[int], None],
    show: Callable[[str], None],
) -> ConflictChoice | None:
    """For a form dialog that saves one record; the choice made (``CLOSES``: the dialog is
    done — their version kept, or mine saved over it). "Review" keeps the dialog and what was
    typed in it, with ``review(version)`` showing the fresh record behind it. A refusal of the
    second save raises (the dialog shows it as any other)."""
    choice = ask_about_conflict(dialog, conflict)
    if choice is ConflictChoice.OVERWRITE:
        save_over(conflict.current_version or fresh_version())
    elif choice is ConflictChoice.REVIEW:
        review(fresh_version())
        show(REVIEW_IN_DIALOG)
    elif choice is None:
        show(conflict.message)
    return choice


# -- carrying the user's changes over a reload ("Review") ------------------------------------

State = list[object]


def typed_state(widgets: Sequence[QWidget]) -> State:
    """What each field holds: text, the chosen item's data (or index), or checked."""
    state: State = []
    for w in widgets:
        if isinstance(w, QLineEdit):
            state.append(w.text())
        elif isinstance(w, QPlainTextEdit | QTextEdit):
            state.append(w.toPlainText())
        elif isinstance(w, QComboBox):
            state.append(("index", w.currentIndex(), w.currentData()))
        elif isinstance(w, QAbstractButton):
            state.append(w.isChecked())
        else:
            state.append(None)
    return state


def put_back(widgets: Sequence[QWidget], typed: State, loaded: State) -> int:
    """Set each field the user changed (``typed`` differs from ``loaded``, the form as it was
    loaded) back to what they typed; fields they did not touch keep the record's new value.
    Returns how many fields were put back."""
    count = 0
    for w, mine, before in zip(widgets, typed, loaded, strict=True):
        if mine == before:
            continue
        count += 1
        if isinstance(w, QLineEdit):
            w.setText(str(mine))
        elif isinstance(w, QPlainTextEdit | QTextEdit):
            w.setPlainText(str(mine))
        elif isinstance(w, QComboBox) and isinstance(mine, tuple):
            found = w.findData(mine[2]) if mine[2] is not None else -1
            w.setCurrentIndex(found if found >= 0 else int(mine[1]))
        elif isinstance(w, QAbstractButton):
            w.setChecked(bool(mine))
    return count


def review_over(
    widgets: Sequence[QWidget],
    show_loaded: Callable[[], None],
    show_fresh: Callable[[], None],
    after_fresh: Callable[[], None] = lambda: None,
) -> int:
    """For "Review": note what the user typed, show the form as it was loaded (to learn what
    they changed), show the fresh record (``after_fresh`` runs on it, before the user's changes
    go back: a form notes what it loaded), and put their changes back over it."""
    typed = typed_state(widgets)
    show_loaded()
    loaded = typed_state(widgets)
    show_fresh()
    after_fresh()
    return put_back(widgets, typed, loaded)
