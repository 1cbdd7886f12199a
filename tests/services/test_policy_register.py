"""The policy register (issue 10, policy §10): versions with their text, approval and next
review; the version in force recorded on new checks and cases; acknowledgements recorded,
imported from what spreadsheets save, listed as pending after a new version and exported."""

from __future__ import annotations

import hashlib
import json
from datetime import date, timedelta
from importlib import resources

import pytest
from openpyxl import load_workbook

from lcs_desktop.domain.desk import DeskKind
from lcs_desktop.domain.errors import ConflictError, PermissionDenied, ValidationError, ValidationErrors
from lcs_desktop.domain.policy_register import add_months, next_review
from lcs_desktop.services.policy_ack_import import AckImportRefused
from lcs_desktop.services.policy_desk import desk_items
from lcs_desktop.store.cases import BreachCase
from lcs_desktop.store.checks import Check
from tests.frozen_clock import TEST_TODAY
from tests.services.case_helpers import build_world, decide_and_prepare, report
from tests.services.check_fixtures import add_applicant, audit_details, details

pytestmark = pytest.mark.both_backends

POLICY_TEXT = "## Social Media Policy 2026 Version\n\n### 10. Review of Policy\n\nReviewed annually.\n"


@pytest.fixture
def world(org, make_user):
    w = build_world(org, make_user)
    org.people.add_person(org.user, first_name="Zoë", last_name="Brontë", kind="staff", reference="S-7")
    org.people.add_person(org.user, first_name="Cy", last_name="Committee", kind="committee", reference="C-1")
    return w


def _new_version(org, lead, label="2026", approved_on=None):
    version_id = org.policy.add_version(lead, label=label, title="Social Media Policy", text=POLICY_TEXT)
    org.policy.approve(lead, version_id, approved_on=approved_on or TEST_TODAY, approved_by="The trustees")
    return version_id


def _person(org, reference: str) -> int:
    (row,) = [r for r in org.people.list_people(org.user, query=reference) if r.reference == reference]
    return row.id


def test_months_add_to_the_same_day_or_the_months_last():
    assert next_review(date(2025, 1, 1)) == date(2026, 1, 1)
    assert next_review(date(2024, 2, 29)) == date(2025, 2, 28)
    assert next_review(date(2027, 2, 28)) == date(2028, 2, 28)
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2027, 12, 31), 2) == date(2028, 2, 29)


def test_shipped_2025_version_is_in_the_register_with_its_text_and_review_date(world):
    org, lead = world.org, world.lead
    (seed,) = org.policy.list_versions(lead)
    shipped = (
        resources.files("lcs_desktop.resources.policy")
        .joinpath("social-media-policy-2025.md")
        .read_text(encoding="utf-8")
    )
    assert seed.label == "2025" and seed.title == "Social Media Policy, Procedures and Guidance"
    assert seed.text_sha256 == hashlib.sha256(shipped.encode()).hexdigest()
    assert seed.approved_on == date(2025, 1, 1) and seed.next_review_on == date(2026, 1, 1)
    assert seed.in_force and seed.made_under == "Made under the Social Media Policy, version 2025"
    text = org.policy.version_text(lead, seed.id)
    assert "## 10. Review of Policy" in text and "reviewed annually" in text


