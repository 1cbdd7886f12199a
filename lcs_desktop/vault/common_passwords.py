"""The common-password list shipped with the app (20 000 entries, gzip)."""

from __future__ import annotations

import gzip
from functools import cache
from importlib import resources


@cache
def common_passwords() -> frozenset[str]:
    data = resources.files("lcs_desktop.resources").joinpath("common-passwords.txt.gz").read_bytes()
    return frozenset(gzip.decompress(data).decode("utf-8").split())
