"""What every service needs, built once in bot.py, and the helpers they share."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from sqlalchemy import Table, bindparam, inspect, select
from sqlalchemy.ext.asyncio import AsyncSession

from gridbot.clock import Clock
from gridbot.config import COMMAND, StreetConfig
from gridbot.db.appended_rows import append_row
from gridbot.db.models import Case, CaseEvent, ChatBinding, Member
from gridbot.db.session import UnitOfWork
from gridbot.duplicate_rules import DuplicatePolicy
from gridbot.joint_rules import JointPolicy
from gridbot.messages import CaseView, JointTeam, OutMessage, Presenter
from gridbot.outbox import enqueue
from gridbot.states import STATUS_LABELS, Action, Status, next_status
from gridbot.timekeeping import Timekeeper
from nlp import Classifier

ROLE_LABELS = {
    "worker": "网格员",
    "volunteer": "志愿者",
    "building_head": "楼栋长",
    "team_member": "队员",
    "leader": "领导",
    "admin": "指挥中心",
}


class Outcome(StrEnum):
    """How a request ended; handlers turn refusals into Chinese popups."""

    OK = "ok"
    NOT_FOUND = "not_found"
    STALE = "stale"  # the case moved on since the button was shown
    WRONG_CHAT = "wrong_chat"
    NOT_ALLOWED = "not_allowed"
    UNKNOWN_TEAM = "unknown_team"
    BAD_INPUT = "bad_input"  # the text given cannot be understood (e.g. 延期 days and reason)
    NO_COMMAND_CHAT = "no_command_chat"  # needs the command centre, whose chat is not bound
    PENDING = "pending"  # already in force: a 延期 request awaiting a decision, a running 督办


@dataclass(frozen=True)
class Actor:
    """Who acts: a Telegram user, by id and display name."""

    telegram_id: int | None
    name: str

    @classmethod
    def system(cls) -> Actor:
        return cls(None, "系统")


@dataclass(frozen=True)
class DutyLeader:
    """The leader on duty this week (值班领导): named in escalations, told of joint cases."""

    name: str
    telegram_id: int | None


# Who is on duty at a moment; the schedule's reception roster answers it (gridbot.schedule).
DutyDesk = Callable[[AsyncSession, datetime], Awaitable[DutyLeader | None]]


@dataclass
class ServiceContext:
    uow: UnitOfWork
    street: StreetConfig
    classifier: Classifier
    presenter: Presenter
    clock: Clock
    admin_ids: frozenset[int] = frozenset()
    triage_threshold: float = 0.45
    satisfaction_days: float = 3
    flood_limit: int = 6  # reports per minute before a member is asked to slow down (0: off)
    # Deadlines, reminders, escalation, 督办 and 延期; None switches the deadline watch off.
    timekeeper: Timekeeper | None = None
    joint: JointPolicy = field(default_factory=JointPolicy)  # no rules: one team per case
    duplicates: DuplicatePolicy = field(default_factory=DuplicatePolicy.off)
    duty_desk: DutyDesk | None = None  # None: escalations name the configured duty_leader text

    def is_admin(self, telegram_id: int | None) -> bool:
        return telegram_id is not None and telegram_id in self.admin_ids

    def view(self, case: Case) -> CaseView:
        grid = self.street.grids.get(case.grid_code or "")
        return CaseView(
            id=case.id,
            number=case.number,
            text=case.text,
            category=case.category,
            label=self.classifier.label(case.category),
            urgent=case.urgent,
            confidence=case.confidence,
            keywords=tuple(case.keywords or ()),
            status=case.status,
            status_label=STATUS_LABELS[Status(case.status)],
            grid_code=case.grid_code,
            grid_name=grid.name if grid else None,
            community_name=grid.community_name if grid else None,
            place=case.place,
            latitude=case.latitude,
            longitude=case.longitude,
            photos=tuple(case.photos or ()),
            reporter_name=case.reporter.name,
            reporter_role=ROLE_LABELS.get(case.reporter.role, case.reporter.role),
            team_code=case.team_code,
            team_name=self.street.team_name(case.team_code) if case.team_code else None,
            dispatch_seq=case.dispatch_seq,
            accept_deadline=case.accept_deadline,
            accepted_by=case.accepted_by,
            accepted_at=case.accepted_at,
            resolution=case.resolution,
            resolution_photo=case.resolution_photo,
            created_at=case.created_at,
            reopen_count=case.reopen_count,
            resolve_deadline=case.resolve_deadline,
            overdue=case.overdue_since is not None,
            supervise_until=case.supervise_until if case.supervised_at else None,
            teams=self.joint_teams(case),
        )

    def joint_teams(self, case: Case) -> tuple[JointTeam, ...]:
        """The teams of a joint case, lead first (the collection is loaded with the case,
        or by gridbot.services.joint for a case made in this transaction)."""
        if "teams" in inspect(case).unloaded:
            return ()
        rows = sorted(case.teams, key=lambda t: (not t.is_lead, t.added_at, t.team_code))
        return tuple(
            JointTeam(
                t.team_code,
                self.street.team_name(t.team_code),
                t.is_lead,
                t.accepted_by,
                t.accepted_at,
            )
            for t in rows
        )


def record_event(
    session: AsyncSession,
    case: Case,
    action: str,
    actor: Actor,
    now: datetime,
    before: Status | None,
    note: str | None = None,
    data: dict[str, object] | None = None,
) -> None:
    """Append one line to the case's timeline (CaseEvent rows are never changed)."""
    append_row(
        session,
        _CASE_EVENTS,
        {
            "case_id": case.id,
            "at": now,
            "actor_id": actor.telegram_id,
            "actor_name": actor.name,
            "action": action,
            "from_status": before,
            "to_status": case.status,
            "note": note,
            "data": data or {},
        },
    )


