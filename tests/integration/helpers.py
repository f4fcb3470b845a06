"""Helpers for service tests: bind chats, register people, read what the outbox holds."""

from __future__ import annotations

from sqlalchemy import select

from gridbot.db.models import Case, CaseEvent, OutboxMessage
from gridbot.services.bindings import bind
from gridbot.services.context import Actor, ServiceContext
from gridbot.services.intake import Report, submit_report
from gridbot.services.members import register

ADMIN = Actor(9001, "指挥中心管理员")
COMMAND_CHAT = -100
TEAM_CHATS = {
    "police": -101,
    "labor": -102,
    "chengguan": -103,
    "fire": -104,
    "mediation": -105,
    "sanitation": -106,
    "municipal": -107,
    "traffic": -108,
}
WORKER = 501


async def bind_all(ctx: ServiceContext) -> None:
    await bind(ctx, COMMAND_CHAT, "command", ADMIN)
    for team, chat in TEAM_CHATS.items():
        await bind(ctx, chat, team, ADMIN)


async def register_worker(
    ctx: ServiceContext, telegram_id: int = WORKER, name: str = "张三"
) -> None:
    await register(ctx, telegram_id, name, "XF-01")


async def report(ctx: ServiceContext, text: str, telegram_id: int = WORKER, **kw: object):
    return await submit_report(ctx, Report(telegram_id=telegram_id, text=text, **kw))  # type: ignore[arg-type]


async def outbox(ctx: ServiceContext, chat_id: int) -> list[OutboxMessage]:
    async with ctx.uow() as session:
        rows = await session.scalars(
            select(OutboxMessage)
            .where(OutboxMessage.chat_id == chat_id)
            .order_by(OutboxMessage.id)
        )
        return list(rows)


def button_labels(row: OutboxMessage) -> list[str]:
    return [b["text"] for r in row.buttons for b in r]


async def load(ctx: ServiceContext, case_id: int) -> Case:
    async with ctx.uow() as session:
        case = await session.get(Case, case_id)
        assert case is not None
        return case


async def events(ctx: ServiceContext, case_id: int) -> list[str]:
    async with ctx.uow() as session:
        rows = await session.scalars(
            select(CaseEvent).where(CaseEvent.case_id == case_id).order_by(CaseEvent.id)
        )
        return [f"{e.action}:{e.to_status}" for e in rows]
