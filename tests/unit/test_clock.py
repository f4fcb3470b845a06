from datetime import UTC, datetime, timedelta

import pytest

from gridbot.clock import SHANGHAI, Clock, FrozenClock, SystemClock


def test_system_clock_gives_an_aware_time_in_shanghai() -> None:
    now = SystemClock().now()
    assert now.tzinfo is SHANGHAI
    assert now.utcoffset() == timedelta(hours=8)


def test_frozen_clock_stands_still_until_advanced() -> None:
    clock = FrozenClock(datetime(2026, 10, 9, 23, 0, tzinfo=SHANGHAI))
    assert clock.now() == clock.now() == datetime(2026, 10, 9, 23, 0, tzinfo=SHANGHAI)


def test_frozen_clock_advances_across_the_year_boundary_without_sleeping() -> None:
    clock = FrozenClock(datetime(2026, 12, 31, 23, 50, tzinfo=SHANGHAI))
    assert clock.advance(minutes=15) == datetime(2027, 1, 1, 0, 5, tzinfo=SHANGHAI)
    assert clock.advance(days=3, hours=8) == datetime(2027, 1, 4, 8, 5, tzinfo=SHANGHAI)


def test_frozen_clock_converts_other_time_zones_to_shanghai() -> None:
    clock = FrozenClock(datetime(2026, 1, 1, 0, 0, tzinfo=UTC))
    assert clock.now().tzinfo is SHANGHAI
    assert clock.now().hour == 8
    clock.set(datetime(2026, 6, 1, 12, 0, tzinfo=UTC))
    assert clock.now() == datetime(2026, 6, 1, 20, 0, tzinfo=SHANGHAI)


def test_frozen_clock_refuses_naive_times_and_running_backwards() -> None:
    with pytest.raises(ValueError):
        FrozenClock(datetime(2026, 1, 1))
    clock = FrozenClock(datetime(2026, 1, 1, tzinfo=SHANGHAI))
    with pytest.raises(ValueError):
        clock.advance(minutes=-1)


def test_both_clocks_satisfy_the_clock_protocol() -> None:
    clocks: list[Clock] = [SystemClock(), FrozenClock(datetime(2026, 1, 1, tzinfo=SHANGHAI))]
    assert all(c.now().tzinfo is SHANGHAI for c in clocks)
