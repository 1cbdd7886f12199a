"""Keyset paging (issue 12): pages read forwards, backwards and by a jump from a known key
return every row exactly once, in the list's order, even where many rows share a sort key."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from lcs_desktop.domain.checks import PersonKind
from lcs_desktop.services import keyset
from lcs_desktop.services.bulk_records import generate_bulk
from lcs_desktop.services.demo_cases import generate_bulk_cases

pytestmark = pytest.mark.both_backends

PAGE = 37  # a page size that divides nothing below, so the last page is a short one


@pytest.fixture(autouse=True, params=["short skips by OFFSET", "every skip by key first"])
def skips(request, monkeypatch):  # type: ignore[no-untyped-def]
    """Both ways a jump skips rows: OFFSET in the page query, or its start key found first."""
    if request.param == "every skip by key first":
        monkeypatch.setattr(keyset, "LONG_SKIP", 0)


def forwards(fetch, key):  # type: ignore[no-untyped-def]
    rows, after = [], None
    while True:
        page = fetch(after=after, limit=PAGE)
        rows.extend(page)
        if len(page) < PAGE:
            return rows
        after = key(page[-1])


def backwards(fetch, key):  # type: ignore[no-untyped-def]
    rows, before = [], None
    while True:
        page = fetch(after=before, limit=PAGE, backwards=True)
        rows[:0] = page
        if len(page) < PAGE:
            return rows
        before = key(page[0])


def assert_pages_agree(fetch, key, everything):  # type: ignore[no-untyped-def]
    ids = [r.id for r in everything]
    assert len(ids) == len(set(ids)) > 2 * PAGE
    assert [r.id for r in forwards(fetch, key)] == ids
    assert [r.id for r in backwards(fetch, key)] == ids
    # A jump: from a known key, skipping what lies between, forwards and backwards.
    anchor = key(everything[PAGE - 1])
    assert [r.id for r in fetch(after=anchor, offset=PAGE, limit=PAGE)] == ids[2 * PAGE : 3 * PAGE]
    before = key(everything[3 * PAGE])
    assert [r.id for r in fetch(after=before, offset=PAGE, limit=PAGE, backwards=True)] == ids[
        PAGE : 2 * PAGE
    ]
    assert [r.id for r in fetch(limit=5, backwards=True)] == ids[-5:]
    assert [r.id for r in fetch(offset=len(ids) - 3, limit=PAGE)] == ids[-3:]
    assert fetch(offset=len(ids) + 5, limit=PAGE) == []


def _bulk(org, people: int, checks: int) -> None:  # type: ignore[no-untyped-def]
    generate_bulk(org.workspace, org.user.id, people=people, checks=checks)
    with org.workspace.unit_of_work() as session:
        # Ties on every sort key: a third of the checks started in the same second, and
        # people share names already (a few first and last names, many people).
        session.execute(
            text("UPDATE checks SET created_at = (SELECT max(created_at) FROM checks) WHERE id % 3 = 0")
        )


def test_people_pages_return_every_person_once_in_name_order(org, backend):
    _bulk(org, people=300, checks=0)
    people, user = org.people, org.user
    everything = people.list_people(user, limit=500)
    if backend == "local":
        assert len({p.sort_name for p in everything}) < len(everything)  # ties on the name
    else:  # names are sealed and do not sort on a server: the list goes by reference there
        assert [p.id for p in everything] == [p.id for p in sorted(everything, key=lambda p: p.reference)]
    assert [p.sort_key for p in everything] == sorted(p.sort_key for p in everything)

    def fetch(**kw):  # type: ignore[no-untyped-def]
        return people.list_people(user, **kw)

    assert_pages_agree(fetch, lambda p: p.sort_key, everything)
    staff = people.list_people(user, kind=PersonKind.STAFF, limit=500)

    def fetch_staff(**kw):  # type: ignore[no-untyped-def]
        return people.list_people(user, kind=PersonKind.STAFF, **kw)

    assert [p.id for p in forwards(fetch_staff, lambda p: p.sort_key)] == [p.id for p in staff]


def test_check_pages_return_every_check_once_newest_first(org):
    _bulk(org, people=50, checks=400)
    checks, user = org.checks, org.user
    everything = checks.list_checks(user, limit=500)
    assert len(everything) == 400
    assert len({c.created_at for c in everything}) < 300  # ties on the start time
    assert [c.sort_key for c in everything] == sorted((c.sort_key for c in everything), reverse=True)
    assert_pages_agree(lambda **kw: checks.list_checks(user, **kw), lambda c: c.sort_key, everything)


def test_case_pages_return_every_case_once_newest_first(org):
    _bulk(org, people=50, checks=0)
    generate_bulk_cases(org.workspace, count=300)
    with org.workspace.unit_of_work() as session:
        session.execute(
            text(
                "UPDATE breach_cases SET reported_at = (SELECT min(reported_at) FROM breach_cases)"
                " WHERE id % 4 = 0"
            )
        )
    cases, user = org.cases, org.user
    everything = list(cases.list_cases(user, limit=500).rows)
    assert len(everything) == 300

    def fetch(**kw):  # type: ignore[no-untyped-def]
        page = cases.list_cases(user, with_total=False, **kw)
        assert page.total == -1
        return list(page.rows)

    assert_pages_agree(fetch, lambda c: c.sort_key, everything)


def test_audit_pages_return_every_event_once_newest_first(org):
    _bulk(org, people=120, checks=0)
    for number in range(3 * PAGE):
        org.people.add_person(
            org.user, first_name="A", last_name=f"B{number}", kind="staff", reference=f"K-{number}"
        )
    log, user = org.audit_log, org.user
    everything = log.events(user, limit=1000)
    assert [e.seq for e in everything] == sorted((e.seq for e in everything), reverse=True)

    def fetch(after=None, **kw):  # type: ignore[no-untyped-def]
        return [_Seq(e.seq) for e in log.events(user, after=None if after is None else after[0], **kw)]

    assert_pages_agree(fetch, lambda e: (e.id,), [_Seq(e.seq) for e in everything])


class _Seq:
    def __init__(self, seq: int) -> None:
        self.id = seq
