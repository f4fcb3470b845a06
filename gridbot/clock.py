"""Injectable clocks: everything time-based asks a `Clock`, so tests move time instead of sleeping.

All times are timezone-aware and expressed in Asia/Shanghai, the street's only time zone.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

SHANGHAI = ZoneInfo("Asia/Shanghai")


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, timezone-aware, in Asia/Shanghai."""
        ...


def to_shanghai(dt: datetime) -> datetime:
    """Convert an aware datetime to Asia/Shanghai; naive datetimes are refused, not guessed."""
    if dt.tzinfo is None or dt.utcoffset() is None:
        raise ValueError(f"naive datetime {dt.isoformat()} has no time zone")
    return dt.astimezone(SHANGHAI)


class SystemClock:
    """The real wall clock."""

    def now(self) -> datetime:
        return datetime.now(SHANGHAI)


class FrozenClock:
    """A clock that only moves when told to; for tests and the demo."""

    def __init__(self, start: datetime) -> None:
        self._now = to_shanghai(start)

    def now(self) -> datetime:
        return self._now

    def advance(self, **timedelta_kwargs: float) -> datetime:
        """Move forward by `timedelta(**timedelta_kwargs)` and return the new time."""
        step = timedelta(**timedelta_kwargs)
        if step < timedelta(0):
            raise ValueError("a clock does not run backwards; use set() to jump")
        self._now += step
        return self._now

    def set(self, dt: datetime) -> datetime:
        """Jump to `dt` (forwards or backwards) and return it in Asia/Shanghai."""
        self._now = to_shanghai(dt)
        return self._now
