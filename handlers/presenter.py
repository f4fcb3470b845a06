"""Renders the domain's messages (gridbot.messages.Presenter) in Simplified Chinese."""

from __future__ import annotations

from datetime import datetime

from gridbot.messages import Button, CaseView, JointTeam, OutMessage, TeamChoice
from handlers.callbacks import Act, CaseCb, Dup, DupCb
from handlers.deadline_texts import DeadlineTexts
from handlers.schedule_presenter import SchedulePresenterTexts

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
    flags = ("【督办】" if case.supervise_until else "") + ("【已超时】" if case.overdue else "")
    head = f"{'🔴【紧急】' if case.urgent else '📋'}{flags}事件 {case.number}"
    lines = [
        head,
        category_line(case),
        f"网格/地点：{where(case)}",
        f"报告人：{case.reporter_name}（{case.reporter_role}） {fmt_time(case.created_at)}",
    ]
    if case.reopen_count:
        lines.append(f"⚠️ 报告人不满意，第{case.reopen_count}次重新派单")
    if case.joint:
        lines.append(joint_line(case))
    budget = limit - sum(len(x) + 1 for x in lines) - 120
    lines.insert(1, f"内容：{shorten(case.text, max(budget, 50))}")
    return lines


def joint_line(case: CaseView) -> str:
    lead = next((t.name for t in case.teams if t.is_lead), "待指挥中心指定")
    assist = "、".join(
        f"{t.name}{'（已接单）' if t.accepted_by else ''}" for t in case.teams if not t.is_lead
    )
    return f"🤝【联调联处】牵头：{lead}；协办：{assist}"


def _msg(
    case: CaseView, lines: list[str], buttons: tuple[tuple[Button, ...], ...] = ()
) -> OutMessage:
    photo = case.photos[0] if case.photos else None
    limit = CAPTION_LIMIT if photo else TEXT_LIMIT
    return OutMessage(shorten("\n".join(lines), limit), buttons, photo)


