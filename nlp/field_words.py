"""The field's words added to a jieba tokenizer, with their frequencies cached on disk.

jieba's `add_word(word)` works out a frequency that keeps the word whole by segmenting it,
against the dictionary as the words before it left it; for the rule file's ten thousand words
that is a third of the classifier's start-up. The frequencies depend only on jieba's own
dictionary and the words in their order, so they are computed once, kept in a small JSON file
beside jieba's cache (keyed by a hash of both), and given to `add_word` directly on later
starts: the tokenizer ends in exactly the same state either way.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from collections.abc import Sequence
from pathlib import Path

import jieba

from nlp.cache_file import write_whole


def cache_path(tokenizer: jieba.Tokenizer, words: Sequence[str]) -> Path:
    """Where the frequencies of these words for this tokenizer's dictionary are kept."""
    digest = hashlib.sha1(usedforsecurity=False)
    digest.update(f"{jieba.__version__}\n{tokenizer.total}\n{len(tokenizer.FREQ)}\n".encode())
    digest.update("\n".join(words).encode())
    folder = Path(tokenizer.tmp_dir or tempfile.gettempdir())
    return folder / f"gridbot-words.{digest.hexdigest()[:20]}.json"


def add_field_words(tokenizer: jieba.Tokenizer, words: Sequence[str]) -> None:
    """Add `words` (in this order: frequencies depend on the words before) to an initialised
    tokenizer, as `add_word(word)` would, using the cached frequencies when they exist."""
    path = cache_path(tokenizer, words)
    try:
        cached = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        cached = None
    if isinstance(cached, list) and len(cached) == len(words):
        for word, freq in zip(words, cached, strict=True):
            tokenizer.add_word(word, freq)
        return
    freqs = []
    for word in words:
        tokenizer.add_word(word)
        freqs.append(tokenizer.FREQ[word])
    write_whole(path, json.dumps(freqs).encode(), "the field words' frequencies")
