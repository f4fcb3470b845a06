"""Handler fuzzing through the emulator: hundreds of random, broken and hostile updates.

Stickers, voice, documents, odd locations, blank, huge and control-character text, forwarded
and edited messages, malformed commands and arguments, admin commands from non-admins, forged
and tampered callback data, presses from chats that are not the case's, replayed old buttons.
Each one is refused (a reply or a popup) or ignored: no case changes, no binding changes, no
message of the bot is altered, every button press is answered and no exception escapes.
The only new cases are the registered worker's own plain reports, which is what they are.

Seeded (GRIDBOT_FUZZ_SEED, default 7) so a failure can be replayed exactly.
"""

from __future__ import annotations

import asyncio
import logging
import os
import random
import re
import string
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from bot import App
from gridbot.db.models import Case, CaseEvent, ChatBinding, Member, OutboxMessage
from gridbot.emulator import TelegramEmulator
from gridbot.settings import Settings
from handlers import texts
from tests.conftest import ADMIN_ID, CONFIG_DIR
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

SEED = int(os.environ.get("GRIDBOT_FUZZ_SEED", "7"))
STEPS = 400
NOISE = "春晖小区工地井盖讨薪火灾漏水占道 abcXYZ 0123 😀🔥 ،؟ \u202e\u200b\t"
GROUPS = (COMMAND_CHAT, LABOR_CHAT, POLICE_CHAT)
COMMANDS = [
    "/case",
    "/case xyz",
    "/case 99999999-9999",
    "/case #' OR 1=1 --",
    "/case " + "9" * 5000,
    "/register",
    "/register 张三",
    "/register a b c d e f",
    "/register 李四 NOPE-99",
    "/register 王五 XF-01 皇帝",
    "/bind",
    "/bind junk",
    "/bind ../../etc/passwd",
    "/bind labor",
    "/bind command",
    "/mine@some_other_bot",
    "/mine extra args",
    "/start deep-link-payload",
    "/drop_table",
    "/",
    "/help " + "x" * 3000,
]
TEAM_ACTS = ["a", "tm", "t", "r", "s", "b", "g"]
REPORTER_ACTS = ["ok", "no", "w", "cm", "c", "cb"]


@pytest.fixture
async def app(emu: TelegramEmulator, tmp_path: Path) -> AsyncIterator[App]:
    settings = Settings(
        telegram_token="123456:FUZZ-TOKEN",
        telegram_api_base=emu.base_url,
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'fuzz.db'}",
        admin_ids=[ADMIN_ID],
        config_dir=CONFIG_DIR,
        data_dir=tmp_path,
        outbox_chat_per_s=0,  # the worker's many acknowledgements need not take a minute
        outbox_group_per_min=0,
        flood_reports_per_minute=0,
    )
    application = await App.create(settings)
    await application.start()
    yield application
    await application.stop()


def noise(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(NOISE + string.printable) for _ in range(n))