def test_a_new_version_is_in_force_once_approved_and_reviewed_twelve_months_on(world):
    org, lead = world.org, world.lead
    version_id = org.policy.add_version(lead, label="2026", title="Social Media Policy", text=POLICY_TEXT)
    assert org.policy.current_version(lead).label == "2025"  # a draft is never in force
    approved = TEST_TODAY - timedelta(days=10)
    review = org.policy.approve(lead, version_id, approved_on=approved, approved_by="The trustees")
    assert review == add_months(approved, 12)
    assert org.policy.current_version(lead).label == "2026"
    assert org.policy.current_version(lead, approved - timedelta(days=1)).label == "2025"
    labels = [v.label for v in org.policy.list_versions(lead)]
    assert labels == ["2026", "2025"]
    (added,) = audit_details(org, "policy_version_added")
    assert added == {"version": "2026", "sha256": hashlib.sha256(POLICY_TEXT.strip().encode()).hexdigest()}
    (approval,) = audit_details(org, "policy_version_approved")
    assert approval["next_review_on"] == review.isoformat() and "trustees" not in json.dumps(approval)
    said = [
        e.sentence.full_text
        for e in org.audit_log.events(lead)
        if "Social Media Policy" in e.sentence.full_text
    ]
    assert any("added version 2026 of the Social Media Policy to the policy register" in s for s in said)


def test_versions_refuse_bad_input_all_at_once_and_managers_may_not_add_them(world):
    org, lead = world.org, world.lead
    with pytest.raises(ValidationErrors) as caught:
        org.policy.add_version(lead, label="", title="", text="  ")
    assert {p.field for p in caught.value.problems} == {"label", "title", "text"}
    with pytest.raises(ValidationError, match="already a version labelled '2025'"):
        org.policy.add_version(lead, label="2025", title="Again", text="Text")
    version_id = org.policy.add_version(lead, label="2026", title="T", text="Text")
    with pytest.raises(ValidationError, match="future"):
        org.policy.approve(lead, version_id, approved_on=TEST_TODAY + timedelta(days=1), approved_by="Board")
    with pytest.raises(PermissionDenied):
        org.policy.add_version(world.manager, label="2027", title="T", text="Text")
    assert org.policy.list_versions(world.manager)  # a manager reads the register
    with pytest.raises(PermissionDenied):
        org.policy.list_versions(world.checker)
    assert {"attempted": "add_version"} in audit_details(org, "access_refused")


def test_new_checks_and_cases_record_the_version_in_force(world):
    org, lead = world.org, world.lead
    first = org.checks.create_check(lead, add_applicant(org), details())
    case_id = report(world).case_id  # the cases' clock stands in March 2025: the 2025 version
    version_id = _new_version(org, lead)
    second = org.checks.create_check(lead, add_applicant(org, "APP-002"), details())
    with org.workspace.reading() as session:
        assert session.get(Check, first).policy_version_id == 1
        assert session.get(Check, second).policy_version_id == version_id
        assert session.get(BreachCase, case_id).policy_version_id == 1
    assert org.checks.read_check(lead, second).policy_version == "2026"


def test_home_reminds_the_lead_a_month_before_the_review_and_counts_pending(world):
    org, lead, ws = world.org, world.lead, world.org.workspace
    _new_version(org, lead, approved_on=date(2026, 11, 1))  # next review 1 November 2027
    assert [i.kind for i in desk_items(ws, lead, date(2027, 9, 30))] == [DeskKind.ACKNOWLEDGEMENTS]
    review, pending = desk_items(ws, lead, date(2027, 10, 1))
    assert review.kind is DeskKind.POLICY_REVIEW and review.due == date(2027, 11, 1) and not review.overdue
    assert review.link.page == "policy" and "version 2026" in review.sentence
    assert desk_items(ws, lead, date(2027, 11, 2))[0].overdue
    # Zoë Brontë, Zoë Łukasz-محمد and the committee member; never the applicant.
    assert pending.sentence == "3 people have not yet acknowledged the Social Media Policy, version 2026"
    assert "Zoë" not in pending.sentence
    assert [i.kind for i in desk_items(ws, world.manager, date(2027, 10, 1))] == [DeskKind.ACKNOWLEDGEMENTS]
    assert desk_items(ws, world.checker, date(2027, 10, 1)) == []


