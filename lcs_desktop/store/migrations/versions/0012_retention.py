"""Retention schedule and review queue (issue 10): the editable schedule seeded with the
defaults, each record's retention date (filled in by the services on first use), "keep for N
more months" decisions and the subject's wish to keep a malicious or false allegation record.

Revision ID: 0012_retention
Revises: 0013_legal_holds
Create Date: 2026-11-30

New tables only, so an existing database just gains them. The seeded rows are a copy of
``domain.retention.DEFAULT_RULES`` as shipped: a migration must not change when the code does.
"""

import sqlalchemy as sa
from alembic import op

from lcs_desktop.store.base import UtcDateTime
from lcs_desktop.store.pg_triggers import on_postgresql, pg_trigger

revision = "0012_retention"
down_revision = "0013_legal_holds"  # chain: 0011 → 0014 → 0013 → 0012 → 0015 → 0016
branch_labels = None
depends_on = None

SEEDED_RULES = [
    {'code': 'check_not_appointed', 'record_kind': 'check', 'applies_to': 'Check of an applicant not appointed', 'trigger': 'the applicant is told the outcome', 'basis': 'months', 'period_months': 6, 'action': 'delete', 'source': 'ICO employment practices guidance: recruitment and selection; UK GDPR Article 5(1)(e); policy §9', 'short': 'unsuccessful applicant', 'position': 0},
    {'code': 'check_appointed', 'record_kind': 'check', 'applies_to': 'Check of a person appointed', 'trigger': 'appointment', 'basis': 'months', 'period_months': 6, 'action': 'reduce', 'source': 'ICO employment practices guidance: recruitment and selection; UK GDPR Article 5(1)(e); policy §9 (keep date, checker, result and outcome only)', 'short': "appointed person's check", 'position': 1},
    {'code': 'case_allegation', 'record_kind': 'case', 'applies_to': 'Allegation case: substantiated, or not yet decided', 'trigger': 'the allegation', 'basis': 'pension_or_months', 'period_months': 120, 'action': 'review', 'source': 'Keeping Children Safe in Education 2025, Part 4 (allegations against staff)', 'short': 'allegation case', 'position': 2},
    {'code': 'case_unsubstantiated', 'record_kind': 'case', 'applies_to': 'Allegation case: unsubstantiated or unfounded', 'trigger': 'the allegation', 'basis': 'pension_or_months', 'period_months': 120, 'action': 'review', 'source': 'Keeping Children Safe in Education 2025, Part 4 (allegations against staff): kept as the allegation rule', 'short': 'unsubstantiated or unfounded allegation', 'position': 3},
    {'code': 'case_malicious', 'record_kind': 'case', 'applies_to': 'Allegation case: malicious or false', 'trigger': 'the case is closed (unless the subject asked for it to be kept)', 'basis': 'on_trigger', 'period_months': None, 'action': 'delete', 'source': 'Keeping Children Safe in Education 2025, Part 4 (allegations against staff): removed from personnel records', 'short': 'malicious or false allegation', 'position': 4},
    {'code': 'warning_expiry', 'record_kind': 'warning', 'applies_to': 'Disciplinary warning', 'trigger': "the warning's expiry date", 'basis': 'on_trigger', 'period_months': None, 'action': 'review', 'source': 'ACAS Code of Practice on disciplinary procedures; the case follows the allegation rule', 'short': 'disciplinary warning expires and is no longer relied on', 'position': 5},
    {'code': 'person_no_records', 'record_kind': 'person', 'applies_to': 'Person with no remaining checks or cases, not in post', 'trigger': 'their last record goes', 'basis': 'on_trigger', 'period_months': None, 'action': 'delete', 'source': 'UK GDPR Article 5(1)(c) and (e): data minimisation and storage limitation', 'short': 'no remaining records', 'position': 6},
    {'code': 'audit_events', 'record_kind': 'audit', 'applies_to': 'Audit events (content-free)', 'trigger': 'never: kept for longer than any record they describe', 'basis': 'indefinite', 'period_months': None, 'action': 'keep', 'source': 'UK GDPR Article 5(2): accountability', 'short': 'audit event', 'position': 7},
]


