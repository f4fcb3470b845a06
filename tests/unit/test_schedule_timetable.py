"""The timetable alone (pure): Spring Festival 2027 from config/holidays.yaml."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from gridbot.clock import SHANGHAI
from gridbot.schedule.config import load_schedule_config
from gridbot.schedule.timetable import Timetable
from gridbot.workcalendar import WorkCalendar

CONFIG = Path(__file__).resolve().parents[2] / "config"


def sh(month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(2027, month, day, hour, minute, tzinfo=SHANGHAI)


def due(start: datetime, end: datetime) -> dict[tuple[str, str], datetime]:
    timetable = Timetable(load_schedule_config(CONFIG), WorkCalendar.load(CONFIG))
    return {(o.job, o.key): o.due for o in timetable.occurrences(start, end)}


def test_spring_festival_2027_moves_the_meeting_to_the_makeup_sunday() -> None:
    jobs = due(sh(1, 29), sh(2, 17))
    # Monday 8 February is in the holiday (5–13 February); the next working day is the
    # make-up Sunday 14 February, and the working day before that is Thursday 4 February
    assert jobs[("meeting.weekly.before60m", "2027-02-08")] == sh(2, 14, 8)
    assert jobs[("meeting.weekly.eve", "2027-02-08")] == sh(2, 4, 17)
    # the reception of Wednesday 10 February is skipped, that of 3 February is not
    assert ("reception.leader", "2027-02-10") not in jobs
    assert jobs[("reception.notice", "2027-02-03")] == sh(2, 3, 8, 30)
    # February's first Tuesday (2 February) is a working day: the monthly meeting stays there
    assert jobs[("meeting.monthly.before60m", "2027-02-02")] == sh(2, 2, 8, 30)
    # make-up Sundays 31 January and 14 February are working days; holiday days are not
    days = {job_key[1] for job_key in jobs if job_key[0] == "roll_call"}
    assert {"2027-01-31", "2027-02-14"} <= days
    assert not days & {f"2027-02-{d:02d}" for d in range(5, 14)}
    # the daily digest of the first working day after the holiday covers the whole holiday
    timetable = Timetable(load_schedule_config(CONFIG), WorkCalendar.load(CONFIG))
    [first_after] = [
        o for o in timetable.occurrences(sh(2, 14), sh(2, 15)) if o.job == "digest.day"
    ]
    assert first_after.start == sh(2, 4, 17, 45) and first_after.day == date(2027, 2, 14)


def test_upcoming_lists_each_job_once_in_time_order() -> None:
    timetable = Timetable(load_schedule_config(CONFIG), WorkCalendar.load(CONFIG))
    upcoming = timetable.upcoming(sh(2, 4, 18))
    assert len({o.job for o in upcoming}) == len(upcoming)
    assert [o.due for o in upcoming] == sorted(o.due for o in upcoming)
    # nothing during the holiday: the next send is the hour-before reminder on 14 February
    assert (upcoming[0].job, upcoming[0].due) == ("meeting.weekly.before60m", sh(2, 14, 8))
