"""Legal holds, and reduced checks: a person or a case that must not be deleted or reduced while the hold stands.

Revision ID: 0013_legal_holds
Revises: 0014_record_history
Create Date: 2026-11-30

A new table and one nullable column on checks (``reduced_at``), so an existing database just
gains them.
"""

import sqlalchemy as sa
from alembic import op

from lcs_desktop.store.base import UtcDateTime

revision = "0013_legal_holds"
down_revision = "0014_record_history"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "legal_holds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("placed_by_id", sa.Integer(), nullable=False),
        sa.Column("placed_at", UtcDateTime(), nullable=False),
        sa.Column("review_on", sa.Date(), nullable=False),
        sa.Column("lifted_at", UtcDateTime(), nullable=True),
        sa.Column("lifted_by_id", sa.Integer(), nullable=True),
        sa.Column("lift_reason", sa.Text(), nullable=False),
        sa.CheckConstraint("(person_id IS NULL) != (case_id IS NULL)", name="ck_legal_holds_one_record"),
        sa.ForeignKeyConstraint(["placed_by_id"], ["users.id"], name="fk_legal_holds_placed_by_id_users"),
        sa.ForeignKeyConstraint(["lifted_by_id"], ["users.id"], name="fk_legal_holds_lifted_by_id_users"),
        sa.PrimaryKeyConstraint("id", name="pk_legal_holds"),
    )
    op.create_index("ix_legal_holds_person", "legal_holds", ["person_id", "lifted_at"])
    op.create_index("ix_legal_holds_case", "legal_holds", ["case_id", "lifted_at"])
    op.create_index("ix_legal_holds_review", "legal_holds", ["lifted_at", "review_on"])
    # A check reduced to a minimal log (date, checker, result, outcome) says so.
    op.add_column("checks", sa.Column("reduced_at", UtcDateTime(), nullable=True))
    # Deleting chronology entries looks up corrections pointing at each: index it.
    op.create_index("ix_case_chronology_corrects", "case_chronology", ["corrects_id"])


def downgrade() -> None:
    op.drop_index("ix_case_chronology_corrects", table_name="case_chronology")
    with op.batch_alter_table("checks") as batch:
        batch.drop_column("reduced_at")
    op.drop_table("legal_holds")
