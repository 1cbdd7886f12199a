"""Drafts: the typing in a form survives a crash, belongs to its typist, stays encrypted."""

from __future__ import annotations

import pytest

from lcs_desktop.domain.errors import ValidationError
from lcs_desktop.domain.roles import Role
from lcs_desktop.services.identity import CurrentUser

TEXT = "Posted a photo of the contact room — «Quillon Vantabrook» — on TikTok"

pytestmark = pytest.mark.both_backends


def test_draft_round_trips_and_is_discarded(org):
    org.drafts.save(org.user, "concern_intake", {"what_was_seen_edit": TEXT, "platforms_list": [4]})
    org.drafts.save(org.user, "concern_intake", {"what_was_seen_edit": TEXT + "!", "platforms_list": [4]})
    draft = org.drafts.load(org.user, "concern_intake")
    assert draft is not None and draft.data["what_was_seen_edit"] == TEXT + "!"
    org.drafts.discard(org.user, "concern_intake")
    assert org.drafts.load(org.user, "concern_intake") is None


def test_a_draft_is_only_its_typists(org):
    org.accounts.add_user(org.user, "carol", "Carol", frozenset({Role.CHECKER}))
    carol_id = next(u.id for u in org.accounts.list_users(org.user) if u.username == "carol")
    carol = CurrentUser(carol_id, "carol", "Carol", frozenset({Role.CHECKER}))
    org.drafts.save(org.user, "concern_intake", {"what_was_seen_edit": TEXT})
    assert org.drafts.load(carol, "concern_intake") is None


def test_draft_survives_signing_out_and_is_never_in_clear_on_disk(org, authenticator, paths):
    from tests.conftest import ADMIN_PASSWORD

    org.drafts.save(org.user, "concern_intake", {"what_was_seen_edit": TEXT})
    org.sign_out()
    for path in paths.data_dir.rglob("*"):
        if path.is_file():
            assert b"Vantabrook" not in path.read_bytes(), path
    again = authenticator.sign_in("admin", ADMIN_PASSWORD)
    try:
        assert again.drafts.load(again.user, "concern_intake").data["what_was_seen_edit"] == TEXT
    finally:
        again.sign_out()


def test_an_enormous_draft_is_refused_in_plain_words(org):
    with pytest.raises(ValidationError, match="too much text"):
        org.drafts.save(org.user, "concern_intake", {"what_was_seen_edit": "x" * 1_100_000})
