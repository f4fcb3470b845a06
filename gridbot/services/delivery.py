"""A message that can never be delivered (bot blocked, chat gone) is reported to the command
centre, so a person can reach the chat another way. The outbox sender calls this hook."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from gridbot.config import COMMAND
from gridbot.db.models import Case, ChatBinding, Member, OutboxMessage
from gridbot.outbox import FailureHook, enqueue
from gridbot.services.context import ServiceContext, command_chat

NOTICE_PREFIX = "failed-"  # ref of a failure notice: a failed notice is never reported again
_CARD_REF = re.compile(r"case(\d+)-d\d+")
_NUMBER = re.compile(r"\d{8}-\d{4}")


def failure_notifier(ctx: ServiceContext) -> FailureHook:
    async def notify(session: AsyncSession, row: OutboxMessage) -> None:
        await notify_command_centre(ctx, session, row)

    return notify


async def notify_command_centre(
    ctx: ServiceContext, session: AsyncSession, row: OutboxMessage
) -> None:
    """Queue a notice to the command chat about `row`, unless that would go round in circles."""
    target = await command_chat(session)
    if target is None or row.chat_id == target or (row.ref or "").startswith(NOTICE_PREFIX):
        return
    recipient = await _recipient(ctx, session, row.chat_id)
    number = await _case_number(session, row)
    notice = ctx.presenter.delivery_failed(recipient, number, row.text, row.last_error or "")
    enqueue(session, ctx.clock.now(), target, notice, ref=f"{NOTICE_PREFIX}{row.id}")


async def _recipient(ctx: ServiceContext, session: AsyncSession, chat_id: int) -> str:
    member = await session.scalar(select(Member).where(Member.telegram_id == chat_id))
    if member is not None:
        return f"{member.name}（私聊，ID {chat_id}）"
    team = await session.scalar(select(ChatBinding.target).where(ChatBinding.chat_id == chat_id))
    if team is not None and team != COMMAND:
        return f"{ctx.street.team_name(team)}工作群（ID {chat_id}）"
    return f"聊天 {chat_id}"


async def _case_number(session: AsyncSession, row: OutboxMessage) -> str | None:
    for ref in (row.ref, row.edit_ref):
        if ref and (match := _CARD_REF.fullmatch(ref)):
            number = await session.scalar(select(Case.number).where(Case.id == int(match[1])))
            if number:
                return number
    found = _NUMBER.search(row.text)
    return found[0] if found else None
