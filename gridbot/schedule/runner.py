"""Once and only once: runs what is due, records each (job, occurrence) with its outbox rows.

`run_due(now)` is the whole job runner; APScheduler only calls it every minute, and tests call
it with a frozen clock. A run row and the messages it caused are written in one transaction, and
(job, occurrence) is unique, so a restart or a second process never sends an occurrence twice.
On the first call after a start, occurrences missed while the bot was down are sent if they are
not older than the grace, and recorded as skipped (and logged) if they are.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy import func, select, tuple_
from sqlalchemy.exc import IntegrityError

from gridbot.db.models import ScheduleRun
from gridbot.db.session import UnitOfWork
from gridbot.messages import OutMessage
from gridbot.outbox import enqueue
from gridbot.schedule.timetable import Occurrence, Timetable

log = logging.getLogger(__name__)

LOOKBACK = timedelta(days=31)  # how far back a start looks for missed occurrences to log

Delivery = list[tuple[int, OutMessage]]


class Jobs(Protocol):
    async def build(self, occurrence: Occurrence, now: datetime) -> Delivery:
        """The messages (chat id, message) this occurrence sends; built outside the write."""
        ...


@dataclass
class RunReport:
    sent: list[Occurrence] = field(default_factory=list)
    skipped: list[Occurrence] = field(default_factory=list)
    failed: list[Occurrence] = field(default_factory=list)


class JobRunner:
    def __init__(
        self, uow: UnitOfWork, timetable: Timetable, jobs: Jobs, grace: timedelta
    ) -> None:
        self.uow = uow
        self.timetable = timetable
        self.jobs = jobs
        self.grace = grace
        self._last_check: datetime | None = None

    async def run_due(self, now: datetime) -> RunReport:
        """Send every occurrence due by `now` that has not been sent or skipped yet."""
        start = await self._window_start(now)
        due = self.timetable.occurrences(start, now)
        done = await self._recorded(due)
        report = RunReport()
        for occ in due:
            if occ.ident in done:
                continue
            if now - occ.due > self.grace:
                if await self._record(occ, now, "skipped", []):
                    log.warning(
                        "skipped %s %s due %s: missed by more than %s",
                        occ.job,
                        occ.key,
                        occ.due.isoformat(),
                        self.grace,
                    )
                    report.skipped.append(occ)
                continue
            try:
                messages = await self.jobs.build(occ, now)
            except Exception:  # one broken job must not stop the others; retried next minute
                log.exception("scheduled job %s %s failed", occ.job, occ.key)
                report.failed.append(occ)
                continue
            if await self._record(occ, now, "sent", messages):
                log.info("sent %s %s: %d messages", occ.job, occ.key, len(messages))
                report.sent.append(occ)
        self._last_check = now
        return report

    async def _window_start(self, now: datetime) -> datetime:
        """Since the last check; on start, since the last recorded occurrence (capped)."""
        recent = now - self.grace
        if self._last_check is not None:
            return min(self._last_check, recent)
        async with self.uow() as session:
            last = await session.scalar(select(func.max(ScheduleRun.due_at)))
        if last is None:
            return recent
        return min(max(last, now - LOOKBACK), recent)

    async def _recorded(self, due: list[Occurrence]) -> set[tuple[str, str]]:
        if not due:
            return set()
        async with self.uow() as session:
            rows = await session.execute(
                select(ScheduleRun.job, ScheduleRun.occurrence).where(
                    tuple_(ScheduleRun.job, ScheduleRun.occurrence).in_([o.ident for o in due])
                )
            )
            return {(job, key) for job, key in rows}

    async def _record(
        self, occ: Occurrence, now: datetime, status: str, messages: Delivery
    ) -> bool:
        """Write the run row and its messages together; False if it was already recorded."""
        try:
            async with self.uow() as session:
                session.add(
                    ScheduleRun(
                        job=occ.job,
                        occurrence=occ.key,
                        due_at=occ.due,
                        status=status,
                        messages=len(messages),
                        ran_at=now,
                    )
                )
                await session.flush()  # the unique (job, occurrence) decides here
                for chat_id, message in messages:
                    enqueue(session, now, chat_id, message)
        except IntegrityError:
            log.info("%s %s was already done by another run", occ.job, occ.key)
            return False
        return True
