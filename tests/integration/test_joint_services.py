"""Joint handling (联调联处) through the services: one report, several teams' cards, separate
accepts, the lead resolves for all, and hand-overs move the lead."""

from __future__ import annotations

from sqlalchemy import select

from gridbot.db.models import CaseEvent, CaseTeam
from gridbot.services.bindings import bind
from gridbot.services.context import Actor, Outcome
from gridbot.services.joint import accept_assist
from gridbot.services.reporter_actions import withdraw
from gridbot.services.team_actions import (
    PROMPT_RESOLVE,
    PROMPT_RETURN,
    CardPress,
    accept,
    answer_prompt,
    ask_for_input,
    transfer,
    triage_assign,
)
from tests.integration.helpers import (
    ADMIN,
    COMMAND_CHAT,
    TEAM_CHATS,
    WORKER,
    bind_all,
    button_labels,
    outbox,
    register_worker,
    report,
)

WAGES = "春晖小区工地二十多名工人聚集在门口讨薪，老板拖欠三个月工资不给"
LABOR, POLICE = TEAM_CHATS["labor"], TEAM_CHATS["police"]
LEAD = Actor(777, "王队长")
OFFICER = Actor(778, "李警官")


async def joint_wage_case(ctx):
    await bind_all(ctx)
    await register_worker(ctx)
    return (await report(ctx, WAGES)).case


async def teams(ctx, case_id: int) -> dict[str, CaseTeam]:
    async with ctx.uow() as session:
        rows = await session.scalars(select(CaseTeam).where(CaseTeam.case_id == case_id))
        return {r.team_code: r for r in rows}


def assist_press(case, team: str, chat: int, actor: Actor = OFFICER, seq: int = 1):
    return (case.id, team, seq, chat, actor)


async def test_a_crowd_demanding_wages_is_dispatched_to_three_teams_with_labour_leading(ctx):
    case = await joint_wage_case(ctx)
    assert case.team_code == "labor" and case.status == "dispatched"
    assert [(t.code, t.is_lead) for t in case.teams] == [
        ("labor", True),
        ("petition", False),
        ("police", False),
    ]
    lead_card = (await outbox(ctx, LABOR))[-1]
    assert button_labels(lead_card) == ["接单", "转派", "退回"]
    assert "【联调联处】牵头：劳动保障协理组；协办：信访办、派出所巡防队" in lead_card.text
    assert "本队为牵头单位" in lead_card.text
    police_card = (await outbox(ctx, POLICE))[-1]
    assert case.number in police_card.text and "协办" in police_card.text
    assert button_labels(police_card) == ["协办接单"]
    alert = (await outbox(ctx, COMMAND_CHAT))[-1]
    assert "联调联处启动（群体性讨薪）" in alert.text and case.number in alert.text
    assert "未能派单：信访办" in alert.text  # the petition office has no chat in these tests
    ack = (await outbox(ctx, WORKER))[-1]
    assert "联调联处" in ack.text and "劳动保障协理组" in ack.text
    rows = await teams(ctx, case.id)
    assert rows["police"].chat_id == POLICE and rows["petition"].chat_id is None


async def test_a_small_wage_claim_goes_to_the_labour_team_alone(ctx):
    await bind_all(ctx)
    await register_worker(ctx)
    case = (await report(ctx, "春晖小区工地三个工人说老板拖欠工资")).case
    assert case.team_code == "labor" and case.teams == ()
    assert await outbox(ctx, POLICE) == []
    assert "联调联处" not in (await outbox(ctx, LABOR))[-1].text


async def test_a_fight_with_injuries_brings_the_police_to_mediation(ctx):
    await bind_all(ctx)
    await register_worker(ctx)
    case = (await report(ctx, "幸福里小区两口子吵架打起来了，有人受伤流血")).case
    assert case.team_code == "mediation"
    assert [t.code for t in case.teams] == ["mediation", "police"]
    assert "有人受伤" in (await outbox(ctx, COMMAND_CHAT))[-1].text


async def test_each_assisting_team_accepts_on_its_own_card(ctx):
    case = await joint_wage_case(ctx)
    result = await accept_assist(ctx, *assist_press(case, "police", POLICE))
    assert result.outcome is Outcome.OK
    edited = (await outbox(ctx, POLICE))[-1]
    assert edited.kind == "edit" and "李警官" in edited.text and edited.buttons == []
    assert "派出所巡防队的李警官已接单" in (await outbox(ctx, LABOR))[-1].text
    assert result.case.status == "dispatched"  # the lead has not accepted yet
    row = (await teams(ctx, case.id))["police"]
    assert row.accepted_by == "李警官" and row.accepted_at is not None
    async with ctx.uow() as session:
        event = await session.scalar(select(CaseEvent).where(CaseEvent.action == "joint_accept"))
    assert event is not None and event.data == {"team": "police"}

    again = await accept_assist(ctx, *assist_press(case, "police", POLICE, Actor(779, "赵")))
    assert again.outcome is Outcome.STALE
    assert (await teams(ctx, case.id))["police"].accepted_by == "李警官"