class Fuzzer:
    """Makes one random hostile update per step and remembers what to expect."""

    def __init__(self, emu: TelegramEmulator, rng: random.Random, cards: dict[int, Any]) -> None:
        self.emu, self.rng, self.cards = emu, rng, cards
        self.queries: list[str] = []
        self.worker_reports = 0  # plain reports by the registered worker: real cases
        self.user_messages: list[tuple[int, int, int]] = []  # (user, chat, message id)

    def step(self) -> None:
        kind = self.rng.choice(
            ["private", "private", "group", "command", "edit", "forward", "press", "press"]
        )
        getattr(self, f"do_{kind}")()

    def _remember(self, user: int, message: dict[str, Any]) -> None:
        self.user_messages.append((user, message["chat"]["id"], message["message_id"]))

    def do_private(self) -> None:
        rng, emu = self.rng, self.emu
        user = rng.choice([WORKER, STRANGER, LEAD])
        what = rng.choice(["sticker", "voice", "document", "location", "blank", "huge", "noise"])
        if what == "sticker":
            emu.send_sticker(user, rng.choice(["👍", "💣", ""]) or "🙂")
        elif what == "voice":
            emu.send_voice(user, duration=rng.randint(0, 3600))
        elif what == "document":
            emu.send_document(user, file_name=noise(rng, 8) + ".exe", content=os.urandom(64))
        elif what == "location":
            emu.send_location(user, rng.uniform(-90, 90), rng.uniform(-180, 180))
        elif what == "blank":
            emu.send_text(user, rng.choice([" ", "\n\t ", "\u3000"]))
        else:
            text = noise(
                rng, rng.randint(10_000, 20_000) if what == "huge" else rng.randint(1, 200)
            )
            if text.strip().startswith("/"):
                text = "x" + text
            self._remember(user, emu.send_text(user, text))
            self.worker_reports += user == WORKER and bool(text.strip())

    def do_group(self) -> None:
        rng = self.rng
        chat, user = rng.choice(GROUPS), rng.choice([STRANGER, LEAD, WORKER])
        if rng.random() < 0.3:
            self.emu.send_sticker(user, chat_id=chat)
        else:
            self._remember(user, self.emu.send_text(user, noise(rng, 50), chat_id=chat))

    def do_command(self) -> None:
        rng = self.rng
        text = rng.choice(COMMANDS)
        user = rng.choice([STRANGER, LEAD, WORKER, ADMIN_ID])
        in_group = rng.random() < 0.5
        if user == ADMIN_ID:
            # an admin's valid /bind would rightly rebind: admins get only broken ones
            if text.startswith("/bind") and text.split()[-1] in ("labor", "command"):
                text = "/bind nosuchteam"
            in_group = in_group or text.startswith("/bind")
        if user == WORKER and text.startswith("/register") and "XF-01" in text:
            text = "/register"  # a valid re-registration is legitimate, not hostile
        chat = rng.choice(GROUPS) if in_group else None
        self.emu.send_text(user, text, chat_id=chat)

    def do_edit(self) -> None:
        if not self.user_messages:
            return self.do_private()
        user, chat, message_id = self.rng.choice(self.user_messages)
        record = self.emu.message(chat, message_id)
        if record is None or "text" not in record.data:
            return None
        self.emu.edit_text(user, chat, message_id, noise(self.rng, 30))
        return None

    def do_forward(self) -> None:
        user = self.rng.choice([WORKER, STRANGER])
        chat = self.rng.choice([None, *GROUPS])
        text = noise(self.rng, 60).lstrip("/") or "转发"
        self.emu.forward_text(user, text, chat_id=chat)
        self.worker_reports += user == WORKER and chat is None and bool(text.strip())

    def do_press(self) -> None:
        rng, emu = self.rng, self.emu
        chat = rng.choice([*GROUPS, WORKER, STRANGER])
        on_message = [m for m in emu.messages(chat) if not m.deleted]
        with_buttons = [m for m in emu.all_messages() if m.from_bot and m.buttons]
        if with_buttons and rng.random() < 0.5:  # cards and acknowledgements: juicy targets
            target = rng.choice(with_buttons)
            chat, message_id = target.chat_id, target.message_id
        elif on_message and rng.random() < 0.8:
            message_id = rng.choice(on_message).message_id
        else:
            message_id = rng.randint(1, 10_000)  # a message that does not exist
        presser = rng.choice([STRANGER, LEAD, WORKER])
        data = self._callback_data(chat, presser)
        query = emu.press_button(presser, chat, message_id, data, force=True)
        self.queries.append(query["id"])

    def _callback_data(self, chat: int, presser: int) -> str:
        rng = self.rng
        style = rng.choice(["garbage", "team", "team", "reporter", "replay"])
        case_id = rng.choice([*self.cards, 0, -1, 999_999])
        current = self.cards.get(case_id)
        if style == "garbage":
            return rng.choice(
                [
                    noise(rng, rng.randint(0, 64)),
                    "c:",
                    "c:a",
                    "c:a:x:y:",
                    "c:zz:1:1:",
                    "c:a:1:1:" + "x" * 60,
                    "c:a:1.5:1:",
                    "\x00\x01",
                ]
            )
        if style == "reporter" and presser != WORKER:
            act = rng.choice(REPORTER_ACTS)
            return f"c:{act}:{case_id}:0:{rng.choice(['fire', 'labor', 'junk', ''])}"
        if style == "replay" and current is not None and current["old"]:
            return rng.choice(current["old"])
        act = rng.choice(TEAM_ACTS)
        seq = rng.randint(0, 4)
        if current is not None and chat == current["chat"] and seq == current["seq"]:
            seq += 1  # a press that would be legitimate is not hostile
        arg = rng.choice(["labor", "police", "fire", "junk", "", "command"])
        return f"c:{act}:{case_id}:{seq}:{arg}"


async def snapshot(app: App, emu: TelegramEmulator) -> dict[str, Any]:
    async with app.ctx.uow() as session:
        cases = [
            (
                c.id,
                c.status,
                c.dispatch_seq,
                c.team_code,
                c.dispatch_chat_id,
                c.accepted_by,
                c.category,
                c.closed_at,
            )
            for c in await session.scalars(select(Case).order_by(Case.id))
        ]
        events = await session.scalar(select(func.count()).select_from(CaseEvent))
        bindings = sorted(
            (b.target, b.chat_id) for b in await session.scalars(select(ChatBinding))
        )
        members = sorted(
            (m.telegram_id, m.name, m.grid_code, m.role)
            for m in await session.scalars(select(Member))
        )
    messages = {
        (m.chat_id, m.message_id): (m.content, m.reply_markup)
        for m in emu.all_messages()
        if m.from_bot
    }
    return {
        "cases": cases,
        "events": events,
        "bindings": bindings,
        "members": members,
        "messages": messages,
    }


