"""How alike two reports read (character-bigram Jaccard), and the duplicate settings."""

from __future__ import annotations

from pathlib import Path

import pytest

from gridbot.config import ConfigError
from gridbot.duplicate_rules import DuplicatePolicy
from nlp.similarity import bigrams, similarity
from tests.conftest import CONFIG_DIR


def test_the_same_problem_in_other_words_is_similar() -> None:
    a = "3号楼楼道里堆满杂物，堵住了消防通道"
    b = "3号楼楼道杂物堆放堵塞消防通道"
    assert similarity(a, b) >= 0.3


def test_another_problem_in_the_same_estate_is_not() -> None:
    a = "3号楼楼道里堆满杂物，堵住了消防通道"
    b = "5号楼楼道里有人给电动车充电"
    assert similarity(a, b) < 0.3


def test_punctuation_spacing_and_script_do_not_matter() -> None:
    assert similarity("路燈壞了！！", "路灯 坏了") == 1.0
    assert bigrams("路灯坏了") == {"路灯", "灯坏", "坏了"}


def test_empty_or_one_character_texts() -> None:
    assert similarity("", "路灯坏了") == 0.0
    assert similarity("火", "火") == 1.0


def test_the_street_settings_load() -> None:
    policy = DuplicatePolicy.load(CONFIG_DIR)
    assert policy.enabled and policy.window_hours == 72 and policy.min_similarity == 0.3
    assert policy.answer_time.total_seconds() == 30 * 60


def test_without_a_file_the_defaults_apply(tmp_path: Path) -> None:
    assert DuplicatePolicy.load(tmp_path) == DuplicatePolicy()


def test_a_bad_threshold_is_named(tmp_path: Path) -> None:
    (tmp_path / "duplicates.yaml").write_text("min_similarity: 1.5\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"duplicates.yaml: min_similarity"):
        DuplicatePolicy.load(tmp_path)
