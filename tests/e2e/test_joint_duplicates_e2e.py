"""Joint handling (联调联处) and duplicate reports as people see them in Telegram."""

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
LAMP = "幸福里小区3号楼门口的路灯坏了好几天了，晚上很黑"
SAME_LAMP = "幸福里小区3号楼门口路灯不亮好几天了"
OFFICER = 702
MUNICIPAL_CHAT = -1004


def labels(record) -> list[str]:
    return [b["text"] for b in record.buttons]


def number_in(text: str) -> str:
    found = re.search(r"\d{8}-\d{4}", text)
    assert found is not None, text
    return found.group(0)


async def test_joint_dispatch_reaches_every_team_and_the_lead_resolves_for_all(emu, app):
    emu.add_user(OFFICER, "李警官")
    await bind_chats(emu)
    await register(emu)
    emu.send_text(WORKER, WAGES)
    ack = await emu.wait_for_message(WORKER, "已受理")
    number = number_in(ack.content)
    assert "联调联处" in ack.content

    lead_card = await emu.wait_for_message(LABOR_CHAT, number)
    assert labels(lead_card) == ["接单", "转派", "退回"]
    assert "牵头：劳动保障协理组" in lead_card.content and "本队为牵头单位" in lead_card.content
    assist_card = await emu.wait_for_message(POLICE_CHAT, number)
    assert labels(assist_card) == ["协办接单"] and "协办" in assist_card.content
    alert = await emu.wait_for_message(COMMAND_CHAT, "联调联处启动")
    assert number in alert.content and "派出所巡防队" in alert.content

    emu.press_button(OFFICER, POLICE_CHAT, assist_card.message_id, text="协办接单")
    await emu.wait_for(
        lambda: "李警官 已于" in emu.message(POLICE_CHAT, assist_card.message_id).content
    )
    assert emu.message(POLICE_CHAT, assist_card.message_id).buttons == []
    await emu.wait_for_message(LABOR_CHAT, "派出所巡防队的李警官已接单")

    emu.press_button(LEAD, LABOR_CHAT, lead_card.message_id, text="接单")
    await emu.wait_for_message(WORKER, "接单处置")
    await emu.press_when_shown(LEAD, LABOR_CHAT, lead_card.message_id, text="办结")
    await emu.wait_for_message(LABOR_CHAT, "办理结果")
    emu.send_text(LEAD, "已协调老板当场结清工资，工人已散去", chat_id=LABOR_CHAT)
    asked = await emu.wait_for_message(WORKER, "已协调老板当场结清工资")
    assert labels(asked) == ["满意", "不满意"]
    await emu.wait_for(
        lambda: "已办结" in emu.message(POLICE_CHAT, assist_card.message_id).content
    )
    assert "已协调老板" in emu.message(POLICE_CHAT, assist_card.message_id).content

    emu.send_text(WORKER, f"/case {number}")
    timeline = await emu.wait_for_message(WORKER, "处理经过")
    assert "联调联处派单" in timeline.content and "李警官 协办接单" in timeline.content


async def lamp_case(emu: TelegramEmulator) -> str:
    emu.add_group(MUNICIPAL_CHAT, "市政维护组")
    await bind_chats(emu)
    emu.send_text(ADMIN_ID, "/bind municipal", chat_id=MUNICIPAL_CHAT)
    await emu.wait_for_message(MUNICIPAL_CHAT, "已绑定")
    await register(emu)
    await register(emu, STRANGER, "李四")
    emu.send_text(WORKER, LAMP)
    return number_in((await emu.wait_for_message(WORKER, "已受理")).content)


async def test_a_duplicate_is_merged_and_both_reporters_hear_of_the_result(emu, app):
    number = await lamp_case(emu)
    card = await emu.wait_for_message(MUNICIPAL_CHAT, number)
    emu.send_text(STRANGER, SAME_LAMP)
    question = await emu.wait_for_message(STRANGER, "很相似")
    assert labels(question) == [f"合并到 #{number}", "这是新事件"]
    assert number in question.content

    emu.press_button(STRANGER, STRANGER, question.message_id, text=f"合并到 #{number}")
    await emu.wait_for_message(STRANGER, "已合并到事件")
    await emu.wait_for(lambda: emu.message(STRANGER, question.message_id).buttons == [])
    notice = await emu.wait_for_message(MUNICIPAL_CHAT, "重复上报")
    assert "李四" in notice.content and SAME_LAMP in notice.content

    emu.press_button(LEAD, MUNICIPAL_CHAT, card.message_id, text="接单")
    await emu.wait_for_message(WORKER, "接单处置")
    await emu.press_when_shown(LEAD, MUNICIPAL_CHAT, card.message_id, text="办结")
    await emu.wait_for_message(MUNICIPAL_CHAT, "办理结果")
    emu.send_text(LEAD, "已更换灯泡，路灯恢复照明", chat_id=MUNICIPAL_CHAT)
    asked = await emu.wait_for_message(WORKER, "已更换灯泡")
    assert labels(asked) == ["满意", "不满意"]
    told = await emu.wait_for_message(STRANGER, "已更换灯泡")
    assert "您合并上报的事件" in told.content and told.buttons == []


async def test_this_is_a_new_event_opens_its_own_case(emu, app):
    number = await lamp_case(emu)
    emu.send_text(STRANGER, SAME_LAMP)
    question = await emu.wait_for_message(STRANGER, "很相似")
    merge_data = question.buttons[0]["callback_data"]
    emu.press_button(STRANGER, STRANGER, question.message_id, text="这是新事件")
    ack = await emu.wait_for_message(STRANGER, "已受理")
    other = number_in(ack.content)
    assert other != number
    await emu.wait_for_message(MUNICIPAL_CHAT, other)
    stale = emu.press_button(STRANGER, STRANGER, question.message_id, merge_data, force=True)
    answer = await emu.wait_for(lambda: emu.callback_answers(stale["id"]))
    assert "已经选择过了" in answer[0]["text"]
