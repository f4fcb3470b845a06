"""The deadline watch on one case: which clock runs, and when the sweep must look at it next.

A case being dispatched starts the accept clock (deadline, half-time reminder); 接单 starts the
resolve clock. Either resets the escalation ladder. `schedule` stores the next moment anything
is due in `Case.next_check_at`, so the sweep reads only the cases that need it (one index scan).
"""

from __future__ import annotations

from datetime import datetime

from gridbot.db.models import Case
from gridbot.services.context import ServiceContext
from gridbot.states import Status

WATCHED = (Status.DISPATCHED, Status.ACCEPTED)


def start_accept_clock(ctx: ServiceContext, case: Case, now: datetime) -> None:
    """A new dispatch (first, transfer, reopen): fresh time to accept, ladder from the bottom."""
    tk = ctx.timekeeper
    if tk is None:
        case.accept_deadline = case.remind_at = None
    else:
        case.accept_deadline = _tightened(
            case, tk.accept_deadline(case.category, case.urgent, now), now
        )
        case.remind_at = (
            tk.halfway(case.category, case.urgent, now, case.accept_deadline)
            if case.accept_deadline is not None
            else None
        )
    case.reminded_at = None
    case.resolve_deadline = None
    reset_ladder(case)
    schedule(ctx, case)


def start_resolve_clock(ctx: ServiceContext, case: Case, now: datetime) -> None:
    """接单: the time to resolve starts now."""
    tk = ctx.timekeeper
    if tk is not None:
        case.resolve_deadline = _tightened(
            case, tk.resolve_deadline(case.category, case.urgent, now), now
        )
    reset_ladder(case)
    schedule(ctx, case)


def reset_ladder(case: Case) -> None:
    case.escalation_level = 0
    case.escalated_at = None
    case.overdue_since = None


def _tightened(case: Case, deadline: datetime, now: datetime) -> datetime:
    """A supervised case (督办) must meet the supervision deadline if that comes first."""
    until = case.supervise_until
    return until if until is not None and now < until < deadline else deadline


def watched_deadline(case: Case) -> datetime | None:
    """The deadline that matters now: to accept while dispatched, to resolve once accepted."""
    if case.status == Status.DISPATCHED:
        return case.accept_deadline
    if case.status == Status.ACCEPTED:
        return case.resolve_deadline
    return None


def phase(case: Case) -> str:
    return "accept" if case.status == Status.DISPATCHED else "resolve"


def reminder_due(case: Case) -> datetime | None:
    if case.status != Status.DISPATCHED or case.reminded_at is not None:
        return None
    return case.remind_at if case.escalation_level == 0 else None


def escalation_due(ctx: ServiceContext, case: Case) -> datetime | None:
    deadline = watched_deadline(case)
    tk = ctx.timekeeper
    if deadline is None or tk is None or case.escalation_level >= len(tk.escalation.ladder):
        return None
    if case.escalation_level == 0 or case.escalated_at is None:
        return deadline
    return tk.next_level_at(case.urgent, case.escalated_at)


def supervision_reminder_due(ctx: ServiceContext, case: Case) -> datetime | None:
    """督办: once per working day, at the start of office hours, while the case is open."""
    if ctx.timekeeper is None or case.supervised_at is None or case.status not in WATCHED:
        return None
    return ctx.timekeeper.next_office_morning(case.supervise_reminded_at or case.supervised_at)


def next_check(ctx: ServiceContext, case: Case) -> datetime | None:
    if ctx.timekeeper is None or case.status not in WATCHED:
        return None
    due = [
        reminder_due(case),
        escalation_due(ctx, case),
        supervision_reminder_due(ctx, case),
    ]
    return min((d for d in due if d is not None), default=None)


def schedule(ctx: ServiceContext, case: Case) -> None:
    case.next_check_at = next_check(ctx, case)
