"""When things are due: every scheduled send as an `Occurrence` (job, occurrence key, due time).

Pure: the schedule config and the working-day calendar in, occurrences out. The occurrence key
is the *nominal* day (the Monday of a weekly meeting even when a holiday moves it), so moving a
meeting never makes a second occurrence and the once-only table stays consistent.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from gridbot.clock import SHANGHAI, to_shanghai
from gridbot.schedule.config import (
    MeetingConfig,
    OnHoliday,
    ScheduleConfig,
    weekday_number,
)
from gridbot.workcalendar import WorkCalendar

MARGIN = timedelta(days=40)  # a reminder can be due well before its meeting (Spring Festival)


@dataclass(frozen=True)
class Occurrence:
    job: str  # "meeting.weekly.eve", "reception.leader", "roll_call", "digest.week", ...
    key: str  # the nominal day or the period, e.g. "2026-10-05" or "2026-09"
    due: datetime
    day: date  # the day the occurrence is about (the meeting's actual day, the digest's day)
    start: datetime | None = None  # digests: the period covered, [start, end)
    end: datetime | None = None

    @property
    def ident(self) -> tuple[str, str]:
        return (self.job, self.key)


@dataclass(frozen=True)
class EventDay:
    """A meeting or reception: the day it was planned for and the day it takes place."""

    nominal: date
    actual: date
    moved: bool

    def at(self, t: time) -> datetime:
        return datetime.combine(self.actual, t, SHANGHAI)


def at(day: date, t: time) -> datetime:
    return datetime.combine(day, t, SHANGHAI)


def _days(start: date, end: date) -> Iterator[date]:
    day = start
    while day <= end:
        yield day
        day += timedelta(days=1)


def _mondays(start: date, end: date) -> Iterator[date]:
    monday = start - timedelta(days=start.weekday())
    while monday <= end:
        yield monday
        monday += timedelta(days=7)


def _months(start: date, end: date) -> Iterator[date]:
    month = start.replace(day=1)
    while month <= end:
        yield month
        month = (month + timedelta(days=32)).replace(day=1)


def previous_month(first: date) -> date:
    return (first - timedelta(days=1)).replace(day=1)


class Timetable:
    def __init__(self, config: ScheduleConfig, calendar: WorkCalendar) -> None:
        self.config = config
        self.calendar = calendar

    # -- days -------------------------------------------------------------------------------

    def _place(self, nominal: date, on_holiday: OnHoliday) -> EventDay | None:
        if self.calendar.is_workday(nominal):
            return EventDay(nominal, nominal, False)
        if on_holiday == "skip":
            return None
        return EventDay(nominal, self.calendar.next_workday(nominal), True)

    def _weekly_nominals(self, weekday: str, start: date, end: date) -> Iterator[date]:
        offset = weekday_number(weekday)
        for monday in _mondays(start, end):
            day = monday + timedelta(days=offset)
            if start <= day <= end:
                yield day

    def _monthly_nominal(self, meeting: MeetingConfig, first: date) -> date:
        """The first working <weekday> in the first `within_days` days, else the first one."""
        offset = (weekday_number(meeting.weekday) - first.weekday()) % 7
        candidates = [
            first + timedelta(days=offset + 7 * i)
            for i in range(5)
            if offset + 7 * i < meeting.within_days
        ]
        working = [d for d in candidates if self.calendar.is_workday(d)]
        return working[0] if working else first + timedelta(days=offset)

    def meeting_days(self, meeting: MeetingConfig, start: date, end: date) -> list[EventDay]:
        """Meetings planned for days in [start, end], placed on working days."""
        if meeting.every == "week":
            nominals = list(self._weekly_nominals(meeting.weekday, start, end))
        else:
            nominals = [self._monthly_nominal(meeting, m) for m in _months(start, end)]
            nominals = [d for d in nominals if start <= d <= end]
        placed = (self._place(d, meeting.on_holiday) for d in nominals)
        return [d for d in placed if d is not None]

    def reception_days(self, start: date, end: date) -> list[EventDay]:
        reception = self.config.reception
        if reception is None:
            return []
        nominals = self._weekly_nominals(reception.weekday, start, end)
        placed = (self._place(d, reception.on_holiday) for d in nominals)
        return [d for d in placed if d is not None]

    def previous_workday(self, day: date) -> date:
        day -= timedelta(days=1)
        while not self.calendar.is_workday(day):
            day -= timedelta(days=1)
        return day

    def first_workday(self, first: date) -> date:
        return first if self.calendar.is_workday(first) else self.calendar.next_workday(first)

    # -- occurrences ------------------------------------------------------------------------

    def occurrences(self, after: datetime, until: datetime) -> list[Occurrence]:
        """Every occurrence due in (after, until], oldest first."""
        after, until = to_shanghai(after), to_shanghai(until)
        first, last = after.date() - MARGIN, until.date() + MARGIN
        found = [
            *self._meeting_occurrences(first, last),
            *self._reception_occurrences(first, last),
            *self._daily_occurrences(after.date(), until.date()),
            *self._digest_occurrences(first, last),
        ]
        due = [o for o in found if after < o.due <= until]
        return sorted(due, key=lambda o: (o.due, o.job, o.key))

    def upcoming(self, now: datetime, days: int = 45) -> list[Occurrence]:
        """The next occurrence of each job after `now` (for /schedule)."""
        nexts: dict[str, Occurrence] = {}
        for occ in self.occurrences(now, now + timedelta(days=days)):
            nexts.setdefault(occ.job, occ)
        return sorted(nexts.values(), key=lambda o: (o.due, o.job))

    def _meeting_occurrences(self, first: date, last: date) -> Iterator[Occurrence]:
        for meeting in self.config.meetings:
            for day in self.meeting_days(meeting, first, last):
                for reminder in meeting.reminders:
                    if reminder.before is not None:
                        due = day.at(meeting.time) - reminder.before
                    else:
                        assert reminder.previous_workday is not None
                        due = at(self.previous_workday(day.actual), reminder.previous_workday)
                    job = f"meeting.{meeting.id}.{reminder.key}"
                    yield Occurrence(job, day.nominal.isoformat(), due, day.actual)

    def _reception_occurrences(self, first: date, last: date) -> Iterator[Occurrence]:
        reception = self.config.reception
        if reception is None:
            return
        for day in self.reception_days(first, last):
            key = day.nominal.isoformat()
            yield Occurrence("reception.leader", key, day.at(reception.remind_at), day.actual)
            yield Occurrence("reception.notice", key, day.at(reception.notice_at), day.actual)

    def _daily_occurrences(self, first: date, last: date) -> Iterator[Occurrence]:
        daily = self.config.digests.daily
        for day in _days(first, last):
            if not self.calendar.is_workday(day):
                continue
            key = day.isoformat()
            if self.config.roll_call:
                yield Occurrence("roll_call", key, at(day, self.config.roll_call.time), day)
            if self.config.evening_review:
                due = at(day, self.config.evening_review.time)
                yield Occurrence("evening_review", key, due, day, at(day, time(0)), due)
            if daily:
                # since the last working day's digest: a Monday's covers the weekend too
                start, due = at(self.previous_workday(day), daily.time), at(day, daily.time)
                yield Occurrence("digest.day", key, due, day, start, due)

    def _digest_occurrences(self, first: date, last: date) -> Iterator[Occurrence]:
        weekly, monthly = self.config.digests.weekly, self.config.digests.monthly
        if weekly:
            for nominal in self._weekly_nominals(weekly.weekday, first, last):
                day = self._place(nominal, weekly.on_holiday)
                if day is not None:
                    start = at(nominal - timedelta(days=7), time(0))
                    end = at(nominal, time(0))
                    due = day.at(weekly.time)
                    yield Occurrence(
                        "digest.week", nominal.isoformat(), due, day.actual, start, end
                    )
        if monthly:
            for month in _months(first, last):
                sent_on = self.first_workday(month)
                covered = previous_month(month)
                start, end = at(covered, time(0)), at(month, time(0))
                due = at(sent_on, monthly.time)
                yield Occurrence("digest.month", f"{covered:%Y-%m}", due, sent_on, start, end)
