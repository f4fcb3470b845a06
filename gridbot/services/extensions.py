"""延期: a team asks for more working days to resolve a case; the command centre decides.

The request comes from the 申请延期 button (the next message gives days and reason) or from
`/extend 编号 天数 原因` in the team chat. The command chat gets a card with 批准 / 不批准;
the resolve deadline moves only on approval. The team chat and the timeline hear either way.
"""

from __future__ import annotations

import re
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from gridbot.db.models import Case, ExtensionRequest, PendingPrompt
from gridbot.messages import ExtensionView, OutMessage
from gridbot.outbox import enqueue, enqueue_edit
from gridbot.services.context import (
    Actor,
    Outcome,
    ServiceContext,
    case_by_number,
    command_chat,
    load_case,
    record_event,
)
from gridbot.services.deadline_watch import reset_ladder, schedule
from gridbot.services.dispatch import tell_reporter
from gridbot.services.escalation import refresh_card
from gridbot.services.team_actions import ActionResult, CardPress, _card_case
from gridbot.states import Action, Status

PENDING, APPROVED, REFUSED, VOID = "pending", "approved", "refused", "void"
_DAYS_AND_REASON = re.compile(
    r"^\s*(?:延期|延长)?\s*(\d{1,3})\s*(?:个)?\s*(?:工作日|天|日)?\s*[，,。:：;；\s]*(.*)$", re.S
)


def parse_days_and_reason(text: str) -> tuple[int, str] | None:
    """ "3 等待配件到货" or "3个工作日，等待配件" → (3, "等待配件…"); None without both."""
    match = _DAYS_AND_REASON.match(text or "")
    if match is None or not match[2].strip():
        return None
    return int(match[1]), match[2].strip()[:500]


def card_ref(request: ExtensionRequest) -> str:
    return f"ext{request.id}"


def _max_days(ctx: ServiceContext) -> int:
    return ctx.timekeeper.escalation.extension_max_days if ctx.timekeeper else 0


def _extended(ctx: ServiceContext, case: Case, days: int, now: datetime) -> datetime | None:
    """The resolve deadline `days` working days later (counted from now if already passed)."""
    if ctx.timekeeper is None:
        return None
    base = max(case.resolve_deadline or now, now)
    return ctx.timekeeper.working_days_from(base, days)


def _view(ctx: ServiceContext, case: Case, request: ExtensionRequest) -> ExtensionView:
    return ExtensionView(
        id=request.id,
        days=request.days,
        reason=request.reason,
        requested_by=request.requested_by,
        current_deadline=case.resolve_deadline,
        proposed_deadline=_extended(ctx, case, request.days, ctx.clock.now()),
    )


async def answer_extension_prompt(
    ctx: ServiceContext, session: AsyncSession, prompt: PendingPrompt, actor: Actor, text: str
) -> ActionResult:
    """The message after 申请延期: days and reason. Unclear input keeps the question open."""
    press = CardPress(prompt.case_id, prompt.dispatch_seq, prompt.chat_id, actor)
    parsed = parse_days_and_reason(text)
    if parsed is None or not 1 <= parsed[0] <= _max_days(ctx):
        return ActionResult(Outcome.BAD_INPUT)
    await session.delete(prompt)
    outcome, case = await _card_case(session, press, {Status.ACCEPTED})
    if outcome is not Outcome.OK or case is None:
        return ActionResult(outcome)
    return await _submit(ctx, session, case, actor, prompt.chat_id, *parsed)


async def request_by_command(
    ctx: ServiceContext, chat_id: int, actor: Actor, number: str, days: int, reason: str
) -> ActionResult:
    """/extend 编号 天数 原因, sent in the chat of the team handling the case."""
    if not 1 <= days <= _max_days(ctx) or not reason.strip():
        return ActionResult(Outcome.BAD_INPUT)
    async with ctx.uow() as session:
        found = await case_by_number(session, number)
        case = await load_case(session, found.id) if found else None
        if case is None:
            return ActionResult(Outcome.NOT_FOUND)
        if case.status != Status.ACCEPTED:
            return ActionResult(Outcome.STALE)
        if case.dispatch_chat_id != chat_id:
            return ActionResult(Outcome.WRONG_CHAT)
        return await _submit(ctx, session, case, actor, chat_id, days, reason.strip()[:500])


