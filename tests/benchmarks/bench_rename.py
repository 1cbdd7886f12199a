"""A rename at scale (issue 10): the people index is merged after every rename (FTS5
'optimize') so the old name leaves no segment behind. What that costs with 100 000 people.

Not collected by pytest. Run: python tests/benchmarks/bench_rename.py [people]
Prints the median (min-max) of several renames, in milliseconds, and the merge alone.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

from lcs_desktop.paths import AppPaths
from lcs_desktop.services import people as people_module
from lcs_desktop.services.auth import Authenticator
from lcs_desktop.services.bulk_records import generate_bulk
from lcs_desktop.vault.crypto import FAST_KDF_FOR_TESTS
from tests.conftest import MemorySecretStore

RUNS = 7


def _ms(samples: list[float]) -> str:
    return f"{statistics.median(samples):8.1f} ms ({min(samples):.1f}-{max(samples):.1f})"


def main(people: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        auth = Authenticator(AppPaths.under(Path(folder)), MemorySecretStore(), kdf=FAST_KDF_FOR_TESTS)
        org, _recovery = auth.set_up("Bench", "admin", "Ada Admin", "Tall-Giraffe-Meadow-42")
        try:
            generate_bulk(org.workspace, org.user.id, people=people, checks=0)
            ids = [p.id for p in org.people.list_people(org.user, limit=RUNS * 2)]
            plain = []  # the same rename without the merge, for comparison
            merge, people_module.merge_search_index = people_module.merge_search_index, lambda _s: None
            for n, person in enumerate(ids[RUNS:]):
                start = time.perf_counter()
                org.people.edit_person(org.user, person, last_name=f"Plain{n}")
                plain.append((time.perf_counter() - start) * 1000)
            people_module.merge_search_index = merge
            renames = []
            for n, person in enumerate(ids[:RUNS]):
                start = time.perf_counter()
                org.people.edit_person(org.user, person, last_name=f"Renamed{n}")
                renames.append((time.perf_counter() - start) * 1000)
            merges = []
            for _ in range(RUNS):
                start = time.perf_counter()
                with org.workspace.unit_of_work() as session:
                    session.execute(text("INSERT INTO people_fts(people_fts) VALUES ('optimize')"))
                merges.append((time.perf_counter() - start) * 1000)
            print(f"{people:,} people")
            print(f"  rename without the merge      {_ms(plain)}")
            print(f"  rename (with the index merge) {_ms(renames)}")
            print(f"  index merge alone             {_ms(merges)}")
        finally:
            org.sign_out()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
