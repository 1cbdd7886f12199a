"""Bulk synthetic people and checks for the speed benchmark (not for the demo window).

Inserts straight through the tables in batches (executemany): at 100 000 people and
200 000 checks the services' per-record audit would measure the audit chain, not the list.
The FTS5 triggers still run, so the search index is built exactly as in real use.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

from lcs_desktop.domain.catalogue import POLICY_VERSION
from lcs_desktop.domain.checks import CheckResult, CheckStatus, PersonKind, PersonStatus
from lcs_desktop.domain.people import search_name, sort_name
from lcs_desktop.services.demo_records import FIRST, LAST, ROLES
from lcs_desktop.services.workspace import Workspace

BATCH = 5_000


def _insert(workspace: Workspace, table: str, rows: list[dict[str, object]]) -> None:
    """executemany on the driver: SQLAlchemy's ORM bulk path costs more than the SQL here.
    On the office server each row is sealed to the id its table's sequence gives it, and
    people get their name-search tokens (a fresh table numbers them 1.. as the file does)."""
    assert table in ("people", "checks")
    if workspace.server is not None:
        _insert_sealed(workspace, table, rows)
        return
    columns = list(rows[0])
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"  # noqa: S608 (fixed names)
    values = [tuple(_sql_value(row[c]) for c in columns) for row in rows]
    with workspace.unit_of_work() as session:
        session.connection().exec_driver_sql(sql, values)


def _insert_sealed(workspace: Workspace, table: str, rows: list[dict[str, object]]) -> None:
    from sqlalchemy import insert

    from lcs_desktop.store.base import Base
    from lcs_desktop.store.name_search import add_person_tokens
    from lcs_desktop.store.sealed_rows import seal_rows

    target = Base.metadata.tables[table]
    with workspace.unit_of_work() as session:
        connection = session.connection()
        sealed = seal_rows(connection, target, [{k: v for k, v in r.items() if k != "id"} for r in rows])
        connection.execute(insert(target), sealed)
        if table == "people":
            add_person_tokens(connection, sealed)


def _sql_value(value: object) -> object:
    # The UtcDateTime columns store naive UTC text; dates as ISO text (SQLAlchemy's formats).
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return value


_EXTRA_FIRST = ("Alex", "Sam", "Jordan", "Taylor", "Robin", "Kai", "Maya", "Leo", "Ivy", "Omar")


def generate_bulk(
    workspace: Workspace,
    checker_id: int,
    people: int = 100_000,
    checks: int = 200_000,
    seed: int = 7,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    rng = random.Random(seed)
    firsts = FIRST + _EXTRA_FIRST
    kinds = list(PersonKind)
    now = workspace.now()
    total = people + checks
    done = 0
    for start in range(0, people, BATCH):
        rows = []
        for i in range(start, min(people, start + BATCH)):
            first = rng.choice(firsts)
            last = f"{rng.choice(LAST)}{'' if i % 3 else rng.choice(('', 'son', 'ley', 'ford'))}"
            kind = kinds[i % 4]
            reference = f"{kind.value[:3].upper()}-{i:06d}"
            rows.append(
                {
                    "id": i + 1,
                    "first_name": first,
                    "last_name": last,
                    "kind": kind.value,
                    "status": (
                        PersonStatus.IN_RECRUITMENT
                        if kind is PersonKind.APPLICANT
                        else PersonStatus.APPOINTED
                    ).value,
                    "reference": reference,
                    "reference_key": reference.casefold(),
                    "sort_name": sort_name(first, last),
                    "search_name": search_name(first, last),
                    "role": rng.choice(ROLES),
                    "email": "",
                    "phone": "",
                    "date_of_birth": None,
                    "created_at": now,
                    "updated_at": now,
                }
            )
        _insert(workspace, "people", rows)
        done += len(rows)
        if progress:
            progress(done, total)
    for start in range(0, checks, BATCH):
        rows = []
        for i in range(start, min(checks, start + BATCH)):
            created = now - timedelta(minutes=i)
            result = CheckResult.CONCERNS_FOUND if i % 7 == 0 else CheckResult.NO_CONCERNS
            rows.append(
                {
                    "id": i + 1,
                    "reference": f"SMC-{created:%Y}-{i + 1:06d}",
                    "person_id": rng.randint(1, people),
                    "checker_id": checker_id,
                    "status": (
                        CheckStatus.AWAITING_DISCUSSION
                        if result is CheckResult.CONCERNS_FOUND
                        else CheckStatus.COMPLETED
                    ).value,
                    "role_applied_for": rng.choice(ROLES),
                    "stage": "interview",
                    "authorised_by": "Bulk lead",
                    "privacy_notice_date": created.date(),
                    "proportionality_reason": "Benchmark record.",
                    "checker_on_panel": False,
                    "panel_confirmation": "",
                    "out_of_recruitment": False,
                    "justification": "",
                    "attest_public_only": True,
                    "attest_no_private_access": True,
                    **{  # confirmed by the checker who completed it (issue 8: who did what)
                        f"{name}_{part}": value
                        for name in ("attest_public_only", "attest_no_private_access")
                        for part, value in (("by_id", checker_id), ("at", created), ("as", "checker"))
                    },
                    "result": result.value,
                    "completed_at": created,
                    "completed_by_id": checker_id,
                    "completed_as": "checker",
                    "policy_version": POLICY_VERSION,
                    "version": 1,
                    "created_at": created,
                    "updated_at": created,
                }
            )
        _insert(workspace, "checks", rows)
        done += len(rows)
        if progress:
            progress(done, total)
