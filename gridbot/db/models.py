"""Typed SQLAlchemy 2 models. Telegram ids are BigInteger; datetimes are timezone-aware."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from gridbot.clock import SHANGHAI


class AwareDateTime(TypeDecorator[datetime]):
    """Stores UTC and always hands back aware datetimes (SQLite forgets the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a timezone-aware column")
        if dialect.name == "sqlite":  # SQLite has no zones: store naive UTC
            return value.astimezone(UTC).replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(SHANGHAI)


class Base(DeclarativeBase):
    type_annotation_map = {datetime: AwareDateTime, dict[str, Any]: JSON, list[Any]: JSON}


class Member(Base):
    __tablename__ = "members"

    id: Mapped[int] = mapped_column(primary_key=True)
    telegram_id: Mapped[int] = mapped_column(BigInteger, unique=True)
    name: Mapped[str] = mapped_column(String(64))
    grid_code: Mapped[str | None] = mapped_column(String(32))
    role: Mapped[str] = mapped_column(String(16), default="worker")
    created_at: Mapped[datetime]


class ChatBinding(Base):
    """Which group chat a team (or the command centre, target 'command') works in."""

    __tablename__ = "chat_bindings"

    target: Mapped[str] = mapped_column(String(32), primary_key=True)
    chat_id: Mapped[int] = mapped_column(BigInteger, index=True)
    bound_by: Mapped[int] = mapped_column(BigInteger)
    bound_at: Mapped[datetime]


class CaseCounter(Base):
    """Last number handed out per day, for case numbers YYYYMMDD-NNNN."""

    __tablename__ = "case_counters"

    day: Mapped[str] = mapped_column(String(8), primary_key=True)
    last: Mapped[int] = mapped_column(Integer)


class Case(Base):
    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(16), unique=True)
    source_key: Mapped[str | None] = mapped_column(String(64), unique=True)
    text: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(32), index=True)
    confidence: Mapped[float] = mapped_column(Float)
    predicted_category: Mapped[str] = mapped_column(String(32))
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    keywords: Mapped[list[Any]] = mapped_column(default=list)
    grid_code: Mapped[str | None] = mapped_column(String(32), index=True)
    place: Mapped[str | None] = mapped_column(String(200))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    photos: Mapped[list[Any]] = mapped_column(default=list)
    reporter_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    status: Mapped[str] = mapped_column(String(16), index=True)
    team_code: Mapped[str | None] = mapped_column(String(32), index=True)
    dispatch_seq: Mapped[int] = mapped_column(Integer, default=0)
    # The chat the current dispatch (team card or triage card) went to; only presses there count.
    dispatch_chat_id: Mapped[int | None] = mapped_column(BigInteger)
    accept_deadline: Mapped[datetime | None]
    resolve_deadline: Mapped[datetime | None]
    accepted_by: Mapped[str | None] = mapped_column(String(64))
    accepted_at: Mapped[datetime | None]
    resolution: Mapped[str | None] = mapped_column(Text)
    resolution_photo: Mapped[str | None] = mapped_column(String(256))
    resolved_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    satisfied: Mapped[bool | None] = mapped_column(Boolean)
    reopen_count: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(index=True)  # statistics select by period
    updated_at: Mapped[datetime]
    # Deadline watch (gridbot/services/escalation.py), reset at every dispatch and at 接单.
    remind_at: Mapped[datetime | None]  # half the time to accept
    reminded_at: Mapped[datetime | None]
    escalation_level: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    escalated_at: Mapped[datetime | None]
    overdue_since: Mapped[datetime | None]
    next_check_at: Mapped[datetime | None] = mapped_column(index=True)  # the sweep's next look
    # 督办 (supervision)
    supervised_at: Mapped[datetime | None]
    supervised_by: Mapped[str | None] = mapped_column(String(64))
    supervise_until: Mapped[datetime | None]
    supervise_reminded_at: Mapped[datetime | None]

    reporter: Mapped[Member] = relationship(lazy="joined", innerjoin=True)
    # Joint handling (联调联处): the lead and assisting teams; empty for a one-team case.
    teams: Mapped[list[CaseTeam]] = relationship(
        lazy="selectin", cascade="all, delete-orphan", order_by="CaseTeam.added_at"
    )

    __table_args__ = (
        Index("ix_cases_status_team", "status", "team_code"),
        # the duplicate check's look-ups: same category in the same grid, or at the same place
        Index("ix_cases_category_grid", "category", "grid_code"),
        Index("ix_cases_category_place", "category", "place"),
    )


class CaseTeam(Base):
    """A team taking part in a joint case: the lead (also `Case.team_code`) or an assisting
    team (协办) with its own card in its own chat."""

    __tablename__ = "case_teams"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), primary_key=True)
    team_code: Mapped[str] = mapped_column(String(32), primary_key=True)
    is_lead: Mapped[bool] = mapped_column(Boolean)
    card_seq: Mapped[int] = mapped_column(Integer, default=0)  # the assisting card's number
    chat_id: Mapped[int | None] = mapped_column(BigInteger)  # where that card went
    accepted_by: Mapped[str | None] = mapped_column(String(64))
    accepted_at: Mapped[datetime | None]
    added_at: Mapped[datetime]


