from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gridbot.clock import SHANGHAI, FrozenClock
from gridbot.config import ConfigError
from gridbot.workcalendar import WorkCalendar

CONFIG_DIR = Path(__file__).resolve().parents[2] / "config"
CAL = WorkCalendar.load(CONFIG_DIR)


def at(y: int, m: int, d: int, hh: int = 0, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=SHANGHAI)


def test_weekends_are_not_workdays_and_weekdays_are() -> None:
    assert CAL.is_workday(date(2026, 3, 6))  # Friday
    assert not CAL.is_workday(date(2026, 3, 7))
    assert not CAL.is_workday(date(2026, 3, 8))
    assert CAL.next_workday(date(2026, 3, 6)) == date(2026, 3, 9)


def test_working_hours_skip_the_weekend() -> None:
    # Friday 16:00: 1.5 h left on Friday, the other 2.5 h on Monday morning.
    assert CAL.add_working_hours(at(2026, 3, 6, 16), 4) == at(2026, 3, 9, 11)
    assert CAL.working_minutes_between(at(2026, 3, 6, 16), at(2026, 3, 9, 11)) == 240


def test_national_day_2026_is_a_holiday_and_its_tiaoxiu_saturday_is_a_workday() -> None:
    for day in range(1, 8):
        assert not CAL.is_workday(date(2026, 10, day))
        assert CAL.holiday_name(date(2026, 10, day)) == "国庆节"
    assert CAL.is_workday(date(2026, 9, 20))  # Sunday, 调休
    assert CAL.is_workday(date(2026, 10, 10))  # Saturday, 调休
    assert CAL.holiday_name(date(2026, 10, 10)) is None


def test_working_hours_jump_over_national_day_2026() -> None:
    assert CAL.add_working_hours(at(2026, 9, 30, 16), 4) == at(2026, 10, 8, 11)
    assert CAL.next_workday(date(2026, 9, 30)) == date(2026, 10, 8)


def test_working_days_count_the_tiaoxiu_saturday() -> None:
    # Friday Oct 9 + 1 working day is Saturday Oct 10 (调休), not Monday Oct 12.
    assert CAL.add_working_days(at(2026, 10, 9, 10), 1) == at(2026, 10, 10, 17, 30)
    assert CAL.add_working_days(at(2026, 10, 9, 10), 2) == at(2026, 10, 12, 17, 30)


def test_spring_festival_2026_holiday_and_tiaoxiu_saturday() -> None:
    assert CAL.holiday_name(date(2026, 2, 17)) == "春节"
    assert not CAL.is_workday(date(2026, 2, 23))
    assert CAL.is_workday(date(2026, 2, 14))  # Saturday before the holiday, 调休
    # Friday 17:00: half an hour on Friday, 3.5 h on the 调休 Saturday ends at its lunch break.
    assert CAL.add_working_hours(at(2026, 2, 13, 17), 4) == at(2026, 2, 14, 12)
    assert CAL.add_working_hours(at(2026, 2, 14, 17, 30), minutes=1) == at(2026, 2, 24, 8, 31)


def test_working_days_exclude_the_day_of_the_report() -> None:
    assert CAL.add_working_days(at(2026, 3, 6, 10), 3) == at(2026, 3, 11, 17, 30)
    assert CAL.add_working_days(at(2026, 3, 7, 10), 3) == at(2026, 3, 11, 17, 30)


def test_the_year_boundary_into_2027_uses_the_yaml() -> None:
    assert CAL.is_known_year(2027)
    assert CAL.holiday_name(date(2027, 1, 1)) == "元旦"
    assert CAL.add_working_hours(at(2026, 12, 31, 16), 4) == at(2027, 1, 4, 11)
    assert CAL.is_workday(date(2027, 10, 9))  # provisional 国庆 调休 Saturday
    assert CAL.holiday_name(date(2027, 2, 6)) == "春节"
    assert CAL.warnings == []


def test_a_frozen_clock_moved_across_new_year_sees_the_2027_holiday() -> None:
    clock = FrozenClock(at(2026, 12, 31, 17, 0))
    clock.advance(hours=8)
    assert not CAL.is_workday(clock.now())
    clock.advance(days=3)
    assert CAL.is_workday(clock.now())


