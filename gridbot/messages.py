"""Plain values that describe outgoing messages, and the presenter that renders them.

The domain decides *what* to tell whom; a `Presenter` (implemented in handlers/, where message
texts and callback data live) decides the words and buttons.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

# An outbox photo that is a file on this machine (a generated chart) rather than a Telegram
# file_id: the transport uploads its bytes.
LOCAL_FILE = "file:"


def local_photo(path: Path) -> str:
    return LOCAL_FILE + str(path)


def local_photo_path(photo: str | None) -> Path | None:
    """The file a local photo marker names, or None for a Telegram file_id."""
    if photo is None or not photo.startswith(LOCAL_FILE):
        return None
    return Path(photo.removeprefix(LOCAL_FILE))


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
class JointTeam:
    """A team taking part in a joint case (联调联处): the lead or an assisting team."""

    code: str
    name: str
    is_lead: bool
    accepted_by: str | None = None
    accepted_at: datetime | None = None


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
    resolve_deadline: datetime | None = None
    overdue: bool = False  # a deadline passed and was escalated (【已超时】)
    supervise_until: datetime | None = None  # set while the case is supervised (【督办】)
    teams: tuple[JointTeam, ...] = ()  # empty unless the case is handled jointly, lead first

    @property
    def joint(self) -> bool:
        return bool(self.teams)


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


@dataclass(frozen=True)
class ExtensionView:
    """A team's request for more time (延期), for rendering."""

    id: int
    days: int
    reason: str
    requested_by: str
    current_deadline: datetime | None
    proposed_deadline: datetime | None


class DeadlinePresenter(Protocol):
    """Messages about time: reminders, escalation, 督办, 延期, the calendar warning."""

    def accept_reminder(self, case: CaseView, lead: str) -> OutMessage: ...
    def escalation_notice(
        self, case: CaseView, level: str, phase: str, mention: str
    ) -> OutMessage: ...
    def supervision_notice(self, case: CaseView, by: str, lead: str) -> OutMessage: ...
    def supervision_reminder(self, case: CaseView, lead: str) -> OutMessage: ...
    def supervision_done(self, case: CaseView) -> OutMessage: ...
    def prompt_extension(self, case: CaseView, user_name: str, max_days: int) -> OutMessage: ...
    def extension_requested(self, case: CaseView, ext: ExtensionView) -> OutMessage: ...
    def extension_card(self, case: CaseView, ext: ExtensionView) -> OutMessage: ...
    def extension_card_decided(
        self, case: CaseView, ext: ExtensionView, approved: bool, by: str
    ) -> OutMessage: ...
    def extension_decided(
        self, case: CaseView, ext: ExtensionView, approved: bool, by: str
    ) -> OutMessage: ...
    def unknown_year_warning(self, year: int) -> OutMessage: ...


class Presenter(DeadlinePresenter, Protocol):
    def report_ack(self, case: CaseView) -> OutMessage: ...
    def team_card(self, case: CaseView) -> OutMessage: ...
    def team_card_accepted(self, case: CaseView) -> OutMessage: ...
    def team_card_closed(self, case: CaseView, note: str) -> OutMessage: ...
    def triage_card(self, case: CaseView, teams: list[TeamChoice], reason: str) -> OutMessage: ...
    def prompt_resolution(self, case: CaseView, user_name: str) -> OutMessage: ...
    def prompt_return_reason(self, case: CaseView, user_name: str) -> OutMessage: ...
    def reporter_update(self, case: CaseView, what: str) -> OutMessage: ...
    def reporter_resolved(self, case: CaseView) -> OutMessage: ...
    # joint handling (联调联处)
    def joint_card(self, case: CaseView, team: JointTeam, seq: int) -> OutMessage: ...
    def joint_card_accepted(self, case: CaseView, team: JointTeam) -> OutMessage: ...
    def joint_card_closed(self, case: CaseView, team: JointTeam, note: str) -> OutMessage: ...
    def joint_alert(self, case: CaseView, rule: str, unbound: list[str]) -> OutMessage: ...
    def joint_accepted_notice(self, case: CaseView, team: JointTeam) -> OutMessage: ...
    # duplicates
    def duplicate_offer(
        self, similar: CaseView, pending_id: int, score: float, answer_minutes: float
    ) -> OutMessage: ...
    def duplicate_urgent_opened(self, case: CaseView, similar: CaseView) -> OutMessage: ...
    def duplicate_merged(self, case: CaseView) -> OutMessage: ...
    def duplicate_added(
        self, case: CaseView, reporter: str, text: str, photo: str | None
    ) -> OutMessage: ...
    def merged_reporter_update(self, case: CaseView, what: str) -> OutMessage: ...
    def delivery_failed(
        self, recipient: str, case_number: str | None, excerpt: str, reason: str
    ) -> OutMessage: ...
