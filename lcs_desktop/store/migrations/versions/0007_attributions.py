"""Who did what: who confirmed each attestation, who completed a check, referral decisions at closure (issue 8).

Revision ID: 0007_attributions
Revises: 0006_audit_signatures
Create Date: 2026-11-30
"""

revision = "0007_attributions"
down_revision = "0006_audit_signatures"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
