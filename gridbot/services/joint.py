"""Joint handling (联调联处): one case, several teams at once, one of them leading.

The lead team is `Case.team_code` and works the case with the usual card (接单, 转派, 退回,
办结). Every assisting team (协办) gets its own card in its own chat and accepts on it
(a JOINT_ACCEPT event); it cannot transfer, return or resolve. The case is resolved when the
lead resolves it, and the assisting cards then say so. When the lead hands the case on
(转派, 退回, 人工分拨) the receiving team becomes the lead and the old lead leaves the case;
if the receiver was assisting, its assisting card is retired. The command centre's chat is told
of every joint dispatch at once (it stands in for the duty leader until rosters exist).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import inspect, select
from sqlalchemy.ext.asyncio import AsyncSession

from gridbot.config import COMMAND
from gridbot.db.models import Case, CaseTeam
from gridbot.joint_rules import JointPlan
from gridbot.messages import CaseView, JointTeam
from gridbot.outbox import enqueue, enqueue_edit
from gridbot.services.context import (
    Actor,
    Outcome,
    ServiceContext,
    chat_of,
    command_chat,
    load_case,
    record_event,
    tell_duty_leader,
)
from gridbot.states import Action, Status

# An assisting team can accept while the case is still being worked on.
ASSIST_STATUSES = frozenset({Status.TRIAGE, Status.DISPATCHED, Status.ACCEPTED})


@dataclass(frozen=True)
class JointAcceptResult:
    outcome: Outcome
    case: CaseView | None = None


def assist_ref(case_id: int, row: CaseTeam) -> str:
    """Outbox name of an assisting team's current card, so later edits find it."""
    return f"case{case_id}-j{row.team_code}-{row.card_seq}"


async def teams_of(session: AsyncSession, case: Case) -> list[CaseTeam]:
    if "teams" in inspect(case).unloaded:  # a case made in this transaction
        await session.refresh(case, ["teams"])
    return case.teams


def _team(ctx: ServiceContext, case: Case, row: CaseTeam) -> JointTeam:
    return next(t for t in ctx.view(case).teams if t.code == row.team_code)


async def start_joint(
    ctx: ServiceContext, session: AsyncSession, case: Case, plan: JointPlan
) -> None:
    """Record the teams (and the timeline line saying why) before the lead's card is posted,
    so every card lists them."""
    teams = await teams_of(session, case)
    now = ctx.clock.now()
    for code in plan.teams:
        row = CaseTeam(
            case_id=case.id, team_code=code, is_lead=code == plan.lead, card_seq=0, added_at=now
        )
        teams.append(row)
        session.add(row)  # a new case is not in the session (see intake.open_case)
    names = "、".join(ctx.street.team_name(c) for c in plan.assist)
    note = f"联调联处（{plan.rule}）：牵头{ctx.street.team_name(plan.lead)}，协办{names}"
    data: dict[str, object] = {"rule": plan.rule, "lead": plan.lead, "assist": list(plan.assist)}
    status = Status(case.status)
    record_event(session, case, Action.JOINT_DISPATCH, Actor.system(), now, status, note, data)
    await session.flush()


async def post_joint_cards(
    ctx: ServiceContext, session: AsyncSession, case: Case, plan: JointPlan
) -> None:
    """Each assisting team's card in its own chat, then the alert to the command centre."""
    unbound = []
    for row in await teams_of(session, case):
        if not row.is_lead and not await _post_assist_card(ctx, session, case, row):
            unbound.append(ctx.street.team_name(row.team_code))
    alert = ctx.presenter.joint_alert(ctx.view(case), plan.rule, unbound)
    chat = await command_chat(session)
    if chat is not None:
        enqueue(session, ctx.clock.now(), chat, alert)
    await tell_duty_leader(ctx, session, alert.text)


async def _post_assist_card(
    ctx: ServiceContext, session: AsyncSession, case: Case, row: CaseTeam
) -> bool:
    chat = await chat_of(session, row.team_code)
    row.card_seq += 1
    row.chat_id = chat
    if chat is None:
        return False
    card = ctx.presenter.joint_card(ctx.view(case), _team(ctx, case, row), row.card_seq)
    enqueue(session, ctx.clock.now(), chat, card, ref=assist_ref(case.id, row))
    return True


