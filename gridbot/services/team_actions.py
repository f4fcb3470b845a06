"""What a team chat does with a case: 接单 accept, 转派 transfer, 退回 return, 办结 resolve,
and the command centre's manual triage (人工分拨)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession

from gridbot.config import COMMAND
from gridbot.db.models import Case, Correction, PendingPrompt
from gridbot.messages import CaseView
from gridbot.outbox import enqueue, enqueue_edit
from gridbot.services.context import Actor, Outcome, ServiceContext, apply, load_case
from gridbot.services.deadline_watch import start_resolve_clock
from gridbot.services.dispatch import (
    card_ref,
    retire_card,
    route,
    send_to_triage,
    tell_reporter,
)
from gridbot.services.duplicates import tell_merged_reporters
from gridbot.services.joint import close_assist_cards, mirror_lead_accept
from gridbot.states import Action, Status

PROMPT_RESOLVE = "resolve"
PROMPT_RETURN = "return"
PROMPT_EXTEND = "extend"  # 申请延期: days and reason (gridbot/services/extensions.py)


@dataclass(frozen=True)
class ActionResult:
    outcome: Outcome
    case: CaseView | None = None


@dataclass(frozen=True)
class CardPress:
    """A button press on a case card: which case, which dispatch of it, from which chat."""

    case_id: int
    seq: int
    chat_id: int
    actor: Actor


async def _card_case(
    session: AsyncSession, press: CardPress, statuses: set[Status]
) -> tuple[Outcome, Case | None]:
    case = await load_case(session, press.case_id)
    if case is None:
        return Outcome.NOT_FOUND, None
    if case.dispatch_seq != press.seq or Status(case.status) not in statuses:
        return Outcome.STALE, case
    if case.dispatch_chat_id != press.chat_id:
        return Outcome.WRONG_CHAT, case
    return Outcome.OK, case


async def accept(ctx: ServiceContext, press: CardPress) -> ActionResult:
    async with ctx.uow() as session:
        outcome, case = await _card_case(session, press, {Status.DISPATCHED})
        if outcome is not Outcome.OK or case is None:
            return ActionResult(outcome)
        now = ctx.clock.now()
        apply(session, case, Action.ACCEPT, press.actor, now, team=case.team_code)
        case.accepted_by, case.accepted_at = press.actor.name, now
        start_resolve_clock(ctx, case, now)
        mirror_lead_accept(case)
        view = ctx.view(case)
        card = ctx.presenter.team_card_accepted(view)
        enqueue_edit(session, now, press.chat_id, card_ref(case), card)
        tell_reporter(ctx, session, case, "accepted")
        return ActionResult(Outcome.OK, view)


async def transfer(ctx: ServiceContext, press: CardPress, to_team: str) -> ActionResult:
    if to_team not in ctx.street.teams:
        return ActionResult(Outcome.UNKNOWN_TEAM)
    async with ctx.uow() as session:
        outcome, case = await _card_case(session, press, {Status.DISPATCHED, Status.ACCEPTED})
        if outcome is not Outcome.OK or case is None:
            return ActionResult(outcome)
        if case.team_code == to_team:
            return ActionResult(Outcome.NOT_ALLOWED)
        retire_card(
            ctx, session, case, f"已由{press.actor.name}转派至{ctx.street.team_name(to_team)}"
        )
        await route(ctx, session, case, to_team, Action.TRANSFER, press.actor)
        tell_reporter(ctx, session, case, "transferred")
        return ActionResult(Outcome.OK, ctx.view(case))


async def triage_assign(ctx: ServiceContext, press: CardPress, team: str) -> ActionResult:
    """The command centre picks the team for a case; the choice teaches the classifier."""
    if team not in ctx.street.teams:
        return ActionResult(Outcome.UNKNOWN_TEAM)
    async with ctx.uow() as session:
        outcome, case = await _card_case(session, press, {Status.TRIAGE})
        if outcome is not Outcome.OK or case is None:
            return ActionResult(outcome)
        categories = ctx.street.teams[team].categories
        if categories and case.category not in categories:
            session.add(
                Correction(
                    case_id=case.id,
                    text=case.text,
                    predicted=case.predicted_category,
                    corrected=categories[0],
                    by_id=press.actor.telegram_id or 0,
                    at=ctx.clock.now(),
                )
            )
            case.category = categories[0]
        retire_card(
            ctx, session, case, f"已由{press.actor.name}分拨至{ctx.street.team_name(team)}"
        )
        await route(ctx, session, case, team, Action.DISPATCH, press.actor, "人工分拨")
        tell_reporter(ctx, session, case, "dispatched")
        return ActionResult(Outcome.OK, ctx.view(case))


async def ask_for_input(ctx: ServiceContext, press: CardPress, kind: str) -> ActionResult:
    """办结 asks for the result, 退回 for a reason; the next message in the chat answers."""
    statuses = (
        {Status.ACCEPTED}
        if kind in (PROMPT_RESOLVE, PROMPT_EXTEND)
        else {Status.DISPATCHED, Status.ACCEPTED}
    )
    async with ctx.uow() as session:
        outcome, case = await _card_case(session, press, statuses)
        if outcome is not Outcome.OK or case is None or press.actor.telegram_id is None:
            return ActionResult(outcome)
        await session.execute(
            delete(PendingPrompt).where(
                PendingPrompt.chat_id == press.chat_id,
                PendingPrompt.user_id == press.actor.telegram_id,
            )
        )
        session.add(
            PendingPrompt(
                chat_id=press.chat_id,
                user_id=press.actor.telegram_id,
                kind=kind,
                case_id=case.id,
                dispatch_seq=case.dispatch_seq,
                created_at=ctx.clock.now(),
            )
        )
        view = ctx.view(case)
        if kind == PROMPT_RESOLVE:
            prompt = ctx.presenter.prompt_resolution(view, press.actor.name)
        elif kind == PROMPT_EXTEND:
            max_days = ctx.timekeeper.escalation.extension_max_days if ctx.timekeeper else 0
            prompt = ctx.presenter.prompt_extension(view, press.actor.name, max_days)
        else:
            prompt = ctx.presenter.prompt_return_reason(view, press.actor.name)
        enqueue(session, ctx.clock.now(), press.chat_id, prompt)
        return ActionResult(Outcome.OK, view)


async def answer_prompt(
    ctx: ServiceContext, chat_id: int, actor: Actor, text: str, photo: str | None
) -> ActionResult | None:
    """A message in a team chat: the answer to a pending prompt, or None when nothing waits."""
    if actor.telegram_id is None:
        return None
    async with ctx.uow() as session:
        prompt = await session.get(PendingPrompt, (chat_id, actor.telegram_id))
        if prompt is None:
            return None
        if prompt.kind == PROMPT_EXTEND:
            # imported here: extensions builds on this module's card checks
            from gridbot.services.extensions import answer_extension_prompt

            return await answer_extension_prompt(ctx, session, prompt, actor, text)
        await session.delete(prompt)
        press = CardPress(prompt.case_id, prompt.dispatch_seq, chat_id, actor)
        if prompt.kind == PROMPT_RESOLVE:
            return await _resolve(ctx, session, press, text, photo)
        return await _return(ctx, session, press, text)


async def _resolve(
    ctx: ServiceContext, session: AsyncSession, press: CardPress, text: str, photo: str | None
) -> ActionResult:
    outcome, case = await _card_case(session, press, {Status.ACCEPTED})
    if outcome is not Outcome.OK or case is None:
        return ActionResult(outcome)
    now = ctx.clock.now()
    apply(session, case, Action.RESOLVE, press.actor, now, text, team=case.team_code)
    case.resolution, case.resolution_photo, case.resolved_at = text, photo, now
    retire_card(ctx, session, case, f"已由{press.actor.name}办结")
    lead = ctx.street.team_name(case.team_code or COMMAND)
    await close_assist_cards(ctx, session, case, f"牵头单位{lead}已办结：{text}")
    view = ctx.view(case)
    enqueue(session, now, case.reporter.telegram_id, ctx.presenter.reporter_resolved(view))
    await tell_merged_reporters(ctx, session, case, "resolved")
    return ActionResult(Outcome.OK, view)


async def _return(
    ctx: ServiceContext, session: AsyncSession, press: CardPress, reason: str
) -> ActionResult:
    outcome, case = await _card_case(session, press, {Status.DISPATCHED, Status.ACCEPTED})
    if outcome is not Outcome.OK or case is None:
        return ActionResult(outcome)
    team_name = ctx.street.team_name(case.team_code or COMMAND)
    retire_card(ctx, session, case, f"已由{press.actor.name}退回指挥中心：{reason}")
    await send_to_triage(
        ctx, session, case, press.actor, f"{team_name}退回：{reason}", Action.RETURN
    )
    tell_reporter(ctx, session, case, "returned")
    return ActionResult(Outcome.OK, ctx.view(case))
