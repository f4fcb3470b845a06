"""Round 21 (E): the danger patterns in regional, spoken and voice-typed words.

The subject and harm lists of the existing patterns were widened with the way people in the
north, north-west, south-west, Hunan, Wu and Cantonese- or Hakka-coloured Mandarin say the same
thing (躺地下, 不动弹, 后生, 婆姨, 老倌子, 塌咧, 坍脱了, 趴架, 着伙, 招火, 遭水冲跑,
挨了一顿捶, 掂着砖), with the village places a danger befalls (养鸡场, 场院, 柴屋, 戏台,
祠堂, 羊圈墙, 厦子). Three new
patterns: a person in the water whose head can no longer be seen, blood told without the word
(浑身是红的), and a child not home after school while the family searches. Every urgent sentence
below was missed by the rules before this round.

Calm: a drill, an old fire, a queue too long to see its end, a rumour online, a television
drama, arm wrestling, a rash, a canteen opening (起伙), rafting, a house torn down with nobody
in it, a warning that pedestrians could trip, a drunk red in the face, incense in an ancestral
hall, a farm's smell, a child holding their breath in play, an idle old man.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import as_told, assert_told

URGENT = [
    # lying on the ground, not moving (躺地下, 趴地下, 不动弹)
    ("*", "赶集回来的老汉在村口躺地下不动弹 叫他也不吭气"),
    ("*", "骑摩托的后生跟小车碰了 人趴地下半天不动弹"),
    # blood told without the word
    ("*", "两个人打完架 一个浑身是红的坐在巷子口"),
    ("*", "那个后生头上全是红的 蹲在路边"),
    # swept away, head no longer seen
    ("*", "河坝上有个娃洗澡被冲远了 看不见头了"),
    ("*", "水库边一个男娃子脚一滑 就冒不出头了"),
    ("*", "大水下来 放羊的后生被水冲跑了"),
    # a village place burning, said the spoken way
    ("fire_safety", "祠堂着起了 里头还供着东西"),
    # collapse in regional words, people under it
    ("safety_hazard", "村里老戏台塌咧 底下有看戏的人"),
    ("safety_hazard", "老房子的土墙坍脱了 里头有人"),
    ("safety_hazard", "雨下了三天 羊圈墙垮咧 放羊的老汉在里头"),
    ("safety_hazard", "老宅的厦子趴架了 婆姨还在里面"),
    # chasing with a brick in hand
    ("public_security", "那醉汉掂着砖撵人 撵了半条街"),
    # beaten, said by the family
    ("public_security", "我家娃在学校门口挨了一顿捶"),
    ("public_security", "卖菜的老汉被人捶了 鼻子都歪了"),
    # not home after school, searched for all evening
    ("livelihood", "小囡放学后一直没到屋里 寻了一晚上"),
]

CALM = [
    ("*", "演练 假设养鸡场着火了 大家按路线疏散"),
    ("*", "去年养鸡场着过一回火 今年都装了灭火器"),
    ("*", "老汉在炕上躺着不动弹 说歇一歇 明天去赶集"),
    ("*", "老汉懒得动弹 一天到晚躺在炕上"),
    ("*", "娃放学在同学家写作业 找着了 没事"),
    ("*", "队伍排得老长 看不见头"),
    ("*", "网上说有人被水冲远了 不知道真假"),
    ("*", "小孩在河里憋气 冒不出头 闹着玩的"),
    ("*", "娃在河里漂流 穿着救生衣 玩得好好的"),
    ("*", "电视里演的 有人被砖拍晕了"),
    ("*", "他们在场院里掰手腕 闹着玩"),
    ("*", "这几天天热 孩子过敏 浑身是红的 痒得很"),
    ("*", "他喝多了脸上全是红的 在那唱歌"),
    ("*", "食堂下周起伙 请大家报名"),
    ("*", "拆迁的老房子土墙推倒了 里头早没人住了"),
    ("*", "人行道砖松了 行人容易绊倒 请修一下"),
    ("*", "祠堂里上香 烧得旺旺的 过年都这样"),
    ("*", "养鸡场的鸡粪臭得很 熏得人头疼"),
]


@pytest.mark.parametrize(
    ("category", "is_urgent", "text"), [*as_told(URGENT, True), *as_told(CALM, False)]
)
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
