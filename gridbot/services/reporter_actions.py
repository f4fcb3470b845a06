"""What a reporter does with their own case: 满意/不满意, 撤回 withdraw, 改类别 correct the
category; and the sweep that closes resolved cases nobody rated in time."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from gridbot.config import COMMAND
from gridbot.db.models import Case, Correction
from gridbot.services.context import Actor, Outcome, ServiceContext, apply, load_case
from gridbot.services.dispatch import retire_card, route, send_to_triage, tell_reporter
from gridbot.services.duplicates import tell_merged_reporters
from gridbot.services.joint import close_assist_cards
from gridbot.services.team_actions import ActionResult
from gridbot.states import Action, Status


def _own(case: Case | None, ctx: ServiceContext, actor: Actor) -> Outcome:
    if case is None:
        return Outcome.NOT_FOUND
    if case.reporter.telegram_id != actor.telegram_id and not ctx.is_admin(actor.telegram_id):
        return Outcome.NOT_ALLOWED
    return Outcome.OK


async def rate(ctx: ServiceContext, case_id: int, actor: Actor, satisfied: bool) -> ActionResult:
    """满意 closes the case; 不满意 reopens it and sends it back to the team."""
    async with ctx.uow() as session:
        case = await load_case(session, case_id)
        outcome = _own(case, ctx, actor)
        if outcome is not Outcome.OK or case is None:
            return ActionResult(outcome)
        if case.status != Status.RESOLVED:
            return ActionResult(Outcome.STALE)
        now = ctx.clock.now()
        case.satisfied = satisfied
        if satisfied:
            apply(session, case, Action.CONFIRM, actor, now, "满意")
            case.closed_at = now
            what = "closed"
        else:
            case.reopen_count += 1
            await route(
                ctx, session, case, case.team_code or COMMAND, Action.REOPEN, actor, "不满意"
            )
            what = "reopened"
        tell_reporter(ctx, session, case, what)
        return ActionResult(Outcome.OK, ctx.view(case))


async def withdraw(ctx: ServiceContext, case_id: int, actor: Actor) -> ActionResult:
    async with ctx.uow() as session:
        case = await load_case(session, case_id)
        outcome = _own(case, ctx, actor)
        if outcome is not Outcome.OK or case is None:
            return ActionResult(outcome)
        if case.status not in (Status.REPORTED, Status.TRIAGE, Status.DISPATCHED, Status.ACCEPTED):
            return ActionResult(Outcome.STALE)
        now = ctx.clock.now()
        retire_card(ctx, session, case, f"报告人{actor.name}已撤回")
        await close_assist_cards(ctx, session, case, f"报告人{actor.name}已撤回")
        apply(session, case, Action.WITHDRAW, actor, now)
        case.closed_at = now
        tell_reporter(ctx, session, case, "withdrawn")
        await tell_merged_reporters(ctx, session, case, "withdrawn")
        return ActionResult(Outcome.OK, ctx.view(case))


async def recategorize(
    ctx: ServiceContext, case_id: int, actor: Actor, category: str
) -> ActionResult:
    """改类别: the reporter corrects the category before a team has accepted the case."""
    if category not in {code for code, _ in ctx.classifier.categories}:
        return ActionResult(Outcome.NOT_FOUND)
    async with ctx.uow() as session:
        case = await load_case(session, case_id)
        outcome = _own(case, ctx, actor)
        if outcome is not Outcome.OK or case is None:
            return ActionResult(outcome)
        if case.status not in (Status.TRIAGE, Status.DISPATCHED):
            return ActionResult(Outcome.STALE)
        if category == case.category:
            return ActionResult(Outcome.OK, ctx.view(case))
        now = ctx.clock.now()
        session.add(
            Correction(
                case_id=case.id,
                text=case.text,
                predicted=case.predicted_category,
                corrected=category,
                by_id=actor.telegram_id or 0,
                at=now,
            )
        )
        old_label = ctx.classifier.label(case.category)
        case.category = category
        note = f"类别由{old_label}改为{ctx.classifier.label(category)}"
        retire_card(ctx, session, case, f"报告人更正类别，已重新派单（{note}）")
        team = ctx.street.team_for(category)
        if team == COMMAND:
            await send_to_triage(ctx, session, case, actor, note)
        else:
            action = Action.DISPATCH if case.status == Status.TRIAGE else Action.TRANSFER
            await route(ctx, session, case, team, action, actor, note)
        tell_reporter(ctx, session, case, "recategorized")
        return ActionResult(Outcome.OK, ctx.view(case))


async def close_unrated(ctx: ServiceContext) -> int:
    """Close resolved cases whose reporter has not answered within `satisfaction_days`."""
    now = ctx.clock.now()
    cutoff = now - timedelta(days=ctx.satisfaction_days)
    async with ctx.uow() as session:
        cases = list(
            await session.scalars(
                select(Case)
                .where(Case.status == Status.RESOLVED, Case.resolved_at <= cutoff)
                .with_for_update(skip_locked=True)
            )
        )
        for case in cases:
            apply(session, case, Action.AUTO_CLOSE, Actor.system(), now, "逾期未评价，自动结案")
            case.closed_at = now
            tell_reporter(ctx, session, case, "auto_closed")
    return len(cases)