class CaseReporter(Base):
    """Another report of the same thing, merged into the case by its reporter (合并)."""

    __tablename__ = "case_reporters"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    photos: Mapped[list[Any]] = mapped_column(default=list)
    source_key: Mapped[str | None] = mapped_column(String(64), unique=True)
    at: Mapped[datetime]

    member: Mapped[Member] = relationship(lazy="joined", innerjoin=True)


class PendingDuplicate(Base):
    """A report that looks like an open case, kept while its reporter decides: merge or new."""

    __tablename__ = "pending_duplicates"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    similarity: Mapped[float] = mapped_column(Float)
    text: Mapped[str] = mapped_column(Text)
    photos: Mapped[list[Any]] = mapped_column(default=list)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    source_key: Mapped[str | None] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(index=True)

    member: Mapped[Member] = relationship(lazy="joined", innerjoin=True)


class CaseEvent(Base):
    """Append-only timeline of a case: who did what, when, from which status to which."""

    __tablename__ = "case_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    at: Mapped[datetime]
    actor_id: Mapped[int | None] = mapped_column(BigInteger)
    actor_name: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(24))
    from_status: Mapped[str | None] = mapped_column(String(16))
    to_status: Mapped[str] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(Text)
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)

    # Statistics: the timeline actions of a period (duplicates merged), and each case's
    # timeline folded from the index alone (see gridbot/stats/figures.py).
    __table_args__ = (
        Index("ix_case_events_action_at", "action", "at"),
        Index("ix_case_events_case_timeline", "case_id", "at", "action", "to_status"),
    )


class ExtensionRequest(Base):
    """A team asked for more time to resolve a case (申请延期); the command centre decides."""

    __tablename__ = "extension_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    dispatch_seq: Mapped[int] = mapped_column(Integer)
    team_chat_id: Mapped[int] = mapped_column(BigInteger)
    days: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    requested_by_id: Mapped[int] = mapped_column(BigInteger)
    requested_by: Mapped[str] = mapped_column(String(64))
    requested_at: Mapped[datetime]
    status: Mapped[str] = mapped_column(String(16), default="pending")  # approved, refused
    decided_by: Mapped[str | None] = mapped_column(String(64))
    decided_at: Mapped[datetime | None]


class Correction(Base):
    """A person corrected the classifier (改类别 or manual triage): material for new rules."""

    __tablename__ = "corrections"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    predicted: Mapped[str] = mapped_column(String(32))
    corrected: Mapped[str] = mapped_column(String(32))
    by_id: Mapped[int] = mapped_column(BigInteger)
    at: Mapped[datetime]


class HeldReport(Base):
    """What a user sent that is not a case yet.

    With text: a report from someone not registered yet, made a case when they register.
    Without text: a photo or location waiting for the words that go with it.
    """

    __tablename__ = "held_reports"

    id: Mapped[int] = mapped_column(primary_key=True)
    telegram_id: Mapped[int] = mapped_column(BigInteger, index=True)
    text: Mapped[str | None] = mapped_column(Text)
    photos: Mapped[list[Any]] = mapped_column(default=list)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    source_key: Mapped[str | None] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime]


class PendingPrompt(Base):
    """The bot asked someone in a chat for input (a resolution, a reason) and waits for it."""

    __tablename__ = "pending_prompts"

    chat_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    dispatch_seq: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime]


class OutboxMessage(Base):
    """An outgoing Telegram call, written in the transaction that caused it."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(primary_key=True)
    chat_id: Mapped[int] = mapped_column(BigInteger)
    kind: Mapped[str] = mapped_column(String(8))  # "send" or "edit"
    text: Mapped[str] = mapped_column(Text)
    buttons: Mapped[list[Any]] = mapped_column(default=list)
    photo: Mapped[str | None] = mapped_column(String(256))
    ref: Mapped[str | None] = mapped_column(String(64), index=True)  # name for later edits
    edit_ref: Mapped[str | None] = mapped_column(String(64))
    # pending → sending (claimed by a sender, call in flight) → sent | failed
    status: Mapped[str] = mapped_column(String(8), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime]
    last_error: Mapped[str | None] = mapped_column(Text)
    telegram_message_id: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]
    claimed_at: Mapped[datetime | None]  # when a sender took it (status "sending")

    __table_args__ = (
        Index("ix_outbox_pending", "status", "next_attempt_at"),
        Index("ix_outbox_status_chat", "status", "chat_id"),  # a chat's queue, in id order
        UniqueConstraint("ref", "chat_id", name="uq_outbox_ref_chat"),
    )


class ScheduleRun(Base):
    """A scheduled send (job, occurrence) that has been done or skipped: never twice.

    Written in the same transaction as the outbox rows it caused.
    """

    __tablename__ = "schedule_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    job: Mapped[str] = mapped_column(String(48))
    occurrence: Mapped[str] = mapped_column(String(32))
    due_at: Mapped[datetime]
    status: Mapped[str] = mapped_column(String(8))  # "sent" or "skipped"
    messages: Mapped[int] = mapped_column(Integer, default=0)
    ran_at: Mapped[datetime]

    __table_args__ = (UniqueConstraint("job", "occurrence", name="uq_schedule_runs_job_occ"),)


class DutySwap(Base):
    """An admin's change to the reception roster (/swap): who receives on that day instead."""

    __tablename__ = "duty_swaps"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    leader: Mapped[str] = mapped_column(String(32))
    swapped_by: Mapped[int] = mapped_column(BigInteger)
    swapped_at: Mapped[datetime]
