"""Read-only views: a member's open cases and one case's full timeline."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, or_, select

from gridbot.db.models import Case, CaseEvent, CaseReporter, ChatBinding, Member
from gridbot.messages import CaseView, TimelineEntry
from gridbot.services.context import (
    Outcome,
    ServiceContext,
    case_by_number,
    member_by_telegram,
)
from gridbot.states import OPEN_STATUSES


async def my_open_cases(ctx: ServiceContext, telegram_id: int) -> list[CaseView] | None:
    """None when the person is not registered. Cases their merged reports joined count too."""
    async with ctx.uow() as session:
        member = await member_by_telegram(session, telegram_id)
        if member is None:
            return None
        cases = await session.scalars(
            select(Case)
            .where(
                or_(Case.reporter_id == member.id, Case.id.in_(_merged_into(member.id))),
                Case.status.in_(list(OPEN_STATUSES)),
            )
            .order_by(Case.id)
        )
        return [ctx.view(c) for c in cases]


def _merged_into(member_id: int) -> Select[int]:
    return select(CaseReporter.case_id).where(CaseReporter.member_id == member_id)


@dataclass(frozen=True)
class Timeline:
    outcome: Outcome
    case: CaseView | None = None
    events: tuple[TimelineEntry, ...] = ()


async def case_timeline(
    ctx: ServiceContext, number: str, telegram_id: int, chat_id: int
) -> Timeline:
    """The reporter (or one whose report was merged into it), admins, and the bound team and
    command chats may see a case."""
    async with ctx.uow() as session:
        case = await case_by_number(session, number)
        if case is None:
            return Timeline(Outcome.NOT_FOUND)
        work_chats = set(await session.scalars(select(ChatBinding.chat_id)))
        merged = await session.scalar(
            select(CaseReporter.id)
            .join(CaseReporter.member)
            .where(CaseReporter.case_id == case.id, Member.telegram_id == telegram_id)
            .limit(1)
        )
        allowed = (
            case.reporter.telegram_id == telegram_id
            or ctx.is_admin(telegram_id)
            or chat_id in work_chats
            or merged is not None
        )
        if not allowed:
            return Timeline(Outcome.NOT_ALLOWED)
        events = await session.scalars(
            select(CaseEvent).where(CaseEvent.case_id == case.id).order_by(CaseEvent.id)
        )
        entries = tuple(
            TimelineEntry(e.at, e.actor_name, e.action, e.from_status, e.to_status, e.note)
            for e in events
        )
        return Timeline(Outcome.OK, ctx.view(case), entries)
