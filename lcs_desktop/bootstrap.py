"""The one place that wires paths, logging, crash handling, the authenticator and the windows.

Start-up order is chosen for speed (issue 2): Qt and a few light modules first, the sign-in
window (or first-run wizard) on screen at once, and the store, SQLAlchemy and keyring imported
on a background thread while the person types. ReportLab is never imported here.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lcs_desktop import APP_NAME, ORG_NAME
from lcs_desktop.paths import ENV_DATA_DIR, AppPaths

if TYPE_CHECKING:
    from lcs_desktop.services.auth import Authenticator
    from lcs_desktop.vault.secret_store import SecretStore

log = logging.getLogger(__name__)

KEY_FILE = "keyslots.json"  # vault.keyslots.FILE_NAME, without importing the vault at start
SERVER_FILE = "office-server.json"  # store.server_settings.FILE_NAME: an office-server PC


class DeferredAuthenticator:
    """Stands in for the Authenticator while it is still being imported and built.

    Windows call the authenticator only from worker threads, so waiting here never blocks
    the GUI thread.
    """

    def __init__(self, future: Future[Authenticator]) -> None:
        self._future = future

    def __getattr__(self, name: str) -> Any:
        return getattr(self._future.result(), name)


def resolve_paths(data_dir: str | Path | None, demo: bool) -> AppPaths:
    """--data-dir, else LCS_DATA_DIR, else the folder chosen in the wizard, else the default."""
    if data_dir is None and not demo and not os.environ.get(ENV_DATA_DIR):
        from lcs_desktop.services.folders import remembered_data_folder

        data_dir = remembered_data_folder()
    return AppPaths.default(data_dir, demo=demo)


def make_authenticator(paths: AppPaths, secrets: SecretStore) -> Authenticator:
    from lcs_desktop.services.auth import Authenticator

    return Authenticator(paths, secrets)


def _loader(paths: AppPaths, demo: bool) -> tuple[Future[Authenticator], Callable[[], None]]:
    """The authenticator's future, and the function that starts building it on a thread."""
    future: Future[Authenticator] = Future()

    def load() -> None:
        try:
            from lcs_desktop.vault.secret_store import default_secret_store

            authenticator = make_authenticator(paths, default_secret_store())
            if demo:
                from lcs_desktop.services.demo import ensure_demo_organisation

                if ensure_demo_organisation(authenticator):
                    log.info("demo organisation created")
            future.set_result(authenticator)
        except BaseException as exc:  # reported when a window first needs the authenticator
            log.exception("start-up loading failed")
            future.set_exception(exc)

    def start() -> None:
        threading.Thread(target=load, name="lcs-startup-loader", daemon=True).start()

    return future, start


def _setup_logging(log_dir: Path) -> None:
    try:
        from lcs_desktop.logs import setup_logging

        setup_logging(log_dir)
    except (ImportError, OSError):
        logging.basicConfig(level=logging.INFO)


def run_gui(data_dir: str | Path | None = None, demo: bool = False) -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    from lcs_desktop.gui.tasks import share_the_interpreter

    share_the_interpreter()
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    import lcs_desktop.gui.resources_rc  # noqa: F401 - registers the icons
    from lcs_desktop.gui.app_controller import AppController
    from lcs_desktop.gui.crash import CrashReporter
    from lcs_desktop.gui.first_paint import after_first_paint, install_benchmark_probe
    from lcs_desktop.gui.style import apply_style
    from lcs_desktop.gui.tasks import wait_for_tasks

    paths = resolve_paths(data_dir, demo)
    crash = CrashReporter()
    crash.install()
    apply_style(app)

    future, start_loading = _loader(paths, demo)
    deferred: Any = DeferredAuthenticator(future)
    demo_accounts: tuple[Any, ...] = ()
    if demo:
        from lcs_desktop.services.demo import DEMO_ACCOUNTS

        demo_accounts = DEMO_ACCOUNTS

    def authenticator_for(folder: Path) -> Authenticator:
        base = future.result()
        if folder == paths.data_dir:
            return base
        return make_authenticator(AppPaths(folder, paths.state_dir, paths.log_dir), base.secrets)

    def remember_folder(folder: Path) -> None:
        from lcs_desktop.services.folders import remember_data_folder

        try:
            remember_data_folder(folder)
        except OSError:
            log.warning("could not remember the chosen data folder")

    controller = AppController(
        deferred,
        authenticator_for=authenticator_for,
        demo_accounts=demo_accounts,
        demo=demo,
        on_folder_chosen=remember_folder,
    )
    if demo or (paths.data_dir / KEY_FILE).exists() or (paths.data_dir / SERVER_FILE).exists():
        controller.show_sign_in()
    else:
        from lcs_desktop.services.silent_deploy import first_start, windows_registry_source

        # An office server IT gave at install time (MSI properties): joined at once when complete.
        deployed = first_start(paths.data_dir, windows_registry_source())
        if (paths.data_dir / SERVER_FILE).exists():
            controller.show_sign_in()
        else:
            controller.show_wizard(paths.data_dir, deployed)

    def after_paint() -> None:
        # Not needed to draw the first window, so done once it is on screen: the log files
        # (logging.handlers pulls in sockets and pickle), the icon (an SVG engine) and the
        # store, imported while the person types.
        from PySide6.QtGui import QIcon

        _setup_logging(paths.log_dir)
        log.info("started%s", " (demo)" if demo else "")
        app.setWindowIcon(QIcon(":/icons/app.svg"))
        start_loading()

    after_first_paint(app, after_paint)
    # Installed last so Qt asks it first: it times the paint, not the work queued after it.
    install_benchmark_probe(app)
    code = app.exec()
    wait_for_tasks()
    return code
