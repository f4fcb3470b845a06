"""Joint handling triggers (联调联处) from config/joint.yaml, validated at start.

A rule names the reports one team cannot handle alone (a crowd demanding wages, an urgent
public-security case, anyone injured, a fire) and the teams that go together: one lead team,
which accepts and resolves the case as usual, and assisting teams that each accept on their
own card. The first rule whose conditions all hold wins.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from gridbot.config import COMMAND, ConfigError, parse_yaml_file
from gridbot.deadlines import CATEGORIES

FILE = "joint.yaml"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class JointRule(_Strict):
    name: str = Field(min_length=1, max_length=40)
    categories: list[str] = Field(default_factory=list)  # empty: any category
    min_people: int | None = Field(default=None, ge=2)
    urgent: bool | None = None
    injury: bool = False
    lead: str | None = None  # None: the team the category routes to
    assist: list[str] = Field(min_length=1)


class JointFile(_Strict):
    injury_words: list[str] = Field(default_factory=list)
    rules: list[JointRule] = Field(default_factory=list)


@dataclass(frozen=True)
class JointPlan:
    """Who goes: the lead team, the assisting teams, and the rule that asked for it."""

    rule: str
    lead: str
    assist: tuple[str, ...]

    @property
    def teams(self) -> tuple[str, ...]:
        return (self.lead, *self.assist)


@dataclass(frozen=True)
class JointPolicy:
    rules: tuple[JointRule, ...] = ()
    injury_words: frozenset[str] = frozenset()

    @classmethod
    def load(cls, config_dir: Path | str, teams: Collection[str]) -> JointPolicy:
        """Read `<config_dir>/joint.yaml` (absent: no joint handling); check every code."""
        path = Path(config_dir) / FILE
        if not path.exists():
            return cls()
        parsed = parse_yaml_file(path, JointFile)
        for i, rule in enumerate(parsed.rules):
            where = f"{path}: rules.{i}"
            for j, category in enumerate(rule.categories):
                if category not in CATEGORIES:
                    raise ConfigError(f"{where}.categories.{j}: unknown category {category!r}")
            named = ([("lead", rule.lead)] if rule.lead else []) + [
                (f"assist.{j}", code) for j, code in enumerate(rule.assist)
            ]
            for field, code in named:
                if code not in teams:
                    raise ConfigError(f"{where}.{field}: unknown team code {code!r}")
            if len(set(rule.assist)) != len(rule.assist) or rule.lead in rule.assist:
                raise ConfigError(f"{where}.assist: a team is listed twice")
            if rule.injury and not parsed.injury_words:
                raise ConfigError(f"{where}.injury: needs injury_words at the top of the file")
        return cls(tuple(parsed.rules), frozenset(parsed.injury_words))

    def plan(
        self,
        category: str,
        urgent: bool,
        people: int | None,
        urgency_reasons: Iterable[str],
        routed_team: str,
    ) -> JointPlan | None:
        """The joint dispatch for a classified report, or None when one team is enough."""
        reasons = tuple(urgency_reasons)
        injured = any(word in reason for reason in reasons for word in self.injury_words)
        for rule in self.rules:
            if rule.categories and category not in rule.categories:
                continue
            if rule.min_people is not None and (people or 0) < rule.min_people:
                continue
            if rule.urgent is not None and urgent != rule.urgent:
                continue
            if rule.injury and not injured:
                continue
            lead = rule.lead or routed_team
            if lead == COMMAND:
                continue  # nobody to lead: manual triage decides
            assist = tuple(code for code in rule.assist if code != lead)
            if assist:
                return JointPlan(rule.name, lead, assist)
        return None
