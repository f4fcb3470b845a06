"""Private chat: any text, photo or location is a report; /mine and /case look at cases."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command, CommandObject
from aiogram.types import Message

from gridbot.messages import CaseView
from gridbot.services.context import Outcome, ServiceContext
from gridbot.services.intake import IntakeKind, Report, submit_report
from gridbot.services.queries import case_timeline, my_open_cases
from handlers import texts
from handlers.filters import can_be_a_report, in_private_chat, looks_like_command
from handlers.presenter import fmt_time, shorten, where

ACTION_LABELS = {
    "report": "上报",
    "dispatch": "派单",
    "triage": "转人工分拨",
    "accept": "接单",
    "transfer": "转派",
    "return": "退回",
    "resolve": "办结",
    "confirm": "满意结案",
    "auto_close": "自动结案",
    "reopen": "不满意重办",
    "withdraw": "撤回",
    "merge": "合并",
    "remind": "提醒",
    "escalate": "超时上报",
    "supervise": "督办",
    "extend_request": "申请延期",
    "extend_approve": "批准延期",
    "extend_refuse": "不批准延期",
    "joint_dispatch": "联调联处派单",
    "joint_accept": "协办接单",
    "add_reporter": "重复上报并合并",
}


def flags(case: CaseView) -> str:
    """【督办】【已超时】 where they apply, for lists and /case."""
    return ("【督办】" if case.supervise_until else "") + ("【已超时】" if case.overdue else "")


async def cmd_mine(message: Message, ctx: ServiceContext) -> None:
    if message.from_user is None:
        return
    cases = await my_open_cases(ctx, message.from_user.id)
    if cases is None:
        await message.answer(texts.MINE_NOT_REGISTERED)
        return
    if not cases:
        await message.answer(texts.MINE_EMPTY)
        return
    lines = [texts.MINE_HEADER.format(count=len(cases))]
    for c in cases[-30:]:
        lines.append(f"{c.number}{flags(c)} {c.label} {c.status_label}：{shorten(c.text, 30)}")
    await message.answer("\n".join(lines))


async def cmd_case(message: Message, command: CommandObject, ctx: ServiceContext) -> None:
    if message.from_user is None:
        return
    number = (command.args or "").strip().lstrip("#")
    if not number:
        await message.answer(texts.CASE_USAGE)
        return
    timeline = await case_timeline(ctx, number, message.from_user.id, message.chat.id)
    if timeline.outcome is Outcome.NOT_FOUND or timeline.case is None:
        await message.answer(texts.CASE_NOT_FOUND.format(number=number[:20]))
        return
    if timeline.outcome is Outcome.NOT_ALLOWED:
        await message.answer(texts.CASE_NOT_ALLOWED)
        return
    c = timeline.case
    lines = [
        f"事件 {c.number}（{c.status_label}）{'【紧急】' if c.urgent else ''}{flags(c)}",
        f"类别：{c.label}    处置：{c.team_name or '—'}",
        f"网格/地点：{where(c)}",
        f"内容：{shorten(c.text, 600)}",
    ]
    if c.accept_deadline and c.status == "dispatched":
        lines.append(f"接单时限：{fmt_time(c.accept_deadline)}")
    if c.resolve_deadline and c.status == "accepted":
        lines.append(f"办结时限：{fmt_time(c.resolve_deadline)}")
    if c.supervise_until:
        lines.append(f"督办时限：{fmt_time(c.supervise_until)}")
    if c.resolution:
        lines.append(f"办理结果：{shorten(c.resolution, 300)}")
    lines.append("处理经过：")
    for e in timeline.events:
        note = f"（{shorten(e.note, 80)}）" if e.note else ""
        lines.append(
            f"· {fmt_time(e.at)} {e.actor_name} {ACTION_LABELS.get(e.action, e.action)}{note}"
        )
    await message.answer(shorten("\n".join(lines), 4096))


async def on_unknown_command(message: Message) -> None:
    await message.answer(texts.UNKNOWN_COMMAND)


async def on_report(message: Message, ctx: ServiceContext) -> None:
    if message.from_user is None:
        return
    photos = [message.photo[-1].file_id] if message.photo else []
    location = message.location
    if not photos and location is None and not (message.text or "").strip():
        await message.answer(texts.EMPTY_REPORT)  # only blanks: nothing to keep
        return
    report = Report(
        telegram_id=message.from_user.id,
        text=message.text or message.caption,
        photos=photos,
        latitude=location.latitude if location else None,
        longitude=location.longitude if location else None,
        source_key=f"{message.chat.id}:{message.message_id}",
    )
    result = await submit_report(ctx, report)
    # A new case is answered through the outbox (the acknowledgement is part of the record).
    # ALREADY_RECEIVED is Telegram delivering the same update again (after a crash): the
    # first delivery was answered, so stay silent.
    replies = {
        IntakeKind.HELD_UNREGISTERED: texts.HELD_UNREGISTERED,
        IntakeKind.WAITING_FOR_TEXT: texts.WAITING_FOR_TEXT_LOCATION
        if location
        else texts.WAITING_FOR_TEXT_PHOTO,
    }
    if result.kind in replies:
        await message.answer(replies[result.kind])
    if result.slow_down:
        await message.answer(texts.SLOW_DOWN.format(limit=ctx.flood_limit))


async def on_unsupported(message: Message) -> None:
    await message.answer(texts.UNSUPPORTED_CONTENT)


def build_router() -> Router:
    router = Router(name="reports")
    router.message.register(cmd_mine, Command("mine"))
    router.message.register(cmd_case, Command("case"))
    router.message.register(on_unknown_command, in_private_chat, looks_like_command)
    router.message.register(on_report, in_private_chat, can_be_a_report)
    router.message.register(on_unsupported, in_private_chat)
    return router
