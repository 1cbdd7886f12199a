"""Writing the acknowledgements list (by default who has not yet acknowledged) to XLSX or CSV:
written beside the target and moved into place only once the export is audited, as registers
are (services/register_export.py). The event holds the version's label, the format, the number
of rows and the file's SHA-256, never a name. The file is not encrypted: the GUI says so."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from lcs_desktop.domain.policy_register import AckMethod
from lcs_desktop.reports.spreadsheets import CSV, to_csv, to_xlsx
from lcs_desktop.services.identity import CurrentUser
from lcs_desktop.services.register_export import _write_beside
from lcs_desktop.services.workspace import Workspace

if TYPE_CHECKING:
    from lcs_desktop.services.policy_acks import AckRow

HEADINGS = ("Reference", "First name", "Last name", "Kind", "Acknowledged on", "How")


@dataclass(frozen=True, slots=True)
class ExportedAcknowledgements:
    path: Path
    file_format: str
    rows: int
    sha256: str


def suggested_name(label: str, today: date) -> str:
    """No names in file names: which list and when."""
    return f"LCS policy {label.replace('/', '-')} not yet acknowledged {today.isoformat()}"


def _how(method: str | None) -> str:
    return {AckMethod.RECORDED.value: "Recorded", AckMethod.IMPORTED.value: "Imported"}.get(method or "", "")


def write_export(
    ws: Workspace,
    user: CurrentUser,
    label: str,
    rows: Sequence[AckRow],
    path: Path,
    file_format: str,
    *,
    pending_only: bool,
) -> ExportedAcknowledgements:
    cells = [
        (r.reference, r.first_name, r.last_name, r.kind.label, r.acknowledged_on, _how(r.method))
        for r in rows
    ]
    # A sheet's name holds 31 characters at most, and no / (a label such as "2025/26").
    what = "Not yet acknowledged" if pending_only else "Acknowledgements"
    title = f"{what} {label.replace('/', '-')}"
    data = to_csv(HEADINGS, cells) if file_format == CSV else to_xlsx(title[:31], HEADINGS, cells)
    sha256 = hashlib.sha256(data).hexdigest()
    tmp = _write_beside(path, data)
    try:
        with ws.unit_of_work() as session:
            ws.audit(
                session,
                user,
                "policy_acknowledgements_exported",
                "register",
                None,
                {
                    "version": label,
                    "pending_only": pending_only,
                    "format": file_format,
                    "rows": len(rows),
                    "sha256": sha256,
                },
            )
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return ExportedAcknowledgements(path, file_format, len(rows), sha256)
