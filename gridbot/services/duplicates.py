"""Duplicate reports (重复上报): finding the open case a new report repeats, holding the report
while its reporter decides, merging it into the case, and telling every reporter of a case.

A report repeats an open case when the case is not resolved yet, has the same category, lies
in the same grid or names the same place, was reported within the configured window, and the
texts are similar enough (character-bigram Jaccard, nlp.similarity). Urgent reports never wait
for the question: they open a case at once and the reporter is told of the similar one.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, and_, bindparam, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from gridbot.db.models import Case, CaseReporter, Member, PendingDuplicate
from gridbot.messages import CaseView
from gridbot.outbox import enqueue
from gridbot.services.context import Actor, ServiceContext, record_event
from gridbot.services.joint import teams_of
from gridbot.states import Action, Status
from nlp import Classification
from nlp.similarity import bigrams, overlap

# A report can join a case that a team still has to deal with.
MERGEABLE = frozenset({Status.REPORTED, Status.TRIAGE, Status.DISPATCHED, Status.ACCEPTED})


@dataclass(frozen=True)
class Similar:
    case: Case
    score: float
    urgent: bool  # the new report is urgent: it opens a case without asking


@dataclass(frozen=True)
class Draft:
    """What the reporter sent, kept as it is until it becomes a case or joins one."""

    text: str
    photos: list[str]
    latitude: float | None
    longitude: float | None
    source_key: str | None


async def find_similar(
    ctx: ServiceContext, session: AsyncSession, member: Member, text: str, result: Classification
) -> Similar | None:
    """The open case this report (classified as `result`) most likely repeats, or None."""
    policy = ctx.duplicates
    if not policy.enabled or result.category == "other":
        return None
    grid = result.grid_code or member.grid_code
    if not grid and not result.place:
        return None
    candidates = await session.execute(
        _CANDIDATES[bool(grid), bool(result.place)],
        {
            "category": result.category,
            "since": ctx.clock.now() - policy.window,
            "grid": grid,
            "place": result.place,
        },
    )
    pieces = bigrams(text)
    scored = [(overlap(pieces, bigrams(other)), case_id) for case_id, other in candidates]
    best = max((s for s in scored if s[0] >= policy.min_similarity), default=None)
    if best is None:
        return None
    case = await session.get_one(Case, best[1])
    return Similar(case, round(best[0], 2), result.urgent)


def _candidates(by_grid: bool, by_place: bool) -> Select[int, str]:
    """Open cases of the category, recent enough, in the same grid or at the same place.

    The category is named in each branch of the OR, so each branch is one look-up in its
    index ((category, grid_code), (category, place)) instead of a walk through the category."""
    category = Case.category == bindparam("category")
    same_place = [and_(category, Case.grid_code == bindparam("grid"))] if by_grid else []
    if by_place:
        same_place.append(and_(category, Case.place == bindparam("place")))
    return select(Case.id, Case.text).where(
        Case.status.in_([s.value for s in MERGEABLE]),
        Case.created_at >= bindparam("since"),
        or_(*same_place),
    )


# Built once per kind of look-up: (by grid, by place).
_CANDIDATES = {
    (by_grid, by_place): _candidates(by_grid, by_place)
    for by_grid in (False, True)
    for by_place in (False, True)
    if by_grid or by_place
}


def offer_merge(
    ctx: ServiceContext, session: AsyncSession, member: Member, similar: Similar, draft: Draft
) -> PendingDuplicate:
    """Keep the report and ask its reporter: 合并到 #编号 or 这是新事件."""
    now = ctx.clock.now()
    pending = PendingDuplicate(
        member_id=member.id,
        member=member,
        case_id=similar.case.id,
        similarity=similar.score,
        text=draft.text,
        photos=draft.photos,
        latitude=draft.latitude,
        longitude=draft.longitude,
        source_key=draft.source_key,
        created_at=now,
    )
    session.add(pending)
    return pending


async def ask_reporter(
    ctx: ServiceContext, session: AsyncSession, pending: PendingDuplicate, similar: Similar
) -> None:
    await session.flush()  # the question's buttons carry the pending report's id
    prompt = ctx.presenter.duplicate_offer(
        ctx.view(similar.case), pending.id, similar.score, ctx.duplicates.answer_minutes
    )
    enqueue(session, ctx.clock.now(), pending.member.telegram_id, prompt)


def tell_urgent_opened(
    ctx: ServiceContext, session: AsyncSession, member: Member, view: CaseView, similar: Similar
) -> None:
    """An urgent report opened its own case at once; say which case it resembles."""
    message = ctx.presenter.duplicate_urgent_opened(view, ctx.view(similar.case))
    enqueue(session, ctx.clock.now(), member.telegram_id, message)


async def merge_report(
    ctx: ServiceContext, session: AsyncSession, case: Case, member: Member, draft: Draft
) -> None:
    """Attach the report to the case; its team sees it and the reporter is told."""
    now = ctx.clock.now()
    session.add(
        CaseReporter(
            case_id=case.id,
            member_id=member.id,
            text=draft.text,
            photos=draft.photos,
            source_key=draft.source_key,
            at=now,
        )
    )
    if draft.photos:
        case.photos = [*(case.photos or []), *draft.photos]
    actor = Actor(member.telegram_id, member.name)
    record_event(
        session,
        case,
        Action.ADD_REPORTER,
        actor,
        now,
        Status(case.status),
        draft.text,
        {"member_id": member.id},
    )
    view = ctx.view(case)
    enqueue(session, now, member.telegram_id, ctx.presenter.duplicate_merged(view))
    photo = draft.photos[0] if draft.photos else None
    notice = ctx.presenter.duplicate_added(view, member.name, draft.text, photo)
    for chat in await _work_chats(session, case):
        enqueue(session, now, chat, notice)


async def _work_chats(session: AsyncSession, case: Case) -> list[int]:
    """The lead's (or triage) chat and every assisting team's chat."""
    chats = [case.dispatch_chat_id] if case.dispatch_chat_id is not None else []
    for row in await teams_of(session, case):
        if not row.is_lead and row.chat_id is not None and row.chat_id not in chats:
            chats.append(row.chat_id)
    return chats


async def merged_members(session: AsyncSession, case: Case) -> list[Member]:
    """Everyone whose report was merged into the case, except its own reporter, once each."""
    rows = await session.scalars(
        select(Member)
        .join(CaseReporter, CaseReporter.member_id == Member.id)
        .where(CaseReporter.case_id == case.id, Member.id != case.reporter_id)
        .order_by(CaseReporter.id)
    )
    return list(dict.fromkeys(rows))


async def tell_merged_reporters(
    ctx: ServiceContext, session: AsyncSession, case: Case, what: str
) -> None:
    """Merged reports share the case: their reporters hear of its end too (without the
    rating buttons; the case's own reporter rates it)."""
    members = await merged_members(session, case)
    if not members:
        return
    message = ctx.presenter.merged_reporter_update(ctx.view(case), what)
    for member in members:
        enqueue(session, ctx.clock.now(), member.telegram_id, message)
