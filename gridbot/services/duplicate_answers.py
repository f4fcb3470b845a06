"""The reporter's answer to 「是同一件事吗？」: 合并到 #编号 or 这是新事件; and the sweep that
opens a case for every question nobody answered in time."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from gridbot.db.models import PendingDuplicate
from gridbot.messages import CaseView
from gridbot.outbox import enqueue
from gridbot.services.context import Actor, Outcome, ServiceContext, load_case
from gridbot.services.duplicates import MERGEABLE, Draft, merge_report
from gridbot.services.intake import open_case
from gridbot.states import Status


@dataclass(frozen=True)
class DuplicateAnswer:
    outcome: Outcome
    merged: bool = False
    case: CaseView | None = None


def _draft(pending: PendingDuplicate) -> Draft:
    return Draft(
        pending.text,
        list(pending.photos),
        pending.latitude,
        pending.longitude,
        pending.source_key,
    )


async def answer_offer(
    ctx: ServiceContext, pending_id: int, actor: Actor, merge: bool
) -> DuplicateAnswer:
    """合并 attaches the report to the case (if the case is still open); 新事件 opens a case."""
    async with ctx.uow() as session:
        pending = await session.get(PendingDuplicate, pending_id, with_for_update=True)
        if pending is None:
            return DuplicateAnswer(Outcome.STALE)  # answered already, or timed out
        if pending.member.telegram_id != actor.telegram_id:
            return DuplicateAnswer(Outcome.NOT_ALLOWED)
        return await _settle(ctx, session, pending, merge)


async def _settle(
    ctx: ServiceContext, session: AsyncSession, pending: PendingDuplicate, merge: bool
) -> DuplicateAnswer:
    member, draft = pending.member, _draft(pending)
    await session.delete(pending)
    await session.flush()  # the report's message key moves to the case or the merged report
    case = await load_case(session, pending.case_id) if merge else None
    if case is not None and Status(case.status) in MERGEABLE:
        await merge_report(ctx, session, case, member, draft)
        return DuplicateAnswer(Outcome.OK, True, ctx.view(case))
    if merge and case is not None:  # the case ended meanwhile: this is a case of its own
        enqueue(
            session,
            ctx.clock.now(),
            member.telegram_id,
            ctx.presenter.merged_reporter_update(ctx.view(case), "merge_too_late"),
        )
    view = await open_case(
        ctx,
        session,
        member,
        draft.text,
        draft.photos,
        draft.latitude,
        draft.longitude,
        draft.source_key,
    )
    return DuplicateAnswer(Outcome.OK, False, view)


async def expire_offers(ctx: ServiceContext) -> int:
    """Questions unanswered for `answer_minutes`: the report becomes a new case."""
    cutoff = ctx.clock.now() - ctx.duplicates.answer_time
    async with ctx.uow() as session:
        rows = list(
            await session.scalars(
                select(PendingDuplicate)
                .where(PendingDuplicate.created_at <= cutoff)
                .order_by(PendingDuplicate.id)
                .with_for_update(skip_locked=True)
            )
        )
        for pending in rows:
            telegram_id = pending.member.telegram_id
            result = await _settle(ctx, session, pending, merge=False)
            if result.case is not None:
                notice = ctx.presenter.merged_reporter_update(result.case, "offer_expired")
                enqueue(session, ctx.clock.now(), telegram_id, notice)
    return len(rows)
