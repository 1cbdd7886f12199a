"""The instant the test suite runs at: ``LCS_TEST_NOW`` (ISO 8601) when set, else a fixed default.

Nothing in the suite reads the wall clock for anything that matters: the services run on
a ``FixedClock`` standing at ``TEST_NOW`` (the autouse fixture in tests/conftest.py), and
tests that type or build "today" use ``TEST_TODAY``. ``tests/test_any_date.py`` runs the
date-sensitive modules at awkward instants (weekends, bank holidays, DST nights).
"""

from __future__ import annotations

import os
from datetime import datetime

from lcs_desktop.domain.clock import parse_instant
from lcs_desktop.domain.working_days import london_date

ENV = "LCS_TEST_NOW"
# Wednesday 18 November 2026, 10:30 London (GMT): a plain working day.
DEFAULT_NOW = "2026-11-18T10:30:00+00:00"

TEST_NOW: datetime = parse_instant(os.environ.get(ENV) or DEFAULT_NOW)
TEST_TODAY = london_date(TEST_NOW)
