"""What sealing costs on the office server (issue 11, speed): per value, per screenshot, per person.

Not collected by pytest. Run: python tests/benchmarks/bench_field_cipher.py
Budget it must leave room in: a list page of 100 people (8 sealed columns each) under 100 ms,
saving a finding with a 2 MB screenshot under 300 ms.
"""

from __future__ import annotations

import os
import statistics
import time

from lcs_desktop.vault.blind_index import BlindIndex
from lcs_desktop.vault.field_cipher import FieldCipher


def _median_us(fn, repeat: int = 2000) -> float:  # type: ignore[no-untyped-def]
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        for _ in range(repeat):
            fn()
        runs.append((time.perf_counter() - start) / repeat * 1e6)
    return statistics.median(runs)


def main() -> None:
    cipher = FieldCipher(os.urandom(32))
    index = BlindIndex(cipher.index_key)
    name = "Zebediah Quartermaine"
    sealed = cipher.seal_text(name, "people.first_name#42")
    seal_us = _median_us(lambda: cipher.seal_text(name, "people.first_name#42"))
    open_us = _median_us(lambda: cipher.open_text(sealed, "people.first_name#42"))
    print(f"seal a name: {seal_us:.1f} µs; open: {open_us:.1f} µs")
    print(f"a page of 100 people x 8 sealed columns opens in {open_us * 800 / 1000:.2f} ms")
    picture = os.urandom(2 * 1024 * 1024)
    blob = cipher.seal_bytes(picture, "evidence_content.data#7")
    seal_ms = _median_us(lambda: cipher.seal_bytes(picture, "evidence_content.data#7"), 20) / 1000
    open_ms = _median_us(lambda: cipher.open_bytes(blob, "evidence_content.data#7"), 20) / 1000
    print(f"2 MB screenshot: seal {seal_ms:.2f} ms, open {open_ms:.2f} ms")
    tokens_us = _median_us(lambda: index.tokens_for("person", "Zebediah", "Quartermaine"), 500)
    count = len(index.tokens_for("person", "Zebediah", "Quartermaine"))
    print(f"blind-index tokens for one person: {count} tokens in {tokens_us:.1f} µs")
    print(f"100 000 people's tokens: {tokens_us * 100_000 / 1e6:.1f} s of hashing")


if __name__ == "__main__":
    main()
