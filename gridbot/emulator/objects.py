"""Telegram Bot API objects as the real API returns them: plain JSON-ready dicts.

Only the fields aiogram's models require plus the ones the bot reads are filled in.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass, field
from typing import Any

BOT_ID = 1000
BOT_USERNAME = "gridbot_demo_bot"
BOT_FIRST_NAME = "GridBot Demo"

# A `/command` or `/command@botname` at the start of the text or after whitespace.
_COMMAND_RE = re.compile(r"(?<!\S)/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?")


class ApiError(Exception):
    """An error answer of the Bot API: `{"ok": false, "error_code": ..., "description": ...}`."""

    def __init__(self, code: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(f"{code} {description}")
        self.code = code
        self.description = description
        self.retry_after = retry_after

    def to_json(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "ok": False,
            "error_code": self.code,
            "description": self.description,
        }
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


def bad_request(detail: str) -> ApiError:
    return ApiError(400, f"Bad Request: {detail}")


@dataclass
class User:
    id: int
    first_name: str
    username: str | None = None
    is_bot: bool = False
    blocked: bool = False

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "is_bot": self.is_bot,
            "first_name": self.first_name,
        }
        if self.username:
            data["username"] = self.username
        if not self.is_bot:
            data["language_code"] = "zh-hans"
        return data


BOT_USER = User(BOT_ID, BOT_FIRST_NAME, BOT_USERNAME, is_bot=True)


@dataclass
class Chat:
    id: int
    type: str  # "private", "group" or "supergroup"
    title: str | None = None
    first_name: str | None = None
    username: str | None = None
    admins: set[int] = field(default_factory=set)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "type": self.type}
        if self.title is not None:
            data["title"] = self.title
        if self.first_name is not None:
            data["first_name"] = self.first_name
        if self.username:
            data["username"] = self.username
        return data

    def full_info(self) -> dict[str, Any]:
        """The `ChatFullInfo` object answered by getChat."""
        gift_types = ("unlimited_gifts", "limited_gifts", "unique_gifts", "premium_subscription")
        return {
            **self.to_json(),
            "accent_color_id": 0,
            "max_reaction_count": 11,
            "accepted_gift_types": {
                **dict.fromkeys(gift_types, False),
                "gifts_from_channels": False,
            },
        }

    @property
    def is_group(self) -> bool:
        return self.type in ("group", "supergroup")


def member_json(chat: Chat, user: User) -> dict[str, Any]:
    """The `ChatMember` object answered by getChatMember."""
    if chat.type == "private" or user.id not in chat.admins:
        return {"status": "member", "user": user.to_json()}
    rights = [
        "can_manage_chat",
        "can_delete_messages",
        "can_manage_video_chats",
        "can_restrict_members",
        "can_change_info",
        "can_invite_users",
        "can_post_stories",
        "can_edit_stories",
        "can_delete_stories",
        "can_pin_messages",
        "can_send_welcome_messages",
    ]
    return {
        "status": "administrator",
        "user": user.to_json(),
        "can_be_edited": False,
        "is_anonymous": False,
        "can_promote_members": False,
        **dict.fromkeys(rights, True),
    }


def utf16_len(text: str) -> int:
    """Telegram measures entity offsets and lengths in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def command_entities(text: str) -> list[dict[str, Any]]:
    """`bot_command` entities for every command in `text`, as Telegram marks them."""
    return [
        {
            "type": "bot_command",
            "offset": utf16_len(text[: match.start()]),
            "length": utf16_len(match.group()),
        }
        for match in _COMMAND_RE.finditer(text)
    ]


def new_file_ids() -> tuple[str, str]:
    """A fresh (file_id, file_unique_id) pair shaped like Telegram's."""
    return "AgACAgUAAxk" + secrets.token_urlsafe(36), "AQAD" + secrets.token_urlsafe(9)


def inline_rows(markup: dict[str, Any] | None) -> list[list[dict[str, Any]]]:
    """The rows of an inline keyboard, each button reduced to its text and action."""
    if not markup or "inline_keyboard" not in markup:
        return []
    return [
        [
            {
                key: value
                for key, value in button.items()
                if key in ("text", "callback_data", "url")
            }
            for button in row
        ]
        for row in markup["inline_keyboard"]
    ]


def validate_inline_keyboard(markup: dict[str, Any]) -> None:
    """Refuse keyboards Telegram would refuse; the bot's keyboards must pass these checks."""
    rows = markup.get("inline_keyboard")
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request(
            'field "inline_keyboard" of the InlineKeyboardMarkup should be an Array of Arrays'
        )
    actions = ("callback_data", "url", "switch_inline_query", "web_app", "login_url", "pay")
    for row in rows:
        for button in row:
            if not isinstance(button, dict) or not button.get("text"):
                raise bad_request("can't parse inline keyboard button: Text is empty")
            if not any(key in button for key in actions):
                raise bad_request(
                    "can't parse inline keyboard button: "
                    "Text buttons are unallowed in the inline keyboard"
                )
            data = button.get("callback_data")
            if data is not None and not 1 <= len(str(data).encode()) <= 64:
                raise bad_request("BUTTON_DATA_INVALID")
