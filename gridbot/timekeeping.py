"""Deadline arithmetic for one case: when to remind, when to escalate, how far 督办 and 延期 go.

`Timekeeper` joins the deadline policy (deadlines.yaml) and the working-day calendar; the
services ask it instead of doing date arithmetic themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from gridbot.clock import SHANGHAI, to_shanghai
from gridbot.deadlines import WALL_CLOCK_UNITS, DeadlinePolicy, Duration, Escalation
from gridbot.workcalendar import WorkCalendar


@dataclass(frozen=True)
class Timekeeper:
    policy: DeadlinePolicy
    calendar: WorkCalendar

    @property
    def escalation(self) -> Escalation:
        return self.policy.escalation

    def accept_deadline(self, category: str, urgent: bool, start: datetime) -> datetime:
        return self.policy.accept_deadline(category, urgent, start, self.calendar)

    def resolve_deadline(self, category: str, urgent: bool, start: datetime) -> datetime:
        return self.policy.resolve_deadline(category, urgent, start, self.calendar)

    def halfway(
        self, category: str, urgent: bool, start: datetime, deadline: datetime
    ) -> datetime:
        """Half the time to accept: wall-clock for m/h limits, working time for wh/wd ones
        (so a Friday-evening dispatch is not reminded on Sunday)."""
        if self.policy.limits(category, urgent).accept.unit in WALL_CLOCK_UNITS:
            return to_shanghai(start) + (deadline - start) / 2
        working = self.calendar.working_time_between(start, deadline)
        return self.calendar.add_working_time(start, working / 2)

    def next_level_at(self, urgent: bool, since: datetime) -> datetime:
        """When the next rung of the ladder is due if the case is still overdue."""
        return self.escalation.step(urgent).after(since, self.calendar)

    def working_days_from(self, start: datetime, days: int) -> datetime:
        """End of office hours on the `days`-th working day after the day of `start`."""
        return Duration(days, "wd").after(start, self.calendar)

    def next_office_morning(self, after: datetime) -> datetime:
        """The start of office hours on the first working day after the day of `after`."""
        day = self.calendar.next_workday(to_shanghai(after).date())
        return self.office_opens(day)

    def office_opens(self, day: date) -> datetime:
        return datetime.combine(day, self.calendar.periods[0][0], SHANGHAI)

    def unknown_years_ahead(self, now: datetime, days: int = 60) -> list[int]:
        """Years between today and `days` ahead that the calendar has no holiday data for."""
        today = to_shanghai(now).date()
        return self.calendar.unknown_years_in(today, today + timedelta(days=days))
