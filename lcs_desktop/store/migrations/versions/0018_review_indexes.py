"""The annual policy review and Home's desk (issue 10): covering indexes for their counts.

Revision ID: 0018_review_indexes
Revises: 0017_record_counts
Create Date: 2026-11-30

Plain indexes only (no table is rebuilt), so an existing database just gains them. The
issue 10 indexes come after the kept counts (0017). See ``store/review_indexes``.
"""

from alembic import op

revision = "0018_review_indexes"
down_revision = "0017_record_counts"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_checks_completed", "checks", ("result", "completed_at")),
    ("ix_check_discussions_held", "check_discussions", ("outcome", "held_at")),
    ("ix_findings_created", "findings", ("category", "created_at")),
    ("ix_breach_cases_review", "breach_cases", ("reported_at", "raised_by_kind", "late_report", "concern_at")),
    ("ix_breach_cases_closed", "breach_cases", ("closed_at", "concern_at")),
    ("ix_breach_cases_decided", "breach_cases", ("decided_on", "finding")),
    ("ix_case_breach_types_case_code", "case_breach_types", ("case_id", "code")),
    ("ix_case_outcomes_recorded", "case_outcomes", ("recorded_at", "kind", "case_id")),
    ("ix_case_outcomes_review_on", "case_outcomes", ("review_on",)),
    ("ix_case_outcomes_expires_on", "case_outcomes", ("expires_on",)),
    ("ix_case_referrals_made", "case_referrals", ("state", "made_on", "kind", "due_at")),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, list(columns))


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
