"""Bot API methods that send, edit and delete messages, and answer button presses."""

from __future__ import annotations

from typing import Any

from gridbot.emulator.api import Params, api_method
from gridbot.emulator.formatting import plain_text
from gridbot.emulator.objects import (
    BOT_USER,
    bad_request,
    utf16_len,
    validate_inline_keyboard,
)
from gridbot.emulator.state import EmulatorState, MessageRecord

NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly "
    "the same as a current content and reply markup of the message"
)
QUERY_TOO_OLD = "query is too old and response timeout expired or query ID is invalid"
CHAT_ACTIONS = {
    "typing",
    "upload_photo",
    "record_video",
    "upload_video",
    "record_voice",
    "upload_voice",
    "upload_document",
    "choose_sticker",
    "find_location",
    "record_video_note",
    "upload_video_note",
}


def message_text(p: Params, name: str, limit: int, required: bool) -> str | None:
    raw = p.text(name)
    if raw is None or not raw.strip():
        if required:
            raise bad_request("message text is empty")
        return None
    text = plain_text(raw, p.text("parse_mode"))
    if utf16_len(text) > limit:
        raise bad_request(
            "message is too long" if name == "text" else "message caption is too long"
        )
    return text


def send(
    state: EmulatorState, p: Params, kind: str, fields: dict[str, Any], method: str
) -> MessageRecord:
    """Store a message the bot sends, with its keyboard and the message it replies to."""
    chat = state.chat_for_bot(p.chat_id())
    markup = p.obj("reply_markup")
    if isinstance(markup, dict) and "inline_keyboard" in markup:
        validate_inline_keyboard(markup)
        fields["reply_markup"] = markup
    reply = p.obj("reply_parameters") or {}
    reply_to = reply.get("message_id") or p.integer("reply_to_message_id")
    if reply_to:
        target = state.message(chat.id, int(reply_to))
        if target is not None and not target.deleted:
            fields["reply_to_message"] = {
                k: v for k, v in target.data.items() if k != "reply_to_message"
            }
        elif not (
            reply.get("allow_sending_without_reply") or p.flag("allow_sending_without_reply")
        ):
            raise bad_request("message to be replied not found")
    record = state.store_message(chat, BOT_USER, kind, fields, method)
    if isinstance(markup, dict) and "inline_keyboard" not in markup:
        record.reply_keyboard = markup
    return record


@api_method("sendMessage")
async def send_message(state: EmulatorState, p: Params) -> dict[str, Any]:
    text = message_text(p, "text", 4096, required=True)
    return send(state, p, "text", {"text": text}, "sendMessage").data


def _message_to_edit(state: EmulatorState, p: Params) -> MessageRecord:
    if p.text("inline_message_id"):
        raise bad_request("inline messages are not supported by the emulator")
    chat = state.chat_for_bot(p.chat_id())
    record = state.message(chat.id, p.integer("message_id", required=True) or 0)
    if record is None or record.deleted:
        raise bad_request("message to edit not found")
    if not record.from_bot:
        raise bad_request("message can't be edited")
    return record


def _edit(
    state: EmulatorState, record: MessageRecord, p: Params, changes: dict[str, Any]
) -> dict[str, Any]:
    markup = p.obj("reply_markup")
    if markup is not None:
        validate_inline_keyboard(markup)
    unchanged = all(record.data.get(key) == value for key, value in changes.items())
    if unchanged and markup == record.data.get("reply_markup"):
        raise bad_request(NOT_MODIFIED)
    record.edits.append(record.snapshot())
    for key, value in changes.items():
        if value is None:
            record.data.pop(key, None)
        else:
            record.data[key] = value
    if markup is None:
        record.data.pop("reply_markup", None)
    else:
        record.data["reply_markup"] = markup
    record.data["edit_date"] = state.now()
    state.notify()
    return record.data


@api_method("editMessageText")
async def edit_message_text(state: EmulatorState, p: Params) -> dict[str, Any]:
    record = _message_to_edit(state, p)
    if "text" not in record.data:
        raise bad_request("there is no text in the message to edit")
    text = message_text(p, "text", 4096, required=True)
    return _edit(state, record, p, {"text": text})


@api_method("editMessageCaption")
async def edit_message_caption(state: EmulatorState, p: Params) -> dict[str, Any]:
    record = _message_to_edit(state, p)
    if "text" in record.data:
        raise bad_request("there is no caption in the message to edit")
    caption = message_text(p, "caption", 1024, required=False)
    return _edit(state, record, p, {"caption": caption})


@api_method("editMessageReplyMarkup")
async def edit_message_reply_markup(state: EmulatorState, p: Params) -> dict[str, Any]:
    return _edit(state, _message_to_edit(state, p), p, {})


@api_method("deleteMessage")
async def delete_message(state: EmulatorState, p: Params) -> bool:
    chat = state.chat_for_bot(p.chat_id(), sending=False)
    record = state.message(chat.id, p.integer("message_id", required=True) or 0)
    if record is None or record.deleted:
        raise bad_request("message to delete not found")
    record.deleted = True
    state.notify()
    return True


@api_method("answerCallbackQuery")
async def answer_callback_query(state: EmulatorState, p: Params) -> bool:
    query_id = p.text("callback_query_id", required=True) or ""
    query = state.callback_queries.get(query_id)
    if query is None or any(a["callback_query_id"] == query_id for a in state.callback_answers):
        raise bad_request(QUERY_TOO_OLD)
    if len(p.text("text") or "") > 200:
        raise bad_request("MESSAGE_TOO_LONG")
    state.callback_answers.append(
        {
            "callback_query_id": query_id,
            "text": p.text("text"),
            "show_alert": p.flag("show_alert"),
            "url": p.text("url"),
            "user_id": query["from"]["id"],
            "data": query.get("data"),
            "chat_id": query["message"]["chat"]["id"],
            "message_id": query["message"]["message_id"],
        }
    )
    state.notify()
    return True


@api_method("sendChatAction")
async def send_chat_action(state: EmulatorState, p: Params) -> bool:
    state.chat_for_bot(p.chat_id())
    if p.text("action") not in CHAT_ACTIONS:
        raise bad_request("wrong parameter action in request")
    return True
