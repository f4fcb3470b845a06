"""Routing from category to team, and configuration errors that name file and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from gridbot.config import COMMAND, ConfigError, load_street_config

CONFIG = Path(__file__).resolve().parents[2] / "config"


def test_each_category_routes_to_the_first_team_that_lists_it() -> None:
    street = load_street_config(CONFIG)
    assert street.team_for("labor") == "labor"
    assert street.team_for("fire_safety") == "fire"
    assert street.team_for("urban_management") == "chengguan"


def test_other_and_unknown_categories_go_to_the_command_centre() -> None:
    street = load_street_config(CONFIG)
    assert street.team_for("other") == COMMAND
    assert street.team_for("no_such_category") == COMMAND
    assert street.team_name(COMMAND) == "指挥中心"


def test_grid_codes_are_found_whatever_their_case() -> None:
    street = load_street_config(CONFIG)
    grid = street.find_grid("xf-01")
    assert grid is not None and grid.community_name == "幸福社区"


def _config(tmp_path: Path, teams: str, street: str | None = None) -> Path:
    (tmp_path / "teams.yaml").write_text(teams, encoding="utf-8")
    street_text = street or (CONFIG / "street.yaml").read_text(encoding="utf-8")
    (tmp_path / "street.yaml").write_text(street_text, encoding="utf-8")
    return tmp_path


def test_a_bad_team_code_is_reported_with_file_and_field(tmp_path: Path) -> None:
    path = _config(tmp_path, "teams:\n  - {code: Fire Team, name: 消防}\n")
    with pytest.raises(ConfigError, match=r"teams\.yaml: teams\.0\.code"):
        load_street_config(path)


def test_command_is_reserved_for_the_command_centre(tmp_path: Path) -> None:
    path = _config(tmp_path, "teams:\n  - {code: command, name: 指挥}\n")
    with pytest.raises(ConfigError, match="reserved"):
        load_street_config(path)


def test_duplicate_grid_codes_are_refused(tmp_path: Path) -> None:
    street = (
        "street: {code: s, name: 街道}\ncommunities:\n  - code: A\n    name: 社区\n    grids:\n"
        "      - {code: A-1, name: 一}\n      - {code: a-1, name: 二}\n"
    )
    path = _config(tmp_path, "teams:\n  - {code: fire, name: 消防}\n", street)
    with pytest.raises(ConfigError, match=r"communities\.0\.grids\.1\.code: duplicate"):
        load_street_config(path)


def test_invalid_yaml_names_the_file(tmp_path: Path) -> None:
    path = _config(tmp_path, "teams: [\n")
    with pytest.raises(ConfigError, match=r"teams\.yaml: not valid YAML"):
        load_street_config(path)
