"""Text clean-up before matching: width, script, emoji, control characters and stray spaces.

Workers type on phones and dictate by voice, so the same word arrives as full-width or
half-width, traditional or simplified, with emoji and spaces in the middle of it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from opencc import OpenCC

# A report longer than this is not a report (a pasted document or a stuck key).
MAX_TEXT_CHARS = 2000

_DROP_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "So", "Sk"})
_VARIATION_SELECTORS = frozenset(chr(c) for c in range(0xFE00, 0xFE10))
_T2S = OpenCC("t2s")
# The few emoji that carry meaning in field reports become words before emoji are dropped.
_EMOJI_WORDS = str.maketrans({"🔥": "火", "🚒": "消防"})
# OpenCC keeps 著 because 著名/著作 are simplified too; in reports it is almost always 着.
_ZHE = re.compile(r"(?<![显名原专土卓])著(?![名作称述])")
_SPACES = re.compile(r"\s+")
_CJK = "\u3400-\u9fff\uf900-\ufaff"
_SPACE_BETWEEN_CJK = re.compile(rf"(?<=[{_CJK}])\s+(?=[{_CJK}])")


# Text made only of these needs no per-character clean-up (the usual case).
_PLAIN = re.compile(r"[\x20-\x7e\u00a0-\u024f\u2010-\u2027\u3000-\u303f\u3400-\u9fff]*")


@lru_cache(maxsize=8192)
def _is_traditional(char: str) -> bool:
    return ord(char) > 0x2E80 and _T2S.convert(char) != char


def _keep(char: str) -> bool:
    return char not in _VARIATION_SELECTORS and unicodedata.category(char) not in _DROP_CATEGORIES


def normalize(text: str) -> str:
    """Return the text the rules match against: NFKC, simplified script, lower case,
    without emoji or control characters, spaces collapsed and removed between Chinese
    characters (voice input inserts them in the middle of words)."""
    text = unicodedata.normalize("NFKC", text).translate(_EMOJI_WORDS)
    # Line breaks and tabs separate clauses; other control characters are noise.
    if not _PLAIN.fullmatch(text):
        text = "".join(" " if ch in "\n\r\t" else ch for ch in text if ch in "\n\r\t" or _keep(ch))
    # A second pass for the rare characters OpenCC maps in two steps (薴 -> 苧 -> 苎), so
    # normalising twice changes nothing.
    for _ in range(2):
        if not any(map(_is_traditional, set(text))):
            break
        text = _T2S.convert(text)
    text = _ZHE.sub("着", text)
    text = _SPACES.sub(" ", text).strip().lower()
    return _SPACE_BETWEEN_CJK.sub("", text)


def is_classifiable(clean: str) -> bool:
    """Whether a normalised text can be a report at all (not empty, not a pasted novel)."""
    return 0 < len(clean) <= MAX_TEXT_CHARS and any(ch.isalpha() for ch in clean)
