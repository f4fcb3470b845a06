"""The core loop through the services, on a real database: report → dispatch → accept →
resolve → reporter asked → closed, and the refusals along the way."""

from __future__ import annotations

import asyncio
import re

from gridbot.duplicate_rules import DuplicatePolicy
from gridbot.services.bindings import bind
from gridbot.services.context import Actor, Outcome
from gridbot.services.intake import IntakeKind
from gridbot.services.members import register
from gridbot.services.reporter_actions import close_unrated, rate, recategorize, withdraw
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
    events,
    load,
    outbox,
    register_worker,
    report,
)

WAGES = "春晖小区工地二十多名工人聚集在门口讨薪，老板拖欠三个月工资不给"
LEAD = Actor(777, "王队长")


async def resolved_wage_case(ctx):
    """A wage case the labour team has accepted and resolved; returns it and the team chat."""
    await bind_all(ctx)
    await register_worker(ctx)
    case = (await report(ctx, WAGES)).case
    chat = TEAM_CHATS["labor"]
    press = CardPress(case.id, case.dispatch_seq, chat, LEAD)
    await accept(ctx, press)
    await ask_for_input(ctx, press, PROMPT_RESOLVE)
    await answer_prompt(ctx, chat, LEAD, "已处理", None)
    return case, chat


async def test_report_becomes_numbered_case_dispatched_to_the_labour_team(ctx):
    await bind_all(ctx)
    await register_worker(ctx)
    result = await report(ctx, WAGES)
    assert result.kind is IntakeKind.CASE and result.case is not None
    case = result.case
    assert re.fullmatch(r"20261123-\d{4}", case.number)
    assert case.category == "labor" and case.urgent
    assert case.team_code == "labor" and case.status == "dispatched"
    ack = (await outbox(ctx, WORKER))[-1]
    assert case.number in ack.text and "劳资纠纷" in ack.text and "劳动保障协理组" in ack.text
    assert button_labels(ack) == ["改类别", "撤回"]
    card = (await outbox(ctx, TEAM_CHATS["labor"]))[-1]
    assert case.number in card.text and "紧急" in card.text and "张三" in card.text
    assert button_labels(card) == ["接单", "转派", "退回"]


async def test_concurrent_reports_get_distinct_consecutive_numbers(ctx):
    ctx.duplicates = DuplicatePolicy.off()  # twelve alike reports: not a question of duplicates
    await bind_all(ctx)
    await register_worker(ctx)
    results = await asyncio.gather(*(report(ctx, f"幸福里小区路灯坏了第{i}盏") for i in range(12)))
    numbers = sorted(r.case.number for r in results)
    assert numbers == [f"20261123-{i:04d}" for i in range(1, 13)]


async def test_same_message_delivered_twice_makes_one_case(ctx):
    await bind_all(ctx)
    await register_worker(ctx)
    first = await report(ctx, WAGES, source_key="501:7")
    second = await report(ctx, WAGES, source_key="501:7")
    assert first.kind is IntakeKind.CASE
    assert second.kind is IntakeKind.ALREADY_RECEIVED


async def test_same_message_from_an_unregistered_person_twice_is_held_once(ctx):
    await bind_all(ctx)
    first = await report(ctx, WAGES, telegram_id=600, source_key="600:7")
    second = await report(ctx, WAGES, telegram_id=600, source_key="600:7")
    assert first.kind is IntakeKind.HELD_UNREGISTERED
    assert second.kind is IntakeKind.ALREADY_RECEIVED


async def test_a_photo_sent_first_joins_the_words_sent_after_it(ctx):
    await bind_all(ctx)
    await register_worker(ctx)
    waiting = await report(ctx, None, photos=["photo-1"], source_key="501:1")
    case = await report(ctx, WAGES, source_key="501:2")
    assert waiting.kind is IntakeKind.WAITING_FOR_TEXT
    assert case.kind is IntakeKind.CASE and case.case is not None
    assert case.case.photos == ("photo-1",)
    again = await report(ctx, "工资还是没发", source_key="501:3")
    assert again.case is not None and again.case.photos == ()


async def test_report_from_unregistered_person_is_kept_and_opened_on_registration(ctx):
    await bind_all(ctx)
    held = await report(ctx, WAGES, telegram_id=600)
    assert held.kind is IntakeKind.HELD_UNREGISTERED
    registration = await register(ctx, 600, "李四", "CH-01")
    assert registration.outcome is Outcome.OK
    assert [r.case.category for r in registration.held] == ["labor"]
    assert (await outbox(ctx, TEAM_CHATS["labor"]))[-1].text.count("李四") == 1


async def test_registration_with_unknown_grid_lists_the_valid_codes(ctx):
    result = await register(ctx, 600, "李四", "ZZ-99")
    assert result.outcome is Outcome.NOT_FOUND
    assert "XF-01" in [g.code for g in result.valid_grids]


