"""The bank holiday list shipped with the app (resources/uk-bank-holidays.json).

Loaded once per process. The domain's clock rules take the set as an argument; past the
last year in the file, the domain's own rules are used so a clock never silently ignores
Christmas because the file has not been updated yet.
"""

from __future__ import annotations

import json
from datetime import date
from functools import lru_cache
from importlib import resources

from lcs_desktop.domain.working_days import bank_holidays

RESOURCE = "uk-bank-holidays.json"


@lru_cache(maxsize=1)
def load_bank_holidays() -> frozenset[date]:
    raw = resources.files("lcs_desktop.resources").joinpath(RESOURCE).read_text(encoding="utf-8")
    document = json.loads(raw)
    shipped = frozenset(date.fromisoformat(event["date"]) for event in document["events"])
    # Years after the list: the computed rules (no one-off proclamations are known yet).
    later = bank_holidays(int(document["last_year"]) + 1, int(document["last_year"]) + 10)
    return shipped | later
