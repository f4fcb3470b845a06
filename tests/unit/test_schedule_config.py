"""config/schedule.yaml: the shipped file loads; mistakes name the file and the entry."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

import pytest

from gridbot.config import ConfigError
from gridbot.schedule.config import load_schedule_config, parse_duration
from gridbot.schedule.service import parse_day

CONFIG = Path(__file__).resolve().parents[2] / "config"


def _write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "schedule.yaml").write_text(text, encoding="utf-8")
    return tmp_path


def test_the_shipped_schedule_loads_with_its_defaults() -> None:
    config = load_schedule_config(CONFIG)
    weekly = config.meeting("weekly")
    assert weekly is not None and weekly.weekday == "monday" and weekly.time == time(9)
    assert [r.key for r in weekly.reminders] == ["eve", "before60m"]
    assert config.reception is not None and config.reception.weekday == "wednesday"
    assert config.catch_up_grace == timedelta(hours=2)


def test_a_wrong_weekday_names_the_file_and_the_meeting(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "meetings:\n"
        "  - {id: weekly, name: 周研判会, every: week, weekday: mondey, time: '09:00'}\n",
    )
    with pytest.raises(ConfigError) as err:
        load_schedule_config(path)
    assert "schedule.yaml: meetings.0.weekday" in str(err.value)


def test_a_reminder_must_say_exactly_one_time(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "meetings:\n  - {id: w, name: 会, every: week, weekday: monday, time: '09:00',"
        " reminders: [{before: 1h, previous_workday: '17:00'}]}\n",
    )
    with pytest.raises(ConfigError, match=r"meetings\.0\.reminders\.0"):
        load_schedule_config(path)


def test_the_rotation_must_start_on_the_reception_weekday(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "reception: {time: '14:30', end: '17:30', place: 接待室, remind_at: '08:30',"
        " notice_at: '08:30', rotation_start: 2026-01-08,"
        " leaders: [{name: 王建国, telegram_id: 1}]}\n",
    )
    with pytest.raises(ConfigError, match="reception.*not a wednesday"):
        load_schedule_config(path)


def test_unknown_keys_and_bad_durations_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="catch_up_grace"):
        load_schedule_config(_write(tmp_path, "catch_up_grace: 2 hours\n"))
    with pytest.raises(ConfigError, match="roll_cal"):
        load_schedule_config(_write(tmp_path, "roll_cal: {time: '08:30'}\n"))


def test_durations_and_dates_as_people_write_them() -> None:
    assert parse_duration("90m") == timedelta(minutes=90)
    assert parse_duration("1d") == timedelta(days=1)
    d = date(2026, 10, 9)
    assert parse_day("10-14", d) == date(2026, 10, 14)
    assert parse_day("10月14日", d) == date(2026, 10, 14)
    assert parse_day("2027/1/6", d) == date(2027, 1, 6)
    assert parse_day("1-6", date(2026, 12, 20)) == date(2027, 1, 6)  # the coming 6 January
    assert parse_day("13-45", d) is None and parse_day("明天", d) is None
