"""Duplicate reports through the services: the question with its buttons, both answers, the
timeout, urgent reports that never wait, and every reporter told when the case is resolved."""

from __future__ import annotations

from sqlalchemy import select

from gridbot.db.models import CaseEvent, CaseReporter, PendingDuplicate
from gridbot.scheduler import sweep
from gridbot.services.context import Actor, Outcome
from gridbot.services.duplicate_answers import answer_offer, expire_offers
from gridbot.services.intake import IntakeKind
from gridbot.services.members import register
from gridbot.services.queries import case_timeline, my_open_cases
from gridbot.services.team_actions import (
    PROMPT_RESOLVE,
    CardPress,
    accept,
    answer_prompt,
    ask_for_input,
)
from tests.integration.helpers import (
    TEAM_CHATS,
    WORKER,
    bind_all,
    button_labels,
    events,
    load,
    outbox,
    register_worker,
    report,
)

LAMP = "幸福里小区3号楼门口的路灯坏了好几天了，晚上很黑"
SAME_LAMP = "幸福里小区3号楼门口路灯不亮好几天了"
OTHER = 502  # a second grid worker in the same grid
MUNICIPAL = TEAM_CHATS["municipal"]
CREW = Actor(777, "维修班长")


async def lamp_case_and_second_worker(ctx):
    await bind_all(ctx)
    await register_worker(ctx)
    await register(ctx, OTHER, "李四", "XF-01")
    return (await report(ctx, LAMP, source_key="501:1")).case


async def pending_id(ctx) -> int:
    async with ctx.uow() as session:
        found = await session.scalar(select(PendingDuplicate.id))
        assert found is not None
        return found


async def case_count(ctx) -> int:
    async with ctx.uow() as session:
        return len(list(await session.scalars(select(CaseEvent.case_id).distinct())))


async def test_a_similar_report_is_held_and_its_reporter_asked_with_two_buttons(ctx):
    case = await lamp_case_and_second_worker(ctx)
    result = await report(ctx, SAME_LAMP, telegram_id=OTHER, source_key="502:1")
    assert result.kind is IntakeKind.DUPLICATE_OFFERED and result.case.number == case.number
    question = (await outbox(ctx, OTHER))[-1]
    assert case.number in question.text and "很相似" in question.text
    assert button_labels(question) == [f"合并到 #{case.number}", "这是新事件"]
    assert await case_count(ctx) == 1  # no case yet, nothing lost: the report is held
    async with ctx.uow() as session:
        held = await session.scalar(select(PendingDuplicate))
    assert held is not None and held.text == SAME_LAMP and held.case_id == case.id


async def test_the_same_message_twice_makes_one_question(ctx):
    await lamp_case_and_second_worker(ctx)
    await report(ctx, SAME_LAMP, telegram_id=OTHER, source_key="502:1")
    again = await report(ctx, SAME_LAMP, telegram_id=OTHER, source_key="502:1")
    assert again.kind is IntakeKind.ALREADY_RECEIVED
    async with ctx.uow() as session:
        assert len(list(await session.scalars(select(PendingDuplicate)))) == 1


async def test_merge_attaches_the_report_and_the_team_sees_it(ctx):
    case = await lamp_case_and_second_worker(ctx)
    await report(ctx, SAME_LAMP, telegram_id=OTHER, source_key="502:1", photos=["LAMP2"])
    answer = await answer_offer(ctx, await pending_id(ctx), Actor(OTHER, "李四"), merge=True)
    assert answer.outcome is Outcome.OK and answer.merged and answer.case.id == case.id
    assert "已合并到事件" in (await outbox(ctx, OTHER))[-1].text
    notice = (await outbox(ctx, MUNICIPAL))[-1]
    assert "重复上报" in notice.text and "李四" in notice.text and SAME_LAMP in notice.text
    assert notice.photo == "LAMP2"
    assert (await events(ctx, case.id))[-1] == "add_reporter:dispatched"
    async with ctx.uow() as session:
        event = await session.scalar(select(CaseEvent).where(CaseEvent.action == "add_reporter"))
        merged = await session.scalar(select(CaseReporter))
    assert event is not None and event.data == {"member_id": merged.member_id}
    assert merged.text == SAME_LAMP and merged.source_key == "502:1"
    assert (await load(ctx, case.id)).photos == ["LAMP2"]
    assert await case_count(ctx) == 1
    again = await report(ctx, SAME_LAMP, telegram_id=OTHER, source_key="502:1")
    assert again.kind is IntakeKind.ALREADY_RECEIVED


async def test_every_reporter_of_a_merged_case_is_told_when_it_is_resolved(ctx):
    case = await lamp_case_and_second_worker(ctx)
    await report(ctx, SAME_LAMP, telegram_id=OTHER, source_key="502:1")
    await answer_offer(ctx, await pending_id(ctx), Actor(OTHER, "李四"), merge=True)
    press = CardPress(case.id, case.dispatch_seq, MUNICIPAL, CREW)
    await accept(ctx, press)
    await ask_for_input(ctx, press, PROMPT_RESOLVE)
    await answer_prompt(ctx, MUNICIPAL, CREW, "已更换灯泡，路灯恢复照明", "FIXED")
    original = (await outbox(ctx, WORKER))[-1]
    assert "已更换灯泡" in original.text and button_labels(original) == ["满意", "不满意"]
    merged = (await outbox(ctx, OTHER))[-1]
    assert "您合并上报的事件" in merged.text and "已更换灯泡" in merged.text
    assert merged.photo == "FIXED" and merged.buttons == []  # the case's own reporter rates


