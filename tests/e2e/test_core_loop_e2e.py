"""The core loop as people see it in Telegram: each chat receives what it should."""

from __future__ import annotations

import re

from gridbot.emulator import TelegramEmulator
from tests.conftest import ADMIN_ID
from tests.e2e.conftest import (
    COMMAND_CHAT,
    LABOR_CHAT,
    LEAD,
    POLICE_CHAT,
    STRANGER,
    WORKER,
    bind_chats,
    register,
)

WAGES = "春晖小区工地二十多名工人聚集讨薪，老板拖欠三个月工资"


def labels(record) -> list[str]:
    return [b["text"] for b in record.buttons]


async def test_help_explains_how_to_register_and_report(emu: TelegramEmulator, app) -> None:
    emu.send_text(WORKER, "/help")
    reply = await emu.wait_for_message(WORKER, "/register")
    assert "上报" in reply.content


async def test_worker_report_reaches_the_team_and_the_whole_loop_closes(emu, app) -> None:
    await bind_chats(emu)
    await register(emu)
    emu.send_text(WORKER, WAGES)
    ack = await emu.wait_for_message(WORKER, "已受理")
    number = re.search(r"\d{8}-\d{4}", ack.content).group(0)
    assert "劳资纠纷" in ack.content and "劳动保障协理组" in ack.content and "紧急" in ack.content
    assert labels(ack) == ["改类别", "撤回"]

    card = await emu.wait_for_message(LABOR_CHAT, number)
    assert labels(card) == ["接单", "转派", "退回"]
    assert "张三（网格员）" in card.content and "前接单" in card.content

    emu.press_button(LEAD, LABOR_CHAT, card.message_id, text="接单")
    await emu.wait_for(lambda: "王队长 已于" in emu.message(LABOR_CHAT, card.message_id).content)
    assert labels(emu.message(LABOR_CHAT, card.message_id))[0] == "办结"
    await emu.wait_for_message(WORKER, "接单处置")

    await emu.press_when_shown(LEAD, LABOR_CHAT, card.message_id, text="办结")
    await emu.wait_for_message(LABOR_CHAT, "办理结果")
    emu.send_photo(LEAD, caption="已协调老板当场结清工资", chat_id=LABOR_CHAT)
    asked = await emu.wait_for_message(WORKER, "已协调老板当场结清工资")
    assert asked.photo is not None and labels(asked) == ["满意", "不满意"]

    emu.press_button(WORKER, WORKER, asked.message_id, text="满意")
    await emu.wait_for_message(WORKER, "已结案")
    emu.send_text(WORKER, f"/case {number}")
    timeline = await emu.wait_for_message(WORKER, "处理经过")
    for step in ("上报", "派单", "接单", "办结", "满意结案"):
        assert step in timeline.content


async def test_transfer_and_dissatisfied_reporter(emu, app) -> None:
    await bind_chats(emu)
    await register(emu)
    emu.send_text(WORKER, WAGES)
    card = await emu.wait_for_message(LABOR_CHAT, "接单")
    emu.press_button(LEAD, LABOR_CHAT, card.message_id, text="转派")
    await emu.wait_for(
        lambda: "派出所巡防队" in str(emu.message(LABOR_CHAT, card.message_id).buttons)
    )
    emu.press_button(LEAD, LABOR_CHAT, card.message_id, text="派出所巡防队")
    # WAGES is a joint case the police assist; the transfer makes them the lead, on a new card
    police_card = await emu.wait_for_message(POLICE_CHAT, "本队为牵头单位")
    await emu.wait_for_message(WORKER, "已转派至派出所巡防队")
    await emu.wait_for(
        lambda: "转派至派出所巡防队" in emu.message(LABOR_CHAT, card.message_id).content
    )
    assert emu.message(LABOR_CHAT, card.message_id).buttons == []

    emu.press_button(LEAD, POLICE_CHAT, police_card.message_id, text="接单")
    await emu.wait_for_message(WORKER, "接单处置")
    await emu.press_when_shown(LEAD, POLICE_CHAT, police_card.message_id, text="办结")
    await emu.wait_for_message(POLICE_CHAT, "办理结果")
    emu.send_text(LEAD, "已劝离", chat_id=POLICE_CHAT)
    asked = await emu.wait_for_message(WORKER, "已劝离")
    emu.press_button(WORKER, WORKER, asked.message_id, text="不满意")
    await emu.wait_for_message(WORKER, "重新派单")
    await emu.wait_for_message(POLICE_CHAT, "第1次重新派单")


