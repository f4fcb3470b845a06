"""A clerk's mistake in the rule file is reported with file, category and entry named."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

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


def test_bad_sick_group_size_is_named(tmp_path: Path) -> None:
    message = error_for(tmp_path, GOOD + "  sick_min_people: 1\n")
    assert "urgency.sick_min_people" in message


PATTERN = """
danger_patterns:
  - name: 有人摔倒
    subjects: [老人, 孩子]
    harms: [摔, 晕]
    window: 4
    cancel: [没事]
"""


def test_a_danger_pattern_makes_a_report_urgent_and_names_the_pair(tmp_path: Path) -> None:
    write(tmp_path, GOOD + PATTERN)
    classifier = Classifier.from_config(tmp_path)
    result = classifier.classify("楼下老人刚才摔了一跤")
    assert result.urgent
    assert result.urgency_reasons == ("老人…摔",)
    assert not classifier.classify("楼下老人刚才摔了一跤 人没事").urgent
    assert not classifier.classify("老人说了半天话 最后才提到早上摔了").urgent  # too far apart


def test_a_danger_pattern_with_a_category_counts_as_its_keyword(tmp_path: Path) -> None:
    text = PATTERN.replace("    cancel: [没事]\n", "    category: fire_safety\n    weight: 2\n")
    write(tmp_path, GOOD + text)
    result = Classifier.from_config(tmp_path).classify("孩子晕了")
    assert (result.category, result.keywords, result.urgent) == ("fire_safety", ("孩子…晕",), True)


def test_pattern_without_harms_is_named(tmp_path: Path) -> None:
    message = error_for(tmp_path, GOOD + PATTERN.replace("    harms: [摔, 晕]\n", ""))
    assert "danger_patterns[1] (有人摔倒)" in message
    assert "harms" in message


def test_pattern_with_an_unknown_category_is_named(tmp_path: Path) -> None:
    message = error_for(tmp_path, GOOD + PATTERN + "    category: fire\n")
    assert "danger_patterns[1] (有人摔倒).category" in message and "'fire'" in message


def test_pattern_window_must_be_a_small_whole_number(tmp_path: Path) -> None:
    message = error_for(tmp_path, GOOD + PATTERN.replace("window: 4", "window: 100"))
    assert "danger_patterns[1] (有人摔倒).window" in message


def test_pattern_with_a_sentence_as_word_is_named(tmp_path: Path) -> None:
    message = error_for(tmp_path, GOOD + PATTERN.replace("[老人, 孩子]", "[楼下那个老人家的孙子]"))
    assert "danger_patterns[1] (有人摔倒).subjects" in message


def test_pattern_without_a_name_is_named(tmp_path: Path) -> None:
    message = error_for(
        tmp_path, GOOD + PATTERN.replace("  - name: 有人摔倒\n    subjects", "  - subjects")
    )
    assert "danger_patterns[1].name" in message


def test_a_pattern_without_subjects_counts_its_harm_words_alone_unless_cancelled(
    tmp_path: Path,
) -> None:
    smoke = PATTERN.replace("    subjects: [老人, 孩子]\n", "").replace("[摔, 晕]", "[冒烟]")
    write(tmp_path, GOOD + "  negations: [不是]\n" + smoke.replace("[没事]", "[烧烤]"))
    classifier = Classifier.from_config(tmp_path)
    assert classifier.classify("三楼窗户在冒烟").urgency_reasons == ("冒烟",)
    assert not classifier.classify("楼下烧烤摊一直在冒烟").urgent
    assert not classifier.classify("不是冒烟 是水蒸气").urgent


CROWD = """
  crowd_words: [围着]
  crowd_grievances: [工资]
  crowd_places: [门口]
  crowd_calm: [跳舞]
  lookalikes: [打不着火]