_CASE_EVENTS: Table = CaseEvent.__table__  # type: ignore[assignment]


def apply(
    session: AsyncSession,
    case: Case,
    action: Action,
    actor: Actor,
    now: datetime,
    note: str | None = None,
    **data: object,
) -> Status:
    """Move the case through the transition table and append the CaseEvent that says so."""
    before = Status(case.status)
    after = next_status(before, action)
    case.status = after
    case.updated_at = now
    record_event(session, case, action, actor, now, before, note, data)
    return after


async def chat_of(session: AsyncSession, target: str) -> int | None:
    """The group chat bound to a team code, or to COMMAND for the command centre."""
    return await session.scalar(_CHAT_OF, {"target": target})


async def command_chat(session: AsyncSession) -> int | None:
    return await chat_of(session, COMMAND)


async def duty_leader(ctx: ServiceContext, session: AsyncSession) -> DutyLeader | None:
    if ctx.duty_desk is None:
        return None
    return await ctx.duty_desk(session, ctx.clock.now())


async def tell_duty_leader(ctx: ServiceContext, session: AsyncSession, text: str) -> None:
    """A copy, without buttons, to the duty leader's private chat (buttons act in the
    command chat, where the press can be checked)."""
    leader = await duty_leader(ctx, session)
    if leader is not None and leader.telegram_id is not None:
        enqueue(session, ctx.clock.now(), leader.telegram_id, OutMessage(text))


async def member_by_telegram(session: AsyncSession, telegram_id: int) -> Member | None:
    return await session.scalar(_MEMBER, {"telegram_id": telegram_id})


# Built once (the same statements for every update, only the parameter changes). Reference
# data: nothing pending in the session changes it, so no flush first.
_CHAT_OF = (
    select(ChatBinding.chat_id)
    .where(ChatBinding.target == bindparam("target"))
    .execution_options(autoflush=False)
)
_MEMBER = (
    select(Member)
    .where(Member.telegram_id == bindparam("telegram_id"))
    .execution_options(autoflush=False)
)


async def load_case(session: AsyncSession, case_id: int) -> Case | None:
    return await session.get(Case, case_id, with_for_update=True)


async def case_by_number(session: AsyncSession, number: str) -> Case | None:
    return await session.scalar(select(Case).where(Case.number == number.strip()))
