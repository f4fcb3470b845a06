"""The street's YAML configuration (config/street.yaml, config/teams.yaml), validated at start.

Errors name the file, the place in it and the field, so an operator can fix a typo without
reading Python tracebacks.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

M = TypeVar("M", bound="BaseModel")

COMMAND = "command"  # the command centre (指挥中心): manual triage, not a team
DIGEST = "digest"  # a chat for digests (日调度、周研判、月通报) besides the command centre
COMMUNITY_PREFIX = "community:"  # a community's chat (社区群), e.g. "community:XF"


class ConfigError(Exception):
    """A configuration file is missing or invalid; the message names file and field."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class GridConfig(_Strict):
    code: str = Field(min_length=1, max_length=32)
    name: str = Field(min_length=1)
    households: int | None = Field(default=None, ge=0)
    aliases: list[str] = Field(default_factory=list)


class CommunityConfig(_Strict):
    code: str = Field(min_length=1, max_length=32)
    name: str = Field(min_length=1)
    grids: list[GridConfig] = Field(min_length=1)


class StreetInfo(_Strict):
    code: str
    name: str


class StreetFile(_Strict):
    street: StreetInfo
    communities: list[CommunityConfig] = Field(min_length=1)


class TeamConfig(_Strict):
    code: str = Field(min_length=1, max_length=32, pattern=r"^[a-z][a-z0-9_]*$")
    name: str = Field(min_length=1)
    categories: list[str] = Field(default_factory=list)
    # How reminders address the team lead in the team chat: a Telegram @username, or a name.
    lead: str | None = None

    @field_validator("code")
    @classmethod
    def _not_command(cls, v: str) -> str:
        if v == COMMAND:
            raise ValueError("'command' is reserved for the command centre")
        return v


class TeamsFile(_Strict):
    teams: list[TeamConfig] = Field(min_length=1)


@dataclass(frozen=True)
class Grid:
    code: str
    name: str
    community_code: str
    community_name: str
    households: int | None
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class StreetConfig:
    """Everything the services need to know about the street, loaded once at start."""

    street_name: str
    grids: dict[str, Grid]
    teams: dict[str, TeamConfig]
    routes: dict[str, str]  # category code -> team code

    def grid_aliases(self) -> dict[str, list[str]]:
        return {code: [g.name, *g.aliases] for code, g in self.grids.items()}

    def team_for(self, category: str) -> str:
        return self.routes.get(category, COMMAND)

    def team_name(self, code: str) -> str:
        if code == COMMAND:
            return "指挥中心"
        team = self.teams.get(code)
        return team.name if team else code

    def community_names(self) -> dict[str, str]:
        return {g.community_code: g.community_name for g in self.grids.values()}

    def find_grid(self, code: str) -> Grid | None:
        return self.grids.get(code.strip().upper())


def _read_yaml(path: Path) -> Any:
    if not path.exists():
        raise ConfigError(f"{path}: file not found")
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {exc}") from exc


def describe_validation_error(path: Path, exc: ValidationError) -> str:
    """Render pydantic errors as `file: field.path: message` lines."""
    lines = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"]) or "(top level)"
        lines.append(f"{path}: {where}: {err['msg']}")
    return "\n".join(lines)


def parse_yaml_file(path: Path, model: type[M]) -> M:
    data = _read_yaml(path)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(describe_validation_error(path, exc)) from exc


def load_street_config(config_dir: Path) -> StreetConfig:
    config_dir = Path(config_dir)
    street_path = config_dir / "street.yaml"
    teams_path = config_dir / "teams.yaml"
    street = parse_yaml_file(street_path, StreetFile)
    teams_file = parse_yaml_file(teams_path, TeamsFile)

    grids: dict[str, Grid] = {}
    for ci, community in enumerate(street.communities):
        for gi, g in enumerate(community.grids):
            code = g.code.upper()
            if code in grids:
                where = f"communities.{ci}.grids.{gi}.code"
                raise ConfigError(f"{street_path}: {where}: duplicate grid code {g.code}")
            grids[code] = Grid(
                code=code,
                name=g.name,
                community_code=community.code,
                community_name=community.name,
                households=g.households,
                aliases=tuple(g.aliases),
            )

    teams: dict[str, TeamConfig] = {}
    routes: dict[str, str] = {}
    for ti, team in enumerate(teams_file.teams):
        if team.code in teams:
            raise ConfigError(f"{teams_path}: teams.{ti}.code: duplicate team code {team.code}")
        teams[team.code] = team
        for category in team.categories:
            routes.setdefault(category, team.code)
    return StreetConfig(street_name=street.street.name, grids=grids, teams=teams, routes=routes)
