"""Every window and dialog fits the screens office PCs have, at the usual display scalings.

Each scale runs in a child process (Qt reads QT_SCALE_FACTOR and the screen only at start) on an
offscreen screen of the real size less a 40 px task bar; the child opens every window on a copy
of the demo organisation (tests/gui/window_fit_windows.py) and saves a PNG of each into the
test's tmp folder. Look at them when you change a form.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from lcs_desktop.services.demo import ensure_demo_organisation

ROOT = Path(__file__).resolve().parents[2]
TASK_BAR = 40  # logical pixels, at the bottom of the screen
FRAME = (16, 40)  # a Windows title bar and borders around the client area, logical pixels
# scale: the screen in physical pixels
SCREENS = {1.0: (1366, 768), 1.25: (1920, 1080), 1.5: (1920, 1080), 2.0: (3840, 2160)}


@pytest.fixture(scope="module")
def demo_data(tmp_path_factory) -> Path:
    from lcs_desktop.paths import AppPaths
    from lcs_desktop.services.auth import Authenticator
    from lcs_desktop.vault.crypto import FAST_KDF_FOR_TESTS
    from tests.conftest import MemorySecretStore

    folder = tmp_path_factory.mktemp("window-fit-demo")
    authenticator = Authenticator(AppPaths.under(folder), MemorySecretStore(), kdf=FAST_KDF_FOR_TESTS)
    assert ensure_demo_organisation(authenticator)
    return folder


def _start(scale: float, demo_data: Path, out: Path) -> subprocess.Popen:
    width, height = SCREENS[scale]
    data = out / "data"
    shutil.copytree(demo_data, data)
    screen = {
        "screens": [
            {
                "name": "Office",
                "x": 0,
                "y": 0,
                "width": width,
                "height": height - round(TASK_BAR * scale),
                "logicalDpi": 96,
                "logicalBaseDpi": 96,
                "dpr": 1,
            }
        ]
    }
    config = out / "screen.json"
    config.write_text(json.dumps(screen), encoding="utf-8")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": str(scale),
        "QT_SCALE_FACTOR_ROUNDING_POLICY": "PassThrough",
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    command = [sys.executable, "-m", "tests.gui.window_fit_probe", str(data), str(out)]
    return subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


def _problems(result: dict) -> list[str]:
    if "error" in result:
        return [f"could not be opened: {result['error']}"]
    available_w, available_h = result["available"]
    fit_w, fit_h = available_w - FRAME[0], available_h - FRAME[1]
    out = []
    min_w, min_h = result["minimum"]
    if min_w > fit_w or min_h > fit_h:
        out.append(f"minimum size {min_w}×{min_h} is larger than the screen's {fit_w}×{fit_h}")
    width, height = result["size"]
    if width > fit_w or height > fit_h:
        out.append(f"opens at {width}×{height}, larger than the screen's {fit_w}×{fit_h}")
    if result["hidden_buttons"]:
        out.append(f"buttons out of reach: {result['hidden_buttons']}")
    if result["clipped_labels"]:
        out.append(f"labels cut off: {result['clipped_labels']}")
    if result["clipped_headers"]:
        out.append(f"column headers cut off: {result['clipped_headers']}")
    if result["sideways"]:
        out.append(f"scrolls sideways (text runs off the edge): {result['sideways']}")
    if result.get("kept_size") is False:
        out.append("changed its size (or moved its buttons) while in use")
    return out


def test_every_window_fits_every_screen_at_every_scale(demo_data, tmp_path):
    children = {}
    for scale in SCREENS:
        out = tmp_path / f"{round(scale * 100)}%"
        out.mkdir()
        children[scale] = (out, _start(scale, demo_data, out))
    failures, seen = [], {}
    for scale, (out, child) in children.items():
        output, _ = child.communicate(timeout=300)
        assert child.returncode == 0, output.decode(errors="replace")[-3000:]
        results = json.loads((out / "results.json").read_text(encoding="utf-8"))
        seen[scale] = {r["name"] for r in results}
        width, height = SCREENS[scale]
        screen = (round(width / scale), round((height - round(TASK_BAR * scale)) / scale))
        # Each window saw the screen we meant (1280×680 logical pixels at 150 %, and so on).
        assert {tuple(r["available"]) for r in results if "available" in r} == {screen}
        for result in results:
            failures += [f"{round(scale * 100)}% {result['name']}: {p}" for p in _problems(result)]
            if "error" not in result:
                assert (out / f"{result['name']}.png").stat().st_size > 0
    assert len(seen[1.0]) >= 40, sorted(seen[1.0])  # every window, every step and tab
    assert all(names == seen[1.0] for names in seen.values())
    assert not failures, "\n".join(failures)
