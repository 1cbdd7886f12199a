"""Row counts kept by triggers (issue 12): list headers and Home read one row, not a whole table.

Revision ID: 0017_record_counts
Revises: 0011_audit_indexes
Create Date: 2026-11-30

A new table and triggers only (no table is rebuilt); the counts are seeded from the rows there
are, in the migration's transaction. See ``store/record_counts.py``. A later migration that
rebuilds people, checks or breach_cases (batch_alter_table) drops their triggers and must
create them again from ``TRIGGERS``.
"""

import sqlalchemy as sa
from alembic import op

from lcs_desktop.store.record_counts import SEED, TRIGGERS

revision = "0017_record_counts"
down_revision = "0011_audit_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "record_counts",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_record_counts"),
    )
    op.execute(SEED)
    for sql in TRIGGERS.values():
        op.execute(sql)


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("record_counts")
