"""Any text, cancellation and progress: the builder never crashes on what a user typed."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lcs_desktop.reports.check_record import build_check_record_pdf
from lcs_desktop.reports.check_record_data import Amendment
from lcs_desktop.reports.common import Cancelled
from lcs_desktop.reports.text import clean
from tests.reports.conftest import page_texts
from tests.reports.samples import check_record

NASTY = "<b>&amp; </para> <font name='x'>\x00\x07\x1b\u202e\ud800 &#0; ]]> <![CDATA[ 👩‍👧 مرحبا\r\n\t"

any_text = st.text(
    alphabet=st.characters(codec=None, exclude_categories=()),  # everything, incl. controls and surrogates
    max_size=300,
) | st.sampled_from(["", NASTY, "<", "&", "a" * 400, "x\n" * 50])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=any_text, reason=any_text, seen=any_text, account=any_text, category=any_text, who=any_text)
def test_any_text_builds_and_user_markup_stays_text(name, reason, seen, account, category, who):
    data = check_record(findings=1, images_per_finding=0)
    data = replace(
        data,
        person=replace(data.person, name=name),
        proportionality_reason=reason,
        organisation=who,
        generated_by=who,
        findings=(replace(data.findings[0], what_was_seen=seen, category=category, address=seen),),
        discussion=replace(data.discussion, applicant_account=account, reason=reason),
        amendments=(Amendment(datetime(2025, 1, 1, tzinfo=UTC), who, account),),
    )
    result = build_check_record_pdf(data)
    assert result.pages >= 1


def test_markup_in_user_text_is_printed_not_obeyed():
    data = check_record(findings=0, discussion=False)
    data = replace(data, proportionality_reason="Tags <b>bold</b> & <i>x</i> stay text")
    text = "\n".join(page_texts(build_check_record_pdf(data).data))
    assert "Tags <b>bold</b> & <i>x</i> stay text" in text


def test_very_long_text_splits_across_pages():
    long = ("Lorem ipsum dolor sit amet, consectetur. " * 2500)[:100_000]
    data = check_record(findings=1, images_per_finding=0)
    unbroken = "https://example.org/" + "x" * 5000
    data = replace(
        data,
        proportionality_reason=long,
        findings=(replace(data.findings[0], what_was_seen=long, address=unbroken),),
    )
    result = build_check_record_pdf(data)
    assert result.pages > 20


def test_clean_drops_undrawable_characters():
    assert clean("a\x00b\x1bc\ud800d\r\ne") == "abcd\ne"


def test_cancel_stops_the_build_with_clear_message():
    polls = []

    def is_cancelled() -> bool:
        polls.append(1)
        return len(polls) > 5

    with pytest.raises(Cancelled) as caught:
        build_check_record_pdf(check_record(findings=5), is_cancelled=is_cancelled)
    assert "cancelled" in caught.value.message


def test_cancel_during_page_furniture_is_honoured():
    # Cancelled only once every flowable is laid out: the per-page loop must still stop it.
    state = {"calls": 0, "limit": None}

    def count() -> bool:
        state["calls"] += 1
        return False

    build_check_record_pdf(check_record(findings=3), is_cancelled=count)
    layout_polls = state["calls"]

    def late() -> bool:
        state["calls"] += 1
        return state["calls"] > layout_polls - 3

    state["calls"] = 0
    with pytest.raises(Cancelled):
        build_check_record_pdf(check_record(findings=3), is_cancelled=late)


def test_progress_rises_to_total():
    seen: list[tuple[int, int]] = []
    build_check_record_pdf(check_record(findings=3), progress=lambda done, total: seen.append((done, total)))
    done = [d for d, _ in seen]
    totals = {t for _, t in seen}
    assert len(totals) == 1
    assert done == sorted(done)
    assert seen[-1][0] == seen[-1][1]
    assert len(seen) > 10


def test_importing_reports_does_not_import_reportlab():
    code = (
        "import sys, lcs_desktop.reports, lcs_desktop.reports.check_record, lcs_desktop.reports.protect;"
        "print('reportlab' in sys.modules or any(m.startswith('reportlab.') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
