"""Who did what: who confirmed each attestation, who completed a check, referral decisions at closure (issue 8).

Adds, on checks, who confirmed each attestation, when, and in what capacity, and the
capacity a check was completed in (who and when were already kept). Existing rows are
filled only from what the database itself recorded: each attestation from the audit
event that ticked it; a completion by the check's own checker as the checker's. Anything
else stays empty, which the app shows as "recorded before LCS Desktop kept who confirmed".
Referral decisions at closure need no column: the rule reads the referrals already stored.

Revision ID: 0007_attributions
Revises: 0006_audit_signatures
Create Date: 2026-11-30
"""

import json

import sqlalchemy as sa
from alembic import op

from lcs_desktop.store.base import UtcDateTime

revision = "0007_attributions"
down_revision = "0006_audit_signatures"
branch_labels = None
depends_on = None

ATTESTATIONS = ("attest_public_only", "attest_no_private_access")
CHECKER = "checker"


def upgrade() -> None:
    # Plain ADD COLUMN, never batch mode: a batch rebuild drops the checks table, and with
    # foreign keys on that deletes every finding, scope line and discussion (ON DELETE CASCADE).
    for name in ATTESTATIONS:
        op.execute(
            f"ALTER TABLE checks ADD COLUMN {name}_by_id INTEGER "
            f"CONSTRAINT fk_checks_{name}_by_id_users REFERENCES users (id)"
        )
        op.add_column("checks", sa.Column(f"{name}_at", UtcDateTime(), nullable=True))
        op.add_column("checks", sa.Column(f"{name}_as", sa.String(30), nullable=True))
    op.add_column("checks", sa.Column("completed_as", sa.String(30), nullable=True))
    _fill_existing(op.get_bind())


def _fill_existing(connection: sa.Connection) -> None:
    connection.execute(
        sa.text(
            "UPDATE checks SET completed_as = :checker "
            "WHERE completed_at IS NOT NULL AND completed_by_id = checker_id"
        ),
        {"checker": CHECKER},
    )
    # Replay the audit trail: the last event that ticked an attestation says who and when.
    ticked: dict[tuple[str, str], tuple[int | None, object] | None] = {}
    events = connection.execute(
        sa.text(
            "SELECT entity_id, actor_id, at, details FROM audit_events "
            "WHERE action = 'check_attested' AND entity_type = 'check' ORDER BY seq"
        )
    )
    for entity_id, actor_id, at, details in events:
        try:
            changes = json.loads(details or "{}").get("changes") or {}
        except (ValueError, AttributeError):
            continue
        for name in ATTESTATIONS:
            change = changes.get(name)
            if isinstance(change, list) and len(change) == 2:
                ticked[(str(entity_id), name)] = (actor_id, at) if change[1] else None
    users = set(connection.scalars(sa.text("SELECT id FROM users")))
    checks = connection.execute(
        sa.text("SELECT id, checker_id, attest_public_only, attest_no_private_access FROM checks")
    ).all()
    for check_id, checker_id, *flags in checks:
        for name, flag in zip(ATTESTATIONS, flags, strict=True):
            found = ticked.get((str(check_id), name))
            if not flag or found is None or found[0] not in users:
                continue  # not confirmed, or nothing recorded who: left unknown, never guessed
            actor_id, at = found
            connection.execute(
                sa.text(
                    f"UPDATE checks SET {name}_by_id = :by, {name}_at = :at, {name}_as = :capacity "
                    "WHERE id = :id"
                ),
                {"by": actor_id, "at": at, "capacity": CHECKER if actor_id == checker_id else None, "id": check_id},
            )


def downgrade() -> None:
    raise NotImplementedError("LCS Desktop does not migrate downwards; restore a backup instead.")
