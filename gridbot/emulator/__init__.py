"""A local stand-in for the Telegram Bot API, for tests and the offline demo.

The real aiogram bot talks to it over HTTP exactly as to api.telegram.org::

    async with TelegramEmulator() as emu:
        emu.add_user(42, "张三")
        session = AiohttpSession(api=TelegramAPIServer.from_base(emu.base_url))
        ...
        emu.send_text(42, "/start")
        await emu.wait_for_message(42, "欢迎")

This package never imports aiogram.
"""

from gridbot.emulator.emulator import TelegramEmulator
from gridbot.emulator.faults import FAULT_KINDS, Fault
from gridbot.emulator.objects import BOT_ID, BOT_USERNAME, ApiError
from gridbot.emulator.server import RequestRecord
from gridbot.emulator.state import MessageRecord

__all__ = [
    "BOT_ID",
    "BOT_USERNAME",
    "FAULT_KINDS",
    "ApiError",
    "Fault",
    "MessageRecord",
    "RequestRecord",
    "TelegramEmulator",
]
