"""The demo organisation (``lcs-desktop --demo``): one account per role, passwords on show.

It lives in its own data folder (AppPaths.default(demo=True)), never the real one. The
passwords are printed on the demo sign-in window on purpose: nothing in the demo is real.
Sample records (people, checks with findings and evidence, breach cases in every status)
are added through the same services a user works through, so the demo shows real behaviour.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from lcs_desktop.domain.roles import Role

if TYPE_CHECKING:  # keeps the import light
    from lcs_desktop.services.auth import Authenticator

DEMO_ORGANISATION = "Libra Children Services (demo)"


@dataclass(frozen=True, slots=True)
class DemoAccount:
    username: str
    full_name: str
    roles: frozenset[Role]
    password: str

    @property
    def role_text(self) -> str:
        return ", ".join(role.label for role in Role if role in self.roles)


DEMO_ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount(
        "lead",
        "Sam Lead (demo)",
        frozenset({Role.SAFEGUARDING_LEAD, Role.ADMINISTRATOR}),
        "Demo-Harbour-Lantern-1",
    ),
    DemoAccount("manager", "Morgan Manager (demo)", frozenset({Role.MANAGER}), "Demo-Orchard-Kettle-2"),
    DemoAccount("checker", "Casey Checker (demo)", frozenset({Role.CHECKER}), "Demo-Meadow-Violin-3"),
    DemoAccount("it", "Alex IT (demo)", frozenset({Role.ADMINISTRATOR}), "Demo-Copper-Thistle-4"),
)


def ensure_demo_organisation(authenticator: Authenticator) -> bool:
    """Create the demo organisation and its accounts if this demo folder is empty.

    Returns True when it was created now. Slow (one Argon2id per account): call it off the
    GUI thread.
    """
    if authenticator.is_set_up():
        return False
    first, *others = DEMO_ACCOUNTS
    session, _recovery = authenticator.set_up(
        DEMO_ORGANISATION, first.username, first.full_name, first.password
    )
    try:
        for account in others:
            # Demo accounts keep their published password: no forced change at first sign-in.
            session.accounts.add_user(
                session.user,
                account.username,
                account.full_name,
                account.roles,
                account.password,
                must_change=False,
            )
            # The demo's records are made "by" its accounts: each signs with its own key.
            unlocked = session.workspace.slots.unlock_password(account.username, account.password)
            row = session.workspace.load_user(account.username)
            if row is not None and unlocked.keys is not None:
                session.workspace.act_for(row.id, unlocked.keys)
        from lcs_desktop.services.demo_cases import add_demo_cases
        from lcs_desktop.services.demo_records import add_demo_records

        add_demo_records(session)
        add_demo_cases(session)
    finally:
        session.sign_out()
    return True
