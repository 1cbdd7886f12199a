"""The self-test's Qt check: the platform plugin loads and a widget paints.

Qt ends the whole process (and on Windows shows a message box) when it cannot load its
platform plugin, so the check runs in a child process of the app itself and the parent
reports what happened, in plain words.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from lcs_desktop.selftest_common import NON_LATIN_NAME, PASS, QT_CHILD_ENV, CheckFailed, run_check

QT_CHILD_TIMEOUT = 90


def _platform_plugin_name() -> str:
    wanted = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0]
    if wanted:
        return wanted
    if sys.platform == "win32":
        return "windows"
    if sys.platform == "darwin":
        return "cocoa"
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        # A Linux build machine without a screen: the headless platform proves the same loading.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return "offscreen"
    return "xcb"


def check_qt_platform() -> str:
    """Load the Qt platform plugin and paint a widget. Checks the file first, because Qt
    aborts the whole process when the platform plugin cannot be loaded."""
    try:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import QLibraryInfo
    except ImportError as exc:
        raise CheckFailed(f"Qt (PySide6) could not be loaded ({exc}). Reinstall LCS Desktop.") from None
    platform = _platform_plugin_name()
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    found = sorted(p.name for p in plugins.glob(f"*q{platform}*")) if plugins.is_dir() else []
    if not found and not os.environ.get("QT_QPA_PLATFORM_PLUGIN_PATH"):
        raise CheckFailed(
            f"the Qt platform plugin '{platform}' is missing (looked in {plugins}). The app cannot "
            "open windows: reinstall LCS Desktop."
        )
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication(["lcs-desktop"])
    label = QLabel(NON_LATIN_NAME)
    label.resize(label.sizeHint())
    image = label.grab().toImage()
    label.deleteLater()
    if image.isNull() or image.width() == 0:
        raise CheckFailed(f"Qt loaded the '{app.platformName()}' platform but could not paint a window.")
    return f"platform '{app.platformName()}' loaded and painted (Qt {pyside_version})"


def _self_command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, "--self-test"]
    return [sys.executable, "-m", "lcs_desktop", "--self-test"]


def check_qt_in_child(root: Path) -> str:
    """Run the Qt check in a child process: when Qt cannot load its platform plugin it ends
    the process (and on Windows shows a message box), which must not take this report with it."""
    result = root / "qt-result.txt"
    platform = _platform_plugin_name()  # may choose "offscreen" for the child (no screen)
    env = {**os.environ, QT_CHILD_ENV: str(result)}
    try:
        child = subprocess.run(  # noqa: S603 - our own executable, fixed arguments
            _self_command(), env=env, capture_output=True, text=True, timeout=QT_CHILD_TIMEOUT, check=False
        )
    except subprocess.TimeoutExpired:
        raise CheckFailed(
            f"loading the Qt platform plugin '{platform}' did not finish within {QT_CHILD_TIMEOUT} s "
            "(a Qt error box may be waiting). Reinstall LCS Desktop."
        ) from None
    except OSError:
        return check_qt_platform()  # cannot start a child here: check in this process
    line = result.read_text(encoding="utf-8").strip() if result.exists() else ""
    if line.startswith(PASS):
        return line.split(": ", 1)[1]
    if line:
        raise CheckFailed(line.split(": ", 1)[1])
    qt_said = [ln.strip() for ln in (child.stderr or "").splitlines() if "plugin" in ln.lower()]
    said = f" Qt said: {' '.join(qt_said[-3:])}" if qt_said else ""
    raise CheckFailed(
        f"the Qt platform plugin '{platform}' could not be loaded (the check stopped with code "
        f"{child.returncode}); the app cannot open windows. Reinstall LCS Desktop.{said}"
    )


def qt_child(result_file: str) -> int:
    outcome = run_check("qt", check_qt_platform)
    Path(result_file).write_text(outcome.line(), encoding="utf-8")
    return 0 if outcome.status == PASS else 1