async def settle(app: App, emu: TelegramEmulator) -> None:
    async def outbox_empty() -> bool:
        async with app.ctx.uow() as session:
            left = await session.scalar(
                select(func.count())
                .select_from(OutboxMessage)
                .where(OutboxMessage.status.in_(["pending", "sending"]))
            )
        return left == 0

    await emu.wait_for(lambda: not emu.unfinished_updates(), timeout=30)
    deadline = time.monotonic() + 30
    while not await outbox_empty():
        assert time.monotonic() < deadline, "the outbox did not drain"
        await asyncio.sleep(0.05)


def card_of(emu: TelegramEmulator, chat: int, number: str) -> dict[str, Any]:
    record = next(m for m in emu.messages(chat) if number in m.history[0])
    data = [b["callback_data"] for b in record.buttons]
    case_id, seq = map(int, data[0].split(":")[2:4])
    return {"id": case_id, "chat": chat, "seq": seq, "record": record, "data": data}


async def make_cases(emu: TelegramEmulator) -> dict[int, dict[str, Any]]:
    """Case A: dispatched to labour, transferred to the police, accepted there.
    Case B: dispatched to labour, waiting. Both with old buttons to replay."""
    await bind_chats(emu)
    await register(emu)
    numbers = []
    # two small wage claims: one team each (a crowd would make a joint case with several cards)
    for text in ("春晖小区工地三个工人说老板拖欠工资", "幸福里超市老板拖欠两名店员上个月的工钱"):
        sent = emu.send_text(WORKER, text)
        ack = await emu.wait_for_message(WORKER, "已受理", after=sent["message_id"])
        numbers.append(re.search(r"\d{8}-\d{4}", ack.content)[0])
    for number in numbers:
        await emu.wait_for_message(LABOR_CHAT, number)
    a_labor = card_of(emu, LABOR_CHAT, numbers[0])
    emu.press_button(LEAD, LABOR_CHAT, a_labor["record"].message_id, text="转派")
    await emu.wait_for(
        lambda: (
            "派出所巡防队" in str(emu.message(LABOR_CHAT, a_labor["record"].message_id).buttons)
        )
    )
    emu.press_button(LEAD, LABOR_CHAT, a_labor["record"].message_id, text="派出所巡防队")
    await emu.wait_for_message(POLICE_CHAT, numbers[0])
    a_police = card_of(emu, POLICE_CHAT, numbers[0])
    emu.press_button(LEAD, POLICE_CHAT, a_police["record"].message_id, text="接单")
    await emu.wait_for(
        lambda: "办结" in str(emu.message(POLICE_CHAT, a_police["record"].message_id).buttons)
    )
    b_labor = card_of(emu, LABOR_CHAT, numbers[1])
    return {
        a_police["id"]: {"chat": POLICE_CHAT, "seq": 2, "old": a_labor["data"] + a_police["data"]},
        b_labor["id"]: {"chat": LABOR_CHAT, "seq": 1, "old": []},
    }


async def test_random_hostile_updates_are_refused_or_ignored_and_change_nothing(
    emu: TelegramEmulator, app: App, caplog: pytest.LogCaptureFixture
) -> None:
    cards = await make_cases(emu)
    await settle(app, emu)
    before = await snapshot(app, emu)
    caplog.set_level(logging.WARNING)
    started = time.monotonic()

    fuzzer = Fuzzer(emu, random.Random(SEED), cards)
    for i in range(STEPS):
        fuzzer.step()
        if i % 25 == 24:
            await settle(app, emu)  # in waves, as people would send them
    await settle(app, emu)
    elapsed = time.monotonic() - started
    after = await snapshot(app, emu)

    failures = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert failures == [], [r.getMessage()[:300] for r in failures]
    assert not [q for q in fuzzer.queries if not emu.callback_answers(q)], "unanswered presses"
    assert after["cases"][: len(before["cases"])] == before["cases"]  # the cases did not move
    assert after["bindings"] == before["bindings"] and after["members"] == before["members"]
    changed = [
        key for key, value in before["messages"].items() if after["messages"].get(key) != value
    ]
    assert changed == [], "forged presses altered the bot's messages"
    new_cases = after["cases"][len(before["cases"]) :]
    assert len(new_cases) == fuzzer.worker_reports  # only the worker's own real reports
    bot_texts = [m.content for m in emu.all_messages() if m.from_bot]
    assert not [t for t in bot_texts if t == texts.ERROR or "Traceback" in t]
    assert elapsed < 60, f"fuzzing took {elapsed:.1f}s"
