"""Evidence renditions: a thumbnail and a print-size JPEG beside each stored original.

Revision ID: 0009_evidence_renditions
Revises: 0008_reserved
Create Date: 2026-11-30

A table of its own, not columns after ``evidence_content.data``: SQLite reads a row's columns
in order through the overflow pages, so a thumbnail stored after a 1.5 MB original would cost
reading (and decrypting) the original. Existing evidence gets its renditions on first need.
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_evidence_renditions"
down_revision = "0008_reserved"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "evidence_renditions",
        sa.Column("evidence_id", sa.Integer(), nullable=False),
        sa.Column("thumbnail", sa.LargeBinary(), nullable=False),
        sa.Column("print_image", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("evidence_id", name="pk_evidence_renditions"),
        sa.ForeignKeyConstraint(
            ["evidence_id"],
            ["evidence.id"],
            name="fk_evidence_renditions_evidence_id_evidence",
            ondelete="CASCADE",
        ),
    )


def downgrade() -> None:
    op.drop_table("evidence_renditions")
