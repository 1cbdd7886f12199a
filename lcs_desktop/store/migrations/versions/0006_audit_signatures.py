"""Signed audit events: per-account signing keys and their certificates (issue 8).

New events carry a SHA-256 link (in ``mac``), the signer's ``key_id`` and an Ed25519
``signature``; events written before keep their HMAC and ``format`` 1. Columns are added in
place (ALTER TABLE ADD COLUMN), so the append-only triggers on ``audit_events`` stay.

Revision ID: 0006_audit_signatures
Revises: 0005_drafts
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

from lcs_desktop.store.audit_events import PG_ACCOUNT_KEYS_TRIGGERS
from lcs_desktop.store.base import UtcDateTime
from lcs_desktop.store.pg_triggers import on_postgresql

revision = "0006_audit_signatures"
down_revision = "0005_drafts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_events", recreate="never") as batch:
        batch.add_column(sa.Column("format", sa.Integer(), nullable=False, server_default="1"))
        batch.add_column(sa.Column("key_id", sa.String(32), nullable=True))
        batch.add_column(sa.Column("signature", sa.String(128), nullable=True))
    op.create_table(
        "account_keys",
        sa.Column("key_id", sa.String(32), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("public_key", sa.String(64), nullable=False),
        sa.Column("certificate", sa.String(128), nullable=True),
        sa.Column("issued_at", UtcDateTime(), nullable=True),
        sa.Column("issued_by", sa.Integer(), nullable=True),
        sa.Column("registered_at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key_id", name="pk_account_keys"),
    )
    op.create_index("ix_account_keys_user_id", "account_keys", ["user_id"])
    # Keys are never removed: old events must keep verifying after an account is switched off.
    if on_postgresql(op.get_bind()):
        for statement in PG_ACCOUNT_KEYS_TRIGGERS:
            op.execute(statement)
        return
    op.execute(
        "CREATE TRIGGER account_keys_no_delete BEFORE DELETE ON account_keys "
        "BEGIN SELECT RAISE(ABORT, 'account keys cannot be deleted'); END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS account_keys_no_delete")
    op.drop_index("ix_account_keys_user_id", "account_keys")
    op.drop_table("account_keys")
    with op.batch_alter_table("audit_events") as batch:
        batch.drop_column("signature")
        batch.drop_column("key_id")
        batch.drop_column("format")
