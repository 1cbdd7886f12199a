"""Drafts: unsaved typing in a form, kept (encrypted, per person) until it is saved or discarded.

Revision ID: 0005_drafts
Revises: 0004_people_search_fold
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

from lcs_desktop.store.base import UtcDateTime

revision = "0005_drafts"
down_revision = "0004_people_search_fold"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "drafts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("form_key", sa.String(64), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("saved_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name="fk_drafts_user_id_users", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_drafts"),
        sa.UniqueConstraint("user_id", "form_key", name="uq_drafts_user_id"),
    )


def downgrade() -> None:
    op.drop_table("drafts")
