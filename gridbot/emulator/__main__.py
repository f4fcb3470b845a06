"""Run the emulator on its own: `python -m gridbot.emulator --user 42:张三 --group=-100:消防队`.

Point a bot at it with `TelegramAPIServer.from_base("http://127.0.0.1:8081")` and drive it
through the `/_emu/...` control endpoints (e.g. `POST /_emu/send_text`).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging

from gridbot.emulator.emulator import TelegramEmulator
from gridbot.redact import install_log_redaction

log = logging.getLogger("gridbot.emulator")


def _pair(value: str) -> tuple[int, str]:
    chat_id, _, name = value.partition(":")
    return int(chat_id), name or chat_id


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m gridbot.emulator", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8081)
    parser.add_argument("--token", help="accept only this bot token (default: any)")
    parser.add_argument("--user", action="append", type=_pair, default=[], help="ID:NAME")
    parser.add_argument("--group", action="append", type=_pair, default=[], help="-ID:TITLE")
    parser.add_argument("--limits", action="store_true", help="enforce Telegram's flood limits")
    return parser.parse_args(argv)


async def serve(args: argparse.Namespace) -> None:
    emulator = TelegramEmulator(args.host, args.port, args.token)
    for user_id, name in args.user:
        emulator.add_user(user_id, name)
    for chat_id, title in args.group:
        emulator.add_group(chat_id, title)
    if args.limits:
        emulator.enforce_limits()
    async with emulator:
        log.info("Telegram emulator listening on %s", emulator.base_url)
        await asyncio.Event().wait()  # until interrupted


def main(argv: list[str] | None = None) -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    install_log_redaction()  # the access log shows /bot<token>/ paths
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(parse_args(argv)))


if __name__ == "__main__":
    main()
