"""The reporter's buttons: 满意 / 不满意, 撤回, 改类别."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.types import CallbackQuery, InaccessibleMessage

from gridbot.messages import Button, OutMessage
from gridbot.services.context import Actor, Outcome, ServiceContext
from gridbot.services.guards import is_reporters_chat
from gridbot.services.reporter_actions import rate, recategorize, withdraw
from handlers import texts
from handlers.callbacks import Act, CaseCb, pressed_message
from handlers.transport import build_keyboard


async def on_rating(query: CallbackQuery, callback_data: CaseCb, ctx: ServiceContext) -> None:
    actor = Actor(query.from_user.id, query.from_user.full_name)
    result = await rate(ctx, callback_data.case, actor, callback_data.act is Act.SATISFIED)
    await _finish(query, result.outcome)


async def on_withdraw(query: CallbackQuery, callback_data: CaseCb, ctx: ServiceContext) -> None:
    actor = Actor(query.from_user.id, query.from_user.full_name)
    result = await withdraw(ctx, callback_data.case, actor)
    await _finish(query, result.outcome)


async def on_recategorize(
    query: CallbackQuery, callback_data: CaseCb, ctx: ServiceContext
) -> None:
    actor = Actor(query.from_user.id, query.from_user.full_name)
    result = await recategorize(ctx, callback_data.case, actor, callback_data.arg)
    await _finish(query, result.outcome)


async def on_category_menu(
    query: CallbackQuery, callback_data: CaseCb, ctx: ServiceContext
) -> None:
    message = await pressed_message(query)
    if message is None:
        return
    case_id = callback_data.case
    if not await is_reporters_chat(ctx, case_id, message.chat.id, query.from_user.id):
        await query.answer(texts.POPUP["not_allowed"])
        return
    if callback_data.act is Act.RECAT_MENU:
        choices = [
            Button(label, CaseCb(act=Act.RECAT, case=case_id, arg=code).pack())
            for code, label in ctx.classifier.categories
        ]
        rows = [tuple(choices[i : i + 3]) for i in range(0, len(choices), 3)]
        rows.append((Button("取消", CaseCb(act=Act.RECAT_BACK, case=case_id).pack()),))
    else:
        rows = [
            (
                Button("改类别", CaseCb(act=Act.RECAT_MENU, case=case_id).pack()),
                Button("撤回", CaseCb(act=Act.WITHDRAW, case=case_id).pack()),
            )
        ]
    await message.edit_reply_markup(reply_markup=build_keyboard(OutMessage("", tuple(rows))))
    await query.answer()


async def _finish(query: CallbackQuery, outcome: Outcome) -> None:
    await query.answer(texts.POPUP.get(outcome, texts.POPUP["stale"]))
    message = query.message
    if (
        outcome in (Outcome.OK, Outcome.STALE)
        and message
        and not isinstance(message, InaccessibleMessage)
    ):
        await message.edit_reply_markup(reply_markup=None)  # one answer per question


def build_router() -> Router:
    router = Router(name="reporter")
    router.callback_query.register(
        on_rating, CaseCb.filter(F.act.in_({Act.SATISFIED, Act.UNSATISFIED}))
    )
    router.callback_query.register(on_withdraw, CaseCb.filter(F.act == Act.WITHDRAW))
    router.callback_query.register(on_recategorize, CaseCb.filter(F.act == Act.RECAT))
    router.callback_query.register(
        on_category_menu, CaseCb.filter(F.act.in_({Act.RECAT_MENU, Act.RECAT_BACK}))
    )
    return router
