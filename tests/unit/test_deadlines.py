from datetime import datetime
from pathlib import Path

import pytest

from gridbot.clock import SHANGHAI, FrozenClock
from gridbot.config import ConfigError
from gridbot.deadlines import DeadlinePolicy, Duration, describe, format_deadline
from gridbot.workcalendar import WorkCalendar

CONFIG_DIR = Path(__file__).resolve().parents[2] / "config"
CAL = WorkCalendar.load(CONFIG_DIR)
POLICY = DeadlinePolicy.load(CONFIG_DIR)


def at(y: int, m: int, d: int, hh: int = 0, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=SHANGHAI)


def test_durations_parse_and_describe_themselves_in_chinese() -> None:
    assert Duration.parse("15m") == Duration(15, "m")
    assert describe("15m") == "15分钟"
    assert describe("4h") == "4小时"
    assert describe(Duration(4, "wh")) == "4个工作小时"
    assert describe("3wd") == "3个工作日"
    for bad in ("15", "0m", "3 days", "-1h", "1.5wh"):
        with pytest.raises(ValueError):
            Duration.parse(bad)


def test_categories_without_overrides_use_the_default() -> None:
    limits = POLICY.limits("traffic", urgent=False)
    assert (str(limits.accept), str(limits.resolve)) == ("4wh", "3wd")
    urgent = POLICY.limits("not_a_category", urgent=True)
    assert (str(urgent.accept), str(urgent.resolve)) == ("15m", "4h")


def test_a_category_overrides_only_what_it_lists() -> None:
    assert str(POLICY.limits("fire_safety", urgent=True).accept) == "5m"
    livelihood = POLICY.limits("livelihood", urgent=False)
    assert (str(livelihood.accept), str(livelihood.resolve)) == ("4wh", "5wd")


def test_urgent_minute_deadlines_run_at_3am_on_a_holiday() -> None:
    start = at(2026, 10, 2, 3, 0)  # National Day
    assert POLICY.accept_deadline("fire_safety", True, start, CAL) == at(2026, 10, 2, 3, 5)
    assert POLICY.accept_deadline("environment", True, start, CAL) == at(2026, 10, 2, 3, 15)
    assert POLICY.resolve_deadline("environment", True, start, CAL) == at(2026, 10, 2, 7, 0)


def test_a_normal_case_reported_friday_night_must_be_accepted_monday_afternoon() -> None:
    clock = FrozenClock(at(2026, 3, 6, 23, 0))
    deadline = POLICY.accept_deadline("environment", False, clock.now(), CAL)
    assert deadline == at(2026, 3, 9, 14, 30)
    clock.advance(days=2, hours=15, minutes=29)
    assert clock.now() < deadline
    clock.advance(minutes=2)
    assert clock.now() > deadline


def test_working_day_deadlines_skip_national_day_and_count_the_tiaoxiu_saturday() -> None:
    start = at(2026, 9, 30, 10, 0)
    # Oct 8, 9, 10 (调休 Saturday), 12, 13.
    assert POLICY.resolve_deadline("livelihood", False, start, CAL) == at(2026, 10, 13, 17, 30)
    assert POLICY.resolve_deadline("traffic", False, start, CAL) == at(2026, 10, 10, 17, 30)


def test_working_day_deadlines_cross_into_2027_using_the_yaml() -> None:
    start = at(2026, 12, 30, 15, 0)
    # Dec 31, then Jan 1–3 (元旦, provisional YAML), Jan 4, Jan 5.
    assert POLICY.resolve_deadline("traffic", False, start, CAL) == at(2027, 1, 5, 17, 30)
    assert POLICY.accept_deadline("traffic", False, start, CAL) == at(2026, 12, 31, 10, 0)


def test_deadlines_are_told_as_today_tomorrow_or_a_dated_weekday() -> None:
    now = at(2026, 11, 23, 9, 0)
    assert format_deadline(at(2026, 11, 23, 16, 30), now) == "今天 16:30前"
    assert format_deadline(at(2026, 11, 24, 10, 0), at(2026, 11, 23, 23, 59)) == "明天 10:00前"
    assert (
        format_deadline(at(2026, 11, 24, 10, 0), at(2026, 11, 22, 9)) == "11月24日(周二) 10:00前"
    )
    assert format_deadline(at(2027, 1, 4, 8, 30), now) == "2027年1月4日(周一) 08:30前"


def _write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "deadlines.yaml").write_text(text, encoding="utf-8")
    return tmp_path


GOOD_DEFAULT = "default: {urgent: {accept: 15m, resolve: 4h}, normal: {accept: 4wh, resolve: 3wd}}"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        (
            "default: {urgent: {accept: 15m}, normal: {accept: 4wh, resolve: 3wd}}",
            "default.urgent.resolve",
        ),
        (GOOD_DEFAULT + "\ncategories: {fire: {urgent: {accept: 5m}}}", "categories.fire"),
        (
            GOOD_DEFAULT + "\ncategories: {traffic: {urgent: {accept: 1wh}}}",
            "categories.traffic.urgent.accept",
        ),
        (
            GOOD_DEFAULT + "\ncategories: {traffic: {normal: {accept: 4 hours}}}",
            "categories.traffic.normal.accept",
        ),
        (
            GOOD_DEFAULT + "\ncategories: {traffic: {normal: {accept: 4wh, respond: 1wd}}}",
            "categories.traffic.normal.respond",
        ),
    ],
)
def test_bad_deadlines_yaml_names_the_file_and_the_field(
    tmp_path: Path, text: str, where: str
) -> None:
    with pytest.raises(ConfigError) as exc:
        DeadlinePolicy.load(_write(tmp_path, text))
    assert "deadlines.yaml" in str(exc.value)
    assert where in str(exc.value)
