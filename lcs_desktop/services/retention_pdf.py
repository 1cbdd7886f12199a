"""What a record's PDFs say about retention (issue 10): a standing legal hold (who placed it,
when, its review date — not its reason, which may name others), and on the record's own
documents the retention line. Read inside the export's own permission check."""

from __future__ import annotations

from lcs_desktop.domain.record_refs import RecordRef
from lcs_desktop.domain.working_days import london_date
from lcs_desktop.services.legal_holds import hold_on
from lcs_desktop.services.workspace import Workspace
from lcs_desktop.store.retention import RetentionDateRow


def hold_line(workspace: Workspace, kind: str, record_id: int) -> str:
    """ "Legal hold placed by … on …; review due …" or "" when none stands."""
    with workspace.reading() as session:
        hold = hold_on(session, RecordRef(kind, record_id))  # type: ignore[arg-type]
    if hold is None:
        return ""
    return (
        f"Legal hold placed by {hold.placed_by_name} on {london_date(hold.placed_at):%d/%m/%Y}; review due "
        f"{hold.review_on:%d/%m/%Y}. This record must not be deleted or reduced while the hold stands."
    )


def retention_line(workspace: Workspace, kind: str, record_id: int) -> str:
    with workspace.reading() as session:
        row = session.get(RetentionDateRow, (kind, record_id))
        return row.sentence if row is not None else ""


def record_notices(
    workspace: Workspace, kind: str, record_id: int, *, retention: bool = True
) -> tuple[str, ...]:
    """The lines a PDF of the record carries: the hold first, then (optionally) the retention line."""
    lines = [hold_line(workspace, kind, record_id)]
    if retention:
        lines.append(retention_line(workspace, kind, record_id))
    return tuple(line for line in lines if line)


def retention_facts(workspace: Workspace, kind: str, record_id: int) -> tuple[tuple[str, str], ...]:
    """The same as key facts (label, value) for the check record's table."""
    facts = []
    if hold := hold_line(workspace, kind, record_id):
        facts.append(("Legal hold", hold))
    if line := retention_line(workspace, kind, record_id):
        facts.append(("Retention", line))
    return tuple(facts)
