"""Registration of grid workers and volunteers (/register 姓名 网格编号 [身份])."""

from __future__ import annotations

from dataclasses import dataclass, field

from gridbot.config import Grid
from gridbot.db.models import Member
from gridbot.services.context import Outcome, ServiceContext, member_by_telegram
from gridbot.services.intake import IntakeResult, flush_held_reports

ROLE_WORDS = {
    "网格员": "worker",
    "志愿者": "volunteer",
    "平安志愿者": "volunteer",
    "楼栋长": "building_head",
    "队员": "team_member",
    "领导": "leader",
}


@dataclass
class Registration:
    outcome: Outcome
    member: Member | None = None
    grid: Grid | None = None
    created: bool = False
    unknown_grid: str | None = None
    unknown_role: str | None = None
    valid_grids: list[Grid] = field(default_factory=list)
    held: list[IntakeResult] = field(default_factory=list)  # reports kept before registering


async def register(
    ctx: ServiceContext, telegram_id: int, name: str, grid_code: str, role_word: str | None = None
) -> Registration:
    grid = ctx.street.find_grid(grid_code)
    if grid is None:
        return Registration(
            Outcome.NOT_FOUND, unknown_grid=grid_code, valid_grids=list(ctx.street.grids.values())
        )
    role = "worker"
    if role_word:
        if role_word not in ROLE_WORDS:
            return Registration(Outcome.NOT_ALLOWED, unknown_role=role_word)
        role = ROLE_WORDS[role_word]
    if ctx.is_admin(telegram_id):
        role = "admin"
    now = ctx.clock.now()
    async with ctx.uow() as session:
        member = await member_by_telegram(session, telegram_id)
        created = member is None
        if member is None:
            member = Member(telegram_id=telegram_id, name=name, created_at=now)
            session.add(member)
        member.name, member.grid_code, member.role = name, grid.code, role
        await session.flush()
        held = await flush_held_reports(ctx, session, member)
    return Registration(Outcome.OK, member=member, grid=grid, created=created, held=held)
