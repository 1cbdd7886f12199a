"""Frozen against unfrozen start: process start until the sign-in window is on screen (issue 5).

Not collected by pytest. Run (Linux, needs Xvfb and xwininfo; PyInstaller for --build):

    python tests/benchmarks/bench_frozen.py [--bundle dist/LCSDesktop] [--build] [--runs 5]

Each run starts the app on a set-up data folder (so it shows the sign-in window, not the
wizard) on a private Xvfb screen, and stops the clock when X reports the "LCS Desktop"
window viewable: mapped, which under Xvfb is followed by its first paint within a frame.
Prints the median (min-max) of both, their ratio (the target is at most 1.5x) and the bundle
size. Without Xvfb it falls back to timing `--self-test` (which loads Qt and paints a
widget) and says so.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TITLE = "LCS Desktop"
TIMEOUT = 60.0


def build_bundle(dist: Path) -> Path:
    work = Path(tempfile.mkdtemp(prefix="lcs-bench-build-"))
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", str(dist),
         "--workpath", str(work), str(ROOT / "installer" / "lcs_desktop.spec")],
        check=True, cwd=ROOT,
    )  # fmt: skip
    shutil.rmtree(work, ignore_errors=True)
    return dist / "LCSDesktop"


def bundle_size(bundle: Path) -> float:
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.lstat().st_size for p in files) / 2**20


def set_up_data_folder(root: Path) -> Path:
    from lcs_desktop.paths import AppPaths
    from lcs_desktop.services.auth import Authenticator
    from lcs_desktop.vault.crypto import FAST_KDF_FOR_TESTS
    from lcs_desktop.vault.secret_store import NoSecretStore

    paths = AppPaths.under(root)
    auth = Authenticator(paths, NoSecretStore(), kdf=FAST_KDF_FOR_TESTS)
    session, _ = auth.set_up("Benchmark organisation", "bench", "Bench Mark", "Quiet-Harbour-Lantern-77")
    session.sign_out()
    return paths.data_dir


class Screen:
    """A private Xvfb display for the runs."""

    def __init__(self) -> None:
        self.display = f":{100 + os.getpid() % 400}"
        self.proc = subprocess.Popen(
            ["Xvfb", self.display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        deadline = time.monotonic() + 10
        while subprocess.run(["xwininfo", "-root", "-display", self.display], capture_output=True).returncode:
            if time.monotonic() > deadline:
                raise RuntimeError("Xvfb did not start")
            time.sleep(0.05)

    def window_viewable(self) -> bool:
        """The app's top-level window (it has a WM_CLASS; Qt's 1x1 leader window has none)."""
        tree = subprocess.run(
            ["xwininfo", "-display", self.display, "-root", "-tree"], capture_output=True, text=True
        ).stdout
        ids = [line.split()[0] for line in tree.splitlines() if f'"{TITLE}": ("' in line]
        for window in ids:
            info = subprocess.run(
                ["xwininfo", "-display", self.display, "-id", window], capture_output=True, text=True
            ).stdout
            if "IsViewable" in info:
                return True
        return False

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)


def time_to_window(command: list[str], env: dict[str, str], screen: Screen) -> float:
    started = time.perf_counter()
    app = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        while not screen.window_viewable():
            if app.poll() is not None:
                raise RuntimeError(
                    f"the app stopped before showing its window: {app.stderr.read()[-2000:]!r}"
                )
            if time.perf_counter() - started > TIMEOUT:
                raise RuntimeError("no sign-in window within 60 s")
            time.sleep(0.025)  # polling costs CPU the app needs on a 2-core machine
        return time.perf_counter() - started
    finally:
        app.terminate()
        try:
            app.wait(timeout=10)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()


def time_self_test(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run([*command, "--self-test"], env={**env, "QT_QPA_PLATFORM": "offscreen"},
                   capture_output=True, check=True)  # fmt: skip
    return time.perf_counter() - started


def summary(times: list[float]) -> str:
    return f"{statistics.median(times) * 1000:7.0f} ms  ({min(times) * 1000:.0f}-{max(times) * 1000:.0f})"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "LCSDesktop")
    parser.add_argument("--build", action="store_true", help="build the bundle first (PyInstaller)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    bundle = build_bundle(args.bundle.parent) if args.build else args.bundle
    exe = bundle / ("LCSDesktop.exe" if sys.platform == "win32" else "LCSDesktop")
    if not exe.exists():
        print(f"No frozen app at {exe}: build it with --build (or pyinstaller installer/lcs_desktop.spec).")
        return 2
    variants = {"unfrozen": [sys.executable, "-m", "lcs_desktop"], "frozen": [str(exe)]}

    with tempfile.TemporaryDirectory(prefix="lcs-bench-frozen-") as tmp:
        home = Path(tmp)
        env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
               "XDG_DATA_HOME": str(home / "data"), "XDG_STATE_HOME": str(home / "state"),
               "LCS_DATA_DIR": str(set_up_data_folder(home / "org"))}  # fmt: skip
        env.pop("QT_QPA_PLATFORM", None)
        screen = None
        if shutil.which("Xvfb") and shutil.which("xwininfo"):
            screen = Screen()
            env["DISPLAY"] = screen.display
            what = "process start -> sign-in window viewable"
        else:
            what = "STAND-IN (no Xvfb/xwininfo): process start -> --self-test finished"
        try:
            results: dict[str, list[float]] = {name: [] for name in variants}
            for run in range(args.runs + 1):  # the first round warms the file cache and is dropped
                for name, command in variants.items():
                    took = time_to_window(command, env, screen) if screen else time_self_test(command, env)
                    if run:
                        results[name].append(took)
        finally:
            if screen:
                screen.close()

    print(f"{what}, median of {args.runs} runs (min-max):")
    for name, times in results.items():
        print(f"  {name:<9} {summary(times)}")
    ratio = statistics.median(results["frozen"]) / statistics.median(results["unfrozen"])
    print(f"  frozen / unfrozen = {ratio:.2f}x (target <= 1.5x): {'OK' if ratio <= 1.5 else 'TOO SLOW'}")
    print(f"bundle size: {bundle_size(bundle):.1f} MiB ({bundle})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