"""


def test_a_crowd_with_a_grievance_at_a_place_gathers_and_an_everyday_crowd_does_not(
    tmp_path: Path,
) -> None:
    write(tmp_path, GOOD + CROWD)
    classifier = Classifier.from_config(tmp_path)
    assert classifier.classify("三十多个工人围着老板").urgent
    assert classifier.classify("厂门口黑压压一片 都是来要工资的").urgent
    assert not classifier.classify("二十多个工人工资拖了两个月 想咨询").urgent
    assert not classifier.classify("几十个大妈围着音箱跳舞").urgent


def test_a_look_alike_silences_the_danger_word_inside_it(tmp_path: Path) -> None:
    write(tmp_path, GOOD + CROWD)
    classifier = Classifier.from_config(tmp_path)
    assert not classifier.classify("燃气灶打不着火了").urgent
    assert classifier.classify("燃气灶着火了").urgent


def test_an_unknown_urgency_field_is_named(tmp_path: Path) -> None:
    message = error_for(tmp_path, GOOD + "  crowd_place: [门口]\n")
    assert "urgency" in message and "crowd_place" in message


def test_a_crowd_category_that_does_not_exist_is_named(tmp_path: Path) -> None:
    text = GOOD + "  crowd_category: petitions\n  crowd_weight: 2\n"
    assert "petitions" in error_for(tmp_path, text)


def test_a_crowd_weight_out_of_range_is_rejected(tmp_path: Path) -> None:
    text = GOOD + "  crowd_category: fire_safety\n  crowd_weight: 20\n"
    assert "crowd_weight" in error_for(tmp_path, text)


def test_a_grievance_category_that_does_not_exist_is_named(tmp_path: Path) -> None:
    text = GOOD + "  grievance_categories: [wages]\n"
    message = error_for(tmp_path, text)
    assert "grievance_categories" in message and "wages" in message


def test_an_ongoing_category_that_does_not_exist_is_named(tmp_path: Path) -> None:
    text = GOOD + "  ongoing_categories: [fire]\n"
    message = error_for(tmp_path, text)
    assert "ongoing_categories" in message and "fire" in message


def test_a_precedence_rule_to_an_unknown_category_is_named(tmp_path: Path) -> None:
    text = GOOD + "precedence:\n  - name: 归调解\n    from: fire_safety\n    to: disputes\n"
    text += "    words: [漏水]\n"
    message = error_for(tmp_path, text)
    assert "precedence[1] (归调解).to" in message and "disputes" in message


def test_a_precedence_rule_without_words_is_rejected(tmp_path: Path) -> None:
    text = GOOD + "precedence:\n  - name: 归其他\n    from: fire_safety\n    to: other\n"
    assert "precedence[1] (归其他).words" in error_for(tmp_path, text)


def test_a_weight_given_twice_in_a_category_is_named_with_its_line(tmp_path: Path) -> None:
    # YAML would keep only the second "3:" list and drop 着火 without a word
    twice = "      3: [着火]\n      3: [电动车+充电]\n"
    text = GOOD.replace("      3: [着火, 电动车+充电]\n", twice)
    message = error_for(tmp_path, text)
    assert "given twice" in message and "line 7" in message


# The parse of a large rule file is kept between starts (nlp/rules.py: _parsed)

SHIPPED = CONFIG / "categories.yaml"


def _no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the rule file was parsed again")

    monkeypatch.setattr("nlp.rules.yaml.load", refuse)


def test_a_large_rule_file_is_parsed_once_and_loads_the_same_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = load_rules(SHIPPED, cache_folder=tmp_path)
    assert len(list(tmp_path.glob("gridbot-rules.*.bin"))) == 1
    _no_parsing(monkeypatch)
    assert load_rules(SHIPPED, cache_folder=tmp_path) == first


def test_an_edited_rule_file_is_parsed_afresh(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    edited = tmp_path / "categories.yaml"
    text = SHIPPED.read_text(encoding="utf-8")
    edited.write_text(text, encoding="utf-8")
    load_rules(edited, cache_folder=cache)
    edited.write_text(text.replace("label: 治安", "label: 社会治安", 1), encoding="utf-8")
    assert load_rules(edited, cache_folder=cache).categories[0].label == "社会治安"
    assert len(list(cache.glob("gridbot-rules.*.bin"))) == 2


def test_an_edited_rule_file_is_validated_even_when_its_parse_is_cached(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    bad = tmp_path / "categories.yaml"
    text = SHIPPED.read_text(encoding="utf-8").replace("label: 治安", "label: ''", 1)
    bad.write_text(text, encoding="utf-8")
    for _ in range(2):  # the second load reads the cached parse and still refuses it
        with pytest.raises(RuleError, match="public_security"):
            load_rules(bad, cache_folder=cache)


def test_a_cache_another_user_could_have_written_is_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = load_rules(SHIPPED, cache_folder=tmp_path)
    (cached,) = tmp_path.glob("gridbot-rules.*.bin")
    cached.chmod(0o666)  # writable by anyone: not trusted, parsed afresh
    parsed = []
    real = yaml.load
    monkeypatch.setattr("nlp.rules.yaml.load", lambda *a, **k: parsed.append(1) or real(*a, **k))
    assert load_rules(SHIPPED, cache_folder=tmp_path) == first
    assert parsed == [1]


def test_a_broken_or_unwritable_cache_only_costs_time(tmp_path: Path) -> None:
    first = load_rules(SHIPPED, cache_folder=tmp_path)
    (cached,) = tmp_path.glob("gridbot-rules.*.bin")
    cached.write_bytes(b"\x00not marshal")
    assert load_rules(SHIPPED, cache_folder=tmp_path) == first
    assert load_rules(SHIPPED, cache_folder=tmp_path / "no such folder") == first


def test_a_cache_of_another_layout_has_another_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An older version sharing the folder never reads this one's file, nor this one its."""
    load_rules(SHIPPED, cache_folder=tmp_path)
    monkeypatch.setattr("nlp.rules.MARSHALLED", "plain marshal")
    load_rules(SHIPPED, cache_folder=tmp_path)
    assert len(list(tmp_path.glob("gridbot-rules.*.bin"))) == 2


def test_a_rule_file_that_is_not_utf8_is_named(tmp_path: Path) -> None:
    path = tmp_path / "categories.yaml"
    path.write_bytes(GOOD.encode("gbk"))
    with pytest.raises(RuleError, match="categories.yaml: not UTF-8"):
        load_rules(path)


def test_a_parse_that_cannot_be_cached_leaves_no_file_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unmarshallable(*args: object) -> None:
        raise ValueError("unmarshallable object")

    monkeypatch.setattr("nlp.cache_file.marshal.dumps", unmarshallable)
    assert load_rules(SHIPPED, cache_folder=tmp_path).categories
    assert list(tmp_path.iterdir()) == []
