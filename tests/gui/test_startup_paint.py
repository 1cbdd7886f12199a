"""Start-up (issue 9): the sign-in window is painted before anything it does not need is
loaded — not the Qt namespace (PySide6 builds its ~90 enums on first touch), the log
files' handlers, the page modules, nor the store. Run as a real process, as installed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from lcs_desktop.paths import AppPaths
from lcs_desktop.services.auth import Authenticator
from lcs_desktop.vault.crypto import FAST_KDF_FOR_TESTS

ROOT = Path(__file__).resolve().parents[2]
NOT_BEFORE_PAINT = (  # (not argparse: PySide6's own start-up imports it)
    "logging.handlers",
    "lcs_desktop.gui.pages",
    "lcs_desktop.gui.main_window",
    "sqlalchemy",
    "sqlcipher3",
    "reportlab",
    "openpyxl",
    "keyring",
)

PROBE = textwrap.dedent(
    """
    import json, os, sys
    import lcs_desktop.gui.first_paint as first_paint

    def report():
        import PySide6.QtCore as core
        watched = json.loads(sys.argv[2])
        print(json.dumps({
            "qt_namespace": "Qt" in core.__dict__,
            "loaded": [m for m in watched if m in sys.modules],
            "window": [w.objectName() for w in first_paint.QApplication.topLevelWidgets() if w.isVisible()],
        }), flush=True)
        os._exit(0)

    first_paint.install_benchmark_probe = lambda app: first_paint._AfterFirstPaint(app, report)
    from lcs_desktop.__main__ import main
    main(["--data-dir", sys.argv[1]])
    """
)


def test_sign_in_window_paints_before_qt_namespace_logs_pages_and_store(tmp_path):
    session, _ = Authenticator(AppPaths.under(tmp_path), kdf=FAST_KDF_FOR_TESTS).set_up(
        "Benchmark Org", "bench", "Bench User", "Quiet-Harbour-Lantern-77"
    )
    session.sign_out()
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_STATE_HOME=str(tmp_path / "state"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    )
    args = [sys.executable, "-c", PROBE, str(tmp_path / "data"), json.dumps(NOT_BEFORE_PAINT)]
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120, check=False)
    line = next((x for x in done.stdout.splitlines() if x.startswith("{")), None)
    assert line is not None, done.stderr[-2000:]
    facts = json.loads(line)
    assert facts["window"] == ["SignInWindow"]
    assert facts["qt_namespace"] is False
    assert facts["loaded"] == []


def test_plain_start_reads_the_usual_arguments_and_leaves_the_rest_to_argparse():
    from lcs_desktop.__main__ import _plain_start

    assert _plain_start([]) == (None, False)
    assert _plain_start(["--data-dir", "D", "--demo"]) == ("D", True)
    assert _plain_start(["--demo", "--data-dir=E:/LCS data"]) == ("E:/LCS data", True)
    for other in (["--help"], ["--version"], ["--data-dir"], ["--data-dir", "--demo"], ["--demo", "--demo"],
                  ["--data", "D"], ["--self-test"], ["D"]):  # fmt: skip
        assert _plain_start(other) is None, other
