"""Redaction proposals and the pack's redactor (pure: no database needed for these rules)."""

from __future__ import annotations

from lcs_desktop.domain.subject_access import Decision, Exemption
from lcs_desktop.services.subject_access_proposals import ProposalKind, Proposals, redactor

T = Exemption.THIRD_PARTY


def _decided(props: Proposals, accept: set[str]) -> list:
    for p in props.ordered():
        p.decision = Decision.ACCEPTED if p.words in accept else Decision.REJECTED
        p.exemption = p.suggested if p.words in accept else None
    return props.ordered()


def test_the_requesters_own_name_is_never_proposed_and_one_person_is_one_proposal():
    props = Proposals("Zoë Nakamura")
    props.add("user:3", ProposalKind.STAFF, "zoë  nakamura", T, "SMC-1")
    props.add("user:4", ProposalKind.STAFF, "Sam Lead", T, "SMC-1")
    props.add_name(ProposalKind.COLLEAGUE_NAMED, "sam lead", T, "SMC-2")
    assert [(p.key, p.where_text) for p in props.ordered()] == [("user:4", "SMC-1, SMC-2")]


def test_accepted_names_and_their_parts_go_but_parts_of_names_that_stay_do_not():
    props = Proposals("Ann Nakamura")
    props.add("party:1", ProposalKind.AFFECTED_PERSON, "Amira Haddad", Exemption.SAFEGUARDING, "BC-1")
    props.add("user:2", ProposalKind.STAFF, "Sam Lead", T, "BC-1")
    props.add("user:3", ProposalKind.STAFF, "Lee Lead", T, "BC-1")
    props.add("user:4", ProposalKind.STAFF, "Kai Nakamura", T, "BC-1")
    r = redactor(_decided(props, {"Amira Haddad", "Sam Lead", "Kai Nakamura"}), "Ann Nakamura")
    text = r("Amira told Sam Lead; Lee Lead and Kai Nakamura wrote to Ann Nakamura about Haddad.")
    assert text == (
        "[redacted — safeguarding] told [redacted — third-party data]; Lee Lead and "
        "[redacted — third-party data] wrote to Ann Nakamura about [redacted — safeguarding]."
    )
