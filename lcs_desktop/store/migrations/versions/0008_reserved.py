"""Export signing: the organisation's PDF-signing certificate and key, inside the encrypted database.

Revision ID: 0008_reserved
Revises: 0007_attributions
Create Date: 2026-11-30

The revision id keeps its placeholder name so databases and branches made meanwhile agree.
Existing workspaces get their certificate on the first export after this upgrade.
"""

import sqlalchemy as sa
from alembic import op

from lcs_desktop.store.base import UtcDateTime

revision = "0008_reserved"
down_revision = "0007_attributions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "export_signing_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("certificate", sa.LargeBinary(), nullable=False),
        sa.Column("private_key", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_export_signing_keys"),
        sa.UniqueConstraint("fingerprint", name="uq_export_signing_keys_fingerprint"),
    )


def downgrade() -> None:
    op.drop_table("export_signing_keys")
