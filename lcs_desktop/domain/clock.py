"""The app's notion of "now": one injectable clock instead of reading the wall clock.

A ``Clock`` is any callable returning an aware UTC datetime. The workspace carries one
(the real clock, ``store.base.utcnow``, unless told otherwise) and the services ask it, so
a test, a demo or a benchmark can set the whole app to a chosen day and hour: a Saturday,
a bank holiday, the night the clocks change. Reading the system clock is I/O, so the real
clock lives in the store; this module only describes clocks.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

Clock = Callable[[], datetime]

# Each reading of a fixed clock moves it on by this much, so events written one after
# another keep their order (as they would under the real clock) without ever leaving the day.
TICK = timedelta(microseconds=1)


class FixedClock:
    """A clock standing at a chosen instant that moves only when told (plus one tick a reading)."""

    def __init__(self, at: datetime, tick: timedelta = TICK) -> None:
        self._at = as_utc(at)
        self._tick = tick

    def __call__(self) -> datetime:
        at = self._at
        self._at = at + self._tick
        return at

    def __repr__(self) -> str:
        return f"FixedClock({self._at.isoformat()})"

    def set(self, at: datetime) -> None:
        self._at = as_utc(at)

    def advance(self, by: timedelta) -> None:
        self._at += by


def as_utc(moment: datetime) -> datetime:
    """An aware instant in UTC; a naive one is refused (its zone would be a guess)."""
    if moment.tzinfo is None:
        raise ValueError("a clock needs an aware datetime")
    return moment.astimezone(UTC)


def parse_instant(text: str) -> datetime:
    """An ISO 8601 instant ("2026-03-29T00:30:00Z", "2026-11-30T00:05+00:00") as aware UTC.

    A value without an offset is read as UTC.
    """
    moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    return as_utc(moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC))