async def post_waiting_assist_cards(
    ctx: ServiceContext, session: AsyncSession, team_code: str
) -> int:
    """A team's chat was just bound: its assisting cards for open joint cases, posted now."""
    rows = await session.scalars(
        select(CaseTeam)
        .join(Case, Case.id == CaseTeam.case_id)
        .where(
            CaseTeam.team_code == team_code,
            CaseTeam.is_lead.is_(False),
            CaseTeam.chat_id.is_(None),
            CaseTeam.accepted_at.is_(None),
            Case.status.in_((Status.DISPATCHED, Status.ACCEPTED)),
        )
        .order_by(CaseTeam.case_id)
    )
    posted = 0
    for row in list(rows):
        case = await session.get(Case, row.case_id)
        assert case is not None
        posted += await _post_assist_card(ctx, session, case, row)
    return posted


def _retire_assist_card(
    ctx: ServiceContext, session: AsyncSession, case: Case, row: CaseTeam, note: str
) -> None:
    if row.chat_id is None:
        return
    message = ctx.presenter.joint_card_closed(ctx.view(case), _team(ctx, case, row), note)
    enqueue_edit(session, ctx.clock.now(), row.chat_id, assist_ref(case.id, row), message)
    row.chat_id = None


async def sync_lead(ctx: ServiceContext, session: AsyncSession, case: Case) -> None:
    """The case now lies with `case.team_code`: on a joint case that team leads.

    Called by dispatch whenever a case changes hands. The old lead leaves the case; an
    assisting team that receives it becomes the lead and its assisting card is retired.
    """
    teams = await teams_of(session, case)
    if not teams:
        return
    lead = case.team_code
    for old in [t for t in teams if t.is_lead and t.team_code != lead]:
        teams.remove(old)
    if lead is None or lead == COMMAND:
        return
    row = next((t for t in teams if t.team_code == lead), None)
    if row is None:
        teams.append(
            CaseTeam(
                case_id=case.id,
                team_code=lead,
                is_lead=True,
                card_seq=0,
                added_at=ctx.clock.now(),
            )
        )
    elif not row.is_lead:
        _retire_assist_card(ctx, session, case, row, "本队已改为牵头单位，请在新的派单卡片上操作")
        row.is_lead = True
    mirror_lead_accept(case)


def mirror_lead_accept(case: Case) -> None:
    """Keep the lead's row in step with the case's own accept (接单) fields."""
    if "teams" in inspect(case).unloaded:
        return
    for row in case.teams:
        if row.is_lead:
            row.accepted_by, row.accepted_at = case.accepted_by, case.accepted_at


async def close_assist_cards(
    ctx: ServiceContext, session: AsyncSession, case: Case, note: str
) -> None:
    """The lead resolved the case (or it ended): every assisting card says so, buttons off."""
    for row in await teams_of(session, case):
        if not row.is_lead:
            _retire_assist_card(ctx, session, case, row, note)


async def accept_assist(
    ctx: ServiceContext, case_id: int, team: str, seq: int, chat_id: int, actor: Actor
) -> JointAcceptResult:
    """An assisting team presses 协办接单 on its card."""
    async with ctx.uow() as session:
        case = await load_case(session, case_id)
        if case is None:
            return JointAcceptResult(Outcome.NOT_FOUND)
        row = next((t for t in await teams_of(session, case) if t.team_code == team), None)
        if row is None or row.is_lead or row.card_seq != seq or row.accepted_by is not None:
            return JointAcceptResult(Outcome.STALE)
        if Status(case.status) not in ASSIST_STATUSES:
            return JointAcceptResult(Outcome.STALE)
        if row.chat_id != chat_id:
            return JointAcceptResult(Outcome.WRONG_CHAT)
        now = ctx.clock.now()
        row.accepted_by, row.accepted_at = actor.name, now
        status = Status(case.status)
        record_event(session, case, Action.JOINT_ACCEPT, actor, now, status, None, {"team": team})
        view = ctx.view(case)
        joint_team = _team(ctx, case, row)
        card = ctx.presenter.joint_card_accepted(view, joint_team)
        enqueue_edit(session, now, chat_id, assist_ref(case.id, row), card)
        if case.dispatch_chat_id is not None:  # the lead's (or the triage) chat
            notice = ctx.presenter.joint_accepted_notice(view, joint_team)
            enqueue(session, now, case.dispatch_chat_id, notice)
        return JointAcceptResult(Outcome.OK, view)
