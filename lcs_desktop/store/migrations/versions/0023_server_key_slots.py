"""Key slots and the audit chain's head row, for an office server (issue 11).

Revision ID: 0023_server_key_slots
Revises: 0022_name_tokens
Create Date: 2026-11-30

Created on both dialects (plain new tables, expand only) but used only on PostgreSQL: on one
PC the slots stay in ``keyslots.json`` beside the database, and SQLite has one writer anyway.
"""

import sqlalchemy as sa
from alembic import op

revision = "0023_server_key_slots"
down_revision = "0022_name_tokens"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if sa.inspect(op.get_bind()).has_table("key_slots"):  # already made (a server stamped back)
        return
    op.create_table(
        "key_slots",
        sa.Column("slot_id", sa.String(length=64), primary_key=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("login", sa.String(length=63), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
    )
    op.create_index("ix_key_slots_login", "key_slots", ["login"])
    op.create_table("audit_chain_head", sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False))
    op.execute("INSERT INTO audit_chain_head (id) VALUES (1)")


def downgrade() -> None:
    op.drop_table("audit_chain_head")
    op.drop_index("ix_key_slots_login", table_name="key_slots")
    op.drop_table("key_slots")