async def test_a_merged_reporter_finds_the_case_in_mine_and_may_read_its_timeline(ctx):
    case = await lamp_case_and_second_worker(ctx)
    assert (await case_timeline(ctx, case.number, OTHER, OTHER)).outcome is Outcome.NOT_ALLOWED
    await report(ctx, SAME_LAMP, telegram_id=OTHER, source_key="502:1")
    await answer_offer(ctx, await pending_id(ctx), Actor(OTHER, "李四"), merge=True)
    assert [c.number for c in await my_open_cases(ctx, OTHER)] == [case.number]
    timeline = await case_timeline(ctx, case.number, OTHER, OTHER)
    assert timeline.outcome is Outcome.OK
    assert timeline.events[-1].action == "add_reporter" and timeline.events[-1].note == SAME_LAMP


async def test_this_is_new_opens_a_normal_case(ctx):
    case = await lamp_case_and_second_worker(ctx)
    await report(ctx, SAME_LAMP, telegram_id=OTHER, source_key="502:1")
    answer = await answer_offer(ctx, await pending_id(ctx), Actor(OTHER, "李四"), merge=False)
    assert answer.outcome is Outcome.OK and not answer.merged
    assert answer.case.number != case.number and answer.case.status == "dispatched"
    assert "已受理" in (await outbox(ctx, OTHER))[-1].text
    assert (await outbox(ctx, MUNICIPAL))[-1].text.count(answer.case.number) == 1


async def test_only_the_reporter_answers_and_only_once(ctx):
    await lamp_case_and_second_worker(ctx)
    await report(ctx, SAME_LAMP, telegram_id=OTHER, source_key="502:1")
    pending = await pending_id(ctx)
    assert (await answer_offer(ctx, pending, Actor(WORKER, "张三"), True)).outcome is (
        Outcome.NOT_ALLOWED
    )
    assert (await answer_offer(ctx, pending, Actor(OTHER, "李四"), True)).outcome is Outcome.OK
    second = await answer_offer(ctx, pending, Actor(OTHER, "李四"), False)
    assert second.outcome is Outcome.STALE
    assert await case_count(ctx) == 1


async def test_merge_into_a_case_that_ended_meanwhile_opens_a_new_case(ctx):
    case = await lamp_case_and_second_worker(ctx)
    await report(ctx, SAME_LAMP, telegram_id=OTHER, source_key="502:1")
    press = CardPress(case.id, case.dispatch_seq, MUNICIPAL, CREW)
    await accept(ctx, press)
    await ask_for_input(ctx, press, PROMPT_RESOLVE)
    await answer_prompt(ctx, MUNICIPAL, CREW, "已修好", None)
    answer = await answer_offer(ctx, await pending_id(ctx), Actor(OTHER, "李四"), merge=True)
    assert answer.outcome is Outcome.OK and not answer.merged
    texts = [m.text for m in await outbox(ctx, OTHER)]
    assert any("无法合并" in t for t in texts) and "已受理" in texts[-1]


async def test_an_unanswered_question_becomes_a_new_case_in_the_sweep(ctx, clock):
    await lamp_case_and_second_worker(ctx)
    await report(ctx, SAME_LAMP, telegram_id=OTHER, source_key="502:1")
    pending = await pending_id(ctx)
    clock.advance(minutes=29)
    assert await expire_offers(ctx) == 0
    clock.advance(minutes=2)
    await sweep(ctx)
    assert await case_count(ctx) == 2
    texts = [m.text for m in await outbox(ctx, OTHER)]
    assert "已受理" in texts[-2] and "未选择是否合并" in texts[-1]
    late = await answer_offer(ctx, pending, Actor(OTHER, "李四"), True)
    assert late.outcome is Outcome.STALE


async def test_an_urgent_report_never_waits_for_the_question(ctx):
    await bind_all(ctx)
    await register_worker(ctx)
    await register(ctx, OTHER, "李四", "XF-01")
    first = (await report(ctx, "幸福里小区3号楼着火了，冒黑烟")).case
    second = await report(ctx, "幸福里小区3号楼着火了，冒出好多黑烟", telegram_id=OTHER)
    assert second.kind is IntakeKind.CASE and second.case.number != first.number
    said = [m.text for m in await outbox(ctx, OTHER)]
    assert "已受理" in said[-2]
    assert first.number in said[-1] and "因情况紧急，已直接受理为新事件" in said[-1]


async def test_a_different_grid_category_or_an_old_case_is_not_a_duplicate(ctx, clock):
    await lamp_case_and_second_worker(ctx)
    elsewhere = await report(ctx, "光明里3号楼门口的路灯坏了好几天了，晚上很黑", telegram_id=OTHER)
    assert elsewhere.kind is IntakeKind.CASE
    rubbish = await report(ctx, "幸福里小区3号楼门口的垃圾好几天了没人清运", telegram_id=OTHER)
    assert rubbish.kind is IntakeKind.CASE
    clock.advance(hours=73)
    later = await report(ctx, SAME_LAMP, telegram_id=OTHER)
    assert later.kind is IntakeKind.CASE
