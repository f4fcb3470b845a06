"""/bind <team code> and /bind command, in a group chat, by an admin."""

from __future__ import annotations

from aiogram import Router
from aiogram.enums import ChatType
from aiogram.filters import Command, CommandObject
from aiogram.types import Message

from gridbot.config import COMMAND, COMMUNITY_PREFIX, DIGEST
from gridbot.services.bindings import bind
from gridbot.services.context import Actor, Outcome, ServiceContext
from handlers import texts


def team_list(ctx: ServiceContext) -> str:
    lines = [f"{t.code}  {t.name}" for t in ctx.street.teams.values()]
    communities = [
        f"community:{code}  {name}" for code, name in ctx.street.community_names().items()
    ]
    return "\n".join([*lines, "command  指挥中心", "digest  简报群", *communities])


async def cmd_bind(message: Message, command: CommandObject, ctx: ServiceContext) -> None:
    user = message.from_user
    if user is None:
        return
    if not ctx.is_admin(user.id):
        await message.reply(texts.BIND_NOT_ADMIN)
        return
    if message.chat.type == ChatType.PRIVATE:
        await message.reply(texts.BIND_PRIVATE)
        return
    target = (command.args or "").strip()
    if not target:
        await message.reply(texts.BIND_USAGE.format(teams=team_list(ctx)))
        return
    result = await bind(ctx, message.chat.id, target, Actor(user.id, user.full_name))
    if result.outcome is Outcome.UNKNOWN_TEAM:
        await message.reply(texts.BIND_UNKNOWN.format(code=target[:32], teams=team_list(ctx)))
        return
    if result.outcome is not Outcome.OK:
        await message.reply(texts.BIND_NOT_ADMIN)
        return
    if result.target == COMMAND:
        reply = texts.BIND_OK_COMMAND
    elif result.target == DIGEST:
        reply = texts.BIND_OK_DIGEST
    elif result.target.startswith(COMMUNITY_PREFIX):
        reply = texts.BIND_OK_COMMUNITY.format(name=result.target_name)
    else:
        reply = texts.BIND_OK.format(name=result.target_name)
    if result.backlog:
        backlog = texts.BIND_BACKLOG if result.target == COMMAND else texts.BIND_BACKLOG_JOINT
        reply += "\n" + backlog.format(count=result.backlog)
    await message.reply(reply)


def build_router() -> Router:
    router = Router(name="admin")
    router.message.register(cmd_bind, Command("bind"))
    return router
