"""When a new report is offered as a duplicate of an open case (config/duplicates.yaml)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from gridbot.config import parse_yaml_file

FILE = "duplicates.yaml"


class DuplicatePolicy(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    enabled: bool = True
    window_hours: float = Field(default=72, gt=0)  # open cases reported this recently
    min_similarity: float = Field(default=0.3, gt=0, le=1)  # character-bigram Jaccard
    answer_minutes: float = Field(default=30, gt=0)  # no answer: it becomes a new case

    @classmethod
    def load(cls, config_dir: Path | str) -> DuplicatePolicy:
        """Read `<config_dir>/duplicates.yaml` (absent: the defaults above)."""
        path = Path(config_dir) / FILE
        return parse_yaml_file(path, cls) if path.exists() else cls()

    @classmethod
    def off(cls) -> DuplicatePolicy:
        return cls(enabled=False)

    @property
    def window(self) -> timedelta:
        return timedelta(hours=self.window_hours)

    @property
    def answer_time(self) -> timedelta:
        return timedelta(minutes=self.answer_minutes)
