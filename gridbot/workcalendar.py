"""The Chinese working-day calendar: statutory holidays, make-up workdays (调休), office hours.

Sources, in order: `config/holidays.yaml` for the years it lists, the `chinesecalendar` package
for the years it covers, and Monday–Friday for any other year, with a warning (once per year) so
the command centre can be told to add that year to the YAML.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from chinese_calendar import constants as cc
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from gridbot.clock import SHANGHAI, to_shanghai
from gridbot.config import ConfigError, parse_yaml_file

Period = tuple[time, time]
DEFAULT_PERIODS: tuple[Period, ...] = ((time(8, 30), time(12, 0)), (time(14, 0), time(17, 30)))

# The package names days in English; the bot uses the Chinese names the State Council uses.
_PACKAGE_NAMES = {h.value: h.chinese for h in cc.Holiday} | {
    cc.Holiday.tomb_sweeping_day.value: "清明节",
    cc.Holiday.dragon_boat_festival.value: "端午节",
    cc.Holiday.mid_autumn_festival.value: "中秋节",
}


@dataclass(frozen=True)
class YearRules:
    holidays: dict[date, str] = field(default_factory=dict)
    workdays: dict[date, str] = field(default_factory=dict)  # make-up workdays (调休上班)


def package_years() -> dict[int, YearRules]:
    """The years the installed `chinesecalendar` covers, as `YearRules`."""
    first, last = min(cc.holidays).year, max(cc.holidays).year
    years = {y: YearRules() for y in range(first, last + 1)}
    for d, name in cc.holidays.items():
        years[d.year].holidays[d] = _PACKAGE_NAMES.get(name, name)
    for d, name in cc.workdays.items():
        years[d.year].workdays[d] = f"{_PACKAGE_NAMES.get(name, name)}调休"
    return years


def unknown_year_message(year: int) -> str:
    return (
        f"⚠️ {year}年的法定节假日和调休安排尚未配置，期限暂按周一至周五上班计算。"
        f"请在 config/holidays.yaml 中补充{year}年的安排。"
    )


class WorkCalendar:
    """Answers "is this a working day?" and does deadline arithmetic in working time.

    Datetimes must be timezone-aware; results are in Asia/Shanghai (no daylight saving there,
    so arithmetic on local wall-clock times is exact).
    """

    def __init__(
        self,
        years: dict[int, YearRules] | None = None,
        periods: Iterable[Period] = DEFAULT_PERIODS,
        on_unknown_year: Callable[[int], None] | None = None,
        use_package: bool = True,
    ) -> None:
        self._years = (package_years() if use_package else {}) | dict(years or {})
        self.periods: tuple[Period, ...] = _check_periods(tuple(periods))
        self.on_unknown_year = on_unknown_year
        self.warnings: list[str] = []
        self._warned: set[int] = set()

    @classmethod
    def load(
        cls, config_dir: Path | str, on_unknown_year: Callable[[int], None] | None = None
    ) -> WorkCalendar:
        """Build from `<config_dir>/holidays.yaml` and the package; raises ConfigError."""
        years, periods = load_holidays_file(Path(config_dir) / "holidays.yaml")
        return cls(years, periods, on_unknown_year)

    # -- days -------------------------------------------------------------------------------

    def is_known_year(self, year: int) -> bool:
        return year in self._years

    def unknown_years_in(self, start: date, end: date) -> list[int]:
        """Years between `start` and `end` (inclusive, dates or datetimes) with no holiday data."""
        return [y for y in range(start.year, end.year + 1) if not self.is_known_year(y)]

    def _rules(self, day: date) -> YearRules | None:
        rules = self._years.get(day.year)
        if rules is None and day.year not in self._warned:
            self._warned.add(day.year)
            self.warnings.append(unknown_year_message(day.year))
            if self.on_unknown_year is not None:
                self.on_unknown_year(day.year)
        return rules

    def is_workday(self, day: date) -> bool:
        day = _as_date(day)
        rules = self._rules(day)
        if rules is not None and day in rules.workdays:
            return True
        return day.weekday() < 5 and (rules is None or day not in rules.holidays)

    def holiday_name(self, day: date) -> str | None:
        """The statutory holiday's name ("国庆节"), or None on workdays and ordinary weekends."""
        day = _as_date(day)
        rules = self._rules(day)
        return rules.holidays.get(day) if rules is not None else None

    def next_workday(self, day: date) -> date:
        """The first working day strictly after `day`."""
        day = _as_date(day)
        day += timedelta(days=1)
        while not self.is_workday(day):
            day += timedelta(days=1)
        return day

    # -- working time -----------------------------------------------------------------------

    def _periods_on(self, day: date) -> list[tuple[datetime, datetime]]:
        at = partial(datetime.combine, day, tzinfo=SHANGHAI)
        return [(at(s), at(e)) for s, e in self.periods] if self.is_workday(day) else []

    def add_working_days(self, dt: datetime, n: int) -> datetime:
        """End of office hours on the n-th working day after the day of `dt`.

        As in Chinese administrative practice (期间开始之日不计算在内), the day a report
        arrives is not counted: 3 working days from Friday ends Wednesday 17:30.
        """
        if n < 0:
            raise ValueError("n must not be negative")
        day = to_shanghai(dt).date()
        for _ in range(n):
            day = self.next_workday(day)
        return to_shanghai(dt) if n == 0 else datetime.combine(day, self.periods[-1][1], SHANGHAI)

    def add_working_time(self, dt: datetime, amount: timedelta) -> datetime:
        """The moment when `amount` of working time (office hours on working days) has passed."""
        if amount < timedelta(0):
            raise ValueError("amount must not be negative")
        cur = to_shanghai(dt)
        if amount == timedelta(0):
            return cur
        day = cur.date()
        while True:
            for start, end in self._periods_on(day):
                if cur >= end:
                    continue
                begin = max(cur, start)
                if amount <= end - begin:
                    return begin + amount
                amount -= end - begin
                cur = end
            day += timedelta(days=1)

    def add_working_hours(self, dt: datetime, hours: float = 0, *, minutes: float = 0) -> datetime:
        return self.add_working_time(dt, timedelta(hours=hours, minutes=minutes))

    def working_time_between(self, a: datetime, b: datetime) -> timedelta:
        """Working time inside [a, b]; zero when b is not after a."""
        a, b = to_shanghai(a), to_shanghai(b)
        total, day = timedelta(0), a.date()
        while a < b and day <= b.date():
            for start, end in self._periods_on(day):
                total += max(timedelta(0), min(end, b) - max(start, a))
            day += timedelta(days=1)
        return total

    def working_minutes_between(self, a: datetime, b: datetime) -> int:
        """Whole working minutes inside [a, b] (rounded down)."""
        return self.working_time_between(a, b) // timedelta(minutes=1)


