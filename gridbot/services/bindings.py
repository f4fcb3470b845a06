"""/bind: make a group chat a team's dispatch chat or the command centre's chat."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select

from gridbot.config import COMMAND, COMMUNITY_PREFIX, DIGEST, StreetConfig
from gridbot.db.models import Case, ChatBinding
from gridbot.services.context import Actor, Outcome, ServiceContext
from gridbot.services.dispatch import last_triage_reason, post_triage_card
from gridbot.services.joint import post_waiting_assist_cards
from gridbot.states import Status


@dataclass(frozen=True)
class BindResult:
    outcome: Outcome
    target: str = ""
    target_name: str = ""
    backlog: int = 0  # triage cases posted to a newly bound command chat


def normalize_target(street: StreetConfig, raw: str) -> str | None:
    """A team code, command, digest or community:<社区代码>, as stored; None if unknown."""
    target = raw.strip().lower()
    if target in (COMMAND, DIGEST) or target in street.teams:
        return target
    if target.startswith(COMMUNITY_PREFIX):
        code = target.removeprefix(COMMUNITY_PREFIX).strip().upper()
        if code in street.community_names() and len(COMMUNITY_PREFIX + code) <= 32:
            return COMMUNITY_PREFIX + code
    return None


def target_name(street: StreetConfig, target: str) -> str:
    if target == DIGEST:
        return "简报"
    if target.startswith(COMMUNITY_PREFIX):
        code = target.removeprefix(COMMUNITY_PREFIX)
        return street.community_names().get(code, code)
    return street.team_name(target)


async def bind(ctx: ServiceContext, chat_id: int, raw_target: str, actor: Actor) -> BindResult:
    if not ctx.is_admin(actor.telegram_id):
        return BindResult(Outcome.NOT_ALLOWED)
    target = normalize_target(ctx.street, raw_target)
    if target is None:
        return BindResult(Outcome.UNKNOWN_TEAM, raw_target.strip().lower())
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
        elif target in ctx.street.teams:
            await session.flush()
            backlog = await post_waiting_assist_cards(ctx, session, target)
    return BindResult(Outcome.OK, target, target_name(ctx.street, target), backlog)
