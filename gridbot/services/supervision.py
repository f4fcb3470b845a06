"""督办 (supervision): an admin or a leader puts a case under supervision.

The case must then be resolved within N working days (the deadline tightens, never loosens), the
team lead is reminded every working day by the sweep, and every view flags the case 【督办】.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from gridbot.db.models import Case
from gridbot.messages import CaseView
from gridbot.outbox import enqueue
from gridbot.services.context import (
    Actor,
    Outcome,
    ServiceContext,
    member_by_telegram,
    record_event,
)
from gridbot.services.deadline_watch import WATCHED, schedule
from gridbot.services.dispatch import tell_reporter
from gridbot.services.escalation import lead_of, refresh_card
from gridbot.states import Action, Status

SUPERVISABLE = (Status.REPORTED, Status.TRIAGE, Status.DISPATCHED, Status.ACCEPTED)
MAX_DAYS = 30


@dataclass(frozen=True)
class SuperviseResult:
    outcome: Outcome
    case: CaseView | None = None
    until: datetime | None = None


async def may_supervise(ctx: ServiceContext, session: AsyncSession, actor: Actor) -> bool:
    """Admins (GRIDBOT_ADMIN_IDS) and registered leaders (领导) may supervise."""
    if ctx.is_admin(actor.telegram_id):
        return True
    if actor.telegram_id is None:
        return False
    member = await member_by_telegram(session, actor.telegram_id)
    return member is not None and member.role in ("leader", "admin")


async def supervise(
    ctx: ServiceContext,
    actor: Actor,
    chat_id: int,
    *,
    number: str | None = None,
    case_id: int | None = None,
    days: int | None = None,
    once: bool = False,
) -> SuperviseResult:
    """/supervise 编号 [天数] (by number) or the 督办 button (by case id), from `chat_id`.

    With `once` (the button) a case already supervised is left as it is (Outcome.PENDING);
    the command may supervise again with a new number of days.
    """
    tk = ctx.timekeeper
    if tk is None:
        return SuperviseResult(Outcome.NOT_ALLOWED)
    days = tk.escalation.supervise_days if days is None else days
    if not 1 <= days <= MAX_DAYS:
        return SuperviseResult(Outcome.BAD_INPUT)
    async with ctx.uow() as session:
        if not await may_supervise(ctx, session, actor):
            return SuperviseResult(Outcome.NOT_ALLOWED)
        query = select(Case).with_for_update()
        query = query.where(Case.id == case_id if number is None else Case.number == number)
        case = await session.scalar(query)
        if case is None:
            return SuperviseResult(Outcome.NOT_FOUND)
        if case.status not in SUPERVISABLE:
            return SuperviseResult(Outcome.STALE, ctx.view(case))
        if once and case.supervised_at is not None:
            return SuperviseResult(Outcome.PENDING, ctx.view(case))
        now = ctx.clock.now()
        until = tk.working_days_from(now, days)
        put_under_supervision(case, actor, now, until)
        record_event(
            session,
            case,
            Action.SUPERVISE,
            actor,
            now,
            Status(case.status),
            f"督办：限{days}个工作日内办结",
            {"until": until.isoformat(), "days": days},
        )
        schedule(ctx, case)
        _announce(ctx, session, case, actor, chat_id)
        return SuperviseResult(Outcome.OK, ctx.view(case), until)


def put_under_supervision(case: Case, actor: Actor, now: datetime, until: datetime) -> None:
    case.supervised_at, case.supervised_by = now, actor.name
    case.supervise_until = until
    case.supervise_reminded_at = now  # today's reminder is the notice itself
    case.updated_at = now
    if case.status == Status.DISPATCHED and case.accept_deadline and case.accept_deadline > until:
        case.accept_deadline = until
    if case.status == Status.ACCEPTED and (
        case.resolve_deadline is None or case.resolve_deadline > until
    ):
        case.resolve_deadline = until


def _announce(
    ctx: ServiceContext, session: AsyncSession, case: Case, actor: Actor, chat_id: int
) -> None:
    now = ctx.clock.now()
    view = ctx.view(case)
    if case.status in WATCHED and case.dispatch_chat_id is not None:
        notice = ctx.presenter.supervision_notice(view, actor.name, lead_of(ctx, case))
        enqueue(session, now, case.dispatch_chat_id, notice)
        refresh_card(ctx, session, case)
    if chat_id != case.dispatch_chat_id:
        enqueue(session, now, chat_id, ctx.presenter.supervision_done(view))
    tell_reporter(ctx, session, case, "supervised")
