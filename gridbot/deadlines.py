"""The deadline policy (处置时限): time to accept and to resolve, per category and urgency.

Read from `config/deadlines.yaml`. Urgent cases count wall-clock minutes at any hour; the rest
count working hours (`wh`) or working days (`wd`) on the `WorkCalendar`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Literal, cast

from pydantic import BaseModel, ConfigDict, Field

from gridbot.clock import to_shanghai
from gridbot.config import ConfigError, parse_yaml_file
from gridbot.workcalendar import WorkCalendar

Unit = Literal["m", "h", "wh", "wd"]
WALL_CLOCK_UNITS = ("m", "h")
# The taxonomy's category codes (shared/corpus/TAXONOMY.md).
CATEGORIES = frozenset(
    [
        "public_security",
        "dispute",
        "labor",
        "urban_management",
        "fire_safety",
        "safety_hazard",
        "environment",
        "municipal_facility",
        "traffic",
        "population_housing",
        "special_groups",
        "petition",
        "food_drug",
        "livelihood",
        "other",
    ]
)
_DURATION = re.compile(r"^([1-9][0-9]*)(m|h|wh|wd)$")
_UNIT_TEXT = {"m": "{}分钟", "h": "{}小时", "wh": "{}个工作小时", "wd": "{}个工作日"}
_WEEKDAYS = "一二三四五六日"


@dataclass(frozen=True)
class Duration:
    amount: int
    unit: Unit

    @classmethod
    def parse(cls, text: str) -> Duration:
        """Parse "15m", "4h", "4wh" or "3wd"."""
        match = _DURATION.fullmatch(text.strip())
        if match is None:
            raise ValueError(f"{text!r} is not a duration like 15m, 4h, 4wh or 3wd")
        return cls(int(match[1]), cast(Unit, match[2]))

    def __str__(self) -> str:
        return f"{self.amount}{self.unit}"

    def after(self, start: datetime, calendar: WorkCalendar) -> datetime:
        """The moment this duration has passed since `start`."""
        if self.unit == "m":
            return to_shanghai(start) + timedelta(minutes=self.amount)
        if self.unit == "h":
            return to_shanghai(start) + timedelta(hours=self.amount)
        if self.unit == "wh":
            return calendar.add_working_hours(start, self.amount)
        return calendar.add_working_days(start, self.amount)


def describe(duration: Duration | str) -> str:
    """Chinese text for a duration: "15分钟", "4个工作小时", "3个工作日"."""
    d = Duration.parse(duration) if isinstance(duration, str) else duration
    return _UNIT_TEXT[d.unit].format(d.amount)


@dataclass(frozen=True)
class Limits:
    accept: Duration
    resolve: Duration


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LimitsEntry(_Strict):
    accept: str | None = Field(default=None, pattern=_DURATION.pattern)
    resolve: str | None = Field(default=None, pattern=_DURATION.pattern)


class UrgencyEntry(_Strict):
    urgent: LimitsEntry = LimitsEntry()
    normal: LimitsEntry = LimitsEntry()


Rung = Literal["team_lead", "community", "command"]
LADDER_LEVELS: tuple[Rung, ...] = ("team_lead", "community", "command")


class StepEntry(_Strict):
    urgent: str = Field(default="10m", pattern=r"^[1-9][0-9]*(m|h)$")
    normal: str = Field(default="2wh", pattern=_DURATION.pattern)


class EscalationEntry(_Strict):
    ladder: list[Rung] = Field(default_factory=lambda: list(LADDER_LEVELS), min_length=1)
    step: StepEntry = StepEntry()
    duty_leader: str = "值班领导"
    supervise_days: int = Field(default=1, ge=1, le=30)
    extension_max_days: int = Field(default=10, ge=1, le=60)


@dataclass(frozen=True)
class Escalation:
    """The escalation ladder and the supervision/extension settings (deadlines.yaml)."""

    ladder: tuple[str, ...] = LADDER_LEVELS
    step_urgent: Duration = Duration(10, "m")
    step_normal: Duration = Duration(2, "wh")
    duty_leader: str = "值班领导"
    supervise_days: int = 1
    extension_max_days: int = 10

    @classmethod
    def from_entry(cls, entry: EscalationEntry) -> Escalation:
        return cls(
            ladder=tuple(entry.ladder),
            step_urgent=Duration.parse(entry.step.urgent),
            step_normal=Duration.parse(entry.step.normal),
            duty_leader=entry.duty_leader,
            supervise_days=entry.supervise_days,
            extension_max_days=entry.extension_max_days,
        )

    def step(self, urgent: bool) -> Duration:
        return self.step_urgent if urgent else self.step_normal


class DeadlinesFile(_Strict):
    default: UrgencyEntry
    categories: dict[str, UrgencyEntry] = Field(default_factory=dict)
    escalation: EscalationEntry = EscalationEntry()


def _limits(where: str, given: LimitsEntry, fallback: Limits | None, urgent: bool) -> Limits:
    found: dict[str, Duration] = {}
    for kind in ("accept", "resolve"):
        text: str | None = getattr(given, kind)
        if text is None and fallback is None:
            raise ConfigError(f"{where}.{kind}: missing (the default needs every value)")
        found[kind] = value = Duration.parse(text) if text else getattr(fallback, kind)
        if urgent and value.unit not in WALL_CLOCK_UNITS:
            raise ConfigError(f"{where}.{kind}: urgent cases count at any hour; use m or h")
    return Limits(**found)


class DeadlinePolicy:
    def __init__(
        self,
        limits: dict[tuple[str | None, bool], Limits],
        escalation: Escalation | None = None,
    ) -> None:
        """`limits[(None, urgent)]` is the default; `(category, urgent)` keys override it."""
        self._limits = limits
        self.escalation = escalation or Escalation()

    @classmethod
    def load(cls, config_dir: Path | str) -> DeadlinePolicy:
        """Read `<config_dir>/deadlines.yaml`; errors name the file and the field."""
        path = Path(config_dir) / "deadlines.yaml"
        parsed = parse_yaml_file(path, DeadlinesFile)
        limits: dict[tuple[str | None, bool], Limits] = {}
        sections = [(None, "default", parsed.default)] + [
            (code, f"categories.{code}", entry) for code, entry in parsed.categories.items()
        ]
        for code, where, entry in sections:
            if code is not None and code not in CATEGORIES:
                raise ConfigError(f"{path}: {where}: unknown category code {code!r}")
            for urgent, given in ((True, entry.urgent), (False, entry.normal)):
                level = f"{path}: {where}.{'urgent' if urgent else 'normal'}"
                limits[(code, urgent)] = _limits(level, given, limits.get((None, urgent)), urgent)
        return cls(limits, Escalation.from_entry(parsed.escalation))

    def limits(self, category: str, urgent: bool) -> Limits:
        return self._limits.get((category, urgent)) or self._limits[(None, urgent)]

    def accept_deadline(
        self, category: str, urgent: bool, start: datetime, calendar: WorkCalendar
    ) -> datetime:
        return self.limits(category, urgent).accept.after(start, calendar)

    def resolve_deadline(
        self, category: str, urgent: bool, start: datetime, calendar: WorkCalendar
    ) -> datetime:
        return self.limits(category, urgent).resolve.after(start, calendar)


def format_deadline(dt: datetime, now: datetime) -> str:
    """Chinese deadline text relative to `now`: "今天 16:30前", "11月24日(周二) 10:00前"."""
    dt, now = to_shanghai(dt), to_shanghai(now)
    days = (dt.date() - now.date()).days
    if days == 0:
        day = "今天"
    elif days == 1:
        day = "明天"
    else:
        year = f"{dt.year}年" if dt.year != now.year else ""
        day = f"{year}{dt.month}月{dt.day}日(周{_WEEKDAYS[dt.weekday()]})"
    return f"{day} {dt:%H:%M}前"
