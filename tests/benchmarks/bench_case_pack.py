"""Case pack benchmark (not collected by pytest): python -m tests.benchmarks.bench_case_pack

Target (issue 4): a full case pack for a case with 500 chronology entries and 40 evidence
images (JPEG, ``rl_config.useA85 = 0``), about 200 pages, builds in under 2.5 s at the median,
with progress and cancel honoured between flowables and peak memory under 300 MB.

The case is synthetic (``tests.reports.case_samples``): the same frozen tree the services
build, with one audit event per chronology entry as a real case would have. The outcome
letter and the redacted copy (pictures withheld) are timed too, and how quickly a cancel
request stops a build.
"""

from __future__ import annotations

import statistics
import sys
import threading
import time

from lcs_desktop.reports.case_pack import build_case_pack_pdf
from lcs_desktop.reports.common import Cancelled
from lcs_desktop.reports.outcome_letter import build_outcome_letter_pdf
from lcs_desktop.reports.outcome_letter_document import LetterDocument
from tests.benchmarks.bench_reports import measure, print_figure
from tests.reports.case_samples import document, pack

ENTRIES, IMAGES, AUDIT = 500, 40, 560
TARGET_SECONDS = 2.5
TARGET_PEAK_MB = 300


def cancel_latency(data, runs: int = 5) -> tuple[float, float, float]:
    """Seconds from asking to cancel (from another thread, as the GUI does) to ``Cancelled``."""
    waits = []
    for delay in (0.2, 0.5, 0.8, 1.1, 1.4)[:runs]:
        flag = threading.Event()
        asked: list[float] = []

        def ask(delay: float = delay, flag: threading.Event = flag, asked: list[float] = asked) -> None:
            time.sleep(delay)
            asked.append(time.perf_counter())
            flag.set()

        threading.Thread(target=ask, daemon=True).start()
        try:
            build_case_pack_pdf(data, document(), is_cancelled=flag.is_set)
        except Cancelled:
            waits.append(time.perf_counter() - asked[0])
    return statistics.median(waits), min(waits), max(waits)


def main() -> int:
    full = pack(redacted=False, entries=ENTRIES, images=IMAGES, audit=AUDIT)
    redacted = pack(redacted=True, entries=ENTRIES, images=IMAGES, audit=AUDIT)
    figure = measure(
        f"case pack, full, {ENTRIES} entries, {IMAGES} JPEG", lambda: build_case_pack_pdf(full, document())
    )
    ok = print_figure(figure, target=TARGET_SECONDS)
    peak_mb = figure.peak_bytes / 2**20
    print(f"  peak Python memory {peak_mb:.0f} MB (target < {TARGET_PEAK_MB} MB): ", end="")
    print("PASS" if peak_mb < TARGET_PEAK_MB else "FAIL")
    ok = ok and peak_mb < TARGET_PEAK_MB
    print_figure(
        measure(
            "case pack, redacted (pictures withheld)",
            lambda: build_case_pack_pdf(redacted, document(include_images=False)),
        )
    )
    print_figure(
        measure(
            "case pack, full, AES-256 password",
            lambda: build_case_pack_pdf(
                full, document(), password="Open-Sesame-2025", owner_password="Owner-Key-2025"
            ),
            runs=3,
        )
    )
    letter = LetterDocument("BC-2025-0007-L1", "Priya Shah", document().generated_at)
    print_figure(measure("outcome letter", lambda: build_outcome_letter_pdf(redacted, letter)))
    median, low, high = cancel_latency(full)
    print(
        f"cancel honoured after median {median * 1000:.0f} ms (min {low * 1000:.0f}, max {high * 1000:.0f})"
    )
    try:
        import resource

        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"process peak RSS: {rss:.0f} MiB (target < {TARGET_PEAK_MB})")
        ok = ok and rss < TARGET_PEAK_MB
    except ImportError:  # Windows
        pass
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