def test_recording_an_acknowledgement_and_the_pending_list_after_a_new_version(world, backend):
    org, lead, manager = world.org, world.lead, world.manager
    acks = org.acknowledgements
    staff = _person(org, "S-7")
    acks.record(manager, staff, None, TEST_TODAY - timedelta(days=2))
    acks.record(lead, world.subject_id, None, TEST_TODAY)
    with pytest.raises(ConflictError, match="S-7 already acknowledged version 2025"):
        acks.record(lead, staff, None, TEST_TODAY)
    with pytest.raises(ValidationError, match="applicant"):
        acks.record(lead, world.applicant_id, None, TEST_TODAY)
    with pytest.raises(ValidationError, match="future"):
        acks.record(lead, _person(org, "C-1"), None, TEST_TODAY + timedelta(days=1))
    with pytest.raises(PermissionDenied):
        acks.record(world.checker, _person(org, "C-1"), None, TEST_TODAY)
    assert [r.reference for r in acks.list_acknowledgements(lead, pending_only=True)] == ["C-1"]
    _new_version(org, lead)
    pending = acks.list_acknowledgements(lead, pending_only=True)
    # By surname, all again; on a server by reference (names are sealed there and do not sort).
    order = ["S-7", "C-1", "V-100"] if backend == "local" else ["C-1", "S-7", "V-100"]
    assert [r.reference for r in pending] == order
    everyone = acks.list_acknowledgements(lead, 1)
    assert {r.reference: r.acknowledged_on for r in everyone}["S-7"] == TEST_TODAY - timedelta(days=2)
    page = acks.list_acknowledgements(lead, pending_only=True, limit=2)
    rest = acks.list_acknowledgements(lead, pending_only=True, after=page[-1].sort_key)
    assert [r.reference for r in page + rest] == order
    events = audit_details(org, "policy_acknowledged")
    assert events[0] == {
        "version": "2025",
        "method": "recorded",
        "acknowledged_on": (TEST_TODAY - timedelta(days=2)).isoformat(),
    }
    assert "Zoë" not in json.dumps(events, ensure_ascii=False)


def test_import_reads_a_windows_1252_semicolon_file_with_dates_in_words(world):
    org, lead = world.org, world.lead
    sheet = (
        "Reference;Name;Acknowledged on\r\n"
        "S-7;Zoë Brontë;3 December 2025\r\n"
        "c-1;Cy Committee;01/10/2026\r\n"
        "\r\n"
    ).encode("cp1252")
    preview = org.acknowledgements.preview_import(lead, sheet)
    assert (
        preview.ok and preview.describe_file() == "Read as Windows-1252 text, cells separated by semicolons."
    )
    assert preview.row_lines() == [
        "Row 2: Zoë Brontë (S-7), acknowledged 3 December 2025",
        "Row 3: Cy Committee (c-1), acknowledged 1 October 2026",
    ]
    assert org.acknowledgements.import_acknowledgements(lead, sheet) == 2
    rows = {r.reference: r for r in org.acknowledgements.list_acknowledgements(lead)}
    assert rows["S-7"].acknowledged_on == date(2025, 12, 3) and rows["S-7"].method == "imported"
    assert [r.reference for r in org.acknowledgements.list_acknowledgements(lead, pending_only=True)] == [
        "V-100"
    ]
    (event,) = audit_details(org, "policy_acknowledgements_imported")
    assert event == {"version": "2025", "count": 2, "already": 0, "sha256": hashlib.sha256(sheet).hexdigest()}
    again = org.acknowledgements.preview_import(lead, sheet)  # a second import adds nothing
    assert not again.rows and len(again.notes()) == 2 and "already acknowledged" in again.notes()[0]


