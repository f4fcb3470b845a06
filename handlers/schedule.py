"""/schedule, /agenda, /roster (admins, leaders, work chats); /digest and /swap (admins)."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command, CommandObject
from aiogram.types import Message, User

from gridbot.schedule.roster import SwapOutcome
from gridbot.schedule.service import DigestOutcome, ScheduleService, parse_day
from gridbot.services.context import Actor, ServiceContext
from handlers import texts
from handlers.schedule_presenter import SchedulePresenterTexts, fmt_day, leader_text

render = SchedulePresenterTexts()


async def _may_view(message: Message, schedule: ScheduleService) -> bool:
    user = message.from_user
    if user is not None and await schedule.may_view(user.id, message.chat.id):
        return True
    await message.reply(texts.SCHEDULE_NOT_ALLOWED)
    return False


async def cmd_schedule(message: Message, schedule: ScheduleService) -> None:
    if await _may_view(message, schedule):
        await message.reply(render.upcoming(await schedule.upcoming()))


async def cmd_agenda(message: Message, schedule: ScheduleService) -> None:
    if not await _may_view(message, schedule):
        return
    found = await schedule.next_agenda()
    if found is None:
        await message.reply(texts.AGENDA_NONE)
        return
    await message.reply(render.agenda(*found))


async def cmd_roster(message: Message, schedule: ScheduleService) -> None:
    if not await _may_view(message, schedule):
        return
    reception = schedule.config.reception
    if reception is None:
        await message.reply(texts.SWAP_NO_RECEPTION)
        return
    duties = await schedule.roster()
    await message.reply(render.roster(duties, reception.place, reception.time, reception.end))


async def _admin(message: Message, ctx: ServiceContext, refusal: str) -> User | None:
    """The sender if they are an admin; otherwise None, after replying with `refusal`."""
    user = message.from_user
    if user is None:
        return None
    if not ctx.is_admin(user.id):
        await message.reply(refusal)
        return None
    return user


async def cmd_digest(
    message: Message, command: CommandObject, schedule: ScheduleService, ctx: ServiceContext
) -> None:
    user = await _admin(message, ctx, texts.DIGEST_NOT_ADMIN)
    if user is None:
        return
    kind = (command.args or "").strip()
    result = await schedule.digest_now(kind, message.chat.id, Actor(user.id, user.full_name))
    if result.outcome is DigestOutcome.UNKNOWN_KIND:
        await message.reply(texts.DIGEST_USAGE)
    elif result.outcome is DigestOutcome.NOT_ALLOWED:
        await message.reply(texts.DIGEST_NOT_ADMIN)


async def cmd_swap(
    message: Message, command: CommandObject, schedule: ScheduleService, ctx: ServiceContext
) -> None:
    user = await _admin(message, ctx, texts.SWAP_NOT_ADMIN)
    if user is None:
        return
    leaders = "、".join(schedule.leader_names())
    parts = (command.args or "").split()
    if len(parts) != 2:
        await message.reply(texts.SWAP_USAGE.format(leaders=leaders))
        return
    day = parse_day(parts[0], ctx.clock.now().date())
    if day is None:
        await message.reply(texts.SWAP_BAD_DATE.format(text=parts[0][:20]))
        return
    result = await schedule.swap(day, parts[1], Actor(user.id, user.full_name))
    outcome = result.outcome
    if outcome is SwapOutcome.OK and result.duty and result.previous:
        reply = texts.SWAP_OK.format(
            day=fmt_day(result.duty.day.actual),
            leader=leader_text(result.duty),
            previous=result.previous.name,
        )
    elif outcome is SwapOutcome.NOT_A_RECEPTION_DAY:
        reply = texts.SWAP_NOT_A_DAY.format(day=fmt_day(day))
    elif outcome is SwapOutcome.PAST:
        reply = texts.SWAP_PAST.format(day=fmt_day(day))
    elif outcome is SwapOutcome.UNKNOWN_LEADER:
        reply = texts.SWAP_UNKNOWN_LEADER.format(name=parts[1][:32], leaders=leaders)
    elif outcome is SwapOutcome.NO_RECEPTION:
        reply = texts.SWAP_NO_RECEPTION
    else:
        reply = texts.SWAP_NOT_ADMIN
    await message.reply(reply)


def build_router() -> Router:
    router = Router(name="schedule")
    router.message.register(cmd_schedule, Command("schedule"))
    router.message.register(cmd_agenda, Command("agenda"))
    router.message.register(cmd_roster, Command("roster"))
    router.message.register(cmd_digest, Command("digest"))
    router.message.register(cmd_swap, Command("swap"))
    return router