# Whoever deletes a person, check or case (the deletion engine, an erasure), its retention
# date and any "keep longer" reasons go with it, in the same statement: no trace survives.
FORGET_TRIGGERS = tuple(
    f"""
    CREATE TRIGGER retention_forget_{kind} AFTER DELETE ON {table} BEGIN
        DELETE FROM retention_dates WHERE record_kind = '{kind}' AND record_id = old.id;
        DELETE FROM retention_keeps WHERE record_kind = '{kind}' AND record_id = old.id;
    END
    """
    for kind, table in (("person", "people"), ("check", "checks"), ("case", "breach_cases"))
)

PG_FORGET_TRIGGERS = tuple(
    statement
    for kind, table in (("person", "people"), ("check", "checks"), ("case", "breach_cases"))
    for statement in pg_trigger(
        f"retention_forget_{kind}",
        "AFTER DELETE",
        table,
        f"DELETE FROM retention_dates WHERE record_kind = '{kind}' AND record_id = OLD.id; "
        f"DELETE FROM retention_keeps WHERE record_kind = '{kind}' AND record_id = OLD.id;",
    )
)


def upgrade() -> None:
    rules = op.create_table(
        "retention_rules",
        sa.Column("code", sa.String(40), nullable=False),
        sa.Column("record_kind", sa.String(20), nullable=False),
        sa.Column("applies_to", sa.String(200), nullable=False),
        sa.Column("trigger", sa.String(200), nullable=False),
        sa.Column("basis", sa.String(20), nullable=False),
        sa.Column("period_months", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("short", sa.String(200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_at", UtcDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["updated_by_id"], ["users.id"], name="fk_retention_rules_updated_by_id_users"),
        sa.PrimaryKeyConstraint("code", name="pk_retention_rules"),
    )
    op.bulk_insert(rules, SEEDED_RULES)
    op.create_table(
        "retention_dates",
        sa.Column("record_kind", sa.String(10), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("rule_code", sa.String(40), nullable=False),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("sentence", sa.Text(), nullable=False),
        sa.Column("status_since", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("record_kind", "record_id", name="pk_retention_dates"),
    )
    op.create_index("ix_retention_dates_due", "retention_dates", ["due", "record_kind", "record_id"])
    op.create_table(
        "retention_keeps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_kind", sa.String(10), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("months", sa.Integer(), nullable=False),
        sa.Column("keep_until", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("decided_by_id", sa.Integer(), nullable=False),
        sa.Column("decided_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["decided_by_id"], ["users.id"], name="fk_retention_keeps_decided_by_id_users"),
        sa.PrimaryKeyConstraint("id", name="pk_retention_keeps"),
    )
    op.create_index("ix_retention_keeps_record", "retention_keeps", ["record_kind", "record_id"])
    op.create_table(
        "retention_wishes",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("recorded_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["breach_cases.id"], name="fk_retention_wishes_case_id_breach_cases", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["recorded_by_id"], ["users.id"], name="fk_retention_wishes_recorded_by_id_users"),
        sa.PrimaryKeyConstraint("case_id", name="pk_retention_wishes"),
    )
    for statement in PG_FORGET_TRIGGERS if on_postgresql(op.get_bind()) else FORGET_TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    for kind in ("person", "check", "case"):
        op.execute(f"DROP TRIGGER IF EXISTS retention_forget_{kind}")
    op.drop_table("retention_wishes")
    op.drop_index("ix_retention_keeps_record", table_name="retention_keeps")
    op.drop_table("retention_keeps")
    op.drop_index("ix_retention_dates_due", table_name="retention_dates")
    op.drop_table("retention_dates")
    op.drop_table("retention_rules")
