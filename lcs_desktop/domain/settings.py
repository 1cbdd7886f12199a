"""Organisation settings and their limits (plain data; the service stores them)."""

from __future__ import annotations

from dataclasses import dataclass

from lcs_desktop.domain.errors import ValidationError

MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 120


@dataclass(frozen=True, slots=True)
class OrgSettings:
    organisation_name: str = "Libra Children Services"
    idle_lock_minutes: int = 10
    remember_me_allowed: bool = False
    backup_folder: str = ""  # empty: the data folder's own backups folder
    backups_to_keep: int = 14

    def validate(self) -> None:
        if not self.organisation_name.strip():
            raise ValidationError("Enter the organisation's name.", "organisation_name")
        if len(self.organisation_name) > 200:
            raise ValidationError(
                "The organisation's name is too long (200 characters at most).", "organisation_name"
            )
        if not MIN_IDLE_MINUTES <= self.idle_lock_minutes <= MAX_IDLE_MINUTES:
            raise ValidationError(
                f"The idle lock must be between {MIN_IDLE_MINUTES} and {MAX_IDLE_MINUTES} minutes.",
                "idle_lock_minutes",
            )
        if not 1 <= self.backups_to_keep <= 365:
            raise ValidationError("Keep between 1 and 365 automatic backups.", "backups_to_keep")
