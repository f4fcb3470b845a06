"""督办 and 延期: /supervise and the 督办 button; 申请延期, /extend, and 批准/不批准."""

from __future__ import annotations

import re

from aiogram import F, Router
from aiogram.filters import Command, CommandObject
from aiogram.types import CallbackQuery, Message

from gridbot.services.context import Actor, Outcome, ServiceContext
from gridbot.services.extensions import decide, request_by_command
from gridbot.services.supervision import supervise
from gridbot.services.team_actions import PROMPT_EXTEND, CardPress, ask_for_input
from handlers import texts
from handlers.callbacks import Act, CaseCb, pressed_message

_DAYS = re.compile(r"^(\d{1,3})(?:个)?(?:工作日|天|日)?$")


def _actor(user: object) -> Actor:
    return Actor(getattr(user, "id", None), getattr(user, "full_name", "?"))


def _days(word: str) -> int | None:
    match = _DAYS.fullmatch(word)
    return int(match[1]) if match else None


def _defaults(ctx: ServiceContext) -> tuple[int, int]:
    esc = ctx.timekeeper.escalation if ctx.timekeeper else None
    return (esc.supervise_days, esc.extension_max_days) if esc else (1, 10)


async def cmd_supervise(message: Message, command: CommandObject, ctx: ServiceContext) -> None:
    if message.from_user is None:
        return
    args = (command.args or "").split()
    days = _days(args[1]) if len(args) == 2 else None
    if len(args) not in (1, 2) or (len(args) == 2 and days is None):
        await message.reply(texts.SUPERVISE_USAGE.format(days=_defaults(ctx)[0]))
        return
    number = args[0].lstrip("#")
    result = await supervise(
        ctx, _actor(message.from_user), message.chat.id, number=number, days=days
    )
    if result.outcome is Outcome.NOT_ALLOWED:
        await message.reply(texts.SUPERVISE_NOT_ALLOWED)
    elif result.outcome is Outcome.NOT_FOUND:
        await message.reply(texts.CASE_NOT_FOUND.format(number=number[:20]))
    elif result.outcome is Outcome.BAD_INPUT:
        await message.reply(texts.SUPERVISE_BAD_DAYS)
    elif result.outcome is Outcome.STALE and result.case is not None:
        await message.reply(
            texts.SUPERVISE_CLOSED.format(number=number, status=result.case.status_label)
        )
    # OK: the confirmation goes out through the outbox with the team's notice


async def on_supervise_button(
    query: CallbackQuery, callback_data: CaseCb, ctx: ServiceContext
) -> None:
    message = await pressed_message(query)
    if message is None:
        return
    result = await supervise(
        ctx, _actor(query.from_user), message.chat.id, case_id=callback_data.case, once=True
    )
    if result.outcome is Outcome.OK:
        await query.answer(texts.POPUP_SUPERVISED)
        await message.edit_reply_markup(reply_markup=None)
    elif result.outcome is Outcome.NOT_ALLOWED:
        await query.answer(texts.SUPERVISE_NOT_ALLOWED, show_alert=True)
    elif result.outcome is Outcome.PENDING:
        await query.answer(texts.POPUP_ALREADY_SUPERVISED)
    else:
        await query.answer(texts.POPUP.get(result.outcome, texts.POPUP["stale"]))


async def on_extend_button(
    query: CallbackQuery, callback_data: CaseCb, ctx: ServiceContext
) -> None:
    message = await pressed_message(query)
    if message is None:
        return
    press = CardPress(
        callback_data.case, callback_data.seq, message.chat.id, _actor(query.from_user)
    )
    result = await ask_for_input(ctx, press, PROMPT_EXTEND)
    if result.outcome is Outcome.OK:
        await query.answer(texts.POPUP_ASKED)
    else:
        await query.answer(texts.POPUP.get(result.outcome, texts.POPUP["stale"]))


async def on_extension_decision(
    query: CallbackQuery, callback_data: CaseCb, ctx: ServiceContext
) -> None:
    message = await pressed_message(query)
    if message is None:
        return
    if not callback_data.arg:
        await query.answer(texts.POPUP["stale"])
        return
    approve = callback_data.act is Act.EXTEND_APPROVE
    result = await decide(
        ctx, int(callback_data.arg), message.chat.id, _actor(query.from_user), approve
    )
    if result.outcome is Outcome.OK:
        await query.answer(texts.POPUP_EXTENSION_DECIDED[approve])
    elif result.outcome is Outcome.WRONG_CHAT:
        await query.answer(texts.POPUP_EXTENSION_WRONG_CHAT)
    else:
        await query.answer(texts.POPUP_EXTENSION_STALE)


async def cmd_extend(message: Message, command: CommandObject, ctx: ServiceContext) -> None:
    if message.from_user is None:
        return
    args = (command.args or "").split(maxsplit=2)
    days = _days(args[1]) if len(args) == 3 else None
    if days is None:
        await message.reply(texts.EXTEND_USAGE.format(days=_defaults(ctx)[1]))
        return
    number = args[0].lstrip("#")
    result = await request_by_command(
        ctx, message.chat.id, _actor(message.from_user), number, days, args[2]
    )
    replies = {
        Outcome.BAD_INPUT: texts.EXTEND_USAGE.format(days=_defaults(ctx)[1]),
        Outcome.NOT_FOUND: texts.CASE_NOT_FOUND.format(number=number[:20]),
        Outcome.STALE: texts.EXTEND_NOT_ACCEPTED.format(number=number[:20]),
        Outcome.WRONG_CHAT: texts.EXTEND_WRONG_CHAT,
    }
    if result.outcome is not Outcome.OK:
        await message.reply(
            replies.get(result.outcome) or texts.POPUP.get(result.outcome, texts.ERROR)
        )


def build_router() -> Router:
    router = Router(name="supervision")
    router.message.register(cmd_supervise, Command("supervise"))
    router.message.register(cmd_extend, Command("extend"))
    router.callback_query.register(on_supervise_button, CaseCb.filter(F.act == Act.SUPERVISE))
    router.callback_query.register(on_extend_button, CaseCb.filter(F.act == Act.EXTEND))
    router.callback_query.register(
        on_extension_decision,
        CaseCb.filter(F.act.in_({Act.EXTEND_APPROVE, Act.EXTEND_REFUSE})),
    )
    return router
