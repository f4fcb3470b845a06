"""The deadline sweep: half-time reminders, the escalation ladder, daily 督办 reminders, and the
warning about years the working-day calendar does not know.

Everything it sends is sent once: the case's own columns (reminded_at, escalation_level,
supervise_reminded_at) change in the same transaction as the outbox rows, and the calendar
warning is an outbox row with a fixed ref per year.
"""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from gridbot.config import COMMUNITY_PREFIX
from gridbot.db.models import Case, OutboxMessage
from gridbot.messages import OutMessage
from gridbot.outbox import enqueue, enqueue_edit
from gridbot.services.context import (
    Actor,
    ServiceContext,
    chat_of,
    command_chat,
    duty_leader,
    record_event,
    tell_duty_leader,
)
from gridbot.services.deadline_watch import (
    escalation_due,
    phase,
    reminder_due,
    schedule,
    supervision_reminder_due,
    watched_deadline,
)
from gridbot.services.dispatch import card_ref, tell_reporter
from gridbot.states import Action, Status

log = logging.getLogger(__name__)

BATCH = 200
LOOKAHEAD_DAYS = 60  # warn this long before a year the calendar does not know begins


async def sweep_deadlines(ctx: ServiceContext) -> int:
    """Act on every case whose next check is due; returns how many cases were looked at."""
    if ctx.timekeeper is None:
        return 0
    now = ctx.clock.now()
    async with ctx.uow() as session:
        cases = list(
            await session.scalars(
                select(Case)
                .where(Case.next_check_at <= now)
                .order_by(Case.next_check_at)
                .limit(BATCH)
                .with_for_update(skip_locked=True)
            )
        )
        for case in cases:
            await check_case(ctx, session, case, now)
            schedule(ctx, case)  # also clears the check of cases no longer watched
    return len(cases)


async def check_case(
    ctx: ServiceContext, session: AsyncSession, case: Case, now: datetime
) -> None:
    deadline = watched_deadline(case)
    remind = reminder_due(case)
    if remind is not None and remind <= now and deadline is not None and now < deadline:
        remind_team(ctx, session, case, now)
    escalate = escalation_due(ctx, case)
    if escalate is not None and escalate <= now:
        await escalate_one_level(ctx, session, case, now)
    supervise = supervision_reminder_due(ctx, case)
    if supervise is not None and supervise <= now:
        remind_supervised(ctx, session, case, now)


def lead_of(ctx: ServiceContext, case: Case) -> str:
    team = ctx.street.teams.get(case.team_code or "")
    return (team.lead if team else None) or ""


def remind_team(ctx: ServiceContext, session: AsyncSession, case: Case, now: datetime) -> None:
    """Half the time to accept has passed: remind the team chat once."""
    case.reminded_at = now
    message = ctx.presenter.accept_reminder(ctx.view(case), lead_of(ctx, case))
    _remind(session, case, now, "accept", "接单时间已过半", message)


def remind_supervised(
    ctx: ServiceContext, session: AsyncSession, case: Case, now: datetime
) -> None:
    """督办: the daily reminder to the team lead."""
    case.supervise_reminded_at = now
    message = ctx.presenter.supervision_reminder(ctx.view(case), lead_of(ctx, case))
    _remind(session, case, now, "supervise", "督办提醒", message)


def _remind(
    session: AsyncSession, case: Case, now: datetime, kind: str, note: str, message: OutMessage
) -> None:
    """A REMIND line in the timeline and the reminder in the team chat, in one transaction."""
    status = Status(case.status)
    record_event(session, case, Action.REMIND, Actor.system(), now, status, note, {"kind": kind})
    if case.dispatch_chat_id is not None:
        enqueue(session, now, case.dispatch_chat_id, message)


