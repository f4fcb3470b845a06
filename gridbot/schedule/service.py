"""The schedule as the rest of the bot sees it: built once in bot.py, used by the scheduler
(`run_due`) and by the /schedule, /digest, /agenda, /roster and /swap handlers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from gridbot.db.models import ChatBinding
from gridbot.outbox import enqueue
from gridbot.schedule.config import ScheduleConfig
from gridbot.schedule.jobs import ScheduleJobs
from gridbot.schedule.roster import Duty, SwapOutcome, SwapResult
from gridbot.schedule.runner import JobRunner, RunReport
from gridbot.schedule.timetable import Occurrence, Timetable, at
from gridbot.schedule.views import Agenda, MeetingNotice, SchedulePresenter, UpcomingItem
from gridbot.services.context import Actor, DutyLeader, ServiceContext
from gridbot.workcalendar import WorkCalendar

DIGEST_KINDS = {
    "day": "day",
    "week": "week",
    "month": "month",
    "日": "day",
    "周": "week",
    "月": "month",
}
# "now" digests: today so far, the last seven days, the last thirty days
NOW_SPANS = {"week": timedelta(days=7), "month": timedelta(days=30)}
_DAY = re.compile(r"^(?:(\d{4})[-/.年])?(\d{1,2})[-/.月](\d{1,2})日?$")


class DigestOutcome(StrEnum):
    OK = "ok"
    NOT_ALLOWED = "not_allowed"
    UNKNOWN_KIND = "unknown_kind"


@dataclass(frozen=True)
class DigestResult:
    outcome: DigestOutcome
    messages: int = 0


def parse_day(text: str, today: date) -> date | None:
    """ "2026-10-14", "10-14", "10月14日", "10/14"; without a year, the next such day."""
    match = _DAY.fullmatch(text.strip())
    if match is None:
        return None
    year = int(match[1]) if match[1] else today.year
    try:
        day = date(year, int(match[2]), int(match[3]))
    except ValueError:
        return None
    if not match[1] and day < today - timedelta(days=180):
        day = day.replace(year=year + 1)
    return day


class ScheduleService:
    def __init__(
        self,
        ctx: ServiceContext,
        config: ScheduleConfig,
        calendar: WorkCalendar,
        presenter: SchedulePresenter,
        charts_dir: Path,
    ) -> None:
        self.ctx = ctx
        self.config = config
        self.timetable = Timetable(config, calendar)
        self.jobs = ScheduleJobs(ctx, config, self.timetable, presenter, charts_dir)
        self.runner = JobRunner(ctx.uow, self.timetable, self.jobs, config.catch_up_grace)

    async def run_due(self, now: datetime | None = None) -> RunReport:
        return await self.runner.run_due(now or self.ctx.clock.now())

    # -- /schedule --------------------------------------------------------------------------

    async def upcoming(self) -> list[UpcomingItem]:
        now = self.ctx.clock.now()
        items = []
        for occ in self.timetable.upcoming(now):
            items.append(UpcomingItem(occ.job, occ.due, occ.day, *await self._describe(occ)))
        return items

    async def _describe(self, occ: Occurrence) -> tuple[str, str]:
        kind, _, rest = occ.job.partition(".")
        if kind == "meeting":
            meeting = self.config.meeting(rest.partition(".")[0])
            return (meeting.name if meeting else rest, "")
        if kind == "reception" and self.config.reception and self.jobs.roster:
            async with self.ctx.uow() as session:
                duty = await self.jobs.roster.duty_on(session, occ.day)
            return (self.config.reception.name, duty.leader.name if duty else "")
        return ("", "")

    # -- /digest ----------------------------------------------------------------------------

    async def digest_now(self, kind_word: str, chat_id: int, actor: Actor) -> DigestResult:
        """An admin asks for a digest now: sent to the chat where they asked."""
        if not self.ctx.is_admin(actor.telegram_id):
            return DigestResult(DigestOutcome.NOT_ALLOWED)
        kind = DIGEST_KINDS.get(kind_word.strip().lower())
        if kind is None:
            return DigestResult(DigestOutcome.UNKNOWN_KIND)
        now = self.ctx.clock.now()
        start = now - NOW_SPANS[kind] if kind in NOW_SPANS else at(now.date(), time(0))
        delivery = await self.jobs.digest(kind, start, now, now, chats=[chat_id])
        async with self.ctx.uow() as session:
            for chat, message in delivery:
                enqueue(session, now, chat, message)
        return DigestResult(DigestOutcome.OK, len(delivery))

    # -- /agenda ----------------------------------------------------------------------------

    async def next_agenda(self) -> tuple[MeetingNotice, Agenda] | None:
        return await self.jobs.agenda_now(self.ctx.clock.now())

    async def duty_leader(self, session: AsyncSession, now: datetime) -> DutyLeader | None:
        """The ServiceContext's duty desk: escalations and joint cases reach this leader."""
        if self.jobs.roster is None:
            return None
        leader = await self.jobs.roster.on_duty(session, now.date())
        return DutyLeader(f"{leader.title}{leader.name}", leader.telegram_id)

    # -- /roster, /swap ---------------------------------------------------------------------

    async def roster(self, weeks: int = 6) -> list[Duty]:
        if self.jobs.roster is None:
            return []
        today = self.ctx.clock.now().date()
        async with self.ctx.uow() as session:
            return await self.jobs.roster.duties(session, today, today + timedelta(weeks=weeks))

    async def swap(self, day: date, name: str, actor: Actor) -> SwapResult:
        if not self.ctx.is_admin(actor.telegram_id):
            return SwapResult(SwapOutcome.NOT_ALLOWED)
        if self.jobs.roster is None:
            return SwapResult(SwapOutcome.NO_RECEPTION)
        async with self.ctx.uow() as session:
            return await self.jobs.roster.swap(
                session, day, name, actor.telegram_id or 0, self.ctx.clock.now()
            )

    def leader_names(self) -> list[str]:
        reception = self.config.reception
        return [leader.name for leader in reception.leaders] if reception else []

    async def may_view(self, telegram_id: int | None, chat_id: int) -> bool:
        """Admins, the leaders on the roster, and anyone in a bound work chat."""
        if self.ctx.is_admin(telegram_id):
            return True
        reception = self.config.reception
        if reception and any(x.telegram_id == telegram_id for x in reception.leaders):
            return True
        async with self.ctx.uow() as session:
            bound = await session.scalar(
                select(ChatBinding.target).where(ChatBinding.chat_id == chat_id)
            )
        return bound is not None
