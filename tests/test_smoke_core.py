"""The core path end to end: set up, add a user, sign out, sign in again."""

from lcs_desktop.domain.roles import Role
from tests.conftest import ADMIN_PASSWORD


def test_set_up_then_sign_in_again_opens_same_organisation(org, authenticator):
    org.accounts.add_user(org.user, "carol", "Carol Checker", frozenset({Role.CHECKER}))
    org.sign_out()
    session = authenticator.sign_in("admin", ADMIN_PASSWORD)
    try:
        names = [u.username for u in session.accounts.list_users(session.user)]
        assert names == ["admin", "carol"]
        assert session.settings.get().organisation_name == "Libra Children Services"
    finally:
        session.sign_out()
