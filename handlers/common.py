"""/start and /help."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command, CommandStart
from aiogram.types import Message

from gridbot.services.context import ServiceContext, member_by_telegram
from handlers import texts


async def cmd_start(message: Message, ctx: ServiceContext) -> None:
    if message.from_user is None:
        return
    async with ctx.uow() as session:
        member = await member_by_telegram(session, message.from_user.id)
        grid = ctx.street.grids.get(member.grid_code or "") if member else None
    if member is None:
        await message.answer(texts.START_UNREGISTERED)
    else:
        await message.answer(
            texts.START_REGISTERED.format(name=member.name, grid=grid.name if grid else "")
        )


async def cmd_help(message: Message) -> None:
    await message.answer(texts.HELP)


def build_router() -> Router:
    router = Router(name="common")
    router.message.register(cmd_start, CommandStart())
    router.message.register(cmd_help, Command("help"))
    return router
