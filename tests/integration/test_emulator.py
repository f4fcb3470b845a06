"""The Telegram emulator, driven by the real aiogram client over HTTP."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import aiohttp
import pytest
from aiogram import Bot, Dispatcher
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramConflictError,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramRetryAfter,
)
from aiogram.filters import CommandStart
from aiogram.types import (
    BufferedInputFile,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputMediaPhoto,
    Message,
)

from gridbot.emulator import BOT_ID, TelegramEmulator

WORKER = 42
GROUP = -1001234567890
TOKEN = "1000:EMULATOR-TEST-TOKEN"


def keyboard(*buttons: tuple[str, str]) -> InlineKeyboardMarkup:
    rows = [[InlineKeyboardButton(text=text, callback_data=data)] for text, data in buttons]
    return InlineKeyboardMarkup(inline_keyboard=rows)


@pytest.fixture
async def emu() -> AsyncIterator[TelegramEmulator]:
    async with TelegramEmulator(token=TOKEN) as emulator:
        emulator.add_user(WORKER, "张三", "zhangsan")
        emulator.add_group(GROUP, "消防队", admins=(WORKER,))
        yield emulator


@pytest.fixture
async def bot(emu: TelegramEmulator) -> AsyncIterator[Bot]:
    session = AiohttpSession(api=TelegramAPIServer.from_base(emu.base_url))
    bot = Bot(TOKEN, session=session)
    yield bot
    await bot.session.close()


async def test_get_me_describes_the_demo_bot(bot: Bot) -> None:
    me = await bot.get_me()

    assert (me.id, me.username, me.is_bot) == (BOT_ID, "gridbot_demo_bot", True)


async def test_sent_message_is_recorded_with_its_inline_keyboard(
    emu: TelegramEmulator, bot: Bot
) -> None:
    sent = await bot.send_message(
        WORKER, "<b>新事件</b> 井盖缺失", parse_mode="HTML", reply_markup=keyboard(("接单", "a:1"))
    )

    assert sent.text == "新事件 井盖缺失"
    assert sent.reply_markup.inline_keyboard[0][0].callback_data == "a:1"
    [record] = emu.messages(WORKER)
    assert (record.message_id, record.kind, record.content) == (sent.message_id, "text", sent.text)
    assert record.reply_markup == [[{"text": "接单", "callback_data": "a:1"}]]


async def test_message_ids_increase_per_chat(emu: TelegramEmulator, bot: Bot) -> None:
    first = await bot.send_message(WORKER, "一")
    second = await bot.send_message(WORKER, "二")
    in_group = await bot.send_message(GROUP, "三")

    assert (first.message_id, second.message_id, in_group.message_id) == (1, 2, 1)


async def test_edit_keeps_history_and_an_identical_edit_is_refused(
    emu: TelegramEmulator, bot: Bot
) -> None:
    sent = await bot.send_message(WORKER, "待接单", reply_markup=keyboard(("接单", "a:1")))

    edited = await bot.edit_message_text("已接单", chat_id=WORKER, message_id=sent.message_id)

    assert edited.edit_date is not None and edited.reply_markup is None
    record = emu.last_message(WORKER)
    assert record.history == ["待接单", "已接单"] and record.reply_markup == []
    with pytest.raises(TelegramBadRequest, match="message is not modified"):
        await bot.edit_message_text("已接单", chat_id=WORKER, message_id=sent.message_id)
    with pytest.raises(TelegramBadRequest, match="message to edit not found"):
        await bot.edit_message_text("x", chat_id=WORKER, message_id=999)


async def test_uploaded_photo_can_be_fetched_back_by_its_file_id(
    emu: TelegramEmulator, bot: Bot
) -> None:
    upload = BufferedInputFile(b"\xff\xd8 photo bytes", filename="scene.jpg")

    sent = await bot.send_photo(GROUP, upload, caption="现场照片")

    assert sent.caption == "现场照片" and len(sent.photo) == 2
    file = await bot.get_file(sent.photo[-1].file_id)
    downloaded = await bot.download_file(file.file_path)
    assert downloaded.read() == b"\xff\xd8 photo bytes"
    assert emu.last_message(GROUP).photo == sent.photo[-1].file_id


async def test_media_group_resolves_attach_references_and_file_ids(
    emu: TelegramEmulator, bot: Bot
) -> None:
    photo_id = emu.send_photo(WORKER, caption="井盖")["photo"][-1]["file_id"]
    media = [
        InputMediaPhoto(media=BufferedInputFile(b"new", "a.jpg"), caption="一"),
        InputMediaPhoto(media=photo_id),
    ]

    album = await bot.send_media_group(GROUP, media)

    assert len({m.media_group_id for m in album}) == 1
    assert album[1].photo[-1].file_id == photo_id
    assert [r.caption for r in emu.messages(GROUP)] == ["一", None]


async def test_long_poll_waits_for_an_injected_message_and_then_a_button_press(
    emu: TelegramEmulator, bot: Bot
) -> None:
    sent = await bot.send_message(WORKER, "请确认", reply_markup=keyboard(("确认", "ok:7")))
    poll = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.1)
    assert not poll.done()

    emu.send_text(WORKER, "/register 张三 XF-01")
    [update] = await poll
    assert update.message.text == "/register 张三 XF-01"
    assert update.message.entities[0].type == "bot_command"
    assert update.message.entities[0].length == len("/register")

    query = emu.press_button(WORKER, WORKER, sent.message_id, "ok:7")
    [press] = await bot.get_updates(offset=update.update_id + 1, timeout=5)
    assert press.callback_query.data == "ok:7"
    assert press.callback_query.message.message_id == sent.message_id
    await bot.answer_callback_query(press.callback_query.id, text="已确认")
    assert emu.callback_answers(query["id"])[0]["text"] == "已确认"


async def test_confirmed_updates_are_not_delivered_again(emu: TelegramEmulator, bot: Bot) -> None:
    emu.send_text(WORKER, "一")
    emu.send_text(WORKER, "二")

    first = await bot.get_updates(limit=1)
    rest = await bot.get_updates(offset=first[0].update_id + 1, timeout=0)

    assert [u.message.text for u in first + rest] == ["一", "二"]
    assert [u["update_id"] for u in emu.pending_updates] == [rest[0].update_id]


async def test_group_commands_name_the_bot_and_admins_are_reported(
    emu: TelegramEmulator, bot: Bot
) -> None:
    message = emu.send_text(WORKER, "/bind@gridbot_demo_bot police", chat_id=GROUP)

    assert message["entities"] == [{"type": "bot_command", "offset": 0, "length": 22}]
    assert (await bot.get_chat_member(GROUP, WORKER)).status == "administrator"
    emu.add_user(43, "李四")
    assert (await bot.get_chat_member(GROUP, 43)).status == "member"


async def test_pressing_a_button_that_is_not_on_the_message_is_refused(
    emu: TelegramEmulator, bot: Bot
) -> None:
    sent = await bot.send_message(WORKER, "请确认", reply_markup=keyboard(("确认", "ok:7")))

    with pytest.raises(LookupError):
        emu.press_button(WORKER, WORKER, sent.message_id, "no:7")
    assert emu.press_button(WORKER, WORKER, sent.message_id, "no:7", force=True)["data"] == "no:7"


async def test_injected_429_surfaces_as_retry_after(emu: TelegramEmulator, bot: Bot) -> None:
    emu.inject_fault("sendMessage", "429", retry_after=3)

    with pytest.raises(TelegramRetryAfter) as raised:
        await bot.send_message(WORKER, "x")

    assert raised.value.retry_after == 3
    assert (await bot.send_message(WORKER, "y")).text == "y"  # the fault was used up
    assert emu.counters()["429_total"] == 1


async def test_a_lost_response_still_delivers_the_message(emu: TelegramEmulator, bot: Bot) -> None:
    emu.inject_fault("sendMessage", "lost_response")

    with pytest.raises(TelegramNetworkError):
        await bot.send_message(WORKER, "送达了吗")

    assert [r.content for r in emu.messages(WORKER)] == ["送达了吗"]


async def test_rate_limits_answer_429_to_a_second_message_in_the_same_second(
    emu: TelegramEmulator, bot: Bot
) -> None:
    emu.enforce_limits(per_chat_per_s=1)
    await bot.send_message(WORKER, "一")

    with pytest.raises(TelegramRetryAfter):
        await bot.send_message(WORKER, "二")

    assert await bot.send_message(GROUP, "另一个群")
    assert emu.counters()["429_limit"] == 1


async def test_sending_to_an_unknown_chat_is_a_bad_request(bot: Bot) -> None:
    with pytest.raises(TelegramBadRequest, match="chat not found"):
        await bot.send_message(777, "有人吗")


async def test_a_user_who_blocked_the_bot_cannot_be_sent_to(
    emu: TelegramEmulator, bot: Bot
) -> None:
    emu.block_user(WORKER)

    with pytest.raises(TelegramForbiddenError, match="bot was blocked by the user"):
        await bot.send_message(WORKER, "提醒")


@pytest.mark.parametrize("html", ["<b>未闭合", "水管<漏水>", "<div>块</div>"])
async def test_html_telegram_cannot_parse_is_refused(bot: Bot, html: str) -> None:
    with pytest.raises(TelegramBadRequest, match="can't parse entities"):
        await bot.send_message(WORKER, html, parse_mode="HTML")


async def test_a_user_reply_quotes_the_bot_message(emu: TelegramEmulator, bot: Bot) -> None:
    asked = await bot.send_message(WORKER, "请补充照片")

    reply = emu.reply_to(WORKER, WORKER, asked.message_id, text="已拍", photo=True)

    [update] = await bot.get_updates()
    assert update.message.reply_to_message.text == "请补充照片"
    assert (update.message.caption, reply["message_id"]) == ("已拍", asked.message_id + 1)


async def test_an_active_webhook_makes_get_updates_a_conflict(bot: Bot) -> None:
    await bot.set_webhook("https://gridbot.example/hook")

    with pytest.raises(TelegramConflictError):
        await bot.get_updates()
    assert (await bot.get_webhook_info()).url == "https://gridbot.example/hook"


async def test_stopping_the_emulator_releases_a_waiting_long_poll(
    emu: TelegramEmulator, bot: Bot
) -> None:
    poll = asyncio.create_task(bot.get_updates(timeout=30))
    await asyncio.sleep(0.1)

    await asyncio.wait_for(emu.stop(), timeout=2)

    assert await poll == []


async def test_raw_http_speaks_the_bot_api_protocol(emu: TelegramEmulator) -> None:
    async with aiohttp.ClientSession(emu.base_url) as http:
        async with http.post(f"/bot{TOKEN}/SENDMESSAGE", json={"chat_id": 42, "text": "hi"}) as r:
            assert (r.status, (await r.json())["result"]["text"]) == (200, "hi")
        async with http.get(f"/bot{TOKEN}/noSuchMethod") as r:
            assert (r.status, await r.json()) == (
                404,
                {"ok": False, "error_code": 404, "description": "Not Found: method not found"},
            )
        async with http.get("/bot1:wrong/getMe") as r:
            assert r.status == 401


async def test_control_endpoints_drive_the_emulator_over_http(emu: TelegramEmulator) -> None:
    async with aiohttp.ClientSession(emu.base_url) as http:
        await http.post("/_emu/add_user", json={"user_id": 7, "first_name": "王五"})
        async with http.post("/_emu/send_text", json={"user_id": 7, "text": "/start"}) as r:
            assert (await r.json())["result"]["chat"]["id"] == 7
        await http.post(f"/bot{TOKEN}/sendMessage", data={"chat_id": "7", "text": "欢迎"})
        async with http.get("/_emu/messages", params={"chat_id": "7"}) as r:
            [message] = (await r.json())["result"]
    assert (message["message_id"], message["content"]) == (2, "欢迎")
    assert len(emu.pending_updates) == 1


async def test_dispatcher_polling_answers_an_injected_start_command(
    emu: TelegramEmulator, bot: Bot
) -> None:
    dispatcher = Dispatcher()

    @dispatcher.message(CommandStart())
    async def cmd_start(message: Message) -> None:
        await message.answer(f"欢迎, {message.from_user.first_name}")

    polling = asyncio.create_task(
        dispatcher.start_polling(bot, handle_signals=False, polling_timeout=1)
    )
    emu.send_text(WORKER, "/start")

    reply = await emu.wait_for_message(WORKER, "欢迎", timeout=5)

    assert reply.content == "欢迎, 张三"
    await dispatcher.stop_polling()
    await asyncio.wait_for(polling, timeout=5)
