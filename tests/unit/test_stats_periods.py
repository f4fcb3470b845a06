"""Periods named in the chat and on the command line."""

from __future__ import annotations

from datetime import datetime

import pytest

from gridbot.clock import SHANGHAI
from gridbot.stats.periods import PeriodError, parse_month, parse_period

NOW = datetime(2026, 11, 25, 15, 30, tzinfo=SHANGHAI)  # a Wednesday


def d(month: int, day: int, hour: int = 0, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, tzinfo=SHANGHAI)


@pytest.mark.parametrize(
    ("text", "start", "end", "label"),
    [
        ("今天", d(11, 25), NOW, "今天"),
        ("昨天", d(11, 24), d(11, 25), "昨天"),
        ("本周", d(11, 23), NOW, "本周"),
        ("上周", d(11, 16), d(11, 23), "上周"),
        ("本月", d(11, 1), NOW, "本月"),
        ("", d(11, 1), NOW, "本月"),
        ("上月", d(10, 1), d(11, 1), "上月"),
        ("2026-02", d(2, 1), d(3, 1), "2026年2月"),
        ("2025-12", d(12, 1, year=2025), d(1, 1, year=2026), "2025年12月"),
        ("2026-11-02", d(11, 2), d(11, 3), "2026-11-02"),
        ("2026-11-01至2026-11-15", d(11, 1), d(11, 16), "2026-11-01至2026-11-15"),
        ("2026-11-01..2026-11-15", d(11, 1), d(11, 16), "2026-11-01至2026-11-15"),
    ],
)
def test_named_periods(text: str, start: datetime, end: datetime, label: str) -> None:
    period = parse_period(text, NOW)
    assert (period.start, period.end, period.label) == (start, end, label)


def test_january_last_month_is_december_of_the_year_before() -> None:
    period = parse_period("上月", d(1, 10, year=2027))
    assert (period.start, period.end) == (d(12, 1), d(1, 1, year=2027))


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("下个月", "看不懂统计区间"),
        ("2026-13", "没有这个月份"),
        ("2026-11-31", "日期请写成"),
        ("2026-11-15至2026-11-01", "结束日期不能早于开始日期"),
        ("2027-01", "还没有开始"),
    ],
)
def test_bad_periods_are_refused_in_chinese(text: str, says: str) -> None:
    with pytest.raises(PeriodError, match=says):
        parse_period(text, NOW)


def test_month_for_rank_and_export() -> None:
    assert parse_month("2026-11").start == d(11, 1)
    with pytest.raises(PeriodError, match="YYYY-MM"):
        parse_month("十一月")
