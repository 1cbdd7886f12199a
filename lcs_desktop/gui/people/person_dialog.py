"""Add a person or change their details. The dialog saves through the service itself, so a
refusal is shown beside its field with everything typed still there."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from lcs_desktop.domain.checks import PersonKind, PersonStatus
from lcs_desktop.domain.conflicts import EditConflict
from lcs_desktop.domain.errors import LcsError
from lcs_desktop.domain.people import default_status
from lcs_desktop.gui.conflict_dialog import REVIEW_MESSAGE, ConflictChoice, ask_about_conflict, review_over
from lcs_desktop.gui.fields import (
    FieldMessages,
    combo_value,
    confirm_discard,
    date_text,
    fill_combo,
    set_combo,
    watch_changes,
)
from lcs_desktop.gui.forms.ui_person_dialog import Ui_PersonDialog
from lcs_desktop.gui.screen_fit import scroll_body
from lcs_desktop.gui.style import show_error

if TYPE_CHECKING:
    from lcs_desktop.services.people import PersonDetail
    from lcs_desktop.services.session import SignedIn


class PersonDialog(QDialog):
    """``person`` given: edit it; otherwise add. ``person_id`` holds the saved record's id."""

    def __init__(self, session: SignedIn, person: PersonDetail | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PersonDialog()
        self.ui.setupUi(self)
        self._session = session
        self._person = person
        self.person_id: int | None = person.id if person else None
        self.dirty = False
        self.messages = FieldMessages(self.ui, self.ui.error_label)
        fill_combo(self.ui.kind_combo, PersonKind, "Choose…")
        fill_combo(self.ui.status_combo, PersonStatus)
        self.setWindowTitle("Change a person's details" if person else "Add a person")
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        if person is not None:
            self._fill(person)
        # The form as loaded: an edit sends only what the user changed, with the version it
        # was loaded at (a change made meanwhile at another desk is refused, issue 11).
        self._loaded = self.values()
        if person is None:
            set_combo(self.ui.status_combo, PersonStatus.IN_RECRUITMENT.value)
        ui = self.ui
        fields = (ui.first_name_edit, ui.last_name_edit, ui.reference_edit, ui.role_edit, ui.email_edit)
        watch_changes(
            (*fields, ui.phone_edit, ui.date_of_birth_edit, ui.kind_combo, ui.status_combo), self._mark
        )
        ui.kind_combo.activated.connect(self._on_kind_combo_activated)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        scroll_body(self, ui.button_box)  # a long form scrolls; Save and Cancel stay in reach

    def _fill(self, p: PersonDetail) -> None:
        ui = self.ui
        ui.first_name_edit.setText(p.first_name)
        ui.last_name_edit.setText(p.last_name)
        set_combo(ui.kind_combo, p.kind.value)
        set_combo(ui.status_combo, p.status.value)
        ui.reference_edit.setText(p.reference)
        ui.role_edit.setText(p.role)
        ui.email_edit.setText(p.email)
        ui.phone_edit.setText(p.phone)
        ui.date_of_birth_edit.setText(date_text(p.date_of_birth))

    def _mark(self, *_args: object) -> None:
        self.dirty = True

    def _on_kind_combo_activated(self) -> None:
        # A new applicant is in recruitment; a new volunteer or staff member is usually appointed.
        kind = combo_value(self.ui.kind_combo)
        if self._person is None and kind:
            set_combo(self.ui.status_combo, default_status(PersonKind(kind)).value)

    def values(self) -> dict[str, object]:
        ui = self.ui
        return {
            "first_name": ui.first_name_edit.text(),
            "last_name": ui.last_name_edit.text(),
            "kind": combo_value(ui.kind_combo),
            "status": combo_value(ui.status_combo),
            "reference": ui.reference_edit.text(),
            "role": ui.role_edit.text(),
            "email": ui.email_edit.text(),
            "phone": ui.phone_edit.text(),
            "date_of_birth": ui.date_of_birth_edit.text().strip() or None,
        }

    def accept(self) -> None:
        people, user = self._session.people, self._session.user
        try:
            if self.person_id is None:
                self.person_id = people.add_person(user, **self.values())
            else:
                version = self._person.row_version if self._person else None
                people.edit_person(user, self.person_id, expected_version=version, **self.changed())
        except EditConflict as conflict:
            self._on_conflict(conflict)
            return
        except LcsError as exc:
            self.messages.show(exc)
            return
        self.dirty = False
        super().accept()

    def changed(self) -> dict[str, object]:
        return {k: v for k, v in self.values().items() if v != self._loaded.get(k)}

    def _on_conflict(self, conflict: EditConflict) -> None:
        """Someone else changed this person since the form opened: ask, then do as chosen."""
        people, user, person_id = self._session.people, self._session.user, self.person_id
        assert person_id is not None and self._person is not None
        choice = ask_about_conflict(self, conflict)
        try:
            if choice is ConflictChoice.KEEP_THEIRS:
                self.dirty = False
                super().accept()  # nothing saved; the page shows their version
            elif choice is ConflictChoice.OVERWRITE:
                version = conflict.current_version or people.get_person(user, person_id).row_version
                people.edit_person(
                    user, person_id, expected_version=version, overwrite=True, **self.changed()
                )
                self.dirty = False
                super().accept()
            elif choice is ConflictChoice.REVIEW:
                loaded, fresh = self._person, people.get_person(user, person_id)

                def note_fresh() -> None:
                    self._person, self._loaded = fresh, self.values()

                review_over(self._fields(), lambda: self._fill(loaded), lambda: self._fill(fresh), note_fresh)
                show_error(self.ui.error_label, REVIEW_MESSAGE)
            else:
                show_error(self.ui.error_label, conflict.message)
        except LcsError as exc:
            self.messages.show(exc)

    def _fields(self) -> tuple[QWidget, ...]:
        ui = self.ui
        return (
            *(ui.first_name_edit, ui.last_name_edit, ui.kind_combo, ui.status_combo, ui.reference_edit),
            *(ui.role_edit, ui.email_edit, ui.phone_edit, ui.date_of_birth_edit),
        )

    def reject(self) -> None:
        if self.dirty and not confirm_discard(self, "this person's details"):
            return
        super().reject()
