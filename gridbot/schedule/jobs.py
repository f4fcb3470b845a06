"""What each scheduled occurrence sends, to whom: meeting reminders with agendas, the reception
roster, 早点名, 晚评议 and the digests. `build` only reads; the runner writes."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from gridbot.config import COMMAND, COMMUNITY_PREFIX, DIGEST
from gridbot.db.models import ChatBinding, Member
from gridbot.messages import OutMessage
from gridbot.schedule.agenda import build_agenda
from gridbot.schedule.config import MeetingConfig, Recipient, ScheduleConfig
from gridbot.schedule.digests import build_digest, digest_messages
from gridbot.schedule.roster import Duty, Roster
from gridbot.schedule.runner import Delivery
from gridbot.schedule.snapshot import events_by_team, open_cases
from gridbot.schedule.timetable import EventDay, Occurrence, Timetable, at, previous_month
from gridbot.schedule.views import (
    Agenda,
    Count,
    DayReview,
    MeetingNotice,
    ReceptionNotice,
    SchedulePresenter,
)
from gridbot.services.context import ServiceContext
from gridbot.states import Action
from gridbot.stats import Names, figures


async def recipients(session: AsyncSession, to: list[Recipient], teams: set[str]) -> list[int]:
    """The bound chats for `to`, each once, in the order asked."""
    bindings = list(await session.execute(select(ChatBinding.target, ChatBinding.chat_id)))
    chats: list[int] = []
    for kind in to:
        for target, chat_id in bindings:
            wanted = (
                (kind == "command" and target == COMMAND)
                or (kind == DIGEST and target == DIGEST)
                or (kind == "teams" and target in teams)
                or (kind == "communities" and target.startswith(COMMUNITY_PREFIX))
            )
            if wanted and chat_id not in chats:
                chats.append(chat_id)
    return chats


class ScheduleJobs:
    def __init__(
        self,
        ctx: ServiceContext,
        config: ScheduleConfig,
        timetable: Timetable,
        presenter: SchedulePresenter,
        charts_dir: Path,
    ) -> None:
        self.ctx = ctx
        self.config = config
        self.timetable = timetable
        self.presenter = presenter
        self.charts_dir = charts_dir
        self.roster = Roster(config.reception, timetable) if config.reception else None

    async def build(self, occurrence: Occurrence, now: datetime) -> Delivery:
        kind, _, rest = occurrence.job.partition(".")
        if kind == "meeting":
            return await self.meeting_reminder(occurrence, now)
        if kind == "reception":
            return await self.reception(occurrence, now, rest)
        if kind == "roll_call":
            return await self.roll_call(now)
        if kind == "evening_review":
            return await self.evening_review(occurrence, now)
        if kind == "digest":
            assert occurrence.start is not None and occurrence.end is not None
            return await self.digest(rest, occurrence.start, occurrence.end, now, occurrence)
        raise ValueError(f"unknown scheduled job {occurrence.job}")

    async def _chats(self, to: list[Recipient]) -> list[int]:
        async with self.ctx.uow() as session:
            return await recipients(session, to, set(self.ctx.street.teams))

    # -- meetings ---------------------------------------------------------------------------

    async def meeting_reminder(self, occ: Occurrence, now: datetime) -> Delivery:
        meeting_id, _, reminder_key = occ.job.removeprefix("meeting.").partition(".")
        meeting = self.config.meeting(meeting_id)
        if meeting is None:
            raise ValueError(f"no meeting {meeting_id} in the schedule")
        day = EventDay(
            datetime.fromisoformat(occ.key).date(), occ.day, occ.key != occ.day.isoformat()
        )
        reminder = next(r for r in meeting.reminders if r.key == reminder_key)
        hours = reminder.before.total_seconds() / 3600 if reminder.before else None
        notice = MeetingNotice(
            occ,
            meeting.name,
            day.actual,
            meeting.time,
            meeting.place,
            day.nominal if day.moved else None,
            hours,
        )
        agenda = await build_agenda(self.ctx, meeting, day, now)
        messages = [self.presenter.meeting_reminder(notice, agenda)]
        if meeting.bulletin:
            messages += await self.bulletin(meeting, day, now, occ)
        chats = await self._chats(meeting.to)
        return [(chat, message) for chat in chats for message in messages]

    async def bulletin(
        self, meeting: MeetingConfig, day: EventDay, now: datetime, occ: Occurrence
    ) -> list[OutMessage]:
        """Last month's bulletin (月通报) for the monthly meeting."""
        first = day.nominal.replace(day=1)
        start, end = at(previous_month(first), time(0)), at(first, time(0))
        digest = await build_digest(self.ctx, "month", start, end, now)
        name = f"{meeting.id}-{occ.key}-bulletin"
        return await digest_messages(digest, self.presenter, self.charts_dir, name)

    async def agenda_now(self, now: datetime) -> tuple[MeetingNotice, Agenda] | None:
        """The next meeting with its agenda as of now (for /agenda)."""
        best: tuple[datetime, MeetingConfig, EventDay] | None = None
        for meeting in self.config.meetings:
            for day in self.timetable.meeting_days(
                meeting, now.date() - timedelta(days=7), now.date() + timedelta(days=45)
            ):
                starts = day.at(meeting.time)
                if starts >= now and (best is None or starts < best[0]):
                    best = (starts, meeting, day)
        if best is None:
            return None
        starts, meeting, day = best
        occ = Occurrence(f"meeting.{meeting.id}", day.nominal.isoformat(), starts, day.actual)
        moved = day.nominal if day.moved else None
        notice = MeetingNotice(
            occ, meeting.name, day.actual, meeting.time, meeting.place, moved, None
        )
        return notice, await build_agenda(self.ctx, meeting, day, now)

    # -- reception --------------------------------------------------------------------------

    async def duty(self, occ: Occurrence) -> Duty:
        assert self.roster is not None
        async with self.ctx.uow() as session:
            duty = await self.roster.duty_on(session, occ.day)
        if duty is None:
            raise ValueError(f"no reception on {occ.day}")
        return duty

    def reception_notice(self, duty: Duty) -> ReceptionNotice:
        reception = self.config.reception
        assert reception is not None
        return ReceptionNotice(
            reception.name, duty, reception.time, reception.end, reception.place
        )

    async def reception(self, occ: Occurrence, now: datetime, which: str) -> Delivery:
        reception = self.config.reception
        assert reception is not None
        notice = self.reception_notice(await self.duty(occ))
        if which == "notice":
            message = self.presenter.reception_notice(notice)
            return [(chat, message) for chat in await self._chats(reception.notice_to)]
        async with self.ctx.uow() as session:
            cases = await open_cases(self.ctx, session, now)
        needing = [c for c in cases if c.supervised or c.escalated or c.repeat]
        message = self.presenter.reception_for_leader(notice, needing)
        return [(notice.duty.leader.telegram_id, message)]

    # -- 早点名 / 晚评议 ------------------------------------------------------------------------

    async def roll_call(self, now: datetime) -> Delivery:
        """Each grid worker: the open cases in their grid (private chat); nothing if none."""
        delivery: Delivery = []
        async with self.ctx.uow() as session:
            workers = list(
                await session.scalars(
                    select(Member)
                    .where(Member.role == "worker", Member.grid_code.is_not(None))
                    .order_by(Member.id)
                )
            )
            for worker in workers:
                grid = self.ctx.street.grids.get(worker.grid_code or "")
                cases = await open_cases(self.ctx, session, now, grid=worker.grid_code)
                if grid is not None and cases:
                    message = self.presenter.roll_call(worker.name, grid.name, cases)
                    delivery.append((worker.telegram_id, message))
        return delivery

    async def evening_review(self, occ: Occurrence, now: datetime) -> Delivery:
        start, end = at(occ.day, time(0)), now
        names = Names.build(self.ctx.street, self.ctx.classifier.categories)
        delivery: Delivery = []
        async with self.ctx.uow() as session:
            team_chats = {
                target: chat
                for target, chat in await session.execute(
                    select(ChatBinding.target, ChatBinding.chat_id)
                )
                if target in self.ctx.street.teams or target == COMMAND
            }
            accepted = await events_by_team(session, Action.ACCEPT, start, end)
            resolved = await events_by_team(session, Action.RESOLVE, start, end)
            still_open = await open_cases(self.ctx, session, now)
            teams_overdue: list[Count] = []
            for code in self.ctx.street.teams:
                name = self.ctx.street.team_name(code)
                mine = [c for c in still_open if c.team_code == code]
                overdue = tuple(c for c in mine if c.overdue)
                if overdue:
                    teams_overdue.append(Count(name, len(overdue)))
                if code not in team_chats:
                    continue
                received = (await figures(session, start, end, names=names, team=code))[0]
                review = DayReview(
                    occ.day,
                    name,
                    received.received,
                    accepted.get(code, 0),
                    resolved.get(code, 0),
                    len(mine),
                    overdue,
                )
                delivery.append((team_chats[code], self.presenter.day_review(review)))
            if COMMAND in team_chats:
                total = (await figures(session, start, end, names=names))[0]
                review = DayReview(
                    occ.day,
                    None,
                    total.received,
                    sum(accepted.values()),
                    sum(resolved.values()),
                    len(still_open),
                    tuple(c for c in still_open if c.overdue),
                    tuple(sorted(teams_overdue, key=lambda c: -c.count)),
                )
                delivery.append((team_chats[COMMAND], self.presenter.day_review(review)))
        return delivery

    # -- digests ----------------------------------------------------------------------------

    async def digest(
        self,
        kind: str,
        start: datetime,
        end: datetime,
        now: datetime,
        occ: Occurrence | None = None,
        chats: list[int] | None = None,
    ) -> Delivery:
        """A digest to its configured chats, or to `chats` (an admin's /digest)."""
        digest = await build_digest(self.ctx, kind, start, end, now)
        name = f"digest-{kind}-{occ.key if occ else now.strftime('%Y%m%d%H%M%S')}"
        messages = await digest_messages(digest, self.presenter, self.charts_dir, name)
        if chats is None:
            config = {"day": self.config.digests.daily, "week": self.config.digests.weekly}.get(
                kind, self.config.digests.monthly
            )
            chats = await self._chats(config.to if config else ["digest", "command"])
        return [(chat, message) for chat in chats for message in messages]
