"""/register 姓名 网格编号 [身份]."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command, CommandObject
from aiogram.types import Message

from gridbot.services.context import ROLE_LABELS, Outcome, ServiceContext
from gridbot.services.members import register
from handlers import texts
from handlers.filters import not_in_private_chat


async def cmd_register_in_group(message: Message) -> None:
    await message.reply(texts.REGISTER_IN_GROUP)


async def cmd_register(message: Message, command: CommandObject, ctx: ServiceContext) -> None:
    if message.from_user is None:
        return
    args = (command.args or "").split()
    if len(args) not in (2, 3):
        await message.answer(texts.REGISTER_USAGE)
        return
    name, grid_code = args[0][:32], args[1]
    result = await register(
        ctx, message.from_user.id, name, grid_code, args[2] if len(args) == 3 else None
    )
    if result.outcome is Outcome.NOT_FOUND:
        grids = "\n".join(f"{g.code} {g.name}" for g in result.valid_grids)
        await message.answer(texts.REGISTER_UNKNOWN_GRID.format(code=grid_code[:32], grids=grids))
        return
    if result.outcome is Outcome.NOT_ALLOWED:
        await message.answer(texts.REGISTER_UNKNOWN_ROLE.format(role=result.unknown_role))
        return
    assert result.member is not None and result.grid is not None
    template = texts.REGISTER_OK if result.created else texts.REGISTER_UPDATED
    await message.answer(
        template.format(
            name=result.member.name,
            role=ROLE_LABELS.get(result.member.role, result.member.role),
            grid=f"{result.grid.name}（{result.grid.code}）",
        )
    )
    if result.held:
        await message.answer(texts.REGISTER_HELD.format(count=len(result.held)))


def build_router() -> Router:
    router = Router(name="registration")
    router.message.register(cmd_register_in_group, Command("register"), not_in_private_chat)
    router.message.register(cmd_register, Command("register"))
    return router
