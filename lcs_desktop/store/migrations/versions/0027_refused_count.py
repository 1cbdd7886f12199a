"""The Audit log's "Refused attempts (n)" from a kept count (issue 12, cold reads).

Revision ID: 0027_refused_count
Revises: 0026_open_referrals_index
Create Date: 2026-11-30

The page counted the refused attempts in the action index each time it opened: after sign-in,
at 400 000 events, a fifth of its first read. A trigger now keeps that count in
``record_counts`` beside the others (store/record_counts.py), seeded from the events there
are. Expand only (a row and a trigger the previous version never reads), idempotent.
"""

from alembic import op

from lcs_desktop.store.pg_triggers import on_postgresql
from lcs_desktop.store.record_counts import REFUSED, REFUSED_PG_TRIGGERS, REFUSED_SEED, REFUSED_TRIGGERS

revision = "0027_refused_count"
down_revision = "0026_open_referrals_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(f"DELETE FROM record_counts WHERE name = '{REFUSED}'")
    op.execute(REFUSED_SEED)
    if on_postgresql(op.get_bind()):
        for name, pair in REFUSED_PG_TRIGGERS.items():
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON audit_events")
            for sql in pair:
                op.execute(sql)
    else:
        for name, sql in REFUSED_TRIGGERS.items():
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
            op.execute(sql)


def downgrade() -> None:
    for name in REFUSED_TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}" + (" ON audit_events" if on_postgresql(op.get_bind()) else ""))
    op.execute(f"DELETE FROM record_counts WHERE name = '{REFUSED}'")
