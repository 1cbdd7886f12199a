"""Breach investigations: cases, breach types, platforms, people affected, the append-only
chronology, referrals with their clocks, outcomes, appeals and sign-offs.

Revision ID: 0003_breach_cases
Revises: 0002_people_checks
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

from lcs_desktop.store.base import UtcDateTime
from lcs_desktop.store.cases import CHRONOLOGY_TRIGGERS, PG_CHRONOLOGY_TRIGGERS
from lcs_desktop.store.pg_triggers import on_postgresql

revision = "0003_breach_cases"
down_revision = "0002_people_checks"
branch_labels = None
depends_on = None


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=f"fk_{table}_{column}_{target}")


def _id(table: str) -> tuple[sa.Column, sa.PrimaryKeyConstraint]:
    return sa.Column("id", sa.Integer(), nullable=False), sa.PrimaryKeyConstraint("id", name=f"pk_{table}")


def _case(table: str) -> tuple[sa.Column, sa.ForeignKeyConstraint]:
    return sa.Column("case_id", sa.Integer(), nullable=False), _fk(table, "case_id", "breach_cases")


def upgrade() -> None:
    t = "breach_cases"
    op.create_table(
        t,
        *_id(t),
        sa.Column("reference", sa.String(20), nullable=False),
        sa.Column("subject_person_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("risk", sa.String(10), nullable=True),
        sa.Column("concern_at", UtcDateTime(), nullable=False),
        sa.Column("reported_at", UtcDateTime(), nullable=False),
        sa.Column("reported_to_id", sa.Integer(), nullable=False),
        sa.Column("raised_by", sa.String(200), nullable=False),
        sa.Column("raised_by_kind", sa.String(20), nullable=False),
        sa.Column("what_was_seen", sa.Text(), nullable=False),
        sa.Column("immediate_actions", sa.Text(), nullable=False),
        sa.Column("late_report", sa.Boolean(), nullable=False),
        sa.Column("investigating_officer_id", sa.Integer(), nullable=True),
        sa.Column("decision_maker_id", sa.Integer(), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("finding", sa.String(20), nullable=True),
        sa.Column("decision_reason", sa.Text(), nullable=False),
        sa.Column("next_due_at", UtcDateTime(), nullable=True),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.Column("closed_at", UtcDateTime(), nullable=True),
        sa.UniqueConstraint("reference", name="uq_breach_cases_reference"),
        _fk(t, "subject_person_id", "people"),
        _fk(t, "reported_to_id", "users"),
        _fk(t, "investigating_officer_id", "users"),
        _fk(t, "decision_maker_id", "users"),
        _fk(t, "created_by_id", "users"),
    )
    op.create_index("ix_breach_cases_subject_person_id", t, ["subject_person_id"])
    op.create_index("ix_breach_cases_reported", t, ["reported_at", "id"])
    op.create_index("ix_breach_cases_status", t, ["status", "reported_at", "id"])
    op.create_index("ix_breach_cases_officer", t, ["investigating_officer_id", "reported_at", "id"])
    op.create_index("ix_breach_cases_decider", t, ["decision_maker_id", "reported_at", "id"])
    op.create_index("ix_breach_cases_next_due", t, ["next_due_at"])

    t = "case_breach_types"
    op.create_table(
        t,
        *_id(t),
        *_case(t),
        sa.Column("code", sa.String(40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
    )
    op.create_index("ix_case_breach_types_case_id", t, ["case_id"])

    t = "case_platforms"
    op.create_table(
        t,
        *_id(t),
        *_case(t),
        sa.Column("platform", sa.String(20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
    )
    op.create_index("ix_case_platforms_case_id", t, ["case_id"])

    t = "case_affected"
    op.create_table(
        t,
        *_id(t),
        *_case(t),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("reference", sa.String(40), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("added_by_id", sa.Integer(), nullable=False),
        sa.Column("added_at", UtcDateTime(), nullable=False),
        _fk(t, "added_by_id", "users"),
    )
    op.create_index("ix_case_affected_case_id", t, ["case_id"])

    t = "case_chronology"
    op.create_table(
        t,
        *_id(t),
        *_case(t),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("occurred_at", UtcDateTime(), nullable=False),
        sa.Column("summary", sa.String(200), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("participants", sa.Text(), nullable=False),
        sa.Column("corrects_id", sa.Integer(), nullable=True),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("recorded_at", UtcDateTime(), nullable=False),
        _fk(t, "corrects_id", "case_chronology"),
        _fk(t, "recorded_by_id", "users"),
    )
    op.create_index("ix_case_chronology_case", t, ["case_id", "occurred_at", "id"])
    for statement in PG_CHRONOLOGY_TRIGGERS if on_postgresql(op.get_bind()) else CHRONOLOGY_TRIGGERS:
        op.execute(statement)

    t = "case_referrals"
    op.create_table(
        t,
        *_id(t),
        *_case(t),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("clock_start", UtcDateTime(), nullable=False),
        sa.Column("due_at", UtcDateTime(), nullable=True),
        sa.Column("made_on", sa.Date(), nullable=True),
        sa.Column("reference", sa.String(40), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.UniqueConstraint("case_id", "kind", name="uq_case_referrals_case_id"),
        _fk(t, "updated_by_id", "users"),
    )
    op.create_index("ix_case_referrals_state_due", t, ["state", "due_at"])

    t = "case_outcomes"
    op.create_table(
        t,
        *_id(t),
        *_case(t),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("level", sa.String(30), nullable=True),
        sa.Column("review_on", sa.Date(), nullable=True),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("recorded_at", UtcDateTime(), nullable=False),
        _fk(t, "recorded_by_id", "users"),
    )
    op.create_index("ix_case_outcomes_case_id", t, ["case_id"])

    t = "case_appeals"
    op.create_table(
        t,
        *_id(t),
        *_case(t),
        sa.Column("lodged_on", sa.Date(), nullable=False),
        sa.Column("grounds", sa.Text(), nullable=False),
        sa.Column("heard_on", sa.Date(), nullable=True),
        sa.Column("heard_by", sa.String(200), nullable=False),
        sa.Column("result", sa.String(20), nullable=True),
        sa.Column("result_on", sa.Date(), nullable=True),
        sa.Column("result_reason", sa.Text(), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.UniqueConstraint("case_id", name="uq_case_appeals_case_id"),
        _fk(t, "updated_by_id", "users"),
    )

    t = "case_sign_offs"
    op.create_table(
        t,
        *_id(t),
        *_case(t),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("signed_by_id", sa.Integer(), nullable=False),
        sa.Column("signed_at", UtcDateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        _fk(t, "signed_by_id", "users"),
    )
    op.create_index("ix_case_sign_offs_case_id", t, ["case_id"])


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS case_chronology_no_update")
    op.execute("DROP TRIGGER IF EXISTS case_chronology_no_delete")
    for table in (
        "case_sign_offs",
        "case_appeals",
        "case_outcomes",
        "case_referrals",
        "case_chronology",
        "case_affected",
        "case_platforms",
        "case_breach_types",
        "breach_cases",
    ):
        op.drop_table(table)
