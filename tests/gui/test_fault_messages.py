"""Faults the app has words for reach the user in those words: the sign-in window and the
crash dialog say "The database is damaged (page N) …", never "Something went wrong"."""

from __future__ import annotations

from PySide6.QtCore import Qt

from lcs_desktop.gui.crash import MESSAGE, CrashReporter
from lcs_desktop.gui.sign_in_window import SignInWindow
from lcs_desktop.store.errors import damaged
from lcs_desktop.store.instance_lock import InstanceLock
from tests.conftest import ADMIN_PASSWORD
from tests.store.fault_helpers import root_page, scribble_page


def test_sign_in_window_names_the_damaged_page_and_keeps_the_typing(qtbot, org, authenticator, paths):
    key = org.workspace.key
    org.sign_out()
    page = root_page(paths.database, key, "users")
    scribble_page(paths.database, page)
    window = SignInWindow(authenticator)
    qtbot.addWidget(window)
    window.show()

    qtbot.keyClicks(window.ui.username_edit, "admin")
    qtbot.keyClicks(window.ui.password_edit, ADMIN_PASSWORD)
    qtbot.mouseClick(window.ui.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.busy and bool(window.ui.error_label.text()), timeout=10_000)

    assert window.ui.error_label.text() == (
        f"The database is damaged (page {page}) — restore the latest backup (Settings › Backups)."
    )
    assert window.ui.username_edit.text() == "admin"
    assert window.ui.password_edit.text() == ADMIN_PASSWORD
    lock = InstanceLock(paths.data_dir)
    lock.acquire()  # the failed sign-in let go of the data folder
    lock.release()


def test_crash_dialog_says_a_known_fault_in_its_own_words(qtbot, when_modal):
    reporter = CrashReporter()
    seen: dict[str, str] = {}

    def read(box) -> None:  # type: ignore[no-untyped-def]
        seen["text"], seen["title"] = box.text(), box.windowTitle()
        box.accept()

    when_modal(read)
    error = damaged([17])
    reporter.handle(type(error), error, None)
    qtbot.waitUntil(lambda: "text" in seen)

    assert seen["text"] == (
        "The database is damaged (page 17) — restore the latest backup (Settings › Backups)."
    )
    assert seen["text"] != MESSAGE and "something went wrong" not in seen["title"]


# -- evidence altered since it was stored ----------------------------------------------------------


def test_evidence_preview_refuses_bytes_that_do_not_match_the_recorded_hash(qtbot):
    import hashlib

    from lcs_desktop.domain.evidence import ALTERED
    from lcs_desktop.gui.checks.evidence_preview import EvidencePreview
    from tests.gui.check_helpers import png

    recorded = png(40, 30)
    altered = png(41, 30)
    preview = EvidencePreview("post.png", altered, hashlib.sha256(recorded).hexdigest())
    qtbot.addWidget(preview)

    assert preview.problem == ALTERED
    assert preview.problem_label.text() == "This file has been altered since it was stored."
    assert not preview.problem_label.isHidden()
    assert preview.picture.pixmap().isNull()  # the altered picture is not shown as the file

    sound = EvidencePreview("post.png", recorded, hashlib.sha256(recorded).hexdigest())
    qtbot.addWidget(sound)
    assert sound.problem is None and not sound.picture.pixmap().isNull()


