"""Subject access requests (issue 10): requests, their clock pauses and redaction decisions.

Revision ID: 0015_subject_access
Revises: 0011_audit_indexes
Create Date: 2026-11-30

New tables only, so an existing database just gains them.
"""

import sqlalchemy as sa
from alembic import op

from lcs_desktop.store.base import UtcDateTime

revision = "0015_subject_access"
down_revision = "0011_audit_indexes"
branch_labels = None
depends_on = None

REQUESTS = "subject_access_requests"


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=f"fk_{table}_{column}_{target}")


def upgrade() -> None:
    op.create_table(
        REQUESTS,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(20), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("extended_on", sa.Date(), nullable=True),
        sa.Column("extension_reason", sa.Text(), nullable=False),
        sa.Column("extended_by_id", sa.Integer(), nullable=True),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("released_by_id", sa.Integer(), nullable=True),
        sa.Column("opened_by_id", sa.Integer(), nullable=False),
        sa.Column("opened_at", UtcDateTime(), nullable=False),
        _fk(REQUESTS, "person_id", "people"),
        _fk(REQUESTS, "extended_by_id", "users"),
        _fk(REQUESTS, "released_by_id", "users"),
        _fk(REQUESTS, "opened_by_id", "users"),
        sa.PrimaryKeyConstraint("id", name=f"pk_{REQUESTS}"),
        sa.UniqueConstraint("reference", name=f"uq_{REQUESTS}_reference"),
    )
    op.create_index(f"ix_{REQUESTS}_person_id", REQUESTS, ["person_id"])
    pauses = "subject_access_pauses"
    op.create_table(
        pauses,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("paused_on", sa.Date(), nullable=False),
        sa.Column("resumed_on", sa.Date(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("paused_by_id", sa.Integer(), nullable=False),
        sa.Column("resumed_by_id", sa.Integer(), nullable=True),
        _fk(pauses, "request_id", REQUESTS),
        _fk(pauses, "paused_by_id", "users"),
        _fk(pauses, "resumed_by_id", "users"),
        sa.PrimaryKeyConstraint("id", name=f"pk_{pauses}"),
    )
    op.create_index(f"ix_{pauses}_request_id", pauses, ["request_id"])
    redactions = "subject_access_redactions"
    op.create_table(
        redactions,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("item_key", sa.String(80), nullable=False),
        sa.Column("item_kind", sa.String(30), nullable=False),
        sa.Column("proposed_reason", sa.String(30), nullable=False),
        sa.Column("decision", sa.String(10), nullable=False),
        sa.Column("exemption", sa.String(30), nullable=True),
        sa.Column("decided_by_id", sa.Integer(), nullable=False),
        sa.Column("decided_at", UtcDateTime(), nullable=False),
        _fk(redactions, "request_id", REQUESTS),
        _fk(redactions, "decided_by_id", "users"),
        sa.PrimaryKeyConstraint("id", name=f"pk_{redactions}"),
        sa.UniqueConstraint("request_id", "item_key", name=f"uq_{redactions}_request_id"),
    )
    op.create_index(f"ix_{redactions}_request_id", redactions, ["request_id"])


def downgrade() -> None:
    op.drop_table("subject_access_redactions")
    op.drop_table("subject_access_pauses")
    op.drop_table(REQUESTS)
