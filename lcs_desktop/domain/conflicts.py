"""Two desks, one record: the refusal of a save that lost the race (issue 11).

A form remembers the version of the record it was loaded at. When the record has moved on by
the time the form is saved, the service refuses with ``EditConflict``: it says who changed the
record and when, and compares field by field what they changed with what this person typed,
in the words the forms use ("Risk: Medium → High"). Nothing is overwritten silently; the
conflict dialog offers to keep theirs, overwrite with mine, or review.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from lcs_desktop.domain.errors import ConflictError

NOTHING = "—"
STALE_MESSAGE = (
    "Someone else changed this record while you were saving it, so your change was not saved. "
    "Open the record again to see their change, then make yours."
)


@dataclass(frozen=True, slots=True)
class FieldComparison:
    """One field: as the form was loaded (``before``), as it is now (``theirs``), as typed (``mine``)."""

    caption: str  # "Risk"
    before: str  # "Medium"
    theirs: str  # "High"
    mine: str  # "Low" (NOTHING when this person did not change the field)

    @property
    def their_change(self) -> str:
        """ "Risk Medium → High", or "Risk High" when the earlier value is not known."""
        if self.before == self.theirs:
            return f"{self.caption} {self.theirs} (unchanged)"
        return f"{self.caption} {self.before} → {self.theirs}"

    @property
    def my_change(self) -> str:
        return f"{self.caption} → {self.mine}"


class EditConflict(ConflictError):
    """A save refused because someone else changed the record since this form loaded it.

    ``current_version`` is the record's version now: saving again with it as the expected
    version overwrites their change (the conflict dialog's "Overwrite with mine")."""

    def __init__(
        self,
        *,
        noun: str,
        who: str,
        at: datetime | None,
        when: str,
        fields: tuple[FieldComparison, ...],
        current_version: int | None,
        message: str | None = None,
    ) -> None:
        self.noun, self.who, self.at, self.when = noun, who, at, when
        self.fields = fields
        self.current_version = current_version
        super().__init__(message or conflict_sentence(noun, who, when, fields))

    @property
    def their_changes(self) -> tuple[str, ...]:
        return tuple(f.their_change for f in self.fields if f.before != f.theirs)

    @property
    def my_changes(self) -> tuple[str, ...]:
        return tuple(f.my_change for f in self.fields if f.mine != NOTHING)

    @classmethod
    def stale(cls) -> EditConflict:
        """The race lost at the very last moment (the row changed between reading and writing)."""
        return cls(
            noun="record", who="", at=None, when="", fields=(), current_version=None, message=STALE_MESSAGE
        )


def conflict_sentence(noun: str, who: str, when: str, fields: tuple[FieldComparison, ...]) -> str:
    """ "Mona Manager changed this case at 10:42: Risk Medium → High. Your change was not saved …" """
    changed = [f.their_change for f in fields if f.before != f.theirs]
    head = f"{who or 'Someone else'} changed this {noun}{' ' + when if when else ''}"
    listed = f": {'; '.join(changed)}" if changed else ""
    return (
        f"{head}{listed} since you opened it, so your change was not saved. Choose whether to keep "
        "their version, overwrite it with yours, or review both."
    )
