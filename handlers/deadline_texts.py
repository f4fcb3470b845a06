"""Chinese texts about time: reminders, escalation, 督办, 延期, the calendar warning.

Mixed into `ChinesePresenter` (gridbot.messages.DeadlinePresenter).
"""

from __future__ import annotations

from datetime import datetime

from gridbot.messages import Button, CaseView, ExtensionView, OutMessage
from gridbot.workcalendar import unknown_year_message
from handlers.callbacks import Act, CaseCb

_WEEKDAYS = "一二三四五六日"
_PHASE = {"accept": ("接单", "接单"), "resolve": ("办结", "办结")}


def when(dt: datetime | None) -> str:
    if dt is None:
        return "—"
    return f"{dt.month}月{dt.day}日(周{_WEEKDAYS[dt.weekday()]}) {dt:%H:%M}"


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _about(case: CaseView) -> str:
    place = case.place or case.grid_name or "未定网格"
    return f"事件 {case.number}（{case.label}，{place}）"


def _lead(lead: str) -> str:
    """How to address the team lead: a @username needs a space to end the mention."""
    return f"{lead} " if lead.startswith("@") else lead or "队长"


def _deadline(case: CaseView, phase: str) -> datetime | None:
    return case.accept_deadline if phase == "accept" else case.resolve_deadline


def supervise_button(case: CaseView) -> Button:
    return Button("督办", CaseCb(act=Act.SUPERVISE, case=case.id).pack())


class DeadlineTexts:
    def accept_reminder(self, case: CaseView, lead: str) -> OutMessage:
        return OutMessage(
            f"⏰ 提醒：{_about(case)}接单时间已过半，仍无人接单。\n"
            f"请于 {when(case.accept_deadline)} 前接单，逾期将逐级上报。\n"
            f"{_lead(lead)}请督促本队及时接单。"
        )

    def escalation_notice(
        self, case: CaseView, level: str, phase: str, mention: str
    ) -> OutMessage:
        verb = _PHASE[phase][0]
        late = f"已超过{verb}时限（{when(_deadline(case, phase))}），仍未{verb}"
        if level == "team_lead":
            return OutMessage(
                f"⚠️【已超时】{_about(case)}{late}。\n"
                f"{_lead(mention)}请立即安排处置，继续超时将上报社区和指挥中心。"
            )
        lines = [
            f"🚨【超时上报】{case.team_name or '—'}的{_about(case)}{late}。",
            f"内容：{_short(case.text)}",
            f"报告人：{case.reporter_name}（{case.reporter_role}） {when(case.created_at)}",
        ]
        if level == "community":
            lines.append(f"请{case.community_name or '社区'}协调督促处置。")
            return OutMessage("\n".join(lines))
        lines.append(f"请指挥中心及{mention or '值班领导'}协调处置，可点「督办」。")
        buttons = () if case.supervise_until else ((supervise_button(case),),)
        return OutMessage("\n".join(lines), buttons)

    def supervision_notice(self, case: CaseView, by: str, lead: str) -> OutMessage:
        return OutMessage(
            f"📌【督办】{_about(case)}已被{by}列为督办事件，"
            f"须于 {when(case.supervise_until)} 前办结。\n"
            f"{_lead(lead)}请亲自督促落实，办结前每个工作日提醒一次。"
        )

    def supervision_reminder(self, case: CaseView, lead: str) -> OutMessage:
        return OutMessage(
            f"📌【督办提醒】{_about(case)}尚未办结，督办时限 {when(case.supervise_until)}。\n"
            f"{_lead(lead)}请抓紧处置。"
        )

    def supervision_done(self, case: CaseView) -> OutMessage:
        team = case.team_name if case.team_code and case.team_code != "command" else None
        who = f"{team}将在办结前每个工作日收到提醒" if team else "派单后处置队伍每个工作日收到提醒"
        return OutMessage(
            f"📌 已督办事件 {case.number}（{case.label}）：须于 {when(case.supervise_until)} "
            f"前办结，{who}。"
        )

    def prompt_extension(self, case: CaseView, user_name: str, max_days: int) -> OutMessage:
        return OutMessage(
            f"{user_name}，请在本群直接发送一条消息，写明事件 {case.number} 需要延期的工作日数"
            f"和原因，例如「3 等待配件到货」（最多{max_days}个工作日）。"
        )

    def extension_requested(self, case: CaseView, ext: ExtensionView) -> OutMessage:
        return OutMessage(
            f"已提交事件 {case.number} 的延期申请（{ext.days}个工作日：{_short(ext.reason)}），"
            "等待指挥中心审批。"
        )

    def _extension_lines(self, case: CaseView, ext: ExtensionView) -> list[str]:
        return [
            f"⏳ 延期申请 · {_about(case)}",
            f"处置队伍：{case.team_name or '—'}    申请人：{ext.requested_by}",
            f"申请延期：{ext.days}个工作日",
            f"原因：{_short(ext.reason, 300)}",
            f"当前办结时限：{when(ext.current_deadline)}",
            f"批准后办结时限：{when(ext.proposed_deadline)}",
        ]

    def extension_card(self, case: CaseView, ext: ExtensionView) -> OutMessage:
        def choice(text: str, act: Act) -> Button:
            return Button(text, CaseCb(act=act, case=case.id, arg=str(ext.id)).pack())

        buttons = ((choice("批准", Act.EXTEND_APPROVE), choice("不批准", Act.EXTEND_REFUSE)),)
        return OutMessage("\n".join(self._extension_lines(case, ext)), buttons)

    def extension_card_decided(
        self, case: CaseView, ext: ExtensionView, approved: bool, by: str
    ) -> OutMessage:
        outcome = (
            f"✅ 已由{by}批准，新的办结时限：{when(case.resolve_deadline)}"
            if approved
            else f"❌ 已由{by}不批准"
        )
        return OutMessage("\n".join([*self._extension_lines(case, ext), outcome]))

    def extension_decided(
        self, case: CaseView, ext: ExtensionView, approved: bool, by: str
    ) -> OutMessage:
        if approved:
            return OutMessage(
                f"✅ 指挥中心（{by}）已批准事件 {case.number} 延期{ext.days}个工作日，"
                f"新的办结时限：{when(case.resolve_deadline)}。"
            )
        return OutMessage(
            f"❌ 指挥中心（{by}）未批准事件 {case.number} 的延期申请，"
            f"请按原时限 {when(case.resolve_deadline)} 前办结。"
        )

    def unknown_year_warning(self, year: int) -> OutMessage:
        return OutMessage(unknown_year_message(year))
