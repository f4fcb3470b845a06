"""Typed, short callback data (Telegram allows 64 bytes)."""

from __future__ import annotations

from enum import StrEnum

from aiogram.filters.callback_data import CallbackData
from aiogram.types import CallbackQuery, InaccessibleMessage, Message

from handlers import texts


class Act(StrEnum):
    ACCEPT = "a"  # 接单
    TRANSFER_MENU = "tm"  # 转派: show the teams
    TRANSFER = "t"
    RETURN = "r"  # 退回
    RESOLVE = "s"  # 办结
    BACK = "b"  # close a menu, show the card's buttons again
    TRIAGE = "g"  # command centre picks a team
    SATISFIED = "ok"  # 满意
    UNSATISFIED = "no"  # 不满意
    WITHDRAW = "w"  # 撤回
    RECAT_MENU = "cm"  # 改类别: show the categories
    RECAT = "c"
    RECAT_BACK = "cb"
    SUPERVISE = "sv"  # 督办 (command chat)
    EXTEND = "x"  # 申请延期 (team card)
    EXTEND_APPROVE = "xa"  # 批准 (command chat; arg: request id)
    EXTEND_REFUSE = "xr"  # 不批准
    JOINT_ACCEPT = "ja"  # 协办接单: an assisting team accepts a joint case (arg: team code)


class Dup(StrEnum):
    MERGE = "m"  # 合并到 #编号
    NEW = "n"  # 这是新事件


class CaseCb(CallbackData, prefix="c"):
    act: Act
    case: int
    seq: int = 0
    arg: str = ""


class DupCb(CallbackData, prefix="d"):
    """The reporter's answer to a duplicate question, for the held report `pending`."""

    choice: Dup
    pending: int


async def pressed_message(query: CallbackQuery) -> Message | None:
    """The message whose button was pressed; None (after a 'stale' popup) when it is gone."""
    message = query.message
    if message is None or isinstance(message, InaccessibleMessage):
        await query.answer(texts.POPUP["stale"])
        return None
    return message
