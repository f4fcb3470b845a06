"""Case states and the one table of allowed transitions.

Handlers and services never assign a status directly: they ask `next_status` and record a
CaseEvent with the result.
"""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    REPORTED = "reported"
    TRIAGE = "triage"  # waiting for the command centre to pick a team (人工分拨)
    DISPATCHED = "dispatched"
    ACCEPTED = "accepted"
    RESOLVED = "resolved"  # the team says done; waiting for the reporter
    CLOSED = "closed"
    MERGED = "merged"
    WITHDRAWN = "withdrawn"


class Action(StrEnum):
    DISPATCH = "dispatch"
    TRIAGE = "triage"
    ACCEPT = "accept"
    TRANSFER = "transfer"
    RETURN = "return"
    RESOLVE = "resolve"
    CONFIRM = "confirm"  # reporter satisfied
    AUTO_CLOSE = "auto_close"  # reporter did not answer in time
    REOPEN = "reopen"  # reporter not satisfied
    WITHDRAW = "withdraw"
    MERGE = "merge"
    # Timeline-only actions: recorded as CaseEvents, they do not change the status.
    REMIND = "remind"  # half the time to accept has passed
    ESCALATE = "escalate"  # a deadline passed: told the next level (data: level, target)
    SUPERVISE = "supervise"  # 督办 (data: until)
    EXTEND_REQUEST = "extend_request"  # a team asks for more time (延期)
    EXTEND_APPROVE = "extend_approve"
    EXTEND_REFUSE = "extend_refuse"
    JOINT_DISPATCH = "joint_dispatch"  # 联调联处: sent to several teams (data: rule, lead, assist)
    JOINT_ACCEPT = "joint_accept"  # an assisting team of a joint case accepted (联调联处)
    ADD_REPORTER = "add_reporter"  # a duplicate report merged into this case (data: member_id)


S, A = Status, Action

TRANSITIONS: dict[tuple[Status, Action], Status] = {
    (S.REPORTED, A.DISPATCH): S.DISPATCHED,
    (S.REPORTED, A.TRIAGE): S.TRIAGE,
    (S.TRIAGE, A.DISPATCH): S.DISPATCHED,
    (S.DISPATCHED, A.ACCEPT): S.ACCEPTED,
    (S.DISPATCHED, A.TRANSFER): S.DISPATCHED,
    (S.ACCEPTED, A.TRANSFER): S.DISPATCHED,
    (S.DISPATCHED, A.RETURN): S.TRIAGE,
    (S.ACCEPTED, A.RETURN): S.TRIAGE,
    (S.DISPATCHED, A.TRIAGE): S.TRIAGE,  # corrected to a category with no team
    (S.TRIAGE, A.TRIAGE): S.TRIAGE,  # picked team has no chat yet: stays with the centre
    (S.ACCEPTED, A.RESOLVE): S.RESOLVED,
    (S.RESOLVED, A.CONFIRM): S.CLOSED,
    (S.RESOLVED, A.AUTO_CLOSE): S.CLOSED,
    (S.RESOLVED, A.REOPEN): S.DISPATCHED,
    **{(s, A.WITHDRAW): S.WITHDRAWN for s in (S.REPORTED, S.TRIAGE, S.DISPATCHED, S.ACCEPTED)},
    **{(s, A.MERGE): S.MERGED for s in (S.REPORTED, S.TRIAGE, S.DISPATCHED)},
}

OPEN_STATUSES = frozenset({S.REPORTED, S.TRIAGE, S.DISPATCHED, S.ACCEPTED, S.RESOLVED})
FINAL_STATUSES = frozenset({S.CLOSED, S.MERGED, S.WITHDRAWN})

STATUS_LABELS: dict[Status, str] = {
    S.REPORTED: "已登记",
    S.TRIAGE: "待分拨",
    S.DISPATCHED: "已派单",
    S.ACCEPTED: "处置中",
    S.RESOLVED: "已办结待评价",
    S.CLOSED: "已结案",
    S.MERGED: "已合并",
    S.WITHDRAWN: "已撤回",
}


class TransitionError(Exception):
    def __init__(self, status: Status, action: Action) -> None:
        super().__init__(f"cannot {action} a case that is {status}")
        self.status = status
        self.action = action


def can(status: Status, action: Action) -> bool:
    return (status, action) in TRANSITIONS


def next_status(status: Status, action: Action) -> Status:
    try:
        return TRANSITIONS[(status, action)]
    except KeyError:
        raise TransitionError(status, action) from None
