"""Checks for buttons that only change a keyboard (menus), not a case.

A forged or replayed callback can name any case; before a menu is opened on the pressed
message, these make sure the message is where that case's buttons really live.
"""

from __future__ import annotations

from sqlalchemy import select

from gridbot.db.models import Case, Member
from gridbot.services.context import ServiceContext


async def is_current_card(ctx: ServiceContext, case_id: int, seq: int, chat_id: int) -> bool:
    """The press came from the chat the case's current dispatch went to, for that dispatch."""
    async with ctx.uow() as session:
        row = (
            await session.execute(
                select(Case.dispatch_seq, Case.dispatch_chat_id).where(Case.id == case_id)
            )
        ).first()
    return row is not None and row.dispatch_seq == seq and row.dispatch_chat_id == chat_id


async def is_reporters_chat(ctx: ServiceContext, case_id: int, chat_id: int, user_id: int) -> bool:
    """The press came from the reporter, in their private chat with the bot."""
    async with ctx.uow() as session:
        reporter = await session.scalar(
            select(Member.telegram_id)
            .join(Case, Case.reporter_id == Member.id)
            .where(Case.id == case_id)
        )
    return reporter is not None and reporter == user_id == chat_id
