"""Optimistic locking (issue 11): every editable record carries a ``row_version`` counter.

SQLAlchemy's ``version_id_col`` adds ``AND row_version = :loaded`` to each UPDATE and DELETE
of the row and bumps the counter, so two desks that loaded the same version cannot both
write: the second flush matches no row and raises ``StaleDataError`` (the workspace turns it
into ``EditConflict``). Services also compare the version a form was loaded at
(``expected_version``) inside their transaction, which covers the time the form was open.

The column is ``row_version``, not ``version``: a check already has ``version`` (the number
of its amended snapshots, see ``CheckVersion``), which means something else.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer, text
from sqlalchemy.orm import Mapped, declared_attr, mapped_column

VERSION_COLUMN = "row_version"
# The tables whose rows carry the counter (migration 0024_record_versions adds the column).
VERSIONED_TABLES = (
    "people",
    "checks",
    "check_platforms",
    "findings",
    "check_discussions",
    "breach_cases",
    "case_chronology",
    "case_referrals",
    "case_outcomes",
    "case_appeals",
    "policy_versions",
    "subject_access_requests",
    "legal_holds",
    "retention_rules",
)


class Versioned:
    """Mix into a mapped class (before ``Base``) to give its rows an optimistic-lock counter."""

    row_version: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text("1"))

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.row_version}  # type: ignore[attr-defined]
