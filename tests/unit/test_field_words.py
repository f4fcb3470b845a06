"""The field words' cached frequencies leave jieba's tokenizer exactly as add_word does."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import jieba

from nlp.field_words import add_field_words, cache_path

WORDS = ["占道经营", "电动车充电", "群租房", "网格员", "楼道堆物", "电瓶车", "拦着不让走"]


def tokenizer(tmp_dir: Path) -> jieba.Tokenizer:
    """A tokenizer keeping the field words' cache in `tmp_dir` (and jieba's own where it
    always is, so its dictionary is not rebuilt for each test)."""
    made = jieba.Tokenizer()
    made.tmp_dir = str(tmp_dir)
    made.cache_file = os.path.join(tempfile.gettempdir(), "jieba.cache")
    made.initialize()
    return made


def test_the_cached_frequencies_give_the_same_tokenizer_as_add_word(tmp_path: Path) -> None:
    plain = tokenizer(tmp_path)
    for word in WORDS:
        plain.add_word(word)
    first, second = tokenizer(tmp_path), tokenizer(tmp_path)
    add_field_words(first, WORDS)  # computes and writes the cache
    assert cache_path(tokenizer(tmp_path), WORDS).exists()
    add_field_words(second, WORDS)  # reads it
    for made in (first, second):
        assert made.total == plain.total
        assert made.FREQ == plain.FREQ
        assert made.lcut("路口有人占道经营 楼道堆物") == plain.lcut("路口有人占道经营 楼道堆物")


def test_a_damaged_cache_file_is_computed_again(tmp_path: Path) -> None:
    cache_path(tokenizer(tmp_path), WORDS).write_text("[1, 2", encoding="utf-8")
    made = tokenizer(tmp_path)
    add_field_words(made, WORDS)
    plain = tokenizer(tmp_path)
    for word in WORDS:
        plain.add_word(word)
    assert made.FREQ == plain.FREQ
