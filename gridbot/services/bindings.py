"""/bind: make a group chat a team's dispatch chat or the command centre's chat."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select

from gridbot.config import COMMAND
from gridbot.db.models import Case, ChatBinding
from gridbot.services.context import Actor, Outcome, ServiceContext
from gridbot.services.dispatch import last_triage_reason, post_triage_card
from gridbot.states import Status


@dataclass(frozen=True)
class BindResult:
    outcome: Outcome
    target: str = ""
    target_name: str = ""
    backlog: int = 0  # triage cases posted to a newly bound command chat


COMMUNITY_PREFIX = "community:"  # a community's chat: the escalation ladder's second rung


def communities(ctx: ServiceContext) -> dict[str, str]:
    """Binding target (community:XF) → community name."""
    return {
        f"{COMMUNITY_PREFIX}{g.community_code}": g.community_name
        for g in ctx.street.grids.values()
    }


def _normalized(target: str) -> str:
    target = target.strip()
    if target.lower().startswith(COMMUNITY_PREFIX):
        return COMMUNITY_PREFIX + target[len(COMMUNITY_PREFIX) :].strip().upper()
    return target.lower()


async def bind(ctx: ServiceContext, chat_id: int, target: str, actor: Actor) -> BindResult:
    if not ctx.is_admin(actor.telegram_id):
        return BindResult(Outcome.NOT_ALLOWED)
    target = _normalized(target)
    community = communities(ctx).get(target)
    if target != COMMAND and target not in ctx.street.teams and community is None:
        return BindResult(Outcome.UNKNOWN_TEAM, target)
    async with ctx.uow() as session:
        # One chat works for one team: re-binding a chat moves it.
        await session.execute(delete(ChatBinding).where(ChatBinding.chat_id == chat_id))
        await session.execute(delete(ChatBinding).where(ChatBinding.target == target))
        session.add(
            ChatBinding(
                target=target,
                chat_id=chat_id,
                bound_by=actor.telegram_id or 0,
                bound_at=ctx.clock.now(),
            )
        )
        backlog = 0
        if target == COMMAND:
            await session.flush()
            # triage cases nobody could see while the command centre had no chat
            waiting = await session.scalars(
                select(Case)
                .where(Case.status == Status.TRIAGE, Case.dispatch_chat_id.is_(None))
                .order_by(Case.id)
            )
            for case in list(waiting):
                await post_triage_card(ctx, session, case, await last_triage_reason(session, case))
                backlog += 1
    return BindResult(Outcome.OK, target, community or ctx.street.team_name(target), backlog)
