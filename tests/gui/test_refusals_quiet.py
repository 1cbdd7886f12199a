"""The GUI only offers what the services allow, so ordinary use leaves no refused attempt in the
audit log: "Refused attempts" shows real attempts, not noise from the window itself."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from lcs_desktop.domain.roles import Role
from lcs_desktop.gui.main_window import MainWindow
from lcs_desktop.gui.pages import default_pages
from lcs_desktop.store.audit_events import AuditEvent
from tests.gui.check_helpers import signed_in_as


def refusals(org) -> int:
    with org.workspace.reading() as session:
        return session.scalar(select(func.count()).where(AuditEvent.action == "access_refused")) or 0


@pytest.mark.parametrize(
    "roles",
    [(Role.ADMINISTRATOR,), (Role.CHECKER,), (Role.MANAGER,)],
    ids=["administrator", "checker", "manager"],
)
def test_visiting_every_page_leaves_no_refused_attempt(qtbot, org, make_user, secret_store, roles):
    org.people.add_person(org.user, first_name="Jo", last_name="Bloggs", kind="applicant", reference="A-1")
    session = signed_in_as(org, make_user, secret_store, "someone", *roles)
    window = MainWindow(session, default_pages())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for row in range(window.ui.nav_list.count()):
        window.ui.nav_list.setCurrentRow(row)
        qtbot.wait(50)
    window.ui.nav_list.setCurrentRow(0)  # the home page again: its refresh
    assert refusals(org) == 0
    window.shut()
