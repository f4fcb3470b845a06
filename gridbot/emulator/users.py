"""What people do in Telegram, turned into the updates the bot receives."""

from __future__ import annotations

import copy
import secrets
from typing import Any

from gridbot.emulator.objects import BOT_USER, Chat, User, command_entities
from gridbot.emulator.state import EmulatorState, MessageRecord


class UserActions:
    """Mixin of the emulator: each action stores the user's message and queues its update."""

    state: EmulatorState

    def _sender(self, user_id: int, chat_id: int | None) -> tuple[User, Chat]:
        user = self.state.user(user_id)
        chat = self.state.chat(user_id if chat_id is None else chat_id)
        if chat.type == "private" and chat.id != user_id:
            raise ValueError(f"user {user_id} cannot write in the private chat of {chat.id}")
        if chat.type == "private":
            user.blocked = False  # writing to the bot again is how a user unblocks it
        return user, chat

    def _post(
        self, user_id: int, chat_id: int | None, kind: str, fields: dict[str, Any]
    ) -> dict[str, Any]:
        user, chat = self._sender(user_id, chat_id)
        record = self.state.store_message(chat, user, kind, fields)
        self.state.push_update("message", copy.deepcopy(record.data))
        return record.data

    def send_text(self, user_id: int, text: str, chat_id: int | None = None) -> dict[str, Any]:
        """A text message; commands get `bot_command` entities as Telegram marks them."""
        fields: dict[str, Any] = {"text": text}
        if entities := command_entities(text):
            fields["entities"] = entities
        return self._post(user_id, chat_id, "text", fields)

    def forward_text(
        self, user_id: int, text: str, origin_name: str = "某人", chat_id: int | None = None
    ) -> dict[str, Any]:
        """A text the user forwards from someone else (whose account hides the link)."""
        origin = {"type": "hidden_user", "sender_user_name": origin_name, "date": self.state.now()}
        return self._post(user_id, chat_id, "text", {"text": text, "forward_origin": origin})

    def send_photo(
        self, user_id: int, caption: str | None = None, chat_id: int | None = None
    ) -> dict[str, Any]:
        fields: dict[str, Any] = {"photo": [s.photo_size() for s in self.state.files.add_photo()]}
        if caption:
            fields["caption"] = caption
        return self._post(user_id, chat_id, "photo", fields)

    def send_location(
        self, user_id: int, latitude: float, longitude: float, chat_id: int | None = None
    ) -> dict[str, Any]:
        location = {"latitude": latitude, "longitude": longitude}
        return self._post(user_id, chat_id, "location", {"location": location})

    def send_document(
        self,
        user_id: int,
        file_name: str = "report.pdf",
        content: bytes = b"%PDF-1.4 emulator",
        caption: str | None = None,
        chat_id: int | None = None,
    ) -> dict[str, Any]:
        suffix = file_name.rsplit(".", 1)[-1]
        stored = self.state.files.add(content, "documents", suffix, file_name=file_name)
        fields: dict[str, Any] = {"document": stored.document()}
        if caption:
            fields["caption"] = caption
        return self._post(user_id, chat_id, "document", fields)

    def send_sticker(
        self, user_id: int, emoji: str = "👍", chat_id: int | None = None
    ) -> dict[str, Any]:
        stored = self.state.files.add(b"RIFF\x00\x00\x00\x00WEBP", "stickers", "webp")
        sticker = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": emoji,
        }
        return self._post(user_id, chat_id, "sticker", {"sticker": sticker})

    def send_voice(self, user_id: int, duration: int = 3, chat_id: int | None = None) -> dict:
        stored = self.state.files.add(b"OggS\x00emulator", "voice", "oga", mime_type="audio/ogg")
        voice = {**stored.document(), "duration": duration}
        return self._post(user_id, chat_id, "voice", {"voice": voice})

    def reply_to(
        self,
        user_id: int,
        chat_id: int,
        reply_to_message_id: int,
        text: str | None = None,
        photo: bool = False,
    ) -> dict[str, Any]:
        """A reply (text, photo with `text` as caption, or both) to a message in the chat."""
        target = self._existing(chat_id, reply_to_message_id)
        quoted = {k: copy.deepcopy(v) for k, v in target.data.items() if k != "reply_to_message"}
        fields: dict[str, Any] = {"reply_to_message": quoted}
        if photo:
            fields["photo"] = [s.photo_size() for s in self.state.files.add_photo()]
            if text:
                fields["caption"] = text
        elif text:
            fields["text"] = text
            if entities := command_entities(text):
                fields["entities"] = entities
        else:
            raise ValueError("a reply needs text or a photo")
        return self._post(user_id, chat_id, "photo" if photo else "text", fields)

    async def press_when_shown(
        self, user_id: int, chat_id: int, message_id: int, text: str, timeout: float = 5.0
    ) -> dict[str, Any]:
        """Press the button labelled `text` as soon as the message shows it: the edit that adds
        it (a card after 接单) may still be on its way while other chats have already heard."""

        def shown() -> bool:
            record = self.state.message(chat_id, message_id)
            return record is not None and any(b.get("text") == text for b in record.buttons)

        await self.state.wait_for(shown, timeout)
        return self.press_button(user_id, chat_id, message_id, text=text)

    def press_button(
        self,
        user_id: int,
        chat_id: int,
        message_id: int,
        callback_data: str | None = None,
        *,
        text: str | None = None,
        force: bool = False,
    ) -> dict[str, Any]:
        """Press an inline button, found by its callback_data or its `text`; returns the query.

        The button must be on the message's current keyboard unless `force` is set, so a test
        cannot press a button the user no longer sees.
        """
        user = self.state.user(user_id)
        record = self.state.message(chat_id, message_id)
        if not force:
            if record is None or record.deleted:
                raise LookupError(f"no message {message_id} in chat {chat_id}")
            button = next(
                (
                    b
                    for b in record.buttons
                    if (callback_data is None or b.get("callback_data") == callback_data)
                    and (text is None or b.get("text") == text)
                    and "callback_data" in b
                ),
                None,
            )
            if button is None:
                raise LookupError(
                    f"message {message_id} in chat {chat_id} has no button "
                    f"{callback_data or text!r}; it has {record.buttons}"
                )
            callback_data = button["callback_data"]
        if record is not None:
            message = copy.deepcopy(record.data)
        else:
            message = {"chat": self.state.chat(chat_id).to_json(), "message_id": message_id}
            message["date"] = 0  # an InaccessibleMessage
        query_id = str(secrets.randbelow(10**18))
        query = {
            "id": query_id,
            "from": user.to_json(),
            "message": message,
            "chat_instance": str(abs(chat_id) * 7919 % 10**12),
            "data": callback_data,
        }
        self.state.callback_queries[query_id] = query
        self.state.push_update("callback_query", copy.deepcopy(query))
        return query

    def edit_text(self, user_id: int, chat_id: int, message_id: int, text: str) -> dict:
        """The user edits their own text message: an `edited_message` update."""
        record = self._existing(chat_id, message_id)
        if record.from_bot or record.data["from"]["id"] != user_id or "text" not in record.data:
            raise ValueError(f"user {user_id} cannot edit message {message_id}")
        record.edits.append(record.snapshot())
        record.data.update(text=text, edit_date=self.state.now())
        record.data.pop("entities", None)
        if entities := command_entities(text):
            record.data["entities"] = entities
        self.state.push_update("edited_message", copy.deepcopy(record.data))
        return record.data

    def block_user(self, user_id: int) -> None:
        """The user blocks the bot: sends to them fail with 403 until they write again."""
        self._set_blocked(user_id, True)

    def unblock_user(self, user_id: int) -> None:
        self._set_blocked(user_id, False)

    def _set_blocked(self, user_id: int, blocked: bool) -> None:
        user = self.state.user(user_id)
        user.blocked = blocked
        bot, member = BOT_USER.to_json(), {"status": "member", "user": BOT_USER.to_json()}
        kicked = {"status": "kicked", "user": bot, "until_date": 0}
        self.state.push_update(
            "my_chat_member",
            {
                "chat": self.state.chat(user_id).to_json(),
                "from": user.to_json(),
                "date": self.state.now(),
                "old_chat_member": member if blocked else kicked,
                "new_chat_member": kicked if blocked else member,
            },
        )

    def _existing(self, chat_id: int, message_id: int) -> MessageRecord:
        record = self.state.message(chat_id, message_id)
        if record is None or record.deleted:
            raise LookupError(f"no message {message_id} in chat {chat_id}")
        return record
