"""Export write errors in plain words (issue 8, #9): a full disk, a read-only folder, a folder
that has gone. Real file systems where the machine allows; never a raw OSError."""

from __future__ import annotations

import errno

import pytest

from lcs_desktop.domain.errors import ValidationError
from lcs_desktop.domain.file_errors import DISK_FULL, FAILED, GONE, NOT_ALLOWED, save_problem
from lcs_desktop.reports.protect import write_atomically
from lcs_desktop.services.case_export import CaseExportService
from tests.fs_faults import full_disk, read_only_folder
from tests.services.case_helpers import build_world, report


@pytest.fixture
def pack(org, make_user):
    world = build_world(org, make_user)
    case_id = report(world).case_id
    return world, CaseExportService(world.cases), case_id


def test_case_pack_into_a_read_only_folder_is_a_plain_sentence(pack, tmp_path):
    world, export, case_id = pack
    with read_only_folder(tmp_path) as folder:
        with pytest.raises(ValidationError) as error:
            export.export_pack(world.lead, case_id, folder)
        assert error.value.message == NOT_ALLOWED
        assert list(folder.iterdir()) == []


def test_case_pack_onto_a_full_disk_is_a_plain_sentence_and_leaves_no_part_file(pack, tmp_path):
    world, export, case_id = pack
    with full_disk(tmp_path) as folder:
        with pytest.raises(ValidationError) as error:
            export.export_pack(world.lead, case_id, folder)
        assert error.value.message == DISK_FULL
        assert [p.name for p in folder.iterdir()] == ["filler.bin"]


def test_writing_where_the_parent_is_a_file_says_the_folder_is_gone(tmp_path):
    a_file = tmp_path / "not-a-folder"
    a_file.write_text("x")
    with pytest.raises(OSError) as raw:
        write_atomically(a_file / "record.pdf", b"%PDF-1.7")
    assert save_problem(raw.value) == GONE


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (errno.ENOSPC, DISK_FULL),
        (errno.EDQUOT, DISK_FULL),
        (errno.EACCES, NOT_ALLOWED),
        (errno.EROFS, NOT_ALLOWED),
        (errno.ENOENT, GONE),
        (errno.EIO, FAILED),
    ],
)
def test_each_class_of_write_fault_has_its_sentence(code, expected):
    assert save_problem(OSError(code, "text the user never sees", "C:/Users/jo/secret name.pdf")) == expected
    assert "secret name" not in expected and "Errno" not in expected


def test_check_record_into_a_read_only_folder_is_refused_and_not_audited(org, tmp_path):
    from lcs_desktop.services.check_export import export_check
    from tests.services.check_fixtures import add_applicant, audit_details, ready_check

    check_id = ready_check(org, org.user, add_applicant(org))
    with read_only_folder(tmp_path) as folder:
        with pytest.raises(ValidationError) as error:
            export_check(org.workspace, org.user, check_id, target=folder / "record.pdf")
        assert error.value.message == NOT_ALLOWED and error.value.field == "location"
        assert list(folder.iterdir()) == []
    assert audit_details(org, "check_exported") == []  # no record of an export never saved

    saved = export_check(org.workspace, org.user, check_id, target=tmp_path / "record.pdf")
    assert (tmp_path / "record.pdf").read_bytes()[:5] == b"%PDF-"
    assert audit_details(org, "check_exported")[-1]["sha256"] == saved.sha256
