"""Cold first reads (issue 12): counts kept by triggers, covering indexes for each list's first page.

List headers and Home read one row of ``record_counts`` instead of counting a whole table; the
people, checks and cases lists in their default order and Home's clocks read their rows from an
index alone (after sign-in SQLCipher decrypts every page it reads: a few index pages instead of
a table page per row). Each new index replaces the narrower one it starts with.

Revision ID: 0017_record_counts
Revises: 0011_audit_indexes
Create Date: 2026-11-30

A new table, triggers and indexes only (no table is rebuilt); the counts are seeded from the rows there
are, in the migration's transaction. See ``store/record_counts.py``. A later migration that
rebuilds people, checks or breach_cases (batch_alter_table) drops their triggers and must
create them again from ``TRIGGERS``.
"""

import sqlalchemy as sa
from alembic import op

from lcs_desktop.store.pg_triggers import on_postgresql
from lcs_desktop.store.record_counts import PG_TRIGGERS, SEED, TRIGGERS

revision = "0017_record_counts"
down_revision = "0016_policy_register"
branch_labels = None
depends_on = None

PEOPLE_LIST = ("sort_name", "id", "first_name", "last_name", "reference", "kind", "status", "role")
CHECKS_LIST = ("created_at", "id", "reference", "person_id", "role_applied_for", "status", "result")
CASES_LIST = ("reported_at", "id", "reference", "subject_person_id", "status", "risk")
INDEXES = (  # (table, the index it replaces, the new index, its columns)
    ("people", "ix_people_sort", "ix_people_list", PEOPLE_LIST),
    ("checks", "ix_checks_created", "ix_checks_list", (*CHECKS_LIST, "checker_id", "completed_at")),
    (
        "breach_cases",
        "ix_breach_cases_reported",
        "ix_breach_cases_list",
        (*CASES_LIST, "investigating_officer_id", "next_due_at", "late_report"),
    ),
    ("breach_cases", "ix_breach_cases_next_due", "ix_breach_cases_clock", ("next_due_at", "status", "reference")),
    ("case_referrals", None, "ix_case_referrals_clock", ("case_id", "state", "due_at", "kind")),
)
OLD_COLUMNS = {
    "ix_people_sort": ("sort_name", "id"),
    "ix_checks_created": ("created_at",),
    "ix_breach_cases_reported": ("reported_at", "id"),
    "ix_breach_cases_next_due": ("next_due_at",),
}


def upgrade() -> None:
    op.create_table(
        "record_counts",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_record_counts"),
    )
    op.execute(SEED)
    if on_postgresql(op.get_bind()):
        for pair in PG_TRIGGERS.values():
            for sql in pair:
                op.execute(sql)
    else:
        for sql in TRIGGERS.values():
            op.execute(sql)
    for table, old, new, columns in INDEXES:
        op.create_index(new, table, list(columns))
        if old:
            op.drop_index(old, table_name=table)


def downgrade() -> None:
    for table, old, new, columns in reversed(INDEXES):
        if old:
            op.create_index(old, table, list(OLD_COLUMNS[old]))
        op.drop_index(new, table_name=table)
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("record_counts")
