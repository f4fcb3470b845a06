"""Team and command-centre chats: card buttons and the answers to the bot's prompts."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.types import CallbackQuery, InaccessibleMessage, Message

from gridbot.messages import Button, OutMessage
from gridbot.services.context import Actor, Outcome, ServiceContext, load_case
from gridbot.services.dispatch import team_choices
from gridbot.services.guards import is_current_card
from gridbot.services.joint import JointAcceptResult, accept_assist
from gridbot.services.team_actions import (
    PROMPT_RESOLVE,
    PROMPT_RETURN,
    ActionResult,
    CardPress,
    accept,
    answer_prompt,
    ask_for_input,
    transfer,
    triage_assign,
)
from handlers import texts
from handlers.callbacks import Act, CaseCb
from handlers.filters import from_a_user, in_group_chat
from handlers.transport import build_keyboard

CARD_ACTS = {
    Act.ACCEPT,
    Act.TRANSFER_MENU,
    Act.TRANSFER,
    Act.RETURN,
    Act.RESOLVE,
    Act.BACK,
    Act.TRIAGE,
    Act.JOINT_ACCEPT,
}


def _press(query: CallbackQuery, data: CaseCb) -> CardPress | None:
    if query.message is None or isinstance(query.message, InaccessibleMessage):
        return None
    user = query.from_user
    return CardPress(data.case, data.seq, query.message.chat.id, Actor(user.id, user.full_name))


async def _refuse(query: CallbackQuery, outcome: Outcome) -> None:
    await query.answer(texts.POPUP.get(outcome, texts.POPUP["stale"]), show_alert=False)


async def on_card_button(query: CallbackQuery, callback_data: CaseCb, ctx: ServiceContext) -> None:
    press = _press(query, callback_data)
    if press is None:
        await query.answer(texts.POPUP["stale"])
        return
    act = callback_data.act
    result: ActionResult | JointAcceptResult
    if act is Act.ACCEPT:
        result = await accept(ctx, press)
    elif act is Act.JOINT_ACCEPT:
        result = await accept_assist(
            ctx, press.case_id, callback_data.arg, press.seq, press.chat_id, press.actor
        )
    elif act is Act.TRANSFER:
        result = await transfer(ctx, press, callback_data.arg)
    elif act is Act.TRIAGE:
        result = await triage_assign(ctx, press, callback_data.arg)
    elif act in (Act.RESOLVE, Act.RETURN):
        kind = PROMPT_RESOLVE if act is Act.RESOLVE else PROMPT_RETURN
        result = await ask_for_input(ctx, press, kind)
        if result.outcome is Outcome.OK:
            await query.answer(texts.POPUP_ASKED)
            return
    else:
        await _show_menu(query, callback_data, ctx)
        return
    if result.outcome is Outcome.NOT_ALLOWED and act is Act.TRANSFER:
        await query.answer(texts.POPUP_SAME_TEAM)
    elif result.outcome is Outcome.OK:
        await query.answer(texts.POPUP["ok"])
    else:
        await _refuse(query, result.outcome)


async def _show_menu(query: CallbackQuery, data: CaseCb, ctx: ServiceContext) -> None:
    """转派 swaps the card's buttons for the list of teams; 返回 puts the card's back.

    Only the buttons change (no case state), so this edits the message directly.
    """
    message = query.message
    if (
        message is None
        or isinstance(message, InaccessibleMessage)
        or not await is_current_card(ctx, data.case, data.seq, message.chat.id)
    ):
        await query.answer(texts.POPUP["stale"])
        return
    if data.act is Act.TRANSFER_MENU:
        teams = [t for t in team_choices(ctx) if t.code != data.arg]
        buttons = [
            Button(
                t.name, CaseCb(act=Act.TRANSFER, case=data.case, seq=data.seq, arg=t.code).pack()
            )
            for t in teams
        ]
        back = Button("取消", CaseCb(act=Act.BACK, case=data.case, seq=data.seq).pack())
        rows = tuple(tuple(buttons[i : i + 2]) for i in range(0, len(buttons), 2)) + ((back,),)
        await message.edit_reply_markup(reply_markup=build_keyboard(OutMessage("", rows)))
        await query.answer()
        return
    # BACK: the original buttons are those of the card as it stands now
    original = await _card_buttons(ctx, data)
    await message.edit_reply_markup(reply_markup=build_keyboard(OutMessage("", original)))
    await query.answer(texts.POPUP_MENU_CLOSED)


async def _card_buttons(ctx: ServiceContext, data: CaseCb) -> tuple[tuple[Button, ...], ...]:
    async with ctx.uow() as session:
        case = await load_case(session, data.case)
        if case is None or case.dispatch_seq != data.seq:
            return ()
        view = ctx.view(case)
    if view.status == "accepted":
        return ctx.presenter.team_card_accepted(view).buttons
    if view.status == "dispatched":
        return ctx.presenter.team_card(view).buttons
    return ()


async def on_group_message(message: Message, ctx: ServiceContext) -> None:
    """Answers to 办结/退回 prompts; any other chatter in a work group is ignored."""
    if message.text and message.text.startswith("/"):
        return
    user = message.from_user
    assert user is not None
    text = message.text or message.caption or ""
    photo = message.photo[-1].file_id if message.photo else None
    if not text and photo is None:
        return
    result = await answer_prompt(
        ctx, message.chat.id, Actor(user.id, user.full_name), text or "（见照片）", photo
    )
    if result is not None and result.outcome is not Outcome.OK:
        await message.reply(texts.POPUP.get(result.outcome, texts.POPUP["stale"]))


def build_router() -> Router:
    router = Router(name="team_chat")
    router.callback_query.register(on_card_button, CaseCb.filter(F.act.in_(CARD_ACTS)))
    router.message.register(on_group_message, in_group_chat, from_a_user)
    return router