async def test_stale_button_and_press_from_another_chat_get_a_popup(emu, app) -> None:
    await bind_chats(emu)
    await register(emu)
    emu.send_text(WORKER, WAGES)
    card = await emu.wait_for_message(LABOR_CHAT, "接单")
    button = next(b for b in card.buttons if b["text"] == "接单")
    # forged: the labour card's callback data sent from a message in the police chat
    police_message = emu.last_message(POLICE_CHAT)
    query = emu.press_button(
        LEAD, POLICE_CHAT, police_message.message_id, button["callback_data"], force=True
    )
    answer = await emu.wait_for(lambda: emu.callback_answers(query["id"]))
    assert "不是派给本群" in answer[0]["text"]

    emu.press_button(LEAD, LABOR_CHAT, card.message_id, text="接单")
    await emu.wait_for_message(WORKER, "接单处置")
    stale = emu.press_button(
        LEAD, LABOR_CHAT, card.message_id, button["callback_data"], force=True
    )
    answer = await emu.wait_for(lambda: emu.callback_answers(stale["id"]))
    assert "已失效" in answer[0]["text"]


async def test_return_goes_to_the_command_centre_which_assigns_by_hand(emu, app) -> None:
    await bind_chats(emu)
    await register(emu)
    emu.send_text(WORKER, WAGES)
    card = await emu.wait_for_message(LABOR_CHAT, "接单")
    emu.press_button(LEAD, LABOR_CHAT, card.message_id, text="退回")
    await emu.wait_for_message(LABOR_CHAT, "退回")
    emu.send_text(LEAD, "是治安问题，不是欠薪", chat_id=LABOR_CHAT)
    triage = await emu.wait_for_message(COMMAND_CHAT, "是治安问题")
    emu.press_button(ADMIN_ID, COMMAND_CHAT, triage.message_id, text="派出所巡防队")
    await emu.wait_for_message(POLICE_CHAT, "接单")
    await emu.wait_for_message(WORKER, "分拨至派出所巡防队")


async def test_unregistered_report_is_kept_until_registration(emu, app) -> None:
    await bind_chats(emu)
    emu.send_text(STRANGER, WAGES)
    await emu.wait_for_message(STRANGER, "还没有注册")
    emu.send_text(STRANGER, "/register 路人甲 CH-99")
    listing = await emu.wait_for_message(STRANGER, "没有找到网格编号")
    assert "XF-01" in listing.content
    emu.send_text(STRANGER, "/register 路人甲 CH-01")
    await emu.wait_for_message(STRANGER, "已受理")
    await emu.wait_for_message(LABOR_CHAT, "路人甲")


async def test_non_admin_cannot_bind_a_chat(emu, app) -> None:
    emu.send_text(STRANGER, "/bind police", chat_id=POLICE_CHAT)
    await emu.wait_for_message(POLICE_CHAT, "只有管理员")


async def test_sticker_gets_an_explanation_and_location_waits_for_words(emu, app) -> None:
    await bind_chats(emu)
    await register(emu)
    emu.send_sticker(WORKER)
    await emu.wait_for_message(WORKER, "暂不支持")
    emu.send_location(WORKER, 30.5, 114.3)
    await emu.wait_for_message(WORKER, "已收到位置")
    emu.send_text(WORKER, "这里的井盖丢了，路人容易掉进去")
    ack = await emu.wait_for_message(WORKER, "已受理")
    assert "30.50000" in ack.content