async def escalate_one_level(
    ctx: ServiceContext, session: AsyncSession, case: Case, now: datetime
) -> None:
    """Tell the next rung of the ladder; a community without a bound chat is passed over."""
    assert ctx.timekeeper is not None
    esc = ctx.timekeeper.escalation
    level = case.escalation_level
    while level < len(esc.ladder):
        target, chat_id, mention = await _rung(ctx, session, case, esc.ladder[level])
        if chat_id is not None or esc.ladder[level] != "community":
            break
        level += 1
    else:
        case.escalation_level = level  # only unbound communities were left
        return
    case.escalation_level, case.escalated_at = level + 1, now
    first = case.overdue_since is None
    if first:
        case.overdue_since = now
    which = phase(case)
    note = ("超过接单时限" if which == "accept" else "超过办结时限") + (
        "" if chat_id is not None else "（指挥中心尚未绑定工作群）"
    )
    record_event(
        session,
        case,
        Action.ESCALATE,
        Actor.system(),
        now,
        Status(case.status),
        note,
        {"level": level + 1, "target": target, "phase": which},
    )
    view = ctx.view(case)
    if chat_id is not None:
        notice = ctx.presenter.escalation_notice(view, esc.ladder[level], which, mention)
        enqueue(session, now, chat_id, notice)
    if esc.ladder[level] == "command":
        await tell_duty_leader(
            ctx, session, ctx.presenter.escalation_notice(view, "command", which, mention).text
        )
    if first:
        refresh_card(ctx, session, case)
        tell_reporter(ctx, session, case, "overdue")


async def _rung(
    ctx: ServiceContext, session: AsyncSession, case: Case, rung: str
) -> tuple[str, int | None, str]:
    """(target name for the timeline, chat to tell, whom to mention) for one ladder rung."""
    if rung == "team_lead":
        return "team_lead", case.dispatch_chat_id, lead_of(ctx, case)
    if rung == "community":
        grid = ctx.street.grids.get(case.grid_code or "")
        target = f"{COMMUNITY_PREFIX}{grid.community_code}" if grid else None
        chat_id = await chat_of(session, target) if target else None
        return target or "community", chat_id, ""
    assert ctx.timekeeper is not None
    leader = await duty_leader(ctx, session)
    name = f"值班领导{leader.name}" if leader else ctx.timekeeper.escalation.duty_leader
    return "command", await command_chat(session), name


def current_card(ctx: ServiceContext, case: Case) -> OutMessage | None:
    """The team card as it should look now (dispatched or accepted), or None."""
    view = ctx.view(case)
    if case.status == Status.DISPATCHED:
        return ctx.presenter.team_card(view)
    if case.status == Status.ACCEPTED:
        return ctx.presenter.team_card_accepted(view)
    return None


def refresh_card(ctx: ServiceContext, session: AsyncSession, case: Case) -> None:
    """Edit the team card so it shows the latest deadline and flags (【已超时】, 【督办】)."""
    card = current_card(ctx, case)
    if card is not None and case.dispatch_chat_id is not None:
        enqueue_edit(session, ctx.clock.now(), case.dispatch_chat_id, card_ref(case), card)


async def warn_unknown_years(ctx: ServiceContext) -> list[int]:
    """Tell the command centre, once per year, that the calendar falls back to Monday–Friday."""
    if ctx.timekeeper is None:
        return []
    now = ctx.clock.now()
    years = ctx.timekeeper.unknown_years_ahead(now, LOOKAHEAD_DAYS)
    if not years:
        return []
    warned: list[int] = []
    async with ctx.uow() as session:
        chat_id = await command_chat(session)
        if chat_id is None:
            return []  # told once the command centre has a chat
        for year in years:
            ref = f"calendar-year-{year}"
            if await session.scalar(select(OutboxMessage.id).where(OutboxMessage.ref == ref)):
                continue
            enqueue(session, now, chat_id, ctx.presenter.unknown_year_warning(year), ref=ref)
            log.warning("working-day calendar has no data for %d: warned the command centre", year)
            warned.append(year)
    return warned
