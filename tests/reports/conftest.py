"""Fixtures for the report tests: a real PDF built once per module and read back with pypdf."""

from __future__ import annotations

from io import BytesIO

import pytest
from pypdf import PdfReader

from lcs_desktop.reports.check_record import build_check_record_pdf
from tests.reports.samples import check_record


def page_texts(data: bytes, password: str | None = None) -> list[str]:
    reader = PdfReader(BytesIO(data))
    if password is not None:
        reader.decrypt(password)
    return [page.extract_text() for page in reader.pages]


@pytest.fixture(scope="module")
def sample_pdf():
    """The sample check (two findings, one JPEG each) and its rendered result."""
    data = check_record()
    return data, build_check_record_pdf(data)
