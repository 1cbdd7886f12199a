"""The committed forms and resources module are exactly what pyside6-uic/rcc make from ui/."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _compiler():
    spec = importlib.util.spec_from_file_location("compile_forms", ROOT / "ui" / "compile_forms.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_form_matches_its_ui_file(tmp_path):
    compiler = _compiler()
    written = compiler.compile_forms(tmp_path)
    assert written, "no .ui files found"
    committed_dir = ROOT / "lcs_desktop" / "gui" / "forms"
    drifted = [
        path.name
        for path in written
        if not (committed_dir / path.name).exists()
        or (committed_dir / path.name).read_text(encoding="utf-8") != path.read_text(encoding="utf-8")
    ]
    assert not drifted, f"run ui/compile_forms.py and commit: {drifted}"


def test_no_stale_form_without_ui_file():
    ui_names = {f"ui_{p.stem}.py" for p in (ROOT / "ui").glob("*.ui")}
    committed = {p.name for p in (ROOT / "lcs_desktop" / "gui" / "forms").glob("ui_*.py")}
    assert committed <= ui_names, f"generated forms whose .ui is gone: {sorted(committed - ui_names)}"


def test_resources_module_matches_qrc(tmp_path):
    compiler = _compiler()
    fresh = compiler.compile_resources(tmp_path / "resources_rc.py")
    committed = ROOT / "lcs_desktop" / "gui" / "resources_rc.py"
    assert committed.read_text(encoding="utf-8") == fresh.read_text(encoding="utf-8"), (
        "run ui/compile_forms.py and commit lcs_desktop/gui/resources_rc.py"
    )
