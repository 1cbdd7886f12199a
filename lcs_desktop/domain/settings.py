"""Organisation settings and their limits (plain data; the service stores them)."""

from __future__ import annotations

from dataclasses import dataclass

from lcs_desktop.domain.errors import ValidationError

MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 120
# Backups expire (issue 10): a record deleted today survives in older backups until they go.
# Three months: long enough to recover from a fault noticed late (a quarter's checks), short
# enough that a deleted record is beyond use soon after — see README, "Backups and deletion".
DEFAULT_BACKUP_MAX_AGE_MONTHS = 3
MAX_BACKUP_AGE_MONTHS = 12


@dataclass(frozen=True, slots=True)
class OrgSettings:
    organisation_name: str = "Libra Children Services"
    idle_lock_minutes: int = 10
    remember_me_allowed: bool = False
    backup_folder: str = ""  # empty: the data folder's own backups folder
    backups_to_keep: int = 14
    backup_max_age_months: int = DEFAULT_BACKUP_MAX_AGE_MONTHS

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
        if not 1 <= self.backup_max_age_months <= MAX_BACKUP_AGE_MONTHS:
            raise ValidationError(
                f"Backups must be deleted after between 1 and {MAX_BACKUP_AGE_MONTHS} months, so that "
                "deleted records do not live on in them.",
                "backup_max_age_months",
            )
