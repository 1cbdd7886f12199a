"""People (with their FTS5 search index), recruitment checks, findings, discussions,
check versions, and the shared encrypted evidence store.

Revision ID: 0002_people_checks
Revises: 0001_foundation
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

from lcs_desktop.store.base import UtcDateTime
from lcs_desktop.store.pg_triggers import on_postgresql

revision = "0002_people_checks"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None


# The search index as this revision made it (a migration never changes once released;
# 0004 replaces the index).
FTS_STATEMENTS_0002 = (
    """
    CREATE VIRTUAL TABLE people_fts USING fts5(
        first_name, last_name, reference,
        content='people', content_rowid='id',
        tokenize="unicode61 remove_diacritics 2",
        prefix='1 2 3'
    )
    """,
    """
    CREATE TRIGGER people_fts_insert AFTER INSERT ON people BEGIN
        INSERT INTO people_fts(rowid, first_name, last_name, reference)
        VALUES (new.id, new.first_name, new.last_name, new.reference);
    END
    """,
    """
    CREATE TRIGGER people_fts_delete AFTER DELETE ON people BEGIN
        INSERT INTO people_fts(people_fts, rowid, first_name, last_name, reference)
        VALUES ('delete', old.id, old.first_name, old.last_name, old.reference);
    END
    """,
    """
    CREATE TRIGGER people_fts_update AFTER UPDATE OF first_name, last_name, reference ON people BEGIN
        INSERT INTO people_fts(people_fts, rowid, first_name, last_name, reference)
        VALUES ('delete', old.id, old.first_name, old.last_name, old.reference);
        INSERT INTO people_fts(rowid, first_name, last_name, reference)
        VALUES (new.id, new.first_name, new.last_name, new.reference);
    END
    """,
)


def _fk(table: str, column: str, target: str, ondelete: str | None = None) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=f"fk_{table}_{column}_{target}", ondelete=ondelete
    )


def upgrade() -> None:
    op.create_table(
        "people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("first_name", sa.String(100), nullable=False),
        sa.Column("last_name", sa.String(100), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("reference", sa.String(40), nullable=False),
        sa.Column("reference_key", sa.String(40), nullable=False),
        sa.Column("sort_name", sa.String(210), nullable=False),
        sa.Column("role", sa.String(200), nullable=False),
        sa.Column("email", sa.String(254), nullable=False),
        sa.Column("phone", sa.String(40), nullable=False),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_people"),
        sa.UniqueConstraint("reference_key", name="uq_people_reference_key"),
    )
    op.create_index("ix_people_sort", "people", ["sort_name", "id"])
    op.create_index("ix_people_kind_sort", "people", ["kind", "sort_name", "id"])
    op.create_index("ix_people_status_sort", "people", ["status", "sort_name", "id"])
    if not on_postgresql(op.get_bind()):  # the server searches by blind index instead (issue 11)
        for statement in FTS_STATEMENTS_0002:
            op.execute(statement)

    op.create_table(
        "checks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(20), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("checker_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("role_applied_for", sa.String(200), nullable=False),
        sa.Column("stage", sa.String(20), nullable=True),
        sa.Column("authorised_by", sa.String(200), nullable=False),
        sa.Column("privacy_notice_date", sa.Date(), nullable=True),
        sa.Column("proportionality_reason", sa.Text(), nullable=False),
        sa.Column("checker_on_panel", sa.Boolean(), nullable=False),
        sa.Column("panel_confirmed_by_id", sa.Integer(), nullable=True),
        sa.Column("panel_confirmed_at", UtcDateTime(), nullable=True),
        sa.Column("panel_confirmation", sa.Text(), nullable=False),
        sa.Column("out_of_recruitment", sa.Boolean(), nullable=False),
        sa.Column("justification", sa.Text(), nullable=False),
        sa.Column("justified_by_id", sa.Integer(), nullable=True),
        sa.Column("attest_public_only", sa.Boolean(), nullable=False),
        sa.Column("attest_no_private_access", sa.Boolean(), nullable=False),
        sa.Column("result", sa.String(20), nullable=True),
        sa.Column("completed_at", UtcDateTime(), nullable=True),
        sa.Column("completed_by_id", sa.Integer(), nullable=True),
        sa.Column("policy_version", sa.String(20), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_checks"),
        sa.UniqueConstraint("reference", name="uq_checks_reference"),
        _fk("checks", "person_id", "people"),
        _fk("checks", "checker_id", "users"),
        _fk("checks", "panel_confirmed_by_id", "users"),
        _fk("checks", "justified_by_id", "users"),
        _fk("checks", "completed_by_id", "users"),
    )
    op.create_index("ix_checks_person", "checks", ["person_id", "created_at"])
    op.create_index("ix_checks_status", "checks", ["status", "created_at"])
    op.create_index("ix_checks_checker", "checks", ["checker_id", "created_at"])
    op.create_index("ix_checks_created", "checks", ["created_at"])

    op.create_table(
        "check_platforms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("check_id", sa.Integer(), nullable=False),
        sa.Column("platform", sa.String(20), nullable=False),
        sa.Column("action", sa.String(30), nullable=False),
        sa.Column("handles", sa.Text(), nullable=False),
        sa.Column("search_terms", sa.Text(), nullable=False),
        sa.Column("identity_match", sa.String(20), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_check_platforms"),
        _fk("check_platforms", "check_id", "checks", "CASCADE"),
    )
    op.create_index("ix_check_platforms_check_id", "check_platforms", ["check_id"])

    op.create_table(
        "findings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("check_id", sa.Integer(), nullable=False),
        sa.Column("platform", sa.String(20), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("content_date", sa.Date(), nullable=True),
        sa.Column("captured_on", sa.Date(), nullable=False),
        sa.Column("seen", sa.Text(), nullable=False),
        sa.Column("category", sa.String(40), nullable=False),
        sa.Column("severity", sa.String(20), nullable=False),
        sa.Column("relevance", sa.String(20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("added_by_id", sa.Integer(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_findings"),
        _fk("findings", "check_id", "checks", "CASCADE"),
        _fk("findings", "added_by_id", "users"),
    )
    op.create_index("ix_findings_check_id", "findings", ["check_id"])

    op.create_table(
        "check_discussions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("check_id", sa.Integer(), nullable=False),
        sa.Column("held_at", UtcDateTime(), nullable=False),
        sa.Column("method", sa.String(20), nullable=False),
        sa.Column("present", sa.Text(), nullable=False),
        sa.Column("findings_discussed", sa.Text(), nullable=False),
        sa.Column("applicant_account", sa.Text(), nullable=False),
        sa.Column("assessment", sa.Text(), nullable=False),
        sa.Column("outcome", sa.String(30), nullable=False),
        sa.Column("decided_by", sa.String(200), nullable=False),
        sa.Column("decision_reason", sa.Text(), nullable=False),
        sa.Column("applicant_told_on", sa.Date(), nullable=True),
        sa.Column("recorded_by_id", sa.Integer(), nullable=False),
        sa.Column("recorded_at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_check_discussions"),
        sa.UniqueConstraint("check_id", name="uq_check_discussions_check_id"),
        _fk("check_discussions", "check_id", "checks", "CASCADE"),
        _fk("check_discussions", "recorded_by_id", "users"),
    )

    op.create_table(
        "check_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("check_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("amended_by_id", sa.Integer(), nullable=False),
        sa.Column("amended_at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_check_versions"),
        sa.UniqueConstraint("check_id", "version", name="uq_check_versions_check_id"),
        _fk("check_versions", "check_id", "checks", "CASCADE"),
        _fk("check_versions", "amended_by_id", "users"),
    )

    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_type", sa.String(20), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(200), nullable=False),
        sa.Column("media_type", sa.String(40), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("captured_at", UtcDateTime(), nullable=False),
        sa.Column("added_by_id", sa.Integer(), nullable=False),
        sa.Column("added_at", UtcDateTime(), nullable=False),
        sa.Column("removed_at", UtcDateTime(), nullable=True),
        sa.Column("removed_by_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_evidence"),
        _fk("evidence", "added_by_id", "users"),
        _fk("evidence", "removed_by_id", "users"),
    )
    op.create_index("ix_evidence_owner", "evidence", ["owner_type", "owner_id"])
    op.create_table(
        "evidence_content",
        sa.Column("evidence_id", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("thumbnail", sa.LargeBinary(), nullable=True),
        sa.PrimaryKeyConstraint("evidence_id", name="pk_evidence_content"),
        _fk("evidence_content", "evidence_id", "evidence", "CASCADE"),
    )


def downgrade() -> None:
    op.drop_table("evidence_content")
    op.drop_table("evidence")
    op.drop_table("check_versions")
    op.drop_table("check_discussions")
    op.drop_table("findings")
    op.drop_table("check_platforms")
    op.drop_table("checks")
    op.execute("DROP TABLE IF EXISTS people_fts")
    op.drop_table("people")
