"""Periods people name in the chat and on the command line (统计区间).

`parse_period(text, now)` understands 今天/今日, 昨天/昨日, 本周, 上周, 本月, 上月, 今年,
YYYY-MM (a month), YYYY-MM-DD (a day) and two dates joined by 至, ~ or .. (both days
included). An empty text means 本月. Periods are [start, end) in Asia/Shanghai; a period that
is still running ends now, so nothing still ahead counts as late.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from gridbot.clock import SHANGHAI, to_shanghai

_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_RANGE = re.compile(r"^(\S+?)\s*(?:至|到|~|～|\.\.)\s*(\S+)$")


class PeriodError(ValueError):
    """The text names no period we understand; the message is Chinese, for the user."""


@dataclass(frozen=True)
class Period:
    start: datetime
    end: datetime
    label: str

    def until(self, now: datetime) -> Period:
        """The same period, ending now if it has not ended yet."""
        return Period(self.start, min(self.end, to_shanghai(now)), self.label)


def midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=SHANGHAI)


def day_range(first: date, last: date, label: str) -> Period:
    """The days first..last, both included."""
    return Period(midnight(first), midnight(last + timedelta(days=1)), label)


def month(year: int, number: int) -> Period:
    if not 1 <= number <= 12 or not 2000 <= year <= 2100:
        raise PeriodError(f"没有这个月份：{year}-{number:02d}")
    after = date(year + number // 12, number % 12 + 1, 1)
    return Period(midnight(date(year, number, 1)), midnight(after), f"{year}年{number}月")


def month_of(day: date) -> Period:
    return month(day.year, day.month)


def previous_month(day: date) -> Period:
    return month_of(day.replace(day=1) - timedelta(days=1))


def parse_month(text: str) -> Period:
    """YYYY-MM, for /rank, /export and the CLI."""
    match = _MONTH.fullmatch(text.strip())
    if match is None:
        raise PeriodError(f"月份请写成 YYYY-MM，例如 2026-11（收到：{text.strip()}）")
    return month(int(match[1]), int(match[2]))


def _parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise PeriodError(
            f"日期请写成 YYYY-MM-DD，例如 2026-11-23（收到：{text.strip()}）"
        ) from None


def parse_period(text: str, now: datetime) -> Period:
    """The period `text` names, as seen at `now` (see the module docstring)."""
    now = to_shanghai(now)
    today = now.date()
    word = text.strip() or "本月"
    monday = today - timedelta(days=today.weekday())
    named = {
        "今天": day_range(today, today, "今天"),
        "今日": day_range(today, today, "今天"),
        "昨天": day_range(today - timedelta(days=1), today - timedelta(days=1), "昨天"),
        "昨日": day_range(today - timedelta(days=1), today - timedelta(days=1), "昨天"),
        "本周": day_range(monday, monday + timedelta(days=6), "本周"),
        "上周": day_range(monday - timedelta(days=7), monday - timedelta(days=1), "上周"),
        "本月": Period(month_of(today).start, month_of(today).end, "本月"),
        "上月": Period(previous_month(today).start, previous_month(today).end, "上月"),
        "今年": Period(
            midnight(date(today.year, 1, 1)),
            midnight(date(today.year + 1, 1, 1)),
            f"{today.year}年",
        ),
    }
    if word in named:
        period = named[word]
    elif _MONTH.fullmatch(word):
        period = parse_month(word)
    elif match := _RANGE.fullmatch(word):
        first, last = _parse_day(match[1]), _parse_day(match[2])
        if last < first:
            raise PeriodError("结束日期不能早于开始日期")
        period = day_range(first, last, f"{first:%Y-%m-%d}至{last:%Y-%m-%d}")
    elif re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", word):
        day = _parse_day(word)
        period = day_range(day, day, f"{day:%Y-%m-%d}")
    else:
        raise PeriodError(
            f"看不懂统计区间“{word}”。可以写：今天、昨天、本周、上周、本月、上月、今年、"
            "2026-11、2026-11-23 或 2026-11-01至2026-11-15"
        )
    if period.start > now:
        raise PeriodError(f"{period.label}还没有开始")
    return period.until(now)
