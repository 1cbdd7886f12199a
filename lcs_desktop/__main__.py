"""``lcs-desktop``: start the app, or run an admin command (``lcs-desktop admin …``).

Only argument parsing lives here; heavy imports wait until we know which face is wanted,
so the sign-in window appears as soon as possible.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from lcs_desktop import APP_NAME

if TYPE_CHECKING:
    import argparse


def _parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(
        prog="lcs-desktop",
        description=f"{APP_NAME}: social media checks and breach investigations.",
        epilog="Admin commands for IT: lcs-desktop admin --help. Check an exported PDF: "
        "lcs-desktop verify-pdf FILE --username U",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="the data folder (default: this PC's local data folder, or LCS_DATA_DIR)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the demo organisation in its own folder (never the real data)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation works, print one line per check, and exit",
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    return parser


def _plain_start(argv: list[str]) -> tuple[str | None, bool] | None:
    """(data folder, demo) for the usual starts — no arguments, ``--data-dir DIR``, ``--demo``
    — read without argparse, whose import (with gettext and locale) delays the sign-in
    window more than any module of ours. Anything else goes to argparse as before."""
    data_dir: str | None = None
    demo = False
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        if arg == "--demo" and not demo:
            demo = True
        elif arg == "--data-dir" and data_dir is None and rest and not rest[0].startswith("-"):
            data_dir = rest.pop(0)
        elif arg.startswith("--data-dir=") and data_dir is None:
            data_dir = arg.removeprefix("--data-dir=")
        else:
            return None
    return data_dir, demo


def _attach_console() -> None:
    """A windowed build has no console; let admin commands print to the one that started it."""
    if sys.platform != "win32" or sys.stdout is not None:
        return
    import ctypes  # pragma: no cover - Windows only

    if ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
        sys.stdout = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115
        sys.stderr = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115
        sys.stdin = open("CONIN$", encoding="utf-8")  # noqa: SIM115


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if "verify-pdf" in argv and argv.index("verify-pdf") < [*argv, "admin"].index("admin"):
        # lcs-desktop verify-pdf FILE (the admin parser knows the command; "admin" may be a username)
        _attach_console()
        from lcs_desktop.cli import main as admin_main

        return admin_main(argv)
    if "admin" in argv:
        _attach_console()
        index = argv.index("admin")
        from lcs_desktop.cli import main as admin_main

        return admin_main(argv[:index] + argv[index + 1 :])
    plain = _plain_start(argv)
    if plain is not None:
        from lcs_desktop.bootstrap import run_gui

        return run_gui(data_dir=plain[0], demo=plain[1])
    args = _parser().parse_args(argv)
    if args.version:
        from lcs_desktop import __version__

        print(f"{APP_NAME} {__version__}")
        return 0
    if args.self_test:
        _attach_console()
        from lcs_desktop.selftest import run_self_test

        return run_self_test()
    from lcs_desktop.bootstrap import run_gui

    return run_gui(data_dir=args.data_dir, demo=args.demo)


if __name__ == "__main__":
    sys.exit(main())
