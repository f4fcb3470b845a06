"""Where a report happened: estate, road or shop, building/unit/room, and the grid."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from nlp.matcher import Hits, PhraseIndex

_NUM = r"(?:\d+|[一二三四五六七八九十]+)"
_BUILDING = re.compile(
    rf"(?:{_NUM}(?:号楼|栋楼?|幢|座|号院|号))?(?:{_NUM}单元)?(?:\d{{3,4}}(?:室|房(?![东子间主客])|号)?)?"
)
# led by a look-ahead for a digit, so the search skips other positions at once
_STANDALONE_BUILDING = re.compile(
    rf"(?=[\d一二三四五六七八九十])"
    rf"(?:{_NUM}(?:号楼|栋|幢)(?:{_NUM}单元)?(?:\d{{3,4}}(?:室|房(?![东子间主客]))?)?|\d+单元\d{{3,4}})"
)
# Every standalone building holds one of these; 1 report in 12 does, and one search for them
# (led by their first characters) spares the rest the search for a building
_STANDALONE_WORDS = re.compile("号楼|栋|幢|单元")
# Names of unregistered places: a few name characters, then what kind of place it is.
_KIND = (
    r"(?:小区|花园|新城|新村|家园|公寓|大厦|广场|市场|菜场|苑|路|街|巷|村|超市|饭店|餐馆|酒店|"
    r"网吧|ktv|幼儿园|小学|中学|医院|诊所|工地|物流园)"
)
_GENERIC_NAME_MAX = 5  # characters of a name before the kind
_GENERIC = re.compile(
    r"[^\W\d_的在了是有把被和与从到往去门口前后边旁个那这些家里上下一][^\W_的在了是有把被和与从到往去"
    r"门口前后边旁个那这些家里]{1,4}" + _KIND
)
# Most reports name no kind of place at all; a name starts at most five characters before
# the first kind named, so the search for one starts there.
_FIRST_KIND = re.compile(_KIND)


class PlaceFinder:
    """Finds place mentions and the grid whose alias they match."""

    def __init__(self, grid_aliases: Mapping[str, Sequence[str]]) -> None:
        self._grid_of: dict[str, str] = {}
        for code, aliases in grid_aliases.items():
            for alias in aliases:
                alias = alias.strip().lower()
                if alias:
                    self._grid_of.setdefault(alias, code)
        self._index = PhraseIndex(self._grid_of)
        self._alias_set = frozenset(self._grid_of)

    @property
    def aliases(self) -> list[str]:
        return list(self._grid_of)

    def find(self, text: str, found: Hits | None = None) -> tuple[str | None, str | None]:
        """(place text, grid code) for the first place mentioned; either may be None.

        `found` may be the hits of a larger index holding all the aliases (the classifier's),
        which saves scanning the text again."""
        if found is None:
            found = self._index.find(text)
        first = self._first_alias(found)
        if first:
            end, alias = first
            return alias + self._building_at(text, end), self._grid_of[alias]
        kind = _FIRST_KIND.search(text)
        generic = kind and _GENERIC.search(text, max(0, kind.start() - _GENERIC_NAME_MAX))
        if generic:
            return generic.group(0) + self._building_at(text, generic.end()), None
        building = _STANDALONE_WORDS.search(text) and _STANDALONE_BUILDING.search(text)
        return (building.group(0) if building else None), None

    def _first_alias(self, found: Hits) -> tuple[int, str] | None:
        """(end, alias) of the first alias said, the longest there."""
        aliases = self._alias_set.intersection(found)
        if not aliases:
            return None  # most reports: no candidates to build
        start, shorter, alias = min(
            (start, start - end, alias) for alias in aliases for start, end in found[alias]
        )
        return start - shorter, alias

    @staticmethod
    def _building_at(text: str, pos: int) -> str:
        m = _BUILDING.match(text, pos)
        return m.group(0) if m else ""
