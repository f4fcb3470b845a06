"""Fixed message texts (Simplified Chinese) that are not about one case."""

from __future__ import annotations

HELP = (
    "您好！我是网格化管理服务助手。\n\n"
    "【网格员、志愿者】\n"
    "1. 先注册：/register 姓名 网格编号（例如 /register 张三 XF-01），"
    "志愿者、楼栋长可在最后加身份，例如 /register 李四 XF-01 志愿者\n"
    "2. 直接发文字描述发现的问题即可上报，可以带照片（照片配文字说明），"
    "也可以先发位置再发文字。\n"
    "3. /mine 查看我上报的未办结事件；/case 编号 查看事件全过程。\n\n"
    "【工作群】\n"
    "管理员在群里发送 /bind 队伍代码 绑定处置队伍，/bind command 绑定指挥中心。\n"
    "派到群里的事件用按钮 接单、转派、退回、办结；接单后可点「申请延期」"
    "（或 /extend 编号 天数 原因），由指挥中心审批。\n"
    "管理员和领导可用 /supervise 编号 [工作日数] 督办事件。\n"
    "/schedule 日程，/agenda 下次研判会议程，/roster 领导接访值班表；"
    "管理员：/digest day|week|month 立即生成简报，/swap 日期 姓名 调换接访值班。\n"
    "管理员和领导：/stats [本周|本月|2026-11] 统计，/rank [月份] 考核排名，"
    "/export [月份] 导出台账。"
)

START_REGISTERED = "您好，{name}（{grid}）！直接发送文字即可上报问题，/help 查看使用说明。"
START_UNREGISTERED = (
    "您好！请先注册：/register 姓名 网格编号，例如 /register 张三 XF-01。\n/help 查看使用说明。"
)

REGISTER_USAGE = (
    "注册格式：/register 姓名 网格编号 [身份]\n例如：/register 张三 XF-01\n"
    "身份可填：网格员（默认）、志愿者、楼栋长"
)
REGISTER_UNKNOWN_GRID = "没有找到网格编号「{code}」。可用的网格编号：\n{grids}"
REGISTER_UNKNOWN_ROLE = "身份「{role}」无法识别，可填：网格员、志愿者、楼栋长。"
REGISTER_OK = "注册成功：{name}，{role}，{grid}。直接发送文字即可上报问题。"
REGISTER_UPDATED = "已更新您的信息：{name}，{role}，{grid}。"
REGISTER_HELD = "您注册前发送的 {count} 条报告已登记为事件，回执随后发送。"
REGISTER_IN_GROUP = "请私聊我完成注册。"

HELD_UNREGISTERED = (
    "已收到您的报告，但您还没有注册，暂时无法派单。\n"
    "请发送 /register 姓名 网格编号（例如 /register 张三 XF-01）完成注册，"
    "注册后这条报告会自动登记为事件，无需重发。"
)
WAITING_FOR_TEXT_PHOTO = (
    "已收到照片。请再发一段文字说明发生了什么、在哪里，我会和照片一起登记为事件。"
)
WAITING_FOR_TEXT_LOCATION = "已收到位置。请再发一段文字说明发生了什么，我会和位置一起登记为事件。"
SLOW_DOWN = (
    "您一分钟内发送的报告已超过 {limit} 条，请放慢一些，尽量把一件事写在一条消息里。"
    "已发送的报告都已登记，无需重发。"
)
EMPTY_REPORT = "消息是空的。请用文字描述发现的问题，可附照片或位置。"
UNSUPPORTED_CONTENT = "暂不支持这种消息（如贴纸、语音）。请用文字描述问题，可附照片或位置。"
UNKNOWN_COMMAND = "无法识别的命令。/help 查看使用说明。"
ERROR = "抱歉，系统暂时出了点问题，请稍后重新发送，或联系指挥中心。"

MINE_NOT_REGISTERED = "您还没有注册。请发送 /register 姓名 网格编号。"
MINE_EMPTY = "您目前没有未办结的事件。"
MINE_HEADER = "您上报的未办结事件（{count} 件）："
CASE_USAGE = "格式：/case 事件编号，例如 /case 20261121-0007"
CASE_NOT_FOUND = "没有找到事件 {number}。"
CASE_NOT_ALLOWED = "您无权查看该事件。"

