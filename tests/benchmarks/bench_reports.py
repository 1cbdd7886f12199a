"""Report benchmarks (not collected by pytest): python -m tests.benchmarks.bench_reports

Target (issue 3): a 30-finding check record with 30 JPEG images builds in under 1 s at the
median. The helpers (``measure``, ``print_figure``) are meant for the case-pack benchmark too:
pass any zero-argument callable that builds a PDF and returns a ``PdfResult``.
"""

from __future__ import annotations

import gc
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass

from lcs_desktop.reports.check_record import build_check_record_pdf
from lcs_desktop.reports.common import PdfResult
from tests.reports.samples import check_record


@dataclass(frozen=True)
class Figure:
    label: str
    median: float
    low: float
    high: float
    runs: int
    pages: int
    size: int
    peak_bytes: int

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.median if self.median else 0.0


def measure(label: str, build: Callable[[], PdfResult], *, runs: int = 7) -> Figure:
    """Median, min and max of ``runs`` builds after one warm-up (fonts load once per process),
    then one more build under tracemalloc for the peak Python memory."""
    result = build()  # warm-up
    times = []
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        result = build()
        times.append(time.perf_counter() - start)
    gc.collect()
    tracemalloc.start()
    build()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return Figure(
        label, statistics.median(times), min(times), max(times), runs, result.pages, len(result.data), peak
    )


def print_figure(figure: Figure, *, target: float | None = None) -> bool:
    verdict = ""
    ok = True
    if target is not None:
        ok = figure.median < target
        verdict = f"  target < {target:.2f} s: {'PASS' if ok else 'FAIL'}"
    print(
        f"{figure.label}: median {figure.median * 1000:.0f} ms (min {figure.low * 1000:.0f}, "
        f"max {figure.high * 1000:.0f}, {figure.runs} runs), {figure.pages} pages "
        f"({figure.pages_per_second:.0f} pages/s), {figure.size / 1024:.0f} KiB, "
        f"peak Python memory {figure.peak_bytes / 2**20:.1f} MiB{verdict}"
    )
    return ok


def main() -> int:
    jpeg = check_record(findings=30, images_per_finding=1, fmt="JPEG")
    png = check_record(findings=30, images_per_finding=1, fmt="PNG")
    ok = print_figure(
        measure("check record, 30 findings, 30 JPEG", lambda: build_check_record_pdf(jpeg)), target=1.0
    )
    print_figure(measure("check record, 30 findings, 30 PNG", lambda: build_check_record_pdf(png)))
    print_figure(
        measure(
            "check record, 30 JPEG, AES-256 password",
            lambda: build_check_record_pdf(
                jpeg, password="Open-Sesame-2025", owner_password="Owner-Key-2025"
            ),
        )
    )
    try:
        import resource

        print(f"process peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    except ImportError:  # Windows
        pass
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
