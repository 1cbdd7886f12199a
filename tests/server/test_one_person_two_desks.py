"""Two desks saving one person at the same moment on the office server: the second save waits
for the first, then is refused as an EditConflict (a plain sentence, nothing overwritten) — never
a raw fault from the person's search tokens (store/name_search.py), which both saves would
otherwise replace side by side. Found by the 8-desk test (test_concurrent_desks.py)."""

from __future__ import annotations

import threading
import time

import pytest

from lcs_desktop.domain.conflicts import EditConflict
from lcs_desktop.domain.roles import Role
from lcs_desktop.paths import AppPaths
from lcs_desktop.services.auth import Authenticator
from lcs_desktop.store.people import Person
from lcs_desktop.vault.crypto import FAST_KDF_FOR_TESTS
from tests.conftest import USER_PASSWORD

pytestmark = pytest.mark.parametrize("backend", ["server"], indirect=True)


@pytest.mark.parametrize(
    ("mine", "theirs"),
    [
        ({"role": "Driver"}, {"role": "Cook"}),  # the form sets every field, names unchanged
        ({"last_name": "Quince"}, {"last_name": "Quince"}),  # both rename to the same name
    ],
    ids=["other-fields", "same-rename"],
)
def test_the_second_of_two_saves_at_once_is_an_edit_conflict(
    org, authenticator, tmp_path, secret_store, mine, theirs
) -> None:
    person_id = org.people.add_person(
        org.user, first_name="Robin", last_name="Marsh", kind="volunteer", reference="V-1", role="Rota"
    )
    loaded = org.people.get_person(org.user, person_id)
    temp = org.accounts.add_user(org.user, "lee", "Lee Lead", frozenset({Role.SAFEGUARDING_LEAD}))
    paths = AppPaths.under(tmp_path / "desk2")
    authenticator.server_settings().save(paths.data_dir)
    lee = Authenticator(paths, secret_store, kdf=FAST_KDF_FOR_TESTS).sign_in("lee", temp)
    lee.accounts.change_own_password(lee.user, temp, USER_PASSWORD)

    saved = threading.Event()
    errors: list[BaseException] = []

    def first_desk() -> None:
        """Saves as edit_person does (every field set), then holds its transaction a moment."""
        try:
            with org.workspace.unit_of_work() as session:
                person = session.get(Person, person_id)
                for name in ("first_name", "last_name", "role"):
                    setattr(person, name, mine.get(name, getattr(person, name)))
                session.flush()
                saved.set()
                time.sleep(0.5)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
            saved.set()

    thread = threading.Thread(target=first_desk)
    thread.start()
    assert saved.wait(30)
    with pytest.raises(EditConflict):
        lee.people.edit_person(lee.user, person_id, expected_version=loaded.row_version, **theirs)
    thread.join()
    assert errors == []

    now = org.people.get_person(org.user, person_id)
    assert (now.last_name, now.role) == (mine.get("last_name", "Marsh"), mine.get("role", "Rota"))
    # The name search finds the person by the name saved, once.
    found = org.people.list_people(org.user, query=now.last_name)
    assert [p.id for p in found] == [person_id]
    lee.sign_out()
