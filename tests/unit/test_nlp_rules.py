"""A clerk's mistake in the rule file is reported with file, category and entry named."""

from __future__ import annotations

from pathlib import Path

import pytest

from nlp import Classifier, RuleError
from nlp.rules import load_rules

CONFIG = Path(__file__).parents[2] / "config"

GOOD = """
categories:
  fire_safety:
    label: 消防安全
    keywords:
      3: [着火, 电动车+充电]
    context: [不是着火]
  other:
    label: 其他
urgency:
  danger: [着火]
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "categories.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def error_for(tmp_path: Path, text: str) -> str:
    path = write(tmp_path, text)
    with pytest.raises(RuleError) as info:
        load_rules(path)
    return str(info.value)


def test_the_shipped_rule_file_loads_with_all_taxonomy_categories() -> None:
    rules = load_rules(CONFIG / "categories.yaml")
    assert len(rules.categories) == 15
    assert all(c.keywords for c in rules.categories)


def test_a_small_valid_rule_file_classifies(tmp_path: Path) -> None:
    write(tmp_path, GOOD)
    result = Classifier.from_config(tmp_path).classify("楼下电动车在充电")
    assert result.category == "fire_safety"
    assert result.keywords == ("电动车+充电",)


def test_rule_error_is_a_value_error() -> None:
    assert issubclass(RuleError, ValueError)


def test_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(RuleError, match="categories.yaml: file not found"):
        load_rules(tmp_path / "categories.yaml")


def test_broken_yaml_is_named(tmp_path: Path) -> None:
    assert "not valid YAML" in error_for(tmp_path, "categories: [unclosed")


def test_bad_weight_names_category_and_entry(tmp_path: Path) -> None:
    message = error_for(tmp_path, GOOD.replace("3: [着火", "high: [着火"))
    assert "categories.fire_safety.keywords.high" in message
    assert "weight" in message


def test_sentence_as_keyword_is_rejected_with_the_entry_named(tmp_path: Path) -> None:
    message = error_for(tmp_path, GOOD.replace("[着火,", "[楼下那家饭店的后厨着火了,"))
    assert "categories.fire_safety.keywords.3" in message
    assert "楼下那家饭店的后厨着火了" in message


def test_keyword_with_space_is_rejected(tmp_path: Path) -> None:
    assert "着 火" in error_for(tmp_path, GOOD.replace("[着火,", "[着 火,"))


def test_duplicate_keyword_is_rejected(tmp_path: Path) -> None:
    message = error_for(tmp_path, GOOD.replace("[着火,", "[着火, 着火,"))
    assert "listed twice" in message


def test_missing_label_is_named(tmp_path: Path) -> None:
    assert "categories.fire_safety.label" in error_for(tmp_path, GOOD.replace("消防安全", "''"))


def test_unknown_field_is_named(tmp_path: Path) -> None:
    message = error_for(tmp_path, GOOD.replace("    context:", "    contxt:"))
    assert "categories.fire_safety" in message and "contxt" in message


def test_rule_file_without_other_is_rejected(tmp_path: Path) -> None:
    text = GOOD.replace("  other:\n    label: 其他\n", "")
    assert "categories.other" in error_for(tmp_path, text)


def test_bad_crowd_size_is_named(tmp_path: Path) -> None:
    message = error_for(tmp_path, GOOD + "  crowd_min_people: lots\n")
    assert "urgency.crowd_min_people" in message
