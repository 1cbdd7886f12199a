"""The person's name on each check and case (issue 12): the cold first page of the checks and
cases lists read from one index, without a people page per row.

Revision ID: 0019_list_names
Revises: 0018_review_indexes
Create Date: 2026-11-30

Plain added columns, filled from the rows there are and kept current by triggers (see
``store/list_names.py``); the 0017 list indexes are made again with the copies at their end.
No table is rebuilt.
"""

import sqlalchemy as sa
from alembic import op

from lcs_desktop.store.list_names import BACKFILL, PG_TRIGGERS, TRIGGERS
from lcs_desktop.store.pg_triggers import on_postgresql

revision = "0019_list_names"
down_revision = "0018_review_indexes"
branch_labels = None
depends_on = None

CHECKS_LIST = (
    *("created_at", "id", "reference", "person_id", "role_applied_for"),
    *("status", "result", "checker_id", "completed_at"),
)
CASES_LIST = (
    *("reported_at", "id", "reference", "subject_person_id", "status", "risk"),
    *("investigating_officer_id", "next_due_at", "late_report"),
)
INDEXES = (  # (table, index, its 0017 columns, the copies added at its end)
    ("checks", "ix_checks_list", CHECKS_LIST, ("person_name", "person_reference")),
    ("breach_cases", "ix_breach_cases_list", CASES_LIST, ("subject_name",)),
)


def upgrade() -> None:
    op.add_column("checks", sa.Column("person_name", sa.String(length=210), nullable=True))
    op.add_column("checks", sa.Column("person_reference", sa.String(length=40), nullable=True))
    op.add_column("breach_cases", sa.Column("subject_name", sa.String(length=210), nullable=True))
    for sql in BACKFILL:
        op.execute(sql)
    if on_postgresql(op.get_bind()):
        for pair in PG_TRIGGERS.values():
            for sql in pair:
                op.execute(sql)
    else:
        for sql in TRIGGERS.values():
            op.execute(sql)
    for table, name, columns, copies in INDEXES:
        op.drop_index(name, table_name=table)
        op.create_index(name, table, [*columns, *copies])


def downgrade() -> None:
    for table, name, columns, _copies in INDEXES:
        op.drop_index(name, table_name=table)
        op.create_index(name, table, list(columns))
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_column("breach_cases", "subject_name")
    op.drop_column("checks", "person_reference")
    op.drop_column("checks", "person_name")
