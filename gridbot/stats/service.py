"""What the chat commands /stats, /rank and /export ask of the statistics: who may, which
period, and the figures, the scoreboard or the workbook. Read-only: nothing here changes a case.

Admins (GRIDBOT_ADMIN_IDS) and members registered as leaders (领导) may use them, in the command
centre's chat or in a private chat with the bot; anywhere else (a team chat) they are refused,
so figures are not posted where they do not belong. Report texts in the workbook keep their
phone and ID numbers only for an admin in a private chat.
"""

from __future__ import annotations

import asyncio
import io
from dataclasses import dataclass
from enum import StrEnum

from gridbot.services.context import ServiceContext, command_chat, member_by_telegram
from gridbot.stats.assessment import AssessmentConfig, Scoreboard, scoreboard
from gridbot.stats.figures import Cut, Figures, Names, case_facts, summarize
from gridbot.stats.ledger import build_ledger, write_xlsx
from gridbot.stats.periods import Period, PeriodError, parse_month, parse_period

LEADER_ROLE = "leader"

# The words /stats takes after the period for its breakdown (default: by team).
CUT_WORDS = {
    "类别": Cut.CATEGORY,
    "分类": Cut.CATEGORY,
    "网格": Cut.GRID,
    "社区": Cut.COMMUNITY,
    "队伍": Cut.TEAM,
    "力量": Cut.TEAM,
    "处置力量": Cut.TEAM,
    "上报人": Cut.WORKER,
    "网格员": Cut.WORKER,
}


class Refusal(StrEnum):
    NOT_ALLOWED = "not_allowed"  # neither admin nor leader
    WRONG_CHAT = "wrong_chat"  # a group other than the command centre's


@dataclass(frozen=True)
class Asker:
    telegram_id: int
    chat_id: int
    private: bool


@dataclass(frozen=True)
class StatsAnswer:
    period: Period
    total: Figures
    cut: Cut
    rows: list[Figures]


@dataclass(frozen=True)
class Workbook:
    period: Period
    filename: str
    content: bytes
    cases: int
    masked: bool


def names_of(ctx: ServiceContext) -> Names:
    return Names.build(ctx.street, ctx.classifier.categories)


async def refusal(ctx: ServiceContext, asker: Asker) -> Refusal | None:
    """Why `asker` may not see statistics here, or None when they may."""
    async with ctx.uow() as session:
        member = await member_by_telegram(session, asker.telegram_id)
        centre = await command_chat(session)
    leader = member is not None and member.role == LEADER_ROLE
    if not (ctx.is_admin(asker.telegram_id) or leader):
        return Refusal.NOT_ALLOWED
    if not asker.private and asker.chat_id != centre:
        return Refusal.WRONG_CHAT
    return None


def parse_stats_args(text: str, ctx: ServiceContext) -> tuple[Period, Cut]:
    """ "本周", "2026-11 网格", "" ...: the period and the breakdown. Raises PeriodError."""
    words = text.split()
    cut = Cut.TEAM
    if words and words[-1] in CUT_WORDS:
        cut = CUT_WORDS[words.pop()]
    if len(words) > 1:
        raise PeriodError(f"看不懂“{text.strip()}”。例：/stats 本周、/stats 2026-11 网格")
    return parse_period(words[0] if words else "", ctx.clock.now()), cut


def month_or_current(text: str, ctx: ServiceContext) -> Period:
    """The month named YYYY-MM, or the current month so far. Raises PeriodError."""
    now = ctx.clock.now()
    period = parse_month(text) if text.strip() else parse_period("本月", now)
    if period.start > now:
        raise PeriodError(f"{period.label}还没有开始")
    return period.until(now)


def rank_period(text: str, ctx: ServiceContext) -> Period:
    """/rank's period: a month (YYYY-MM, default the current one) or a week for the weekly
    review (周讲评: 本周, 上周), or any period /stats understands. Raises PeriodError."""
    if not text.strip() or parse_month_like(text):
        return month_or_current(text, ctx)
    return parse_period(text, ctx.clock.now())


def parse_month_like(text: str) -> bool:
    return text.strip().count("-") == 1


async def stats(ctx: ServiceContext, period: Period, cut: Cut) -> StatsAnswer:
    names = names_of(ctx)
    async with ctx.uow() as session:
        facts = await case_facts(session, period.start, period.end, names=names)
        [total] = await summarize(session, facts, period.end, names=names)
        rows = await summarize(session, facts, period.end, cut, names=names)
    return StatsAnswer(period, total, cut, rows)


async def rank(ctx: ServiceContext, period: Period, assessment: AssessmentConfig) -> Scoreboard:
    async with ctx.uow() as session:
        return await scoreboard(
            session, period.start, period.end, period.label, ctx.street, names_of(ctx), assessment
        )


async def workbook(
    ctx: ServiceContext, period: Period, assessment: AssessmentConfig, asker: Asker
) -> Workbook:
    masked = not (asker.private and ctx.is_admin(asker.telegram_id))
    async with ctx.uow() as session:
        ledger = await build_ledger(
            session, period, ctx.street, names_of(ctx), assessment, masked=masked
        )
    buffer = io.BytesIO()
    await asyncio.to_thread(write_xlsx, ledger, buffer)  # a big month takes seconds of CPU
    filename = f"台账-{period.start:%Y-%m}.xlsx"
    return Workbook(period, filename, buffer.getvalue(), len(ledger.cases), masked)
