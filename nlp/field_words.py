"""A jieba tokenizer with the field's words added, its dictionary cached on disk.

Built the plain way it costs two thirds of the classifier's start-up: jieba's `initialize`
loads jieba's own cache of its dictionary (half a million entries) with `marshal.load` on the
open file, which reads it a few bytes at a time, and `add_word(word)` works out a frequency for
each of the rule file's words by segmenting it, against the dictionary as the words before it
left it. So two files are kept beside jieba's cache and read whole, in a third of the time:

- jieba's dictionary as `initialize` leaves it, named by jieba's version and the bytes of its
  dictionary file (one file, whatever the rule file);
- what adding the words changes in it, named by the same and the words in their order (a
  tenth of the size: an edited rule file adds a small file, not another dictionary).

The tokenizer ends in exactly the same state either way, entries in the same order.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import jieba

from nlp.cache_file import MARSHALLED, cache_path, read_marshalled, write_marshalled

# Changed whenever what the files hold changes, so an older file is never read as a newer one
_FORMAT = f"gridbot-tokenizer 1\n{MARSHALLED}"

Frequencies = tuple[dict[str, int], int]  # jieba's FREQ and total, or what words change of them


def field_tokenizer(words: Sequence[str], folder: Path | None = None) -> jieba.Tokenizer:
    """A jieba tokenizer on its default dictionary with `words` added, as `initialize()` and
    then `add_word(word)` for each word in this order leave it. `folder` (default: the temp
    folder) keeps its dictionary between starts."""
    tokenizer = jieba.Tokenizer()
    dictionary = _dictionary_digest(tokenizer)
    with_words = dictionary.copy()
    with_words.update("\n".join(words).encode())
    _initialize(tokenizer, cache_path(folder, "jieba", dictionary))
    _add_words(tokenizer, words, cache_path(folder, "words", with_words))
    return tokenizer


def _dictionary_digest(tokenizer: jieba.Tokenizer) -> hashlib._Hash:
    """A hash of what the tokenizer's dictionary is made from: jieba's version, its dictionary
    file's bytes (read and hashed in a hundredth of a second) and the cache files' format."""
    digest = hashlib.sha1(usedforsecurity=False)
    digest.update(f"{_FORMAT}\n{jieba.__version__}\n".encode())
    with tokenizer.get_dict_file() as dictionary:
        digest.update(dictionary.read())
    return digest


def _initialize(tokenizer: jieba.Tokenizer, path: Path) -> None:
    """`tokenizer.initialize()`, from the copy of its dictionary kept at `path` when there is
    one (kept there when not)."""
    cached = _frequencies(read_marshalled(path))
    if cached is None:
        tokenizer.initialize()
        write_marshalled(path, (tokenizer.FREQ, tokenizer.total), "jieba's dictionary")
        return
    # all that `initialize` sets
    tokenizer.FREQ, tokenizer.total = cached
    tokenizer.initialized = True


def _add_words(tokenizer: jieba.Tokenizer, words: Sequence[str], path: Path) -> None:
    """`tokenizer.add_word(word)` for each word in order, or the changes to its dictionary
    they made before, kept at `path` (kept there when not)."""
    cached = _frequencies(read_marshalled(path))
    if cached is not None:
        changed, tokenizer.total = cached
        # a word already in jieba's dictionary keeps its place, new entries follow in the
        # order `add_word` made them
        tokenizer.FREQ.update(changed)
        return
    before = dict(tokenizer.FREQ)
    for word in words:
        tokenizer.add_word(word)
    changed = {key: freq for key, freq in tokenizer.FREQ.items() if before.get(key) != freq}
    write_marshalled(path, (changed, tokenizer.total), "the field words' frequencies")


def _frequencies(cached: Any) -> Frequencies | None:
    """`cached` when it is a (FREQ, total) pair, else None. The file is this user's own, named
    by what it was made from and checked against its checksum, so its entries are not checked
    one by one (half a million of them: much of what the cache saves)."""
    if not (isinstance(cached, tuple) and len(cached) == 2):
        return None
    freq, total = cached
    if not (isinstance(freq, dict) and type(total) is int):
        return None
    return freq, total
