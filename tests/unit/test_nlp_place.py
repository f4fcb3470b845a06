"""Places in report text land in the grid whose aliases mention them."""

from __future__ import annotations

from nlp.place import PlaceFinder

FINDER = PlaceFinder(
    {
        "XF-01": ["幸福社区第一网格", "幸福里小区", "幸福里"],
        "HX-03": ["和平路"],
        "DF-02": ["长青路"],
    }
)


def test_estate_with_building_and_room_is_one_place() -> None:
    assert FINDER.find("幸福里小区8栋1102疑似群租") == ("幸福里小区8栋1102", "XF-01")


def test_building_number_words_are_kept() -> None:
    assert FINDER.find("幸福里3号楼2单元楼道堆满杂物") == ("幸福里3号楼2单元", "XF-01")


def test_longest_alias_wins_over_its_prefix() -> None:
    assert FINDER.find("幸福里小区门口")[0] == "幸福里小区"


def test_first_mentioned_road_decides_the_grid() -> None:
    assert FINDER.find("和平路和长青路路口撞车了") == ("和平路", "HX-03")


def test_unregistered_road_is_reported_without_a_grid() -> None:
    assert FINDER.find("工地的大车在育才路上掉头") == ("育才路", None)


def test_landlord_after_room_number_is_not_part_of_the_room() -> None:
    assert FINDER.find("幸福里6栋602房东把客厅隔出来租")[0] == "幸福里6栋602"


def test_building_alone_is_still_a_place() -> None:
    assert FINDER.find("5栋楼道的应急灯不亮") == ("5栋", None)


def test_text_without_place_has_none() -> None:
    assert FINDER.find("楼上小孩天天跑跳") == (None, None)