def test_finding_evidence_altered_in_the_database_shows_the_sentence(qtbot, org, make_user, when_modal):
    from sqlalchemy import text as sql

    from lcs_desktop.domain.roles import Role
    from lcs_desktop.gui.checks.evidence_strip import EvidenceStrip
    from lcs_desktop.gui.checks.finding_dialog import _stored_entry
    from tests.services.check_fixtures import add_applicant, details, finding, tiny_png, user_for

    checker = user_for(org, make_user, "casey", Role.CHECKER)
    check_id = org.checks.create_check(checker, add_applicant(org), details())
    finding_id = org.checks.add_finding(checker, check_id, finding())
    info = org.checks.add_evidence(checker, finding_id, "post.png", tiny_png())
    with org.workspace.database.engine.begin() as connection:
        connection.execute(
            sql("UPDATE evidence_content SET data = x'89504e47' WHERE evidence_id = :i"), {"i": info.id}
        )

    strip = EvidenceStrip()
    qtbot.addWidget(strip)
    strip.originals = lambda evidence_id: org.checks.evidence_bytes(checker, evidence_id)
    strip.add_stored([_stored_entry(org.checks, checker, info)])
    seen: dict[str, str] = {}

    def read(dialog) -> None:  # type: ignore[no-untyped-def]
        seen["problem"] = dialog.problem_label.text()
        dialog.reject()

    when_modal(read)
    strip._on_list_item_activated(strip.list.item(0))  # opening reads (and re-hashes) the original
    assert seen["problem"] == "This file has been altered since it was stored."
    assert "This file has been altered since it was stored." in strip.details_label.text()


# -- export write errors -----------------------------------------------------------------------------


def test_check_export_into_a_read_only_folder_says_so_and_keeps_the_passwords(qtbot, org, tmp_path):
    from lcs_desktop.domain.file_errors import NOT_ALLOWED
    from lcs_desktop.gui.checks.export_dialog import ExportDialog
    from tests.fs_faults import read_only_folder
    from tests.services.check_fixtures import add_applicant, ready_check

    check_id = ready_check(org, org.user, add_applicant(org), concerns=True)
    org.checks.complete_check(org.user, check_id)
    detail = org.checks.read_check(org.user, check_id)
    crashes: list[type[BaseException]] = []
    with read_only_folder(tmp_path) as folder:
        dialog = ExportDialog(org, detail)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.ui.location_edit.setText(str(folder / "record.pdf"))
        dialog.ui.protect_group.setChecked(True)
        dialog.ui.password_edit.setText("Open-Sesame-2025")
        dialog.ui.confirm_password_edit.setText("Open-Sesame-2025")
        import sys

        hook, sys.excepthook = sys.excepthook, lambda kind, *_: crashes.append(kind)
        try:
            qtbot.mouseClick(dialog.ui.export_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)
        finally:
            sys.excepthook = hook

        assert crashes == []  # never the crash dialog
        assert dialog.ui.error_label.text() == NOT_ALLOWED
        assert dialog.ui.password_edit.text() == "Open-Sesame-2025"
        assert dialog.ui.confirm_password_edit.text() == "Open-Sesame-2025"
        assert dialog.ui.location_edit.text() == str(folder / "record.pdf")
        assert dialog.ui.export_button.isEnabled()  # choose another folder and try again
        assert list(folder.iterdir()) == []


# -- keyring faults ---------------------------------------------------------------------------------


def test_sign_in_window_says_a_garbled_remembered_sign_in_in_one_sentence(qtbot, paths):
    from lcs_desktop.domain.settings import OrgSettings
    from lcs_desktop.services.auth import Authenticator
    from lcs_desktop.vault.crypto import FAST_KDF_FOR_TESTS
    from lcs_desktop.vault.secret_store import GARBLED, KeyringSecretStore
    from tests.services.test_keyring_faults import MemoryKeyring

    backend = MemoryKeyring()
    auth = Authenticator(paths, KeyringSecretStore(backend), kdf=FAST_KDF_FOR_TESTS)
    session, _recovery = auth.set_up("Libra Children Services", "admin", "Ada Admin", ADMIN_PASSWORD)
    session.settings.update(session.user, OrgSettings(organisation_name="Libra", remember_me_allowed=True))
    session.accounts.remember_on_this_pc(session.user, True)
    session.sign_out()
    name = next(iter(backend.items))
    backend.items[name] = "%%% not what the app wrote %%%"

    window = SignInWindow(auth)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.ui.remembered_button.isVisible(), timeout=5000)
    qtbot.mouseClick(window.ui.remembered_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.busy and bool(window.ui.error_label.text()), timeout=10_000)

    assert window.ui.error_label.text() == GARBLED
    assert backend.items[name] == "%%% not what the app wrote %%%"  # nothing written
    lock = InstanceLock(paths.data_dir)
    lock.acquire()  # nothing opened
    lock.release()
