"""Bot API methods about the bot itself: identity, polling, webhook, commands, chat lookups."""

from __future__ import annotations

import asyncio
import json
import re
from typing import Any

from gridbot.emulator.api import Params, api_method
from gridbot.emulator.objects import BOT_USER, ApiError, bad_request, member_json
from gridbot.emulator.state import EmulatorState

DEFAULT_UPDATES = ("message", "edited_message", "callback_query", "my_chat_member")


@api_method("getMe")
async def get_me(state: EmulatorState, p: Params) -> dict[str, Any]:
    return {**BOT_USER.to_json(), "can_join_groups": True, "can_read_all_group_messages": False}


@api_method("getUpdates")
async def get_updates(state: EmulatorState, p: Params) -> list[dict[str, Any]]:
    if state.webhook["url"]:
        raise ApiError(
            409,
            "Conflict: can't use getUpdates method while webhook is active; "
            "use deleteWebhook to delete the webhook first",
        )
    offset = p.integer("offset") or 0
    limit = min(max(p.integer("limit") or 100, 1), 100)
    timeout = min(max(p.integer("timeout") or 0, 0), 50)
    if (allowed := p.obj("allowed_updates")) is not None:
        state.allowed_updates = list(allowed)
    if offset > 0:
        state.confirm([u for u in state.updates if u["update_id"] < offset])
        state.updates = [u for u in state.updates if u["update_id"] >= offset]
    elif offset < 0:
        state.confirm(state.updates[:offset])
        state.updates = state.updates[offset:]
    # A newer getUpdates ends an older one still waiting, as on Telegram.
    state.poll_generation += 1
    generation = state.poll_generation
    state.notify()
    wanted = set(state.allowed_updates or DEFAULT_UPDATES)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        state.discarded.update(u["update_id"] for u in state.updates if not wanted & u.keys())
        state.updates = [u for u in state.updates if wanted & u.keys()]
        remaining = deadline - loop.time()
        if state.updates or state.closing or remaining <= 0:
            return state.updates[:limit]
        await state.wait_change(remaining)
        if state.poll_generation != generation:
            raise ApiError(
                409,
                "Conflict: terminated by other getUpdates request; "
                "make sure that only one bot instance is running",
            )


@api_method("setWebhook")
async def set_webhook(state: EmulatorState, p: Params) -> bool:
    if p.flag("drop_pending_updates"):
        state.confirm(state.updates)
        state.updates.clear()
    state.webhook = {
        "url": p.text("url") or "",
        "secret_token": p.text("secret_token"),
        "allowed_updates": p.obj("allowed_updates"),
    }
    return True


@api_method("deleteWebhook")
async def delete_webhook(state: EmulatorState, p: Params) -> bool:
    if p.flag("drop_pending_updates"):
        state.confirm(state.updates)
        state.updates.clear()
    state.webhook = {"url": ""}
    return True


@api_method("getWebhookInfo")
async def get_webhook_info(state: EmulatorState, p: Params) -> dict[str, Any]:
    info = {"url": state.webhook["url"], "has_custom_certificate": False}
    if state.webhook.get("allowed_updates"):
        info["allowed_updates"] = state.webhook["allowed_updates"]
    return {**info, "pending_update_count": len(state.updates)}


def _commands_key(p: Params) -> tuple[str, str]:
    scope = p.obj("scope") or {"type": "default"}
    return json.dumps(scope, sort_keys=True), p.text("language_code") or ""


@api_method("setMyCommands")
async def set_my_commands(state: EmulatorState, p: Params) -> bool:
    commands = p.obj("commands")
    if not isinstance(commands, list):
        raise bad_request("commands is empty")
    for command in commands:
        name, description = command.get("command", ""), command.get("description", "")
        if not re.fullmatch(r"[a-z0-9_]{1,32}", name) or not 1 <= len(description) <= 256:
            raise bad_request("BOT_COMMAND_INVALID")
    state.commands[_commands_key(p)] = commands
    return True


@api_method("getMyCommands")
async def get_my_commands(state: EmulatorState, p: Params) -> list[dict[str, Any]]:
    return state.commands.get(_commands_key(p), [])


@api_method("deleteMyCommands")
async def delete_my_commands(state: EmulatorState, p: Params) -> bool:
    state.commands.pop(_commands_key(p), None)
    return True


@api_method("getChat")
async def get_chat(state: EmulatorState, p: Params) -> dict[str, Any]:
    return state.chat_for_bot(p.chat_id(), sending=False).full_info()


@api_method("getChatMember")
async def get_chat_member(state: EmulatorState, p: Params) -> dict[str, Any]:
    chat = state.chat_for_bot(p.chat_id(), sending=False)
    user = state.users.get(p.integer("user_id", required=True) or 0)
    if user is None:
        raise bad_request("user not found")
    return member_json(chat, user)