class ChinesePresenter(DeadlineTexts, SchedulePresenterTexts):
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
        if case.joint:
            lines.append(joint_line(case).replace("🤝", ""))
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
        if case.joint:
            lines.append("本队为牵头单位：负责接单、协调各协办单位并办结。")
        return _msg(case, lines, card_buttons(case, button("接单", Act.ACCEPT, case)))

    def team_card_accepted(self, case: CaseView) -> OutMessage:
        lines = card_body(case, self._limit(case))
        lines.append(f"✅ {case.accepted_by} 已于 {fmt_time(case.accepted_at)} 接单")
        if case.resolve_deadline:
            lines.append(f"⏰ 请于 {fmt_time(case.resolve_deadline)} 前办结")
        buttons = card_buttons(case, button("办结", Act.RESOLVE, case))
        return _msg(case, lines, (*buttons, (button("申请延期", Act.EXTEND, case),)))

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
            "overdue": f"事件 {n} 已超过处置时限，已逐级上报，督促{case.team_name}尽快处理。",
            "supervised": f"事件 {n} 列为督办事件，限 {fmt_time(case.supervise_until)} 前办结。",
            "extended": f"事件 {n} 的办结时限经批准延至 {fmt_time(case.resolve_deadline)}。",
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

    # -- joint handling (联调联处) ------------------------------------------------------------

    def joint_card(self, case: CaseView, team: JointTeam, seq: int) -> OutMessage:
        lines = [
            f"🤝【联调联处·协办】{team.name}",
            *card_body(case, self._limit(case)),
            "本队为协办单位：请接单并配合牵头单位处置，由牵头单位办结。",
        ]
        accept = button("协办接单", Act.JOINT_ACCEPT, case, arg=team.code, seq=seq)
        return _msg(case, lines, ((accept,),))

    def joint_card_accepted(self, case: CaseView, team: JointTeam) -> OutMessage:
        lines = [
            f"🤝【联调联处·协办】{team.name}",
            *card_body(case, self._limit(case)),
            f"✅ {team.accepted_by} 已于 {fmt_time(team.accepted_at)} 接单协办，"
            "办结由牵头单位负责。",
        ]
        return _msg(case, lines)

    def joint_card_closed(self, case: CaseView, team: JointTeam, note: str) -> OutMessage:
        lines = [f"🤝【联调联处·协办】{team.name}", *card_body(case, self._limit(case))]
        if team.accepted_by:
            lines.append(f"✅ {team.accepted_by} 已于 {fmt_time(team.accepted_at)} 接单协办")
        lines.append(f"➡️ {shorten(note, 300)}")
        return _msg(case, lines)

    def joint_alert(self, case: CaseView, rule: str, unbound: list[str]) -> OutMessage:
        lines = [
            f"🚨 联调联处启动（{rule}）：事件 {case.number} 已同时派往各单位",
            *card_body(case, self._limit(case)),
            "请指挥中心及值班领导掌握情况、督促各单位接单。",
        ]
        if unbound:
            lines.append(f"⚠️ 以下单位尚未绑定工作群，未能派单：{'、'.join(unbound)}")
        return _msg(case, lines)

    def joint_accepted_notice(self, case: CaseView, team: JointTeam) -> OutMessage:
        return OutMessage(
            f"🤝 事件 {case.number}：协办单位{team.name}的{team.accepted_by}已接单。"
        )

    # -- duplicates (重复上报) -----------------------------------------------------------------

    def duplicate_offer(
        self, similar: CaseView, pending_id: int, score: float, answer_minutes: float
    ) -> OutMessage:
        text = (
            f"您的报告与 {fmt_time(similar.created_at)} 上报的事件 {similar.number} 很相似"
            f"（文字相似度 {score:.0%}）：\n"
            f"「{shorten(similar.text, 200)}」\n"
            f"类别：{similar.label}  网格/地点：{where(similar)}  状态：{similar.status_label}\n"
            f"是同一件事吗？是请点「合并到 #{similar.number}」，办结时会同时通知您；"
            f"不是请点「这是新事件」。{answer_minutes:g} 分钟内未选择将按新事件受理。"
        )
        merge = DupCb(choice=Dup.MERGE, pending=pending_id).pack()
        new = DupCb(choice=Dup.NEW, pending=pending_id).pack()
        buttons = ((Button(f"合并到 #{similar.number}", merge), Button("这是新事件", new)),)
        return OutMessage(text, buttons)

    def duplicate_urgent_opened(self, case: CaseView, similar: CaseView) -> OutMessage:
        return OutMessage(
            f"提示：您的报告与事件 {similar.number}（{similar.status_label}）相似。"
            f"因情况紧急，已直接受理为新事件 {case.number} 并派单，无需等待确认。"
        )

    def duplicate_merged(self, case: CaseView) -> OutMessage:
        return OutMessage(
            f"✅ 您的报告已合并到事件 {case.number}（{case.status_label}，"
            f"{case.team_name or '指挥中心'}处置），办结时会通知您。"
        )

    def duplicate_added(
        self, case: CaseView, reporter: str, text: str, photo: str | None
    ) -> OutMessage:
        limit = CAPTION_LIMIT if photo else TEXT_LIMIT
        body = (
            f"📎 事件 {case.number} 收到重复上报，已合并：\n"
            f"{reporter}：{shorten(text, limit - 60)}"
        )
        return OutMessage(shorten(body, limit), (), photo)

    def merged_reporter_update(self, case: CaseView, what: str) -> OutMessage:
        n = case.number
        texts = {
            "resolved": f"您合并上报的事件 {n} 已由{case.team_name}办结。\n"
            f"办理结果：{shorten(case.resolution or '', 800)}",
            "withdrawn": f"您合并上报的事件 {n} 已被原报告人撤回。如问题仍然存在，请重新上报。",
            "merge_too_late": f"事件 {n} 已{case.status_label}，无法合并，"
            "您的报告已按新事件受理。",
            "offer_expired": f"您在规定时间内未选择是否合并，报告已按新事件 {n} 受理。",
        }
        photo = case.resolution_photo if what == "resolved" else None
        return OutMessage(texts.get(what, f"事件 {n} 状态：{case.status_label}"), (), photo)

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
