"""The offline demo's script: one working day in a street, played through the emulator.

`python bot.py --demo` starts the emulator and the real bot, then calls `play_day`, which acts
only as the people would (typing, pressing buttons) and prints what every chat sees.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
from collections.abc import Callable

from gridbot.emulator import TelegramEmulator
from gridbot.emulator.state import MessageRecord

ADMIN, WORKER, VOLUNTEER, LABOR_LEAD, POLICE_LEAD, CG_LEAD = 9001, 501, 502, 701, 702, 703
COMMAND_CHAT, LABOR_CHAT, POLICE_CHAT, CG_CHAT, SANITATION_CHAT = -1001, -1002, -1003, -1004, -1005
PEOPLE = {
    ADMIN: "指挥中心老刘",
    WORKER: "张三",
    VOLUNTEER: "李阿姨",
    LABOR_LEAD: "王队长",
    POLICE_LEAD: "赵警官",
    CG_LEAD: "孙中队长",
    # the reception roster of config/schedule.yaml: the week's duty leader hears of joint cases
    810001: "王建国",
    810002: "李红梅",
    810003: "赵志强",
    810004: "陈晓燕",
}
GROUPS = {
    COMMAND_CHAT: "指挥中心群",
    LABOR_CHAT: "劳动保障协理组群",
    POLICE_CHAT: "派出所巡防队群",
    CG_CHAT: "城管执法中队群",
    SANITATION_CHAT: "环卫所群",
}
BINDINGS = {
    COMMAND_CHAT: "command",
    LABOR_CHAT: "labor",
    POLICE_CHAT: "police",
    CG_CHAT: "chengguan",
    SANITATION_CHAT: "sanitation",
}


class Transcript:
    """Prints every message and edit once, in the order they happened, naming the chat."""

    def __init__(self, emu: TelegramEmulator, out: Callable[[str], None] = print) -> None:
        self.emu, self.out = emu, out
        self.seen: dict[tuple[int, int], int] = {}

    def chat_name(self, chat_id: int) -> str:
        return GROUPS.get(chat_id) or f"{PEOPLE.get(chat_id, chat_id)}（私聊）"

    async def follow(self) -> None:
        """Print as things happen (polled often, so the order is the order they happened in)."""
        while True:
            self.flush()
            await asyncio.sleep(0.005)

    def flush(self) -> None:
        for r in self.emu.all_messages():
            key, versions = (r.chat_id, r.message_id), len(r.history)
            if self.seen.get(key) == versions:
                continue
            edited = key in self.seen
            self.seen[key] = versions
            self.out(self.render(r, edited))

    def render(self, r: MessageRecord, edited: bool) -> str:
        where = self.chat_name(r.chat_id)
        if r.from_bot:
            head = f"[{where}] 🤖 机器人{'（修改消息）' if edited else ''}"
        else:
            who = r.data.get("from", {}).get("first_name", "?")
            head = f"[{where}] 👤 {who}"
        body = r.content or {"photo": "（照片）", "location": "（位置）"}.get(
            r.kind, f"（{r.kind}）"
        )
        if r.photo and r.content:
            body = "（照片）" + body
        buttons = "  ".join(f"[{b['text']}]" for b in r.buttons)
        lines = [head, *("    " + line for line in body.splitlines())]
        if buttons:
            lines.append("    " + buttons)
        return "\n".join(lines) + "\n"


def _buttons(emu: TelegramEmulator, chat_id: int, message_id: int) -> list[dict[str, str]]:
    record = emu.message(chat_id, message_id)
    return record.buttons if record else []


def _number(record: MessageRecord) -> str:
    found = re.search(r"\d{8}-\d{4}", record.content)
    assert found, record.content
    return found.group(0)


async def play_day(emu: TelegramEmulator, out: Callable[[str], None] = print) -> None:
    t = Transcript(emu, out)
    follower = asyncio.create_task(t.follow())
    try:
        await _script(emu, t, out)
    finally:
        follower.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await follower
        t.flush()


async def _script(emu: TelegramEmulator, t: Transcript, out: Callable[[str], None]) -> None:
    for user, name in PEOPLE.items():
        emu.add_user(user, name)
    for chat, title in GROUPS.items():
        emu.add_group(chat, title)

    def section(title: str) -> None:
        t.flush()
        out(f"======== {title} ========\n")

    section("管理员绑定工作群")
    for chat, target in BINDINGS.items():
        emu.send_text(ADMIN, f"/bind {target}", chat_id=chat)
        await emu.wait_for_message(chat, "已绑定")

    section("网格员注册")
    emu.send_text(WORKER, "/register 张三 CH-02")
    await emu.wait_for_message(WORKER, "注册成功")

    section("未注册的志愿者先上报，注册后自动登记")
    emu.send_text(VOLUNTEER, "解放路菜市场门口有人占道摆摊卖水果，三轮车堵了半条路")
    await emu.wait_for_message(VOLUNTEER, "还没有注册")
    emu.send_text(VOLUNTEER, "/register 李阿姨 DF-02 志愿者")
    vendor_ack = await emu.wait_for_message(VOLUNTEER, "已受理")
    vendor_card = await emu.wait_for_message(CG_CHAT, _number(vendor_ack))

    section("网格员上报欠薪聚集（紧急，劳资纠纷，联调联处：劳动牵头，派出所、信访协办）")
    emu.send_text(WORKER, "育才路工地二十多个工人围在项目部门口讨薪，说老板拖欠三个月工资")
    wage_ack = await emu.wait_for_message(WORKER, "已受理")
    wage_card = await emu.wait_for_message(LABOR_CHAT, _number(wage_ack))
    assist_card = await emu.wait_for_message(POLICE_CHAT, _number(wage_ack))
    await emu.wait_for_message(COMMAND_CHAT, "联调联处启动")
    emu.press_button(POLICE_LEAD, POLICE_CHAT, assist_card.message_id, text="协办接单")
    await emu.wait_for_message(LABOR_CHAT, "派出所巡防队的")

    section("劳动协理组接单并办结，报告人满意")
    emu.press_button(LABOR_LEAD, LABOR_CHAT, wage_card.message_id, text="接单")
    await emu.wait_for_message(WORKER, "接单处置")
    await emu.press_when_shown(LABOR_LEAD, LABOR_CHAT, wage_card.message_id, "办结", 10)
    await emu.wait_for_message(LABOR_CHAT, "办理结果")
    emu.send_photo(
        LABOR_LEAD,
        caption="已约谈项目负责人，承诺本周五前结清工资，工人已散去",
        chat_id=LABOR_CHAT,
    )
    rating = await emu.wait_for_message(WORKER, "满意吗")
    emu.press_button(WORKER, WORKER, rating.message_id, text="满意")
    await emu.wait_for_message(WORKER, "已结案")

    section("城管接单后发现需公安处置，转派派出所；办结后报告人不满意，重新派单")
    emu.press_button(CG_LEAD, CG_CHAT, vendor_card.message_id, text="转派")
    await emu.wait_for(lambda: len(_buttons(emu, CG_CHAT, vendor_card.message_id)) > 3)
    emu.press_button(CG_LEAD, CG_CHAT, vendor_card.message_id, text="派出所巡防队")
    police_card = await emu.wait_for_message(POLICE_CHAT, _number(vendor_ack))
    emu.press_button(POLICE_LEAD, POLICE_CHAT, police_card.message_id, text="接单")
    await emu.wait_for_message(VOLUNTEER, "接单处置")
    await emu.press_when_shown(POLICE_LEAD, POLICE_CHAT, police_card.message_id, "办结", 10)
    await emu.wait_for_message(POLICE_CHAT, "办理结果")
    emu.send_text(POLICE_LEAD, "已口头劝离", chat_id=POLICE_CHAT)
    rating = await emu.wait_for_message(VOLUNTEER, "满意吗")
    emu.press_button(VOLUNTEER, VOLUNTEER, rating.message_id, text="不满意")
    await emu.wait_for_message(POLICE_CHAT, "第1次重新派单")

    section("说不清的消息转指挥中心人工分拨")
    emu.send_text(WORKER, "小区门口那个东西又出问题了，大家都在说")
    triage = await emu.wait_for_message(COMMAND_CHAT, "请选择处置队伍")
    emu.press_button(ADMIN, COMMAND_CHAT, triage.message_id, text="环卫所")
    await emu.wait_for_message(SANITATION_CHAT, _number(triage))
    await emu.wait_for_message(WORKER, "分拨至环卫所")

    section("网格员查看自己的事件")
    emu.send_text(WORKER, "/mine")
    await emu.wait_for_message(WORKER, "未办结事件")
    emu.send_text(WORKER, f"/case {_number(wage_ack)}")
    await emu.wait_for_message(WORKER, "处理经过")