async def test_an_assisting_card_only_works_in_its_own_chat_and_not_for_the_lead(ctx):
    case = await joint_wage_case(ctx)
    wrong = await accept_assist(ctx, *assist_press(case, "police", LABOR))
    assert wrong.outcome is Outcome.WRONG_CHAT
    lead_row = await accept_assist(ctx, *assist_press(case, "labor", LABOR))
    assert lead_row.outcome is Outcome.STALE
    old_card = await accept_assist(ctx, *assist_press(case, "police", POLICE, seq=0))
    assert old_card.outcome is Outcome.STALE


async def test_the_lead_resolves_and_every_assisting_card_says_so(ctx):
    case = await joint_wage_case(ctx)
    await accept_assist(ctx, *assist_press(case, "police", POLICE))
    press = CardPress(case.id, case.dispatch_seq, LABOR, LEAD)
    assert (await accept(ctx, press)).outcome is Outcome.OK
    assert (await teams(ctx, case.id))["labor"].accepted_by == "王队长"
    await ask_for_input(ctx, press, PROMPT_RESOLVE)
    done = await answer_prompt(ctx, LABOR, LEAD, "已协调老板结清工资，工人散去", None)
    assert done is not None and done.case.status == "resolved"
    police = (await outbox(ctx, POLICE))[-1]
    assert police.kind == "edit" and "牵头单位劳动保障协理组已办结" in police.text
    assert "已协调老板结清工资" in police.text and "李警官" in police.text
    assert button_labels((await outbox(ctx, WORKER))[-1]) == ["满意", "不满意"]
    late = await accept_assist(ctx, *assist_press(case, "petition", LABOR))
    assert late.outcome is Outcome.STALE


async def test_transfer_to_an_assisting_team_makes_it_the_lead(ctx):
    case = await joint_wage_case(ctx)
    press = CardPress(case.id, case.dispatch_seq, LABOR, LEAD)
    result = await transfer(ctx, press, "police")
    assert result.outcome is Outcome.OK and result.case.team_code == "police"
    assert [(t.code, t.is_lead) for t in result.case.teams] == [
        ("police", True),
        ("petition", False),
    ]
    police = await outbox(ctx, POLICE)
    retired, new_card = police[-2], police[-1]
    assert retired.kind == "edit" and "改为牵头单位" in retired.text and retired.buttons == []
    assert (
        button_labels(new_card) == ["接单", "转派", "退回"] and "本队为牵头单位" in new_card.text
    )
    stale = await accept_assist(ctx, *assist_press(case, "police", POLICE))
    assert stale.outcome is Outcome.STALE


async def test_a_returned_joint_case_waits_for_the_centre_to_name_a_new_lead(ctx):
    case = await joint_wage_case(ctx)
    press = CardPress(case.id, case.dispatch_seq, LABOR, LEAD)
    await ask_for_input(ctx, press, PROMPT_RETURN)
    returned = await answer_prompt(ctx, LABOR, LEAD, "不是欠薪，是治安问题", None)
    assert returned.case.status == "triage"
    assert [(t.code, t.is_lead) for t in returned.case.teams] == [
        ("petition", False),
        ("police", False),
    ]
    assert "牵头：待指挥中心指定" in (await outbox(ctx, COMMAND_CHAT))[-1].text
    centre = CardPress(case.id, returned.case.dispatch_seq, COMMAND_CHAT, ADMIN)
    assigned = await triage_assign(ctx, centre, "police")
    assert assigned.case.team_code == "police"
    assert [(t.code, t.is_lead) for t in assigned.case.teams][0] == ("police", True)


async def test_withdrawal_retires_the_assisting_cards_too(ctx):
    case = await joint_wage_case(ctx)
    assert (await withdraw(ctx, case.id, Actor(WORKER, "张三"))).outcome is Outcome.OK
    police = (await outbox(ctx, POLICE))[-1]
    assert police.kind == "edit" and "已撤回" in police.text and police.buttons == []


async def test_an_assisting_team_bound_later_gets_its_card_then(ctx):
    case = await joint_wage_case(ctx)  # the petition office has no chat yet
    petition_chat = -1400
    result = await bind(ctx, petition_chat, "petition", ADMIN)
    assert result.outcome is Outcome.OK and result.backlog == 1
    card = (await outbox(ctx, petition_chat))[-1]
    assert case.number in card.text and button_labels(card) == ["协办接单"]
    assert (await teams(ctx, case.id))["petition"].chat_id == petition_chat
    again = await bind(ctx, petition_chat, "petition", ADMIN)  # nothing is posted twice
    assert again.backlog == 0 and len(await outbox(ctx, petition_chat)) == 1
