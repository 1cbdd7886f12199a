"""Optimistic locking (issue 11): a ``row_version`` counter on every editable record.

Revision ID: 0024_record_versions
Revises: 0023_server_key_slots
Create Date: 2026-11-30

Expand only: one plain ADD COLUMN per table, NOT NULL with a server default of 1, so existing
rows start at version 1 and the previous app version (which does not know the column) keeps
inserting and updating rows during an office upgrade. No table is rebuilt (a SQLite rebuild
would drop the tables' triggers), and it runs the same on SQLite and PostgreSQL. See
``store/versioning.py``.
"""

import sqlalchemy as sa
from alembic import op

from lcs_desktop.store.versioning import VERSION_COLUMN, VERSIONED_TABLES

revision = "0024_record_versions"
down_revision = "0023_server_key_slots"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in VERSIONED_TABLES:
        op.add_column(
            table, sa.Column(VERSION_COLUMN, sa.Integer(), nullable=False, server_default=sa.text("1"))
        )


def downgrade() -> None:
    # SQLite 3.35+ drops a plain column in place.
    for table in reversed(VERSIONED_TABLES):
        op.drop_column(table, VERSION_COLUMN)
