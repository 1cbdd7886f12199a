"""Blind-index tokens for name search on the office server (issue 11; vault/blind_index.py).

Revision ID: 0022_name_tokens
Revises: 0021_sealed_columns
Create Date: 2026-11-30

Created on both backends so the schema is one; only filled on PostgreSQL (SQLite keeps its
FTS5 index inside the encrypted file).
"""

import sqlalchemy as sa
from alembic import op

revision = "0022_name_tokens"
down_revision = "0021_sealed_columns"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "name_tokens",
        sa.Column("entity_type", sa.String(20), nullable=False),
        sa.Column("token", sa.LargeBinary(16), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("entity_type", "token", "entity_id", name="pk_name_tokens"),
    )
    op.create_index("ix_name_tokens_entity", "name_tokens", ["entity_type", "entity_id"])


def downgrade() -> None:
    op.drop_index("ix_name_tokens_entity", table_name="name_tokens")
    op.drop_table("name_tokens")