async def test_photo_then_text_become_one_case_with_the_photo(ctx):
    await bind_all(ctx)
    await register_worker(ctx)
    waiting = await report(ctx, "", photos=["PHOTO1"])
    assert waiting.kind is IntakeKind.WAITING_FOR_TEXT
    result = await report(ctx, "光明里路口井盖丢了，很危险")
    assert result.case.photos == ("PHOTO1",)
    card = (await outbox(ctx, TEAM_CHATS["municipal"]))[-1]
    assert card.photo == "PHOTO1"


async def test_accept_resolve_and_satisfied_reporter_closes_the_case(ctx):
    await bind_all(ctx)
    await register_worker(ctx)
    case = (await report(ctx, WAGES)).case
    chat = TEAM_CHATS["labor"]
    press = CardPress(case.id, case.dispatch_seq, chat, LEAD)

    assert (await accept(ctx, press)).outcome is Outcome.OK
    edit = (await outbox(ctx, chat))[-1]
    assert edit.kind == "edit" and "王队长" in edit.text and button_labels(edit)[0] == "办结"
    assert "接单" in (await outbox(ctx, WORKER))[-1].text

    assert (await ask_for_input(ctx, press, PROMPT_RESOLVE)).outcome is Outcome.OK
    assert "办理结果" in (await outbox(ctx, chat))[-1].text
    done = await answer_prompt(ctx, chat, LEAD, "已协调老板当场支付工资", "RESULT_PHOTO")
    assert done is not None and done.outcome is Outcome.OK
    asked = (await outbox(ctx, WORKER))[-1]
    assert "已协调老板当场支付工资" in asked.text and asked.photo == "RESULT_PHOTO"
    assert button_labels(asked) == ["满意", "不满意"]

    assert (await rate(ctx, case.id, Actor(WORKER, "张三"), True)).outcome is Outcome.OK
    assert (await load(ctx, case.id)).status == "closed"
    assert await events(ctx, case.id) == [
        "report:reported",
        "joint_dispatch:reported",  # a crowd demanding wages: 联调联处 (config/joint.yaml)
        "dispatch:dispatched",
        "accept:accepted",
        "resolve:resolved",
        "confirm:closed",
    ]


async def test_press_on_a_stale_or_foreign_card_changes_nothing(ctx):
    await bind_all(ctx)
    await register_worker(ctx)
    case = (await report(ctx, WAGES)).case
    chat = TEAM_CHATS["labor"]
    wrong_chat = CardPress(case.id, case.dispatch_seq, TEAM_CHATS["police"], LEAD)
    assert (await accept(ctx, wrong_chat)).outcome is Outcome.WRONG_CHAT
    assert (
        await accept(ctx, CardPress(case.id, case.dispatch_seq, chat, LEAD))
    ).outcome is Outcome.OK
    again = await accept(ctx, CardPress(case.id, case.dispatch_seq, chat, Actor(778, "赵六")))
    assert again.outcome is Outcome.STALE
    assert (await load(ctx, case.id)).accepted_by == "王队长"


async def test_transfer_retires_the_old_card_and_dispatches_to_the_new_team(ctx):
    await bind_all(ctx)
    await register_worker(ctx)
    case = (await report(ctx, WAGES)).case
    press = CardPress(case.id, case.dispatch_seq, TEAM_CHATS["labor"], LEAD)
    result = await transfer(ctx, press, "police")
    assert result.outcome is Outcome.OK and result.case.team_code == "police"
    old = (await outbox(ctx, TEAM_CHATS["labor"]))[-1]
    assert old.kind == "edit" and "转派至派出所巡防队" in old.text and old.buttons == []
    assert button_labels((await outbox(ctx, TEAM_CHATS["police"]))[-1]) == ["接单", "转派", "退回"]
    assert "转派" in (await outbox(ctx, WORKER))[-1].text
    stale = await accept(ctx, press)
    assert stale.outcome is Outcome.STALE


async def test_reply_and_team_card_show_the_words_that_decided_the_category(ctx):
    await bind_all(ctx)
    await register_worker(ctx)
    case = (await report(ctx, WAGES)).case
    assert "讨薪" in case.keywords
    for chat in (WORKER, TEAM_CHATS["labor"]):
        shown = [m.text for m in await outbox(ctx, chat) if "类别：" in m.text]
        assert shown, chat
        words = shown[-1].split("关键词：", 1)[1].split("）", 1)[0].split("、")
        assert "讨薪" in words and len(words) == len(set(words))


