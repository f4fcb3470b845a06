"""Intake (首问负责制): every report is registered at first contact and answered at once.

classify → number → Case + CaseEvent → dispatch or triage → acknowledgement, in one transaction.
Nothing a user sends is lost: reports from people not registered yet, and photos or locations
waiting for their words, are held and become cases later.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import Table, bindparam, delete, func, insert, select, union_all, update
from sqlalchemy.ext.asyncio import AsyncSession

from gridbot.config import COMMAND
from gridbot.db.models import Case, CaseReporter, HeldReport, Member, PendingDuplicate
from gridbot.messages import CaseView
from gridbot.outbox import enqueue
from gridbot.services.context import Actor, ServiceContext, record_event
from gridbot.services.dispatch import route
from gridbot.services.duplicates import (
    Draft,
    ask_reporter,
    find_similar,
    offer_merge,
    tell_urgent_opened,
)
from gridbot.services.joint import post_joint_cards, start_joint
from gridbot.services.numbering import next_case_number
from gridbot.states import Action, Status
from nlp import Classification

FLOOD_WINDOW = timedelta(minutes=1)


class IntakeKind(StrEnum):
    CASE = "case"
    HELD_UNREGISTERED = "held_unregistered"
    WAITING_FOR_TEXT = "waiting_for_text"
    ALREADY_RECEIVED = "already_received"
    DUPLICATE_OFFERED = "duplicate_offered"  # asked: merge into the similar case, or new?


@dataclass(frozen=True)
class Report:
    telegram_id: int
    text: str | None = None
    photos: list[str] = field(default_factory=list)
    latitude: float | None = None
    longitude: float | None = None
    source_key: str | None = None  # "chat:message_id": the same update twice makes one case


@dataclass(frozen=True)
class IntakeResult:
    kind: IntakeKind
    case: CaseView | None = None
    # The sender just went over the flood limit: ask them once to slow down (still kept).
    slow_down: bool = False


async def submit_report(ctx: ServiceContext, report: Report) -> IntakeResult:
    text = (report.text or "").strip()
    async with ctx.uow() as session:
        first_look = await _first_look(session, report)
        if first_look.seen:
            return IntakeResult(IntakeKind.ALREADY_RECEIVED)
        slow_down = bool(text) and await _just_over_flood_limit(ctx, session, report.telegram_id)
        member = first_look.member
        if member is None:
            _hold(ctx, session, report, text or None)
            return IntakeResult(IntakeKind.HELD_UNREGISTERED, slow_down=slow_down)
        if not text:
            _hold(ctx, session, report, None)
            return IntakeResult(IntakeKind.WAITING_FOR_TEXT)
        drafts = await _take_drafts(session, member.telegram_id) if first_look.drafts else []
        photos = [p for d in drafts for p in d.photos] + list(report.photos)
        lat, lon = report.latitude, report.longitude
        for d in drafts:
            lat, lon = (
                lat if lat is not None else d.latitude,
                lon if lon is not None else d.longitude,
            )
        draft = Draft(text, photos, lat, lon, report.source_key)
        result = ctx.classifier.classify(text)
        similar = await find_similar(ctx, session, member, text, result)
        if similar is not None and not similar.urgent:
            await ask_reporter(
                ctx, session, offer_merge(ctx, session, member, similar, draft), similar
            )
            return IntakeResult(IntakeKind.DUPLICATE_OFFERED, ctx.view(similar.case), slow_down)
        view = await open_case(
            ctx, session, member, text, photos, lat, lon, report.source_key, result
        )
        if similar is not None:  # urgent: opened at once, the reporter hears of the other case
            tell_urgent_opened(ctx, session, member, view, similar)
    return IntakeResult(IntakeKind.CASE, view, slow_down)


async def flush_held_reports(
    ctx: ServiceContext, session: AsyncSession, member: Member
) -> list[IntakeResult]:
    """Turn what someone sent before registering into cases, oldest first."""
    held = list(
        await session.scalars(
            select(HeldReport)
            .where(HeldReport.telegram_id == member.telegram_id, HeldReport.text.is_not(None))
            .order_by(HeldReport.id)
        )
    )
    results = []
    for h in held:
        await session.delete(h)
        await session.flush()
        view = await open_case(
            ctx, session, member, h.text or "", h.photos, h.latitude, h.longitude, h.source_key
        )
        results.append(IntakeResult(IntakeKind.CASE, view))
    return results


async def open_case(
    ctx: ServiceContext,
    session: AsyncSession,
    member: Member,
    text: str,
    photos: list[str],
    latitude: float | None,
    longitude: float | None,
    source_key: str | None,
    result: Classification | None = None,
) -> CaseView:
    """Register the report as a case (classified now unless `result` is given) and route it."""
    now = ctx.clock.now()
    result = result or ctx.classifier.classify(text)
    case = Case(
        number=await next_case_number(session, now),
        source_key=source_key,
        text=text,
        category=result.category,
        predicted_category=result.category,
        confidence=result.confidence,
        urgent=result.urgent,
        keywords=list(result.keywords),
        grid_code=result.grid_code or member.grid_code,
        place=result.place,
        latitude=latitude,
        longitude=longitude,
        photos=photos,
        reporter=member,
        reporter_id=member.id,
        status=Status.REPORTED,
        team_code=None,
        dispatch_seq=0,
        reopen_count=0,
        escalation_level=0,
        created_at=now,
        updated_at=now,
        teams=[],  # a new case has no joint teams yet: nothing to load
    )
    case.id = (await session.execute(_INSERT_CASE, _columns(case))).scalar_one()
    reporter = Actor(member.telegram_id, member.name)
    evidence = {"confidence": result.confidence, "keywords": list(result.keywords)}
    record_event(session, case, "report", reporter, now, None, data=evidence)
    plan = None
    if result.category != "other" and result.confidence >= ctx.triage_threshold:
        team, note = result.team, None
        plan = ctx.joint.plan(
            result.category, result.urgent, result.people_count, result.urgency_reasons, team
        )
    else:
        team = COMMAND
        note = "未能自动分类" if result.category == "other" else "分类把握不足，需人工分拨"
    if plan is not None:  # 联调联处: the lead's card lists every team
        team = plan.lead
        await start_joint(ctx, session, case, plan)
    await route(ctx, session, case, team, Action.DISPATCH, Actor.system(), note)
    if plan is not None:
        await post_joint_cards(ctx, session, case, plan)
    view = ctx.view(case)
    enqueue(session, now, member.telegram_id, ctx.presenter.report_ack(view))
    await session.execute(_UPDATE_CASE, {"case_id": case.id, **_columns(case)})
    return view


def _columns(case: Case) -> dict[str, Any]:
    """Every column of the case but its id, as the object holds it (None where not set)."""
    return {column.key: getattr(case, column.key) for column in _CASE_COLUMNS}


# A new case is written with plain statements, not flushed as an ORM object (which cost more
# than everything else in intake): inserted for its id, which its cards need, and written
# again as routing left it. It never joins the session; its joint teams are added to the
# session by gridbot.services.joint.
_CASES: Table = Case.__table__  # type: ignore[assignment]
_CASE_COLUMNS = [column for column in _CASES.columns if column.key != "id"]
_INSERT_CASE = insert(_CASES).returning(_CASES.c.id)
_UPDATE_CASE = update(_CASES).where(_CASES.c.id == bindparam("case_id"))  # SET: the parameters


def _hold(ctx: ServiceContext, session: AsyncSession, report: Report, text: str | None) -> None:
    session.add(
        HeldReport(
            telegram_id=report.telegram_id,
            text=text,
            photos=list(report.photos),
            latitude=report.latitude,
            longitude=report.longitude,
            source_key=report.source_key,
            created_at=ctx.clock.now(),
        )
    )


async def _take_drafts(session: AsyncSession, telegram_id: int) -> list[HeldReport]:
    drafts = list(await session.scalars(_DRAFTS, {"telegram_id": telegram_id}))
    if drafts:
        await session.execute(delete(HeldReport).where(HeldReport.id.in_([d.id for d in drafts])))
    return drafts


# The sender's photos and locations waiting for their words; oldest first (built once).
_WAITING_DRAFT = (HeldReport.telegram_id == bindparam("telegram_id"), HeldReport.text.is_(None))
_DRAFTS = select(HeldReport).where(*_WAITING_DRAFT).order_by(HeldReport.id)


async def _just_over_flood_limit(
    ctx: ServiceContext, session: AsyncSession, telegram_id: int
) -> bool:
    """True for the first report beyond `ctx.flood_limit` in the last minute, and only for
    that one, so a flooding sender is asked once per minute, not on every message."""
    if ctx.flood_limit <= 0:
        return False
    since = ctx.clock.now() - FLOOD_WINDOW
    cases = (
        select(func.count())
        .select_from(Case)
        .join(Member, Case.reporter_id == Member.id)
        .where(Member.telegram_id == telegram_id, Case.created_at >= since)
        .scalar_subquery()
    )
    held = (
        select(func.count())
        .select_from(HeldReport)
        .where(
            HeldReport.telegram_id == telegram_id,
            HeldReport.text.is_not(None),
            HeldReport.created_at >= since,
        )
        .scalar_subquery()
    )
    # reports waiting for the duplicate question, or merged into another case, count too
    waiting = (
        select(func.count())
        .select_from(PendingDuplicate)
        .join(Member, PendingDuplicate.member_id == Member.id)
        .where(Member.telegram_id == telegram_id, PendingDuplicate.created_at >= since)
        .scalar_subquery()
    )
    merged = (
        select(func.count())
        .select_from(CaseReporter)
        .join(Member, CaseReporter.member_id == Member.id)
        .where(Member.telegram_id == telegram_id, CaseReporter.at >= since)
        .scalar_subquery()
    )
    recent = await session.scalar(select(cases + held + waiting + merged))  # one round trip
    return (recent or 0) == ctx.flood_limit


# Already a case, a held report, a pending duplicate or a merged report: one round trip,
# built once (the statement is the same for every report, only the key changes).
_SEEN = select(
    union_all(
        *(
            select(model.id).where(model.source_key == bindparam("key"))
            for model in (Case, HeldReport, PendingDuplicate, CaseReporter)
        )
    ).exists()
)


async def _seen(session: AsyncSession, source_key: str) -> bool:
    return await session.scalar(_SEEN, {"key": source_key}) or False


@dataclass(frozen=True)
class _FirstLook:
    seen: bool  # the update was taken in before
    member: Member | None  # the registered sender
    drafts: bool  # photos or locations of the sender wait for their words


async def _first_look(session: AsyncSession, report: Report) -> _FirstLook:
    """Seen before, the sender's member row and whether drafts wait: one round trip for a
    registered sender (two for someone not registered yet)."""
    key = report.source_key
    row = (
        await session.execute(_MEMBER_SEEN_DRAFTS, {"telegram_id": report.telegram_id, "key": key})
    ).first()
    if row is None:
        return _FirstLook(bool(key) and await _seen(session, key or ""), None, False)
    return _FirstLook(bool(row.seen), row.Member, bool(row.drafts))


# The registered sender with the seen-before check and the drafts check (built once).
_MEMBER_SEEN_DRAFTS = (
    select(
        Member,
        _SEEN.scalar_subquery().label("seen"),
        select(HeldReport.id).where(*_WAITING_DRAFT).exists().label("drafts"),
    )
    .where(Member.telegram_id == bindparam("telegram_id"))
    .execution_options(autoflush=False)  # the first statement of the unit: nothing pending
)