BIND_USAGE = (
    "格式：/bind 队伍代码；/bind command 绑定指挥中心；/bind digest 绑定简报群；"
    "/bind community:社区代码 绑定社区群。可用代码：\n{teams}"
)
BIND_NOT_ADMIN = "只有管理员可以绑定工作群。"
BIND_PRIVATE = "请在要绑定的工作群里发送 /bind。"
BIND_UNKNOWN = "没有找到队伍代码「{code}」。可用队伍代码：\n{teams}"
BIND_OK = "本群已绑定为「{name}」工作群，派给该队伍的事件将发到这里。"
BIND_OK_COMMAND = "本群已绑定为指挥中心工作群，待人工分拨和退回的事件将发到这里。"
BIND_OK_DIGEST = "本群已绑定为简报群，日调度、周研判、月通报将发到这里。"
BIND_OK_COMMUNITY = (
    "本群已绑定为「{name}」社区群，本社区超时未处置的事件和领导接访公告将发到这里。"
)
BIND_BACKLOG = "另有 {count} 件待分拨事件已补发到本群。"
BIND_BACKLOG_JOINT = "另有 {count} 件联调联处协办事件已补发到本群，请点「协办接单」。"

POPUP = {
    "ok": "已处理",
    "not_found": "找不到该事件",
    "stale": "该事件已有新进展，此按钮已失效",
    "wrong_chat": "该事件不是派给本群的，无法操作",
    "not_allowed": "您无权进行此操作",
    "unknown_team": "没有这个队伍",
}
POPUP_SAME_TEAM = "已经是该队伍，无需转派"
POPUP_ASKED = "请在群里回复一条消息"
POPUP_MENU_CLOSED = "已返回"

SUPERVISE_USAGE = (
    "格式：/supervise 事件编号 [工作日数]，例如 /supervise 20261123-0001 2"
    "（不写天数默认{days}个工作日）"
)
SUPERVISE_NOT_ALLOWED = "只有管理员或领导可以督办。"
SUPERVISE_BAD_DAYS = "督办期限须为1到30个工作日。"
SUPERVISE_CLOSED = "事件 {number} 已{status}，无需督办。"
POPUP_SUPERVISED = "已督办"
POPUP_ALREADY_SUPERVISED = "该事件已在督办中"
EXTEND_USAGE = (
    "格式：/extend 事件编号 工作日数 原因，例如 /extend 20261123-0001 3 等待配件到货"
    "（最多{days}个工作日）"
)
EXTEND_NOT_ACCEPTED = "事件 {number} 不在处置中，无法申请延期。"
EXTEND_WRONG_CHAT = "只能在负责该事件的队伍工作群里申请延期。"
POPUP_EXTENSION_DECIDED = {True: "已批准延期", False: "已不批准"}
POPUP_EXTENSION_STALE = "该申请已处理或已失效"
POPUP_EXTENSION_WRONG_CHAT = "只能在指挥中心群审批延期"
POPUP.update(
    {
        "bad_input": "没看懂，请按提示重新发送一条消息，例如：3 等待配件到货",
        "pending": "已有一份延期申请在等待指挥中心审批",
        "no_command_chat": "指挥中心尚未绑定工作群，暂时无法审批",
    }
)
POPUP_MERGED = "已合并到该事件"
POPUP_NEW_CASE = "已按新事件受理"
POPUP_DUPLICATE_ANSWERED = "已经选择过了（或已超时按新事件受理）"
SCHEDULE_NOT_ALLOWED = "只有管理员或已绑定的工作群可以查看日程和议程。"
DIGEST_USAGE = "格式：/digest day|week|month（日调度、周研判、月通报），例如 /digest week"
DIGEST_NOT_ADMIN = "只有管理员可以立即生成简报。"
DIGEST_QUEUED = "简报正在生成，稍后发到本群。"
AGENDA_NONE = "近期没有安排研判会议。"
SWAP_USAGE = "格式：/swap 日期 姓名，例如 /swap 10-14 李红梅。值班领导：{leaders}"
SWAP_NOT_ADMIN = "只有管理员可以调换接访值班。"
SWAP_BAD_DATE = "日期「{text}」无法识别，请写成 10-14、10月14日 或 2026-10-14。"
SWAP_NOT_A_DAY = "{day}没有领导接访安排。/roster 查看值班表。"
SWAP_PAST = "{day}的接访已经过去，不能调换。"
SWAP_UNKNOWN_LEADER = "值班领导中没有「{name}」。可选：{leaders}"
SWAP_NO_RECEPTION = "日程中没有配置领导接访。"
SWAP_OK = "已调换：{day}领导接访改由{leader}接待（原为{previous}）。"
