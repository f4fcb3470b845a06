"""Plain values that describe outgoing messages, and the presenter that renders them.

The domain decides *what* to tell whom; a `Presenter` (implemented in handlers/, where message
texts and callback data live) decides the words and buttons.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True)
class Button:
    text: str
    data: str


@dataclass(frozen=True)
class OutMessage:
    text: str
    buttons: tuple[tuple[Button, ...], ...] = ()
    photo: str | None = None


@dataclass(frozen=True)
class CaseView:
    """A snapshot of a case with every name resolved, for rendering."""

    id: int
    number: str
    text: str
    category: str
    label: str
    urgent: bool
    confidence: float
    keywords: tuple[str, ...]
    status: str
    status_label: str
    grid_code: str | None
    grid_name: str | None
    community_name: str | None
    place: str | None
    latitude: float | None
    longitude: float | None
    photos: tuple[str, ...]
    reporter_name: str
    reporter_role: str
    team_code: str | None
    team_name: str | None
    dispatch_seq: int
    accept_deadline: datetime | None
    accepted_by: str | None
    accepted_at: datetime | None
    resolution: str | None
    resolution_photo: str | None
    created_at: datetime
    reopen_count: int = 0


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    actor_name: str
    action: str
    from_status: str | None
    to_status: str
    note: str | None


@dataclass(frozen=True)
class TeamChoice:
    code: str
    name: str


class Presenter(Protocol):
    def report_ack(self, case: CaseView) -> OutMessage: ...
    def team_card(self, case: CaseView) -> OutMessage: ...
    def team_card_accepted(self, case: CaseView) -> OutMessage: ...
    def team_card_closed(self, case: CaseView, note: str) -> OutMessage: ...
    def triage_card(self, case: CaseView, teams: list[TeamChoice], reason: str) -> OutMessage: ...
    def prompt_resolution(self, case: CaseView, user_name: str) -> OutMessage: ...
    def prompt_return_reason(self, case: CaseView, user_name: str) -> OutMessage: ...
    def reporter_update(self, case: CaseView, what: str) -> OutMessage: ...
    def reporter_resolved(self, case: CaseView) -> OutMessage: ...
    def delivery_failed(
        self, recipient: str, case_number: str | None, excerpt: str, reason: str
    ) -> OutMessage: ...
