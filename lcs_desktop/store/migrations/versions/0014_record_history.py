"""Record version history and per-record salts: the audit trail stops holding content.

Revision ID: 0014_record_history
Revises: 0011_audit_indexes
Create Date: 2026-11-30

New tables only. Events written before this keep their details untouched (rewriting them
would break the signed chain); from now on the values go to ``record_history``.
"""

import sqlalchemy as sa
from alembic import op

revision = "0014_record_history"
down_revision = "0011_audit_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "record_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity_type", sa.String(30), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("action", sa.String(60), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_record_history"),
        sa.ForeignKeyConstraint(["actor_id"], ["users.id"], name="fk_record_history_actor_id_users"),
        sa.UniqueConstraint("entity_type", "entity_id", "seq", name="uq_record_history_entity_type"),
    )
    op.create_table(
        "record_salts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity_type", sa.String(30), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("salt", sa.LargeBinary(32), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_record_salts"),
        sa.UniqueConstraint("entity_type", "entity_id", name="uq_record_salts_entity_type"),
    )


def downgrade() -> None:
    op.drop_table("record_salts")
    op.drop_table("record_history")
