"""/stats [区间] [维度], /rank [YYYY-MM|上周|本周], /export [YYYY-MM]: figures, the
scoreboard and the ledger workbook, for admins and leaders in the command centre (read-only
replies, sent directly like the other read-only replies)."""

from __future__ import annotations

from aiogram import Router
from aiogram.enums import ChatType
from aiogram.filters import Command, CommandObject
from aiogram.types import BufferedInputFile, Message

from gridbot.services.context import ServiceContext
from gridbot.stats import service
from gridbot.stats.assessment import AssessmentConfig
from gridbot.stats.periods import PeriodError
from handlers import stats_texts as texts


async def _asker(message: Message, ctx: ServiceContext) -> service.Asker | None:
    """Who asks, or None after telling them they may not."""
    if message.from_user is None:
        return None
    asker = service.Asker(
        message.from_user.id, message.chat.id, message.chat.type == ChatType.PRIVATE
    )
    refusal = await service.refusal(ctx, asker)
    if refusal is service.Refusal.NOT_ALLOWED:
        await message.reply(texts.NOT_ALLOWED)
        return None
    if refusal is service.Refusal.WRONG_CHAT:
        await message.reply(texts.WRONG_CHAT)
        return None
    return asker


async def cmd_stats(message: Message, command: CommandObject, ctx: ServiceContext) -> None:
    if await _asker(message, ctx) is None:
        return
    try:
        period, cut = service.parse_stats_args(command.args or "", ctx)
    except PeriodError as exc:
        await message.reply(f"{exc}\n\n{texts.STATS_USAGE}")
        return
    await message.reply(texts.stats_reply(await service.stats(ctx, period, cut)))


async def cmd_rank(
    message: Message, command: CommandObject, ctx: ServiceContext, assessment: AssessmentConfig
) -> None:
    if await _asker(message, ctx) is None:
        return
    try:
        period = service.rank_period(command.args or "", ctx)
    except PeriodError as exc:
        await message.reply(str(exc))
        return
    await message.reply(texts.rank_reply(await service.rank(ctx, period, assessment)))


async def cmd_export(
    message: Message, command: CommandObject, ctx: ServiceContext, assessment: AssessmentConfig
) -> None:
    asker = await _asker(message, ctx)
    if asker is None:
        return
    try:
        period = service.month_or_current(command.args or "", ctx)
    except PeriodError as exc:
        await message.reply(str(exc))
        return
    await message.reply(texts.EXPORT_WORKING.format(label=period.label))
    book = await service.workbook(ctx, period, assessment, asker)
    if not book.cases:
        await message.reply(texts.EXPORT_EMPTY.format(label=period.label))
        return
    await message.reply_document(
        BufferedInputFile(book.content, filename=book.filename),
        caption=texts.export_caption(book),
    )


def build_router() -> Router:
    router = Router(name="stats")
    router.message.register(cmd_stats, Command("stats"))
    router.message.register(cmd_rank, Command("rank"))
    router.message.register(cmd_export, Command("export"))
    return router
