"""Regenerate lcs_desktop/gui/forms/ui_*.py from ui/*.ui, and the icon resources module.

Run after editing a form in Qt Designer:  /work/venv/bin/python ui/compile_forms.py
The output is committed (no build step for tests, CI or PyInstaller); a test regenerates it
and fails when it has drifted. PySide6 is pinned, so the output is stable.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "lcs_desktop" / "gui" / "forms"
QRC_FILE = ROOT / "resources" / "resources.qrc"
RESOURCES_MODULE = ROOT / "lcs_desktop" / "gui" / "resources_rc.py"


def tool(name: str) -> str:
    """The PySide6 tool beside this Python (the venv's), else the one on PATH."""
    beside = Path(sys.executable).parent / name
    for candidate in (beside, beside.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 in this Python first")
    return found


# Forms on the start-up path, before the first paint: their generated imports are cut to the
# names the form uses. pyside6-uic imports ~40 names whatever the form needs, among them the
# Qt namespace, whose ~90 enums PySide6 builds on first touch (a third of the sign-in
# window's start-up cost over a bare window). Keep Qt:: values out of these .ui files too.
LEAN_FORMS = frozenset({"sign_in_window"})
_IMPORT = re.compile(r"^from (PySide6\.\w+) import \(([^)]*)\)\n", re.MULTILINE)


def form_target(ui_file: Path, out_dir: Path) -> Path:
    return out_dir / f"ui_{ui_file.stem}.py"


def lean_imports(code: str) -> str:
    """Only the imported names the generated class uses (word match in its body)."""
    body = code[code.index("\nclass ") :]

    def keep_used(match: re.Match[str]) -> str:
        names = [n.strip() for n in match.group(2).split(",") if n.strip()]
        used = [n for n in names if re.search(rf"\b{n}\b", body)]
        return f"from {match.group(1)} import ({', '.join(used)})\n" if used else ""

    return _IMPORT.sub(keep_used, code[: len(code) - len(body)]) + body


def compile_forms(out_dir: Path = FORMS_DIR) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        target = form_target(ui_file, out_dir)
        # Run from ui/ with a bare file name so the header never holds a machine's path.
        subprocess.run(  # noqa: S603 - fixed tool, our own files
            [tool("pyside6-uic"), ui_file.name, "-o", str(target)], check=True, cwd=UI_DIR
        )
        if ui_file.stem in LEAN_FORMS:
            target.write_text(lean_imports(target.read_text(encoding="utf-8")), encoding="utf-8")
        written.append(target)
    return written


def compile_resources(target: Path = RESOURCES_MODULE) -> Path:
    subprocess.run(  # noqa: S603 - fixed tool, our own files
        [tool("pyside6-rcc"), "--format-version", "1", "--no-compress", QRC_FILE.name, "-o", str(target)],
        check=True,
        cwd=QRC_FILE.parent,
    )
    return target


def main() -> int:
    for path in compile_forms():
        print(path.relative_to(ROOT))
    print(compile_resources().relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
