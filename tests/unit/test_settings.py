"""Settings read from GRIDBOT_* variables."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from gridbot.settings import Settings


def test_admin_ids_are_read_from_a_comma_separated_list(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GRIDBOT_ADMIN_IDS", "111, 222,333")
    assert Settings().admin_ids == [111, 222, 333]


def test_a_wrong_admin_id_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GRIDBOT_ADMIN_IDS", "111,abc")
    with pytest.raises(ValidationError, match="GRIDBOT_ADMIN_IDS"):
        Settings()


def test_the_default_database_is_a_sqlite_file_in_the_data_directory(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("GRIDBOT_DATABASE_URL", raising=False)
    monkeypatch.setenv("GRIDBOT_DATA_DIR", "/srv/gridbot")
    assert Settings().resolved_database_url == "sqlite+aiosqlite:////srv/gridbot/gridbot.db"


def test_the_token_is_a_secret_that_does_not_print(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GRIDBOT_TELEGRAM_TOKEN", "123456:SECRET")
    settings = Settings()
    assert "SECRET" not in repr(settings)
    assert settings.telegram_token is not None
    assert settings.telegram_token.get_secret_value() == "123456:SECRET"