def test_unknown_year_falls_back_to_monday_to_friday_and_warns_once() -> None:
    told: list[int] = []
    cal = WorkCalendar.load(CONFIG_DIR, on_unknown_year=told.append)
    assert not cal.is_known_year(2031)
    assert cal.unknown_years_in(date(2026, 5, 1), date(2031, 1, 1)) == [2028, 2029, 2030, 2031]
    assert cal.is_workday(date(2031, 10, 1))  # a Wednesday; no holiday data
    assert not cal.is_workday(date(2031, 10, 4))
    assert cal.add_working_hours(at(2031, 10, 3, 16), 4) == at(2031, 10, 6, 11)
    assert told == [2031]
    assert len(cal.warnings) == 1 and "2031年" in cal.warnings[0]


def test_lunch_break_is_not_counted() -> None:
    assert CAL.add_working_hours(at(2026, 3, 9, 11), 2) == at(2026, 3, 9, 15)
    assert CAL.working_minutes_between(at(2026, 3, 9, 11, 30), at(2026, 3, 9, 14, 30)) == 60
    assert CAL.add_working_hours(at(2026, 3, 9, 12, 30), minutes=10) == at(2026, 3, 9, 14, 10)


def test_a_report_at_23_on_friday_is_due_monday_afternoon_after_4_working_hours() -> None:
    # 08:30–12:00 is 3.5 h; the last half hour runs after the lunch break.
    assert CAL.add_working_hours(at(2026, 3, 6, 23), 4) == at(2026, 3, 9, 14, 30)


def test_a_friday_report_before_qingming_is_due_the_next_working_day() -> None:
    # Qingming 2026 is Saturday Apr 4 – Monday Apr 6.
    assert CAL.add_working_hours(at(2026, 4, 3, 23), 4) == at(2026, 4, 7, 14, 30)


def test_working_hours_are_configurable() -> None:
    cal = WorkCalendar(periods=[(time(9, 0), time(18, 0))])
    assert cal.add_working_hours(at(2026, 3, 6, 23), 4) == at(2026, 3, 9, 13)


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError):
        CAL.add_working_hours(datetime(2026, 3, 6, 10), 1)


def _write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "holidays.yaml").write_text(text, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("years: {2027: {holidays: [{name: x, from: 2027-01-01}]}}", "years.2027.holidays.0.to"),
        ("years: {2027: {holidays: [{name: 元旦, date: 2027-01-01, to: 2027-01-03}]}}", "date"),
        ("years: {2027: {holidays: [{name: x, from: 2027-01-03, to: 2027-01-01}]}}", "'to'"),
        ("years: {2027: {workdays: [{name: 调休, date: 2027-01-04}]}}", "years.2027.workdays.0"),
        ("years: {2027: {holidays: [{name: 元旦, date: 2028-01-01}]}}", "not in 2027"),
        ("years: {2027: {holiday: []}}", "years.2027.holiday"),
        ("working_hours: ['08:30-12:00', '11:00-17:30']", "working_hours"),
        ("working_hours: ['8.30 to 12']", "working_hours.0"),
    ],
)
def test_bad_holidays_yaml_names_the_file_and_the_field(
    tmp_path: Path, text: str, where: str
) -> None:
    with pytest.raises(ConfigError) as exc:
        WorkCalendar.load(_write(tmp_path, text))
    assert "holidays.yaml" in str(exc.value)
    assert where in str(exc.value)


known_instants = st.datetimes(
    min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 1), timezones=st.just(SHANGHAI)
)


@given(known_instants, st.integers(min_value=0, max_value=20_000))
def test_adding_m_working_minutes_gives_exactly_m_working_minutes(
    start: datetime, minutes: int
) -> None:
    end = CAL.add_working_hours(start, minutes=minutes)
    assert end >= start
    assert CAL.working_minutes_between(start, end) == minutes


@given(known_instants, known_instants, st.integers(0, 5_000), st.integers(0, 5_000))
def test_adding_working_hours_is_monotonic(a: datetime, b: datetime, m: int, n: int) -> None:
    (a, b), (m, n) = sorted((a, b)), sorted((m, n))
    assert CAL.add_working_hours(a, minutes=m) <= CAL.add_working_hours(b, minutes=m)
    assert CAL.add_working_hours(a, minutes=m) <= CAL.add_working_hours(a, minutes=n)
    assert CAL.add_working_time(a, timedelta(0)) == a
