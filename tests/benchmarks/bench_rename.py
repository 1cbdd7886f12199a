"""A rename at scale (issue 10): the old name must leave no segment of the people index behind.
FTS5 secure-delete (migration 0020) removes it at once; the whole-index merge ('optimize') that
renames used to run is timed beside it for comparison, with 100 000 people.

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
            renames = []  # as shipped: FTS5 secure-delete drops the old terms (migration 0020)
            for n, person in enumerate(ids[:RUNS]):
                start = time.perf_counter()
                org.people.edit_person(org.user, person, last_name=f"Renamed{n}")
                renames.append((time.perf_counter() - start) * 1000)
            merges = []  # what each rename used to add: a merge of the whole index
            for _ in range(RUNS):
                start = time.perf_counter()
                with org.workspace.unit_of_work() as session:
                    session.execute(text("INSERT INTO people_fts(people_fts) VALUES ('optimize')"))
                merges.append((time.perf_counter() - start) * 1000)
            print(f"{people:,} people")
            print(f"  rename (secure-delete index)  {_ms(renames)}")
            print(f"  whole-index merge (old way)   {_ms(merges)}")
        finally:
            org.sign_out()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