async def test_manual_triage_is_stored_as_a_correction_for_rule_review(ctx):
    await bind_all(ctx)
    await register_worker(ctx)
    case = (await report(ctx, "测试一下，看能不能发出去")).case
    centre = CardPress(case.id, case.dispatch_seq, COMMAND_CHAT, ADMIN)
    assert (await triage_assign(ctx, centre, "sanitation")).outcome is Outcome.OK
    from sqlalchemy import select

    from gridbot.db.models import Correction

    async with ctx.uow() as session:
        corrections = list(await session.scalars(select(Correction)))
    assert [(c.text, c.predicted, c.corrected) for c in corrections] == [
        ("测试一下，看能不能发出去", "other", "environment")
    ]


async def test_return_with_reason_goes_to_triage_and_the_centre_assigns_a_team(ctx):
    await bind_all(ctx)
    await register_worker(ctx)
    case = (await report(ctx, WAGES)).case
    press = CardPress(case.id, case.dispatch_seq, TEAM_CHATS["labor"], LEAD)
    await ask_for_input(ctx, press, PROMPT_RETURN)
    result = await answer_prompt(ctx, TEAM_CHATS["labor"], LEAD, "不属于劳资，是邻里纠纷", None)
    assert result.case.status == "triage"
    triage = (await outbox(ctx, COMMAND_CHAT))[-1]
    assert "不属于劳资，是邻里纠纷" in triage.text and "司法调解组" in button_labels(triage)

    centre = CardPress(case.id, result.case.dispatch_seq, COMMAND_CHAT, ADMIN)
    assigned = await triage_assign(ctx, centre, "mediation")
    assert assigned.outcome is Outcome.OK
    assert assigned.case.team_code == "mediation" and assigned.case.category == "dispute"
    assert (await outbox(ctx, TEAM_CHATS["mediation"]))[-1].text.count(case.number) == 1


async def test_unsatisfied_reporter_reopens_and_redispatches_the_case(ctx):
    case, chat = await resolved_wage_case(ctx)
    result = await rate(ctx, case.id, Actor(WORKER, "张三"), False)
    assert result.case.status == "dispatched" and result.case.reopen_count == 1
    card = (await outbox(ctx, chat))[-1]
    assert "不满意" in card.text and button_labels(card)[0] == "接单"


async def test_resolved_case_nobody_rates_closes_after_the_configured_days(ctx, clock):
    case, chat = await resolved_wage_case(ctx)
    clock.advance(days=2)
    assert await close_unrated(ctx) == 0
    clock.advance(days=1, minutes=1)
    assert await close_unrated(ctx) == 1
    assert (await load(ctx, case.id)).status == "closed"
    assert "自动结案" in (await outbox(ctx, WORKER))[-1].text


async def test_chatter_that_is_not_a_report_goes_to_the_command_centre(ctx):
    await bind_all(ctx)
    await register_worker(ctx)
    case = (await report(ctx, "测试一下，看能不能发出去")).case
    assert case.status == "triage" and case.team_code == "command"
    assert "待人工分拨" in (await outbox(ctx, COMMAND_CHAT))[-1].text


async def test_team_without_chat_sends_the_case_to_triage_and_binding_command_posts_backlog(ctx):
    await register_worker(ctx)
    case = (await report(ctx, WAGES)).case
    assert case.status == "triage"
    result = await bind(ctx, COMMAND_CHAT, "command", ADMIN)
    assert result.backlog == 1
    assert "劳动保障协理组尚未绑定工作群" in (await outbox(ctx, COMMAND_CHAT))[-1].text


async def test_reporter_correction_redispatches_and_is_stored_for_rule_review(ctx):
    await bind_all(ctx)
    await register_worker(ctx)
    case = (await report(ctx, WAGES)).case
    result = await recategorize(ctx, case.id, Actor(WORKER, "张三"), "public_security")
    assert result.case.team_code == "police" and result.case.category == "public_security"
    from sqlalchemy import select

    from gridbot.db.models import Correction

    async with ctx.uow() as session:
        corrections = list(await session.scalars(select(Correction)))
    assert [(c.predicted, c.corrected) for c in corrections] == [("labor", "public_security")]


async def test_only_the_reporter_may_withdraw_and_withdrawal_retires_the_card(ctx):
    await bind_all(ctx)
    await register_worker(ctx)
    case = (await report(ctx, WAGES)).case
    assert (await withdraw(ctx, case.id, Actor(12345, "路人"))).outcome is Outcome.NOT_ALLOWED
    assert (await withdraw(ctx, case.id, Actor(WORKER, "张三"))).outcome is Outcome.OK
    assert "已撤回" in (await outbox(ctx, TEAM_CHATS["labor"]))[-1].text


async def test_binding_by_a_non_admin_is_refused(ctx):
    result = await bind(ctx, -555, "police", Actor(12345, "路人"))
    assert result.outcome is Outcome.NOT_ALLOWED
