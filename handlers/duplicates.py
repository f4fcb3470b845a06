"""The reporter's answer to a duplicate question: 合并到 #编号 / 这是新事件."""

from __future__ import annotations

from aiogram import Router
from aiogram.types import CallbackQuery, InaccessibleMessage

from gridbot.services.context import Actor, Outcome, ServiceContext
from gridbot.services.duplicate_answers import answer_offer
from handlers import texts
from handlers.callbacks import Dup, DupCb


async def on_duplicate_answer(
    query: CallbackQuery, callback_data: DupCb, ctx: ServiceContext
) -> None:
    actor = Actor(query.from_user.id, query.from_user.full_name)
    merge = callback_data.choice is Dup.MERGE
    result = await answer_offer(ctx, callback_data.pending, actor, merge)
    if result.outcome is Outcome.OK:
        await query.answer(texts.POPUP_MERGED if result.merged else texts.POPUP_NEW_CASE)
    elif result.outcome is Outcome.STALE:
        await query.answer(texts.POPUP_DUPLICATE_ANSWERED)
    else:
        await query.answer(texts.POPUP.get(result.outcome, texts.POPUP["stale"]))
        return
    message = query.message
    if message is not None and not isinstance(message, InaccessibleMessage):
        await message.edit_reply_markup(reply_markup=None)  # one answer per question


def build_router() -> Router:
    router = Router(name="duplicates")
    router.callback_query.register(on_duplicate_answer, DupCb.filter())
    return router
