"""Signed audit events: per-account signing keys and their certificates (issue 8). Filled by the audit-trail work.

Revision ID: 0006_audit_signatures
Revises: 0005_drafts
Create Date: 2026-11-30
"""

revision = "0006_audit_signatures"
down_revision = "0005_drafts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
