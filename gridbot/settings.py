"""Process settings from the environment (prefix GRIDBOT_), see README "Configuration"."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from gridbot.ratelimit import SendLimits

TELEGRAM_API = "https://api.telegram.org"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="GRIDBOT_", env_nested_delimiter="__", env_file=".env", extra="ignore"
    )

    telegram_token: SecretStr | None = None
    telegram_api_base: str = TELEGRAM_API
    data_dir: Path = Path("data")
    database_url: str | None = None  # default: SQLite file in data_dir
    admin_ids: Annotated[list[int], NoDecode] = Field(default_factory=list)
    config_dir: Path = Path("config")
    # Reports classified with less confidence than this go to the command centre for triage.
    triage_threshold: float = Field(default=0.45, ge=0, le=1)
    # A resolved case the reporter does not rate within this many days is closed.
    satisfaction_days: float = Field(default=3, gt=0)
    # Seconds between sweeps (auto-close, deadlines).
    sweep_seconds: int = Field(default=60, ge=1)
    # Run config/schedule.yaml (meetings, roster, roll call, reviews, digests) on the clock.
    schedule_enabled: bool = True
    # Telegram's flood limits the outbox sender keeps to (0 switches a limit off).
    outbox_global_per_s: float = Field(default=30, ge=0)
    outbox_chat_per_s: float = Field(default=1, ge=0)
    outbox_group_per_min: float = Field(default=20, ge=0)
    # A message claimed by a sender for longer than this is taken to be abandoned and resent.
    outbox_lease_seconds: float = Field(default=120, gt=0)
    # A member sending more reports than this within a minute is asked to slow down (0: never).
    flood_reports_per_minute: int = Field(default=6, ge=0)

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        if isinstance(value, str):
            parts = [p for p in value.replace(";", ",").replace(" ", ",").split(",") if p]
            try:
                return [int(p) for p in parts]
            except ValueError as exc:
                raise ValueError(
                    f"GRIDBOT_ADMIN_IDS must be Telegram user ids separated by commas: {value!r}"
                ) from exc
        if isinstance(value, int):
            return [value]
        return value

    def send_limits(self) -> SendLimits:
        return SendLimits(
            self.outbox_global_per_s or None,
            self.outbox_chat_per_s or None,
            self.outbox_group_per_min or None,
        )

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite+aiosqlite:///{self.data_dir / 'gridbot.db'}"
