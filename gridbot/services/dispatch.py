"""Routing a case to a team's chat, or to the command centre for manual triage (人工分拨)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from gridbot.config import COMMAND
from gridbot.db.models import Case, CaseEvent
from gridbot.messages import TeamChoice
from gridbot.outbox import enqueue, enqueue_edit
from gridbot.services.context import Actor, ServiceContext, apply, chat_of, command_chat
from gridbot.services.deadline_watch import start_accept_clock
from gridbot.services.joint import sync_lead
from gridbot.states import Action, Status


def card_ref(case: Case) -> str:
    """Outbox name of the card of the case's current dispatch, so later edits find it."""
    return f"case{case.id}-d{case.dispatch_seq}"


def team_choices(ctx: ServiceContext, exclude: str | None = None) -> list[TeamChoice]:
    return [TeamChoice(t.code, t.name) for t in ctx.street.teams.values() if t.code != exclude]


def tell_reporter(ctx: ServiceContext, session: AsyncSession, case: Case, what: str) -> None:
    """Queue the reporter's notice of a step (`what` names it for the presenter)."""
    message = ctx.presenter.reporter_update(ctx.view(case), what)
    enqueue(session, ctx.clock.now(), case.reporter.telegram_id, message)


def retire_card(ctx: ServiceContext, session: AsyncSession, case: Case, note: str) -> None:
    """Take the buttons off the card of the current dispatch and say why."""
    if case.dispatch_chat_id is None:
        return
    message = ctx.presenter.team_card_closed(ctx.view(case), note)
    enqueue_edit(session, ctx.clock.now(), case.dispatch_chat_id, card_ref(case), message)
    case.dispatch_chat_id = None


async def route(
    ctx: ServiceContext,
    session: AsyncSession,
    case: Case,
    team: str,
    action: Action,
    actor: Actor,
    note: str | None = None,
) -> None:
    """Send the case to `team` (or to triage when team is COMMAND or has no chat bound)."""
    now = ctx.clock.now()
    if team != COMMAND:
        chat_id = await chat_of(session, team)
        if chat_id is not None:
            note = (
                f"{note}，派往{ctx.street.team_name(team)}"
                if note
                else f"派往{ctx.street.team_name(team)}"
            )
            apply(session, case, action, actor, now, note, team=team)
            case.team_code = team
            case.dispatch_seq += 1
            case.dispatch_chat_id = chat_id
            case.accepted_by = case.accepted_at = None
            start_accept_clock(ctx, case, now)
            await sync_lead(ctx, session, case)  # joint case: the receiving team leads
            card = ctx.presenter.team_card(ctx.view(case))
            enqueue(session, now, chat_id, card, ref=card_ref(case))
            return
        reason = f"{ctx.street.team_name(team)}尚未绑定工作群"
    else:
        reason = note or "需人工分拨"
    await send_to_triage(ctx, session, case, actor, reason)


async def send_to_triage(
    ctx: ServiceContext,
    session: AsyncSession,
    case: Case,
    actor: Actor,
    reason: str,
    action: Action | None = None,
) -> None:
    now = ctx.clock.now()
    if case.status == Status.RESOLVED:  # reopened, but no team chat can take it
        apply(session, case, Action.REOPEN, actor, now, reason)
    if action is None:
        action = Action.RETURN if case.status == Status.ACCEPTED else Action.TRIAGE
    apply(session, case, action, actor, now, reason)
    case.team_code = COMMAND
    case.dispatch_seq += 1
    case.accept_deadline = None
    await sync_lead(ctx, session, case)
    await post_triage_card(ctx, session, case, reason)


async def post_triage_card(
    ctx: ServiceContext, session: AsyncSession, case: Case, reason: str
) -> None:
    chat_id = await command_chat(session)
    case.dispatch_chat_id = chat_id
    if chat_id is None:
        return  # posted when the command centre binds its chat (see bindings.bind)
    card = ctx.presenter.triage_card(ctx.view(case), team_choices(ctx), reason)
    enqueue(session, ctx.clock.now(), chat_id, card, ref=card_ref(case))


async def last_triage_reason(session: AsyncSession, case: Case) -> str:
    note = await session.scalar(
        select(CaseEvent.note)
        .where(CaseEvent.case_id == case.id, CaseEvent.to_status == Status.TRIAGE)
        .order_by(CaseEvent.id.desc())
        .limit(1)
    )
    return note or "需人工分拨"
