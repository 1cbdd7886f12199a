"""The policy register (issue 10): policy versions, acknowledgements, and the version each
check and breach case was made under.

Creates ``policy_versions`` seeded with the Social Media Policy 2025 (its text shipped in
resources/policy/), and ``policy_acknowledgements``. Adds ``policy_version_id`` to checks and
breach_cases with plain ADD COLUMN (a batch rebuild would CASCADE-delete child rows) and
fills it on every existing row with the 2025 version, the only one there has been.

Revision ID: 0016_policy_register
Revises: 0011_audit_indexes
Create Date: 2026-11-30
"""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from lcs_desktop.domain.policy_register import (
    SEED_APPROVED_ON,
    SEED_LABEL,
    SEED_RESOURCE,
    SEED_TITLE,
    next_review,
    text_sha256,
)
from lcs_desktop.store.base import UtcDateTime
from lcs_desktop.store.pg_triggers import on_postgresql
from lcs_desktop.store.policy_register import shipped_policy_text

revision = "0016_policy_register"
down_revision = "0015_subject_access"
branch_labels = None
depends_on = None


def upgrade() -> None:
    versions = op.create_table(
        "policy_versions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("label", sa.String(20), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("text_sha256", sa.String(64), nullable=False),
        sa.Column("approved_on", sa.Date(), nullable=True),
        sa.Column("next_review_on", sa.Date(), nullable=True),
        sa.Column("approved_by", sa.String(200), nullable=False),
        sa.Column("added_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["added_by_id"], ["users.id"], name="fk_policy_versions_added_by_id_users"),
        sa.PrimaryKeyConstraint("id", name="pk_policy_versions"),
        sa.UniqueConstraint("label", name="uq_policy_versions_label"),
    )
    op.create_index("ix_policy_versions_approved", "policy_versions", ["approved_on"])
    op.create_table(
        "policy_acknowledgements",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("policy_version_id", sa.Integer(), nullable=False),
        sa.Column("acknowledged_on", sa.Date(), nullable=False),
        sa.Column("method", sa.String(20), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("recorded_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name="fk_policy_acknowledgements_person_id_people"
        ),
        sa.ForeignKeyConstraint(
            ["policy_version_id"],
            ["policy_versions.id"],
            name="fk_policy_acknowledgements_policy_version_id_policy_versions",
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"], ["users.id"], name="fk_policy_acknowledgements_recorded_by_id_users"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_policy_acknowledgements"),
        sa.UniqueConstraint("person_id", "policy_version_id", name="uq_policy_acknowledgements_person_id"),
    )
    op.create_index(
        "ix_policy_acknowledgements_version", "policy_acknowledgements", ["policy_version_id", "person_id"]
    )
    op.create_index("ix_people_status_kind", "people", ["status", "kind", "id"])
    text = shipped_policy_text(SEED_RESOURCE)
    op.bulk_insert(
        versions,
        [
            {
                "id": 1,
                "label": SEED_LABEL,
                "title": SEED_TITLE,
                "text": text,
                "text_sha256": text_sha256(text),
                "approved_on": SEED_APPROVED_ON,
                "next_review_on": next_review(SEED_APPROVED_ON),
                "approved_by": "",
                "added_by_id": None,
                "created_at": datetime.now(UTC),
            }
        ],
    )
    if on_postgresql(op.get_bind()):  # the row above was given its id: move the sequence past it
        op.execute("SELECT setval(pg_get_serial_sequence('policy_versions', 'id'), 1)")
    # Plain ADD COLUMN, never batch mode (see 0007): a rebuild of checks or breach_cases
    # would delete their findings, chronology and evidence links through ON DELETE CASCADE.
    for table in ("checks", "breach_cases"):
        op.execute(
            f"ALTER TABLE {table} ADD COLUMN policy_version_id INTEGER "
            f"CONSTRAINT fk_{table}_policy_version_id_policy_versions REFERENCES policy_versions (id)"
        )
        op.execute(f"UPDATE {table} SET policy_version_id = 1")


def downgrade() -> None:
    raise NotImplementedError("LCS Desktop does not migrate downwards; restore a backup instead.")
