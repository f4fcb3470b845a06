"""Reliability as people see it: simultaneous 接单, flooding, a replayed update."""

from __future__ import annotations

import asyncio
import copy
import re

from sqlalchemy import func, select

from gridbot.db.models import OutboxMessage
from gridbot.emulator import TelegramEmulator
from handlers import texts
from tests.e2e.conftest import LABOR_CHAT, LEAD, STRANGER, WORKER, bind_chats, register

WAGES = "春晖小区工地二十多名工人聚集讨薪，老板拖欠三个月工资"
SECOND_LEAD = 702


async def outbox_drained(app, timeout: float = 10) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        async with app.ctx.uow() as session:
            waiting = await session.scalar(
                select(func.count())
                .select_from(OutboxMessage)
                .where(OutboxMessage.status.in_(["pending", "sending"]))
            )
        if waiting == 0:
            return
        assert loop.time() < deadline, f"{waiting} outbox rows still waiting"
        await asyncio.sleep(0.05)


async def test_two_members_pressing_accept_at_once_one_wins_the_other_is_told(
    emu: TelegramEmulator, app
) -> None:
    emu.add_user(SECOND_LEAD, "李队员")
    await bind_chats(emu)
    await register(emu)
    emu.send_text(WORKER, WAGES)
    card = await emu.wait_for_message(LABOR_CHAT, "接单")
    first = emu.press_button(LEAD, LABOR_CHAT, card.message_id, text="接单")
    second = emu.press_button(SECOND_LEAD, LABOR_CHAT, card.message_id, text="接单")
    answers = [
        (await emu.wait_for(lambda q=q: emu.callback_answers(q["id"])))[0]["text"]
        for q in (first, second)
    ]
    assert sorted(answers) == sorted([texts.POPUP["ok"], texts.POPUP["stale"]])
    winner = "王队长" if answers[0] == texts.POPUP["ok"] else "李队员"
    await emu.wait_for(lambda: "已于" in emu.message(LABOR_CHAT, card.message_id).content)
    assert f"{winner} 已于" in emu.message(LABOR_CHAT, card.message_id).content
    notice = await emu.wait_for_message(WORKER, "接单处置")
    assert winner in notice.content
    assert len([m for m in emu.messages(WORKER) if "接单处置" in m.content]) == 1


# nine different things in a minute (look-alikes would get the duplicate question instead)
FLOOD = [
    "春晖小区3号楼下水井盖丢失，路人容易掉进去",
    "幸福里小区门口有人占道摆摊卖水果",
    "育才路路灯坏了好几天，晚上很黑",
    "春晖小区垃圾桶满了好几天没人清运",
    "幸福里5栋楼道堆满杂物堵住消防通道",
    "育才路口红绿灯不亮了",
    "春晖小区8栋有群租房，住了十几个人",
    "幸福里小区广场舞音响太吵，居民投诉",
    "育才路小饭店后厨污水直接排到马路上",
]


async def test_a_flooding_member_is_asked_once_to_slow_down_and_nothing_is_lost(
    emu: TelegramEmulator, app
) -> None:
    await bind_chats(emu)
    await register(emu)
    for text in FLOOD:
        emu.send_text(WORKER, text)
    await emu.wait_for(
        lambda: len([m for m in emu.messages(WORKER) if "已受理" in m.content]) == 9, timeout=20
    )
    told = [m for m in emu.messages(WORKER) if "放慢" in m.content]
    assert len(told) == 1 and "6" in told[0].content


async def test_the_same_update_delivered_twice_makes_one_case_and_one_answer(
    emu: TelegramEmulator, app
) -> None:
    await bind_chats(emu)
    await register(emu)
    message = emu.send_text(WORKER, WAGES)
    ack = await emu.wait_for_message(WORKER, "已受理")
    number = re.search(r"\d{8}-\d{4}", ack.content)[0]
    await emu.wait_for_message(LABOR_CHAT, number)
    emu.state.push_update("message", copy.deepcopy(message))  # Telegram sends it again
    emu.send_text(STRANGER, "/help")  # something after it, to know the replay was handled
    await emu.wait_for_message(STRANGER, "/register")
    await emu.wait_for(lambda: not emu.unfinished_updates())
    await outbox_drained(app)  # nothing more is on its way
    assert len([m for m in emu.messages(WORKER) if "已受理" in m.content]) == 1
    assert len([m for m in emu.messages(LABOR_CHAT) if number in m.content]) == 1
