"""Registers exported to XLSX and CSV: the rows the list shows, by role, audited with the
file's SHA-256 and nothing of its content; formulas typed into a name stay text."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta

import pytest
from openpyxl import load_workbook

from lcs_desktop.domain.case_referrals import ReferralKind
from lcs_desktop.domain.cases import CaseStatus
from lcs_desktop.domain.errors import LcsError, PermissionDenied, ValidationError
from lcs_desktop.services.case_types import CaseFilter
from lcs_desktop.services.register_export import may_export
from lcs_desktop.services.registers import Register, RegisterFilter
from tests.services.case_helpers import NOW, build_world, decide_and_prepare, report
from tests.services.check_fixtures import audit_details

pytestmark = pytest.mark.both_backends


def sheet_rows(path):
    book = load_workbook(path, read_only=True)
    return [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]


@pytest.fixture
def world(org, make_user):
    w = build_world(org, make_user)
    mine = report(w).case_id
    w.cases.assign(w.lead, mine, officer_id=w.manager.id, decision_maker_id=w.lead.id)
    decide_and_prepare(w, mine)
    w.cases.record_referral(w.lead, mine, kind="lado", state="needed")
    w.cases.record_referral(
        w.lead, mine, kind="ico", state="not_needed", reason="No personal data left the charity."
    )
    other = report(w, reported_at=NOW - timedelta(minutes=30)).case_id
    w.cases.assign(w.lead, other, officer_id=w.other_manager.id, decision_maker_id=w.lead.id)
    w.ids = (mine, other)  # type: ignore[attr-defined]
    return w


def test_cases_register_to_xlsx_has_status_clocks_and_outcome_and_is_audited(world, tmp_path):
    org = world.org
    org.cases.clock = lambda: NOW + timedelta(days=3)  # the LADO clock (1 working day) has run out
    done = org.registers.export_register(world.lead, Register.CASES, tmp_path / "cases", "xlsx")
    assert done.path == tmp_path / "cases.xlsx" and done.rows == 2
    props = load_workbook(done.path, read_only=True).properties  # neutral: no one's name
    assert (props.creator, props.title, props.lastModifiedBy) == (
        "LCS Desktop",
        "Breach investigations",
        None,
    )
    rows = sheet_rows(done.path)
    assert rows[0][:8] == [
        "Reference", "Subject", "Status", "Risk", "Came in",
        "Investigating officer", "Next clock due", "Flags",
    ]  # fmt: skip
    assert rows[0][8:] == ["Finding", "Outcomes", "Decided on", "Closed"]
    newest, decided = rows[1], rows[2]
    assert newest[5] == "Otto Other" and newest[8] is None
    assert decided[1] == "Zoë Łukasz-محمد" and decided[5] == "Mona Manager"
    assert decided[7] == "Overdue clock" and isinstance(decided[6], datetime)
    assert (decided[8], decided[9]) == ("Substantiated", "Advice or guidance")
    assert decided[10] == datetime.combine(NOW.date(), datetime.min.time())
    (event,) = audit_details(org, "register_exported")
    assert event == {
        "register": "cases",
        "format": "xlsx",
        "rows": 2,
        "filtered": False,
        "sha256": hashlib.sha256(done.path.read_bytes()).hexdigest(),
    }
    assert "Zoë" not in json.dumps(event, ensure_ascii=False)
    (said,) = [
        e.sentence.full_text for e in org.audit_log.events(world.lead) if "register" in e.sentence.full_text
    ]
    assert "exported the breach investigations register to an Excel workbook (2 rows, SHA-256 " in said


def test_a_manager_exports_only_their_cases_and_an_administrator_nothing(world, tmp_path):
    org = world.org
    mine = org.registers.export_register(world.manager, Register.CASES, tmp_path / "m.csv", "csv")
    text = mine.path.read_bytes().decode("utf-8-sig")
    assert mine.rows == 1 and "Mona Manager" in text and "Otto Other" not in text
    referrals = org.registers.export_register(world.manager, Register.REFERRALS, tmp_path / "r.csv", "csv")
    lines = referrals.path.read_bytes().decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Case,Subject,Referral,Status,Clock,Due,Overdue,Made on")
    rows = {line.split(",")[2]: line.split(",") for line in lines[1:]}
    assert list(rows) == [kind.label for kind in ReferralKind]  # every kind, in the form's order
    assert rows["LADO referral"][3] == "Needed"
    assert rows["ICO personal data breach report"][3] == "Considered and not needed"
    assert rows["ICO personal data breach report"][-1] == "No personal data left the charity."
    for register in (Register.CASES, Register.REFERRALS):
        with pytest.raises(PermissionDenied):
            org.registers.export_register(world.checker, register, tmp_path / "no.csv", "csv")
    for register in Register:
        with pytest.raises(PermissionDenied):
            org.registers.export_register(world.admin_only, register, tmp_path / "no.csv", "csv")
        assert not may_export(world.admin_only, register)
    assert not (tmp_path / "no.csv").exists()
    refusals = audit_details(org, "access_refused")
    assert refusals[-1] == {"attempted": "export_register"}  # each refusal is itself audited
    said = next(e.sentence.full_text for e in org.audit_log.events(world.lead, limit=1))
    assert said.endswith("was refused: tried to export a register to a spreadsheet")
    assert may_export(world.checker, Register.CHECKS)
    assert not may_export(world.checker, Register.CASES)


def test_filters_apply_as_on_screen_and_the_search_is_not_audited(world, tmp_path):
    org = world.org
    closed_only = RegisterFilter(case=CaseFilter(status=CaseStatus.CLOSED))
    assert (
        org.registers.export_register(world.lead, Register.CASES, tmp_path / "c.csv", "csv", closed_only).rows
        == 0
    )
    people = org.registers.export_register(
        world.lead, Register.PEOPLE, tmp_path / "p.xlsx", "xlsx", RegisterFilter(query="zoe")
    )
    assert [r[:3] for r in sheet_rows(people.path)[1:]] == [["Łukasz-محمد", "Zoë", "V-100"]]
    assert audit_details(org, "register_exported")[-1]["filtered"] is True
    assert "zoe" not in json.dumps(audit_details(org, "register_exported"))


def test_a_name_that_looks_like_a_formula_stays_text(world, tmp_path):
    org = world.org
    org.people.add_person(
        world.lead, first_name="=HYPERLINK(1)", last_name="+Evil", kind="staff", reference="S-9"
    )
    flt = RegisterFilter(query="evil")
    book = org.registers.export_register(world.lead, Register.PEOPLE, tmp_path / "p.xlsx", "xlsx", flt)
    assert sheet_rows(book.path)[1][:2] == ["+Evil", "=HYPERLINK(1)"]
    assert load_workbook(book.path).worksheets[0]["B2"].data_type == "s"
    sheet = org.registers.export_register(world.lead, Register.PEOPLE, tmp_path / "p.csv", "csv", flt)
    assert sheet.path.read_bytes().decode("utf-8-sig").splitlines()[1].startswith("'+Evil,'=HYPERLINK(1),S-9")


def test_checks_register_has_result_and_outcome(org, make_user, tmp_path):
    from tests.services.check_fixtures import add_applicant, ready_check

    person = add_applicant(org)
    check_id = ready_check(org, org.user, person, concerns=False)
    org.checks.complete_check(org.user, check_id)
    done = org.registers.export_register(org.user, Register.CHECKS, tmp_path / "checks.xlsx", "xlsx")
    header, row = sheet_rows(done.path)
    assert header[4:6] == ["Status", "Result"] and "Outcome of the discussion" in header
    assert row[1] == "Jo Bloggs" and row[5] == "No concerns"
    assert isinstance(row[header.index("Completed")], datetime)


def test_a_missing_folder_or_format_is_refused_in_words(org, tmp_path):
    with pytest.raises(ValidationError, match="That folder does not exist"):
        org.registers.export_register(org.user, Register.PEOPLE, tmp_path / "nowhere" / "p.csv", "csv")
    with pytest.raises(ValidationError, match="Excel workbook"):
        org.registers.export_register(org.user, Register.PEOPLE, tmp_path / "p.ods", "ods")
    assert audit_details(org, "register_exported") == []


def test_without_openpyxl_an_xlsx_export_is_refused_in_words_and_csv_still_works(org, tmp_path, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "openpyxl", None)  # as in a bundle that lost it
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(LcsError, match="Choose a CSV file instead"):
        org.registers.export_register(org.user, Register.PEOPLE, out / "p.xlsx", "xlsx")
    assert not list(out.iterdir()) and audit_details(org, "register_exported") == []
    assert org.registers.export_register(org.user, Register.PEOPLE, out / "p.csv", "csv").rows == 0


def test_a_cancelled_export_leaves_no_file_and_no_audit_event(org, tmp_path):
    from lcs_desktop.reports.common import Cancelled
    from lcs_desktop.reports.spreadsheets import STEP, to_xlsx

    for n in range(3):
        org.people.add_person(
            org.user, first_name="Zoë", last_name=f"Test{n}", kind="staff", reference=f"S-{n}"
        )
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(Cancelled):
        org.registers.export_register(
            org.user, Register.PEOPLE, out / "p.xlsx", "xlsx", cancelled=lambda: True
        )
    assert not list(out.iterdir()) and audit_details(org, "register_exported") == []
    # Writing a large workbook reports its rows and stops when asked, between steps.
    seen: list[tuple[int, int]] = []
    rows = [("x",)] * (STEP * 2 + 1)
    to_xlsx("T", ("A",), rows, lambda done, total: seen.append((done, total)))
    assert seen == [(STEP, len(rows)), (STEP * 2, len(rows))]
    with pytest.raises(Cancelled):
        to_xlsx("T", ("A",), rows, cancelled=lambda: True)
