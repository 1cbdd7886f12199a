"""An index for finding people by the start of their reference on the office server (issue 11).

Revision ID: 0025_reference_prefix_index
Revises: 0024_record_versions
Create Date: 2026-11-30

A search matches ``reference_key LIKE 'APP-00%'``. PostgreSQL can answer that from a B-tree only
when it compares bytes (``text_pattern_ops``): the unique index on the column follows the
database's collation, so each keystroke read all 100 000 people. SQLite finds people through its
FTS index and needs nothing here. Expand only, and idempotent like every expand step.
"""

import sqlalchemy as sa
from alembic import op

revision = "0025_reference_prefix_index"
down_revision = "0024_record_versions"
branch_labels = None
depends_on = None

INDEX = "ix_people_reference_prefix"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"CREATE INDEX IF NOT EXISTS {INDEX} ON people (reference_key text_pattern_ops)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP INDEX IF EXISTS {INDEX}")
