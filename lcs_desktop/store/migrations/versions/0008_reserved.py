"""Reserved for issue 8 follow-ups (a no-op until used).

Revision ID: 0008_reserved
Revises: 0007_attributions
Create Date: 2026-11-30
"""

revision = "0008_reserved"
down_revision = "0007_attributions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
