"""Home's referral clocks read from a partial index of the referrals still to make (issue 12).

Revision ID: 0026_open_referrals_index
Revises: 0025_reference_prefix_index
Create Date: 2026-11-30

Home lists the 200 earliest clocks. It read every open case with a clock and looked up each
one's referrals, then sorted: at 100 000 cases the first read after sign-in decrypted about a
thousand pages. An index of only the referrals still to make, by due date, lets it read the
first 200 and stop. Expand only (a new index the previous version ignores), idempotent, the
same on SQLite and PostgreSQL.
"""

from alembic import op

revision = "0026_open_referrals_index"
down_revision = "0025_reference_prefix_index"
branch_labels = None
depends_on = None

INDEX = "ix_case_referrals_open_due"
# As store/cases.open_referral() writes it today; a migration keeps its own copy.
OPEN = "state NOT IN ('made', 'not_needed') AND due_at IS NOT NULL"


def upgrade() -> None:
    op.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON case_referrals (due_at, case_id, kind) "
        f"WHERE {OPEN}"
    )


def downgrade() -> None:
    op.execute(f"DROP INDEX IF EXISTS {INDEX}")
