"""Renders the domain's messages (gridbot.messages.Presenter) in Simplified Chinese."""

from __future__ import annotations

from datetime import datetime

from gridbot.messages import Button, CaseView, OutMessage, TeamChoice
from handlers.callbacks import Act, CaseCb

CAPTION_LIMIT = 1024
TEXT_LIMIT = 4096
WEEKDAYS = "一二三四五六日"


def fmt_time(dt: datetime | None) -> str:
    if dt is None:
        return "—"
    return f"{dt.month}月{dt.day}日(周{WEEKDAYS[dt.weekday()]}) {dt:%H:%M}"


def shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def button(text: str, act: Act, case: CaseView, arg: str = "", seq: int | None = None) -> Button:
    data = CaseCb(act=act, case=case.id, seq=case.dispatch_seq if seq is None else seq, arg=arg)
    return Button(text, data.pack())


def card_buttons(case: CaseView, first: Button) -> tuple[tuple[Button, ...], ...]:
    """The team card's row: 接单 or 办结, then 转派 (which hides the current team) and 退回."""
    transfer = button("转派", Act.TRANSFER_MENU, case, arg=case.team_code or "")
    return ((first, transfer, button("退回", Act.RETURN, case)),)


def where(case: CaseView) -> str:
    grid = f"{case.grid_name}（{case.grid_code}）" if case.grid_name else "未定网格"
    parts = [grid]
    if case.place:
        parts.append(case.place)
    if case.latitude is not None and case.longitude is not None:
        parts.append(f"坐标 {case.latitude:.5f},{case.longitude:.5f}")
    return "，".join(parts)


def category_line(case: CaseView) -> str:
    words = f"（关键词：{'、'.join(case.keywords[:5])}）" if case.keywords else ""
    return f"类别：{case.label}{words}"


def card_body(case: CaseView, limit: int) -> list[str]:
    head = f"{'🔴【紧急】' if case.urgent else '📋'}事件 {case.number}"
    lines = [
        head,
        category_line(case),
        f"网格/地点：{where(case)}",
        f"报告人：{case.reporter_name}（{case.reporter_role}） {fmt_time(case.created_at)}",
    ]
    if case.reopen_count:
        lines.append(f"⚠️ 报告人不满意，第{case.reopen_count}次重新派单")
    budget = limit - sum(len(x) + 1 for x in lines) - 120
    lines.insert(1, f"内容：{shorten(case.text, max(budget, 50))}")
    return lines


def _msg(
    case: CaseView, lines: list[str], buttons: tuple[tuple[Button, ...], ...] = ()
) -> OutMessage:
    photo = case.photos[0] if case.photos else None
    limit = CAPTION_LIMIT if photo else TEXT_LIMIT
    return OutMessage(shorten("\n".join(lines), limit), buttons, photo)