def _as_date(day: date) -> date:
    return to_shanghai(day).date() if isinstance(day, datetime) else day


def _check_periods(periods: tuple[Period, ...]) -> tuple[Period, ...]:
    bounds = [t for period in periods for t in period]
    if not periods or any(a >= b for a, b in zip(bounds, bounds[1:], strict=False)):
        raise ValueError("working periods must be given, in order, non-empty and not overlapping")
    return periods


# -- config/holidays.yaml ---------------------------------------------------------------------


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class DayEntry(_Strict):
    """A named day (`date`) or range of days (`from`, `to`, both included)."""

    name: str = Field(min_length=1)
    from_: date = Field(alias="from")
    to: date

    @model_validator(mode="before")
    @classmethod
    def _single_day(cls, data: Any) -> Any:
        if isinstance(data, dict) and "date" in data and not {"from", "to"} & data.keys():
            data = dict(data)
            data["from"] = data["to"] = data.pop("date")
        return data

    @model_validator(mode="after")
    def _in_order(self) -> DayEntry:
        if self.to < self.from_:
            raise ValueError("'to' is before 'from'")
        return self

    def days(self) -> list[date]:
        return [self.from_ + timedelta(days=i) for i in range((self.to - self.from_).days + 1)]


class YearEntry(_Strict):
    holidays: list[DayEntry] = Field(default_factory=list)
    workdays: list[DayEntry] = Field(default_factory=list)


class HolidaysFile(_Strict):
    working_hours: list[Period] = Field(default=list(DEFAULT_PERIODS))  # ["08:30-12:00", ...]
    years: dict[int, YearEntry] = Field(default_factory=dict)

    @field_validator("working_hours", mode="before")
    @classmethod
    def _split(cls, value: Any) -> Any:
        return (
            [p.split("-") if isinstance(p, str) else p for p in value]
            if isinstance(value, list)
            else value
        )

    @field_validator("working_hours")
    @classmethod
    def _ordered(cls, periods: list[Period]) -> list[Period]:
        return list(_check_periods(tuple(periods)))


def load_holidays_file(path: Path) -> tuple[dict[int, YearRules], tuple[Period, ...]]:
    """Read and check holidays.yaml; every error names the file and the field."""
    parsed = parse_yaml_file(path, HolidaysFile)
    years: dict[int, YearRules] = {}
    for year, entry in parsed.years.items():
        rules = years[year] = YearRules()
        for kind, entries in (("holidays", entry.holidays), ("workdays", entry.workdays)):
            for i, item in enumerate(entries):
                for d in item.days():
                    if d.year != year:
                        problem = f"{d} is not in {year}"
                    elif d in rules.holidays or d in rules.workdays:
                        problem = f"{d} is listed twice"
                    elif kind == "workdays" and d.weekday() < 5:
                        problem = f"make-up workday {d} is not a Saturday or Sunday"
                    else:
                        getattr(rules, kind)[d] = item.name
                        continue
                    raise ConfigError(f"{path}: years.{year}.{kind}.{i}: {problem}")
    return years, tuple(parsed.working_hours)
