"""The case pack's data tree: complete, and redacted in the export only."""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from datetime import timedelta

import pytest

from lcs_desktop.domain.errors import PermissionDenied
from tests.services.case_helpers import NOW, build_world, decide_and_prepare, report
from tests.services.test_cases_chronology import PNG

CHILD = "Amira Haddad"
FAMILY = "The Okonkwo family"
RAISER = "Grace Okonkwo"


@pytest.fixture
def world(org, make_user):
    return build_world(org, make_user)


@pytest.fixture
def case_id(world):
    cid = report(
        world,
        raised_by=RAISER,
        what_was_seen=f"Post showing {CHILD} at the contact centre; Grace Okonkwo saw it.",
    ).case_id
    world.cases.add_party(world.lead, cid, kind="child", reference="C-204", name=CHILD)
    world.cases.add_party(world.lead, cid, kind="family", reference="F-88", name=FAMILY)
    entry = world.cases.add_entry(
        world.lead,
        cid,
        kind="interview",
        occurred_at=NOW - timedelta(minutes=20),
        summary="Interview with the volunteer",
        details="She said Amira's mother had asked for the photo.",
        participants="Mona Manager",
    )
    world.cases.attach_evidence(world.lead, cid, "post.png", PNG, entry_id=entry)
    world.cases.record_referral(
        world.lead, cid, kind="lado", state="not_needed", reason="LADO advised: below threshold"
    )
    decide_and_prepare(world, cid)
    world.cases.close_case(world.lead, cid, note="Closed.")
    return cid


def _all_text(value) -> str:
    """Every string in the tree, joined (images left out)."""
    if isinstance(value, str):
        return value + "\n"
    if isinstance(value, tuple):
        return "".join(_all_text(v) for v in value)
    if is_dataclass(value):
        return "".join(_all_text(getattr(value, f.name)) for f in fields(value))
    return ""


def test_full_pack_holds_everything(world, case_id):
    pack = world.cases.pack_data(world.lead, case_id, redacted=False)
    text = _all_text(pack)
    assert CHILD in text and FAMILY in text and RAISER in text
    assert pack.cover.reference.startswith("BC-") and pack.cover.subject_name == "Zoë Łukasz-محمد"
    assert pack.subject.role == "Contact supervisor"
    clause = pack.allegations[0].clauses[0]
    assert clause.citation == "§6 Professional Boundaries" and "written consent" in clause.text
    assert [e.summary for e in pack.interviews] == ["Interview with the volunteer"]
    assert pack.evidence[0].image == PNG and len(pack.evidence[0].sha256) == 64
    assert (
        pack.decision.finding == "Substantiated" and pack.decision.outcomes[0].label == "Advice or guidance"
    )
    assert pack.sign_offs[0].kind == "closure"
    actions = [e.action for e in pack.audit_events]  # the audit log's sentences (audit_sentences)
    reference = pack.cover.reference
    assert any(a.startswith("Recorded a concern about person V-100 as case " + reference) for a in actions)
    assert f"Closed {reference}" in actions
    assert pack.referrals[0].state == "Considered and not needed"


def test_redacted_pack_replaces_children_families_and_third_parties(world, case_id):
    pack = world.cases.pack_data(world.lead, case_id)  # redacted is the default
    text = _all_text(pack)
    for name in (CHILD, "Amira", "Haddad", "Okonkwo", RAISER):
        assert name not in text, name
    assert "[C-204]" in text
    assert pack.summary.raised_by == "Parent or carer (name withheld)"
    assert all(p.name is None for p in pack.parties)
    # The stored record keeps the names.
    detail = world.cases.open_case(world.lead, case_id)
    assert CHILD in detail.what_was_seen and detail.raised_by == RAISER


def test_checker_cannot_export(world, case_id):
    with pytest.raises(PermissionDenied):
        world.cases.pack_data(world.checker, case_id)