def test_import_refuses_the_whole_file_for_any_bad_row(world):
    org, lead = world.org, world.lead
    sheet = (
        "reference,acknowledged_on\n"
        "S-7,03/12/2025\n"
        "NOPE-1,03/12/2025\n"
        "A-1,03/12/2025\n"
        "C-1,31/02/2026\n"
        "S-7,04/12/2025\n"
    ).encode("utf-8-sig")
    preview = org.acknowledgements.preview_import(lead, sheet)
    assert not preview.ok and preview.encoding == "UTF-8"
    assert preview.messages() == [
        "Row 3: no one with the reference 'NOPE-1' is recorded.",
        "Row 4: 'A-1' is an applicant: only staff, volunteers and committee members acknowledge the policy.",
        "Row 5: '31/02/2026' is not a real date (the date acknowledged).",
        "Row 6: the reference 'S-7' is also on row 2.",
    ]
    with pytest.raises(AckImportRefused):
        org.acknowledgements.import_acknowledgements(lead, sheet)
    assert org.acknowledgements.count(lead, pending_only=True) == 3  # nothing was recorded
    us = b"reference,acknowledged_on\nS-7,12/25/2025\n"
    assert "month first" in org.acknowledgements.preview_import(lead, us).messages()[0]


def test_pending_export_opens_back_in_openpyxl_and_is_audited_by_hash(world, tmp_path):
    org, lead = world.org, world.lead
    org.acknowledgements.record(lead, _person(org, "C-1"), None, TEST_TODAY)
    done = org.acknowledgements.export(lead, tmp_path / "pending", "xlsx")
    assert done.path == tmp_path / "pending.xlsx" and done.rows == 2
    book = load_workbook(done.path, read_only=True)
    rows = [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    assert rows[0] == ["Reference", "First name", "Last name", "Kind", "Acknowledged on", "How"]
    assert [r[:4] for r in rows[1:]] == [
        ["S-7", "Zoë", "Brontë", "Staff"],
        ["V-100", "Zoë", "Łukasz-محمد", "Volunteer"],
    ]
    (event,) = audit_details(org, "policy_acknowledgements_exported")
    assert event == {
        "version": "2025",
        "pending_only": True,
        "format": "xlsx",
        "rows": 2,
        "sha256": hashlib.sha256(done.path.read_bytes()).hexdigest(),
    }
    csv_done = org.acknowledgements.export(lead, tmp_path / "pending.csv", "csv")
    assert csv_done.path.read_bytes().decode("utf-8-sig").splitlines()[1].startswith("S-7,Zoë,Brontë,Staff")
    said = [
        e.sentence.full_text
        for e in org.audit_log.events(lead)
        if "not yet acknowledged" in e.sentence.full_text
    ]
    assert any("to an Excel workbook (2 rows, SHA-256 " in s for s in said)
    with pytest.raises(PermissionDenied):
        org.acknowledgements.export(world.checker, tmp_path / "x", "csv")
    _new_version(org, lead, label="2026/27")  # a label a sheet name could not hold as it is
    slashed = org.acknowledgements.export(lead, tmp_path / "slashed", "xlsx")
    assert load_workbook(slashed.path, read_only=True).sheetnames == ["Not yet acknowledged 2026-27"]


def _pdf_text(data: bytes) -> str:
    from io import BytesIO

    from pypdf import PdfReader

    return " ".join(" ".join(p.extract_text() for p in PdfReader(BytesIO(data)).pages).split())


def test_check_record_case_pack_and_letter_print_the_version_they_were_made_under(world, tmp_path):
    from lcs_desktop.services.check_export import export_check

    org, lead = world.org, world.lead
    case_id = report(world).case_id
    _new_version(org, lead)
    check_id = org.checks.create_check(lead, add_applicant(org), details())
    record = _pdf_text(export_check(org.workspace, lead, check_id).data)
    assert "Made under the Social Media Policy, version 2026" in record
    assert org.cases.open_case(lead, case_id).policy_version == "2025"
    pack = org.case_export.export_pack(lead, case_id, tmp_path, redacted=False, without_password=True)
    assert "Made under the Social Media Policy, version 2025" in _pdf_text(pack.path.read_bytes())
    decide_and_prepare(world, case_id)
    letter = org.case_export.export_letter(lead, case_id, tmp_path)
    assert "Made under the Social Media Policy, version 2025" in _pdf_text(letter.path.read_bytes())