async def _submit(
    ctx: ServiceContext,
    session: AsyncSession,
    case: Case,
    actor: Actor,
    team_chat: int,
    days: int,
    reason: str,
) -> ActionResult:
    waiting = await session.scalar(
        select(ExtensionRequest.id).where(
            ExtensionRequest.case_id == case.id, ExtensionRequest.status == PENDING
        )
    )
    if waiting is not None:
        return ActionResult(Outcome.PENDING)
    command = await command_chat(session)
    if command is None:
        return ActionResult(Outcome.NO_COMMAND_CHAT)
    now = ctx.clock.now()
    request = ExtensionRequest(
        case_id=case.id,
        dispatch_seq=case.dispatch_seq,
        team_chat_id=team_chat,
        days=days,
        reason=reason,
        requested_by_id=actor.telegram_id or 0,
        requested_by=actor.name,
        requested_at=now,
        status=PENDING,
    )
    session.add(request)
    await session.flush()
    record_event(
        session,
        case,
        Action.EXTEND_REQUEST,
        actor,
        now,
        Status(case.status),
        f"申请延期{days}个工作日：{reason}",
        {"days": days, "request": request.id},
    )
    view, ext = ctx.view(case), _view(ctx, case, request)
    enqueue(session, now, team_chat, ctx.presenter.extension_requested(view, ext))
    enqueue(session, now, command, ctx.presenter.extension_card(view, ext), ref=card_ref(request))
    return ActionResult(Outcome.OK, view)


async def decide(
    ctx: ServiceContext, request_id: int, chat_id: int, actor: Actor, approve: bool
) -> ActionResult:
    """批准 / 不批准, pressed in the command centre's chat."""
    async with ctx.uow() as session:
        request = await session.get(ExtensionRequest, request_id, with_for_update=True)
        if request is None:
            return ActionResult(Outcome.NOT_FOUND)
        if chat_id != await command_chat(session):
            return ActionResult(Outcome.WRONG_CHAT)
        if request.status != PENDING:
            return ActionResult(Outcome.STALE)
        case = await load_case(session, request.case_id)
        assert case is not None
        now = ctx.clock.now()
        request.decided_by, request.decided_at = actor.name, now
        if case.status != Status.ACCEPTED or case.dispatch_seq != request.dispatch_seq:
            request.status = VOID  # the case moved on (resolved, transferred, returned)
            note = f"事件已{ctx.view(case).status_label}，申请作废"
            enqueue_edit(session, now, chat_id, card_ref(request), _closed_card(ctx, case, note))
            return ActionResult(Outcome.STALE)
        ext = _view(ctx, case, request)
        if approve:
            _approve(ctx, session, case, request, actor, now)
        else:
            request.status = REFUSED
            record_event(
                session,
                case,
                Action.EXTEND_REFUSE,
                actor,
                now,
                Status(case.status),
                f"不批准延期{request.days}个工作日",
                {"request": request.id},
            )
        view = ctx.view(case)
        decided = ctx.presenter.extension_card_decided(view, ext, approve, actor.name)
        enqueue_edit(session, now, chat_id, card_ref(request), decided)
        told = ctx.presenter.extension_decided(view, ext, approve, actor.name)
        enqueue(session, now, request.team_chat_id, told)
        return ActionResult(Outcome.OK, view)


def _approve(
    ctx: ServiceContext,
    session: AsyncSession,
    case: Case,
    request: ExtensionRequest,
    actor: Actor,
    now: datetime,
) -> None:
    request.status = APPROVED
    case.resolve_deadline = _extended(ctx, case, request.days, now)
    case.updated_at = now
    reset_ladder(case)  # a new, agreed deadline: overdue no more, the ladder starts again
    schedule(ctx, case)
    until = case.resolve_deadline.isoformat() if case.resolve_deadline else None
    record_event(
        session,
        case,
        Action.EXTEND_APPROVE,
        actor,
        now,
        Status(case.status),
        f"批准延期{request.days}个工作日",
        {"request": request.id, "days": request.days, "until": until},
    )
    refresh_card(ctx, session, case)
    tell_reporter(ctx, session, case, "extended")


def _closed_card(ctx: ServiceContext, case: Case, note: str) -> OutMessage:
    return ctx.presenter.team_card_closed(ctx.view(case), note)
