"""Typed SQLAlchemy 2 models. Telegram ids are BigInteger; datetimes are timezone-aware."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
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
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    reporter: Mapped[Member] = relationship(lazy="joined", innerjoin=True)

    __table_args__ = (Index("ix_cases_status_team", "status", "team_code"),)


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
        UniqueConstraint("ref", "chat_id", name="uq_outbox_ref_chat"),
    )
