"""Export a register to XLSX or CSV: the rows the page shows (same filter, same visibility),
written beside the target and moved into place only once the export is audited.

The audit event names the register, the format, the number of rows, whether a filter was on
and the file's SHA-256 — never a row's content nor the search typed. The file itself is not
encrypted: the GUI says so before and after, in plain words.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from lcs_desktop.domain.errors import ValidationError
from lcs_desktop.domain.roles import Permission
from lcs_desktop.reports.common import CancelCheck, Cancelled, Progress
from lcs_desktop.reports.spreadsheets import CSV, FORMATS, XLSX, to_csv, to_xlsx
from lcs_desktop.services.identity import CurrentUser, require
from lcs_desktop.services.refusals import AuditsRefusals
from lcs_desktop.services.registers import Register, RegisterFilter, RegisterTables
from lcs_desktop.services.workspace import Workspace

NOT_ENCRYPTED_WARNING = (
    "The spreadsheet is not encrypted: anyone who can open the folder can read it. Save it only "
    "where your organisation allows, do not email it, and delete it when you no longer need it."
)

# People need only the right to see them (no role sees people without it); the registers of
# records also need the right to export those records, as their PDFs do.
EXPORT_PERMISSION = {
    Register.CHECKS: Permission.EXPORT_CHECKS,
    Register.CASES: Permission.EXPORT_CASES,
    Register.REFERRALS: Permission.EXPORT_CASES,
}


def may_export(user: CurrentUser, register: Register) -> bool:
    """For the GUI, which hides the button the service would refuse (no service is built)."""
    if register in EXPORT_PERMISSION and not user.can(EXPORT_PERMISSION[register]):
        return False
    if register is Register.PEOPLE:
        return user.can(Permission.VIEW_PEOPLE)
    if register is Register.CHECKS:
        return user.can(Permission.VIEW_CHECKS)
    return user.can(Permission.VIEW_ALL_CASES) or user.can(Permission.VIEW_ASSIGNED_CASES)


@dataclass(frozen=True, slots=True)
class ExportedRegister:
    path: Path
    register: Register
    file_format: str
    rows: int
    sha256: str


def suggested_name(register: Register, file_format: str, today: date) -> str:
    """No names in file names: which register and when, nothing about whom."""
    return f"LCS {register.label.lower()} {today.isoformat()}.{file_format}"


class RegisterExportService(AuditsRefusals):  # a refused export is itself audited
    def __init__(self, workspace: Workspace, tables: RegisterTables) -> None:
        self._ws = workspace
        self.tables = tables

    def export_register(
        self,
        user: CurrentUser,
        register: Register,
        target: str | os.PathLike[str],
        file_format: str = XLSX,
        flt: RegisterFilter | None = None,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> ExportedRegister:
        if file_format not in FORMATS:
            raise ValidationError("Choose an Excel workbook (.xlsx) or a CSV file.", "format")
        if register in EXPORT_PERMISSION:  # taking records out needs the export right too
            require(user, EXPORT_PERMISSION[register])
        path = target_path(Path(target), file_format)
        flt = flt or RegisterFilter()
        table = self.tables.table(user, register, flt, progress, cancelled)  # the list's own checks
        if file_format == CSV:
            data = to_csv(table.headings, table.rows)
        else:
            data = to_xlsx(register.label, table.headings, table.rows, progress, cancelled)
        if cancelled is not None and cancelled():
            raise Cancelled()
        sha256 = hashlib.sha256(data).hexdigest()
        tmp = _write_beside(path, data)
        try:
            with self._ws.unit_of_work() as session:
                self._ws.audit(
                    session,
                    user,
                    "register_exported",
                    "register",
                    None,
                    {
                        "register": register.value,
                        "format": file_format,
                        "rows": len(table.rows),
                        "filtered": flt.filtered,
                        "sha256": sha256,
                    },
                )
            os.replace(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return ExportedRegister(path, register, file_format, len(table.rows), sha256)


def target_path(path: Path, file_format: str) -> Path:
    """Where the file goes: the name given, with the format's suffix added if it lacks it."""
    if not path.parent.is_dir():
        raise ValidationError("That folder does not exist. Choose another folder.", "target")
    if path.suffix.lower() != f".{file_format}":
        path = path.with_name(f"{path.name}.{file_format}")
    return path


def _write_beside(path: Path, data: bytes) -> Path:
    """The whole file, flushed, in a hidden temporary beside ``path`` (as the PDF exports do)."""
    try:
        fd, name = tempfile.mkstemp(dir=path.parent, prefix=".lcs-export-", suffix=".part")
    except OSError as exc:
        raise ValidationError(
            "The file could not be saved in that folder. Check you can save files there, or choose another.",
            "target",
        ) from exc
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp
