"""The Wednesday reception duty roster (领导接访值班表): rotation from config, swaps by admins."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from gridbot.db.models import DutySwap
from gridbot.schedule.config import Leader, ReceptionConfig, weekday_number
from gridbot.schedule.timetable import EventDay, Timetable


@dataclass(frozen=True)
class Duty:
    day: EventDay
    leader: Leader
    swapped: bool  # an admin changed the rotation for this day


class SwapOutcome(StrEnum):
    OK = "ok"
    NOT_ALLOWED = "not_allowed"
    NO_RECEPTION = "no_reception"  # reception is not configured
    NOT_A_RECEPTION_DAY = "not_a_reception_day"
    PAST = "past"
    UNKNOWN_LEADER = "unknown_leader"


@dataclass(frozen=True)
class SwapResult:
    outcome: SwapOutcome
    duty: Duty | None = None
    previous: Leader | None = None


class Roster:
    def __init__(self, reception: ReceptionConfig, timetable: Timetable) -> None:
        self.reception = reception
        self.timetable = timetable

    def rotation_leader(self, nominal: date) -> Leader:
        """One leader per week in config order, starting on `rotation_start`."""
        weeks = (nominal - self.reception.rotation_start).days // 7
        return self.reception.leaders[weeks % len(self.reception.leaders)]

    async def on_duty(self, session: AsyncSession, day: date) -> Leader:
        """The week's duty leader (值班领导): who receives residents in the week of `day`,
        after swaps, even when a holiday cancels that week's reception."""
        offset = weekday_number(self.reception.weekday) - day.weekday()
        nominal = day + timedelta(days=offset)
        swapped = (await _swaps(session, [nominal])).get(nominal)
        return (self.leader_named(swapped) if swapped else None) or self.rotation_leader(nominal)

    def leader_named(self, name: str) -> Leader | None:
        return next((x for x in self.reception.leaders if x.name == name.strip()), None)

    async def duties(self, session: AsyncSession, start: date, end: date) -> list[Duty]:
        """The receptions planned for [start, end] and who receives at each."""
        days = self.timetable.reception_days(start, end)
        swaps = await _swaps(session, [d.nominal for d in days])
        return [self._duty(d, swaps.get(d.nominal)) for d in days]

    def _duty(self, day: EventDay, swapped_to: str | None) -> Duty:
        leader = self.leader_named(swapped_to) if swapped_to else None
        if leader is None:  # no swap, or a swap to a leader since removed from config
            return Duty(day, self.rotation_leader(day.nominal), False)
        return Duty(day, leader, True)

    async def duty_on(self, session: AsyncSession, day: date) -> Duty | None:
        """The reception planned for or taking place on `day`, if there is one."""
        around = await self.duties(session, day - timedelta(days=14), day + timedelta(days=14))
        return next((d for d in around if day in (d.day.nominal, d.day.actual)), None)

    async def swap(
        self, session: AsyncSession, day: date, name: str, by: int, now: datetime
    ) -> SwapResult:
        duty = await self.duty_on(session, day)
        if duty is None:
            return SwapResult(SwapOutcome.NOT_A_RECEPTION_DAY)
        if duty.day.actual < now.date():
            return SwapResult(SwapOutcome.PAST, duty)
        leader = self.leader_named(name)
        if leader is None:
            return SwapResult(SwapOutcome.UNKNOWN_LEADER, duty)
        row = await session.get(DutySwap, duty.day.nominal)
        if row is None:
            row = DutySwap(day=duty.day.nominal, leader=leader.name, swapped_by=by, swapped_at=now)
            session.add(row)
        row.leader, row.swapped_by, row.swapped_at = leader.name, by, now
        return SwapResult(SwapOutcome.OK, Duty(duty.day, leader, True), duty.leader)


async def _swaps(session: AsyncSession, days: list[date]) -> dict[date, str]:
    if not days:
        return {}
    rows = await session.execute(
        select(DutySwap.day, DutySwap.leader).where(DutySwap.day.in_(days))
    )
    return {day: leader for day, leader in rows}