class ChinesePresenter:
    def __init__(self, satisfaction_days: float = 3) -> None:
        self.satisfaction_days = satisfaction_days

    def _limit(self, case: CaseView) -> int:
        return CAPTION_LIMIT if case.photos else TEXT_LIMIT

    def report_ack(self, case: CaseView) -> OutMessage:
        lines = [
            f"✅ 已受理，事件编号 {case.number}",
            category_line(case),
            f"紧急程度：{'紧急 ⚠️' if case.urgent else '一般'}",
            f"网格/地点：{where(case)}",
        ]
        if case.team_code == "command":
            lines.append("处置：已转指挥中心人工分拨")
        else:
            lines.append(f"已派往：{case.team_name}")
        lines.append("类别不对可点「改类别」，误报可点「撤回」。")
        buttons = (
            (
                button("改类别", Act.RECAT_MENU, case, seq=0),
                button("撤回", Act.WITHDRAW, case, seq=0),
            ),
        )
        return OutMessage("\n".join(lines), buttons)

    def team_card(self, case: CaseView) -> OutMessage:
        lines = card_body(case, self._limit(case))
        if case.accept_deadline:
            lines.append(f"⏰ 请于 {fmt_time(case.accept_deadline)} 前接单")
        else:
            lines.append("⏰ 请尽快接单")
        return _msg(case, lines, card_buttons(case, button("接单", Act.ACCEPT, case)))

    def team_card_accepted(self, case: CaseView) -> OutMessage:
        lines = card_body(case, self._limit(case))
        lines.append(f"✅ {case.accepted_by} 已于 {fmt_time(case.accepted_at)} 接单")
        return _msg(case, lines, card_buttons(case, button("办结", Act.RESOLVE, case)))

    def team_card_closed(self, case: CaseView, note: str) -> OutMessage:
        return _msg(case, [*card_body(case, self._limit(case)), f"➡️ {note}"])

    def triage_card(self, case: CaseView, teams: list[TeamChoice], reason: str) -> OutMessage:
        lines = [
            f"🧭 待人工分拨（{reason}）",
            *card_body(case, self._limit(case)),
            "请选择处置队伍：",
        ]
        choices = [button(t.name, Act.TRIAGE, case, arg=t.code) for t in teams]
        rows = tuple(tuple(choices[i : i + 2]) for i in range(0, len(choices), 2))
        return _msg(case, lines, rows)

    def prompt_resolution(self, case: CaseView, user_name: str) -> OutMessage:
        return OutMessage(
            f"{user_name}，请在本群直接发送一条消息，写明事件 {case.number} 的办理结果"
            "（可发带文字说明的现场照片）。"
        )

    def prompt_return_reason(self, case: CaseView, user_name: str) -> OutMessage:
        return OutMessage(
            f"{user_name}，请在本群直接发送一条消息，说明退回事件 {case.number} 的原因"
            "（例如：不属于本队职责）。"
        )

    def reporter_update(self, case: CaseView, what: str) -> OutMessage:
        n = case.number
        texts = {
            "accepted": f"事件 {n} 已由{case.team_name}的{case.accepted_by}接单处置。",
            "transferred": f"事件 {n} 已转派至{case.team_name}。",
            "dispatched": f"事件 {n} 已由指挥中心分拨至{case.team_name}。",
            "returned": f"事件 {n} 已退回指挥中心，正在重新分拨。",
            "reopened": f"事件 {n} 已重新派单至{case.team_name}处理，感谢您的反馈。",
            "closed": f"感谢您的评价！事件 {n} 已结案。",
            "auto_closed": f"事件 {n} 办结后 {self.satisfaction_days:g} 天未评价，已自动结案。",
            "withdrawn": f"事件 {n} 已撤回。",
            "recategorized": f"事件 {n} 类别已改为「{case.label}」，"
            + (
                "已转指挥中心人工分拨。"
                if case.team_code == "command"
                else f"已派往{case.team_name}。"
            ),
        }
        return OutMessage(texts.get(what, f"事件 {n} 状态：{case.status_label}"))

    def reporter_resolved(self, case: CaseView) -> OutMessage:
        text = (
            f"事件 {case.number} 已由{case.team_name}办结。\n"
            f"办理结果：{shorten(case.resolution or '', 800)}\n"
            f"您对处理结果满意吗？{self.satisfaction_days:g} 天内未评价将自动结案。"
        )
        buttons = (
            (
                button("满意", Act.SATISFIED, case, seq=0),
                button("不满意", Act.UNSATISFIED, case, seq=0),
            ),
        )
        return OutMessage(text, buttons, case.resolution_photo)

    def delivery_failed(
        self, recipient: str, case_number: str | None, excerpt: str, reason: str
    ) -> OutMessage:
        """Tell the command centre that a message can never reach its chat, and why."""
        about = f"事件 {case_number} 的消息" if case_number else "一条消息"
        return OutMessage(
            f"⚠️ 消息投递失败：{about}无法发送给{recipient}。\n"
            f"原因：{failure_reason(reason)}\n"
            f"内容摘要：{shorten(excerpt, 80)}\n"
            "请核实后通过电话等方式联系，或重新绑定工作群。"
        )


FAILURE_REASONS = (
    ("blocked", "对方已屏蔽机器人"),
    ("deactivated", "对方账号已注销"),
    ("chat not found", "找不到该聊天（机器人可能已被移出群或群已解散）"),
    ("kicked", "机器人已被移出该群"),
    ("not a member", "机器人不在该群中"),
    ("never delivered", "要修改的原消息未能送达"),
)


def failure_reason(error: str) -> str:
    lowered = error.lower()
    for needle, label in FAILURE_REASONS:
        if needle in lowered:
            return label
    return "多次重试仍未成功（Telegram 拒绝或无法连接）"
