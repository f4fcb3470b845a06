"""The field words' tokenizer is the one initialize() and add_word give, cached or not."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import jieba
import pytest

from nlp.cache_file import write_marshalled
from nlp.field_words import field_tokenizer

WORDS = ["占道经营", "电动车充电", "群租房", "网格员", "楼道堆物", "电瓶车", "拦着不让走"]
TEXT = "路口有人占道经营 楼道堆物"


@pytest.fixture(scope="module")
def plain() -> jieba.Tokenizer:
    """The tokenizer built the plain way (jieba's own cache as always)."""
    made = jieba.Tokenizer()
    made.initialize()
    for word in WORDS:
        made.add_word(word)
    return made


def assert_same(made: jieba.Tokenizer, plain: jieba.Tokenizer) -> None:
    assert made.initialized
    assert made.total == plain.total
    assert list(made.FREQ.items()) == list(plain.FREQ.items())  # entries in the same order too
    assert made.lcut(TEXT) == plain.lcut(TEXT)


def cache_files(folder: Path) -> tuple[Path, Path]:
    (dictionary,) = folder.glob("gridbot-jieba.*.bin")
    (words,) = folder.glob("gridbot-words.*.bin")
    return dictionary, words


def no_building(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("built instead of read from the cache")

    monkeypatch.setattr(jieba.Tokenizer, "initialize", refuse)
    monkeypatch.setattr(jieba.Tokenizer, "add_word", refuse)


def test_the_cached_tokenizer_is_the_one_add_word_gives(
    tmp_path: Path, plain: jieba.Tokenizer, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert_same(field_tokenizer(WORDS, tmp_path), plain)  # builds and writes the cache
    cache_files(tmp_path)
    no_building(monkeypatch)
    assert_same(field_tokenizer(WORDS, tmp_path), plain)  # reads it


def test_other_words_reuse_jiebas_dictionary_and_are_added_afresh(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    field_tokenizer(WORDS, tmp_path)
    monkeypatch.setattr(jieba.Tokenizer, "initialize", lambda self: pytest.fail("initialized"))
    made = field_tokenizer([*WORDS, "飞线充电"], tmp_path)
    assert made.FREQ["飞线充电"] > 0
    assert len(list(tmp_path.glob("gridbot-jieba.*.bin"))) == 1
    assert len(list(tmp_path.glob("gridbot-words.*.bin"))) == 2


def test_the_same_words_in_another_order_are_added_afresh(tmp_path: Path) -> None:
    field_tokenizer(WORDS, tmp_path)
    field_tokenizer(WORDS[::-1], tmp_path)  # a word's frequency depends on those before it
    assert len(list(tmp_path.glob("gridbot-words.*.bin"))) == 2


def test_another_jieba_version_builds_afresh(tmp_path: Path, plain: jieba.Tokenizer) -> None:
    field_tokenizer(WORDS, tmp_path)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(jieba, "__version__", "0.0.0")
        assert_same(field_tokenizer(WORDS, tmp_path), plain)
    assert len(list(tmp_path.glob("gridbot-jieba.*.bin"))) == 2
    assert len(list(tmp_path.glob("gridbot-words.*.bin"))) == 2


@pytest.mark.parametrize(
    "damage",
    [
        lambda path: path.write_bytes(path.read_bytes()[:-100]),  # cut short
        lambda path: path.write_bytes(path.read_bytes()[:-1] + b"x"),  # changed
        lambda path: path.write_bytes(b""),
        lambda path: write_marshalled(path, ["not", "a", "dictionary"], "a test"),
        lambda path: write_marshalled(path, ({}, "no total"), "a test"),
    ],
)
def test_a_damaged_cache_is_built_again(
    tmp_path: Path, plain: jieba.Tokenizer, damage: Callable[[Path], None]
) -> None:
    field_tokenizer(WORDS, tmp_path)
    for cached in cache_files(tmp_path):
        damage(cached)
        assert_same(field_tokenizer(WORDS, tmp_path), plain)


def test_a_cache_another_user_could_have_written_is_ignored(
    tmp_path: Path, plain: jieba.Tokenizer, monkeypatch: pytest.MonkeyPatch
) -> None:
    field_tokenizer(WORDS, tmp_path)
    for cached in cache_files(tmp_path):
        write_marshalled(cached, ({"占道经营": 1}, 1), "a test")  # planted
        cached.chmod(0o666)  # writable by anyone: not trusted
    assert_same(field_tokenizer(WORDS, tmp_path), plain)


def test_an_unwritable_cache_folder_only_costs_time(
    tmp_path: Path, plain: jieba.Tokenizer
) -> None:
    assert_same(field_tokenizer(WORDS, tmp_path / "no such folder"), plain)


def test_a_new_layout_of_the_files_gets_new_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    field_tokenizer(WORDS, tmp_path)
    monkeypatch.setattr("nlp.field_words._FORMAT", "another layout")
    field_tokenizer(WORDS, tmp_path)
    assert len(list(tmp_path.glob("gridbot-jieba.*.bin"))) == 2
    assert len(list(tmp_path.glob("gridbot-words.*.bin"))) == 2
