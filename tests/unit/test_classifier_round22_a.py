"""Round 22 (A): urgency told by the situation, not by the sentence.

Every urgent sentence below was missed by the rules before this round. Urgent: a fight
already under way (已经动上手, 酒瓶子都砸上了); a steel pipe or stick pulled out and waved
(抽出钢管, 棍子…比划); several people pinning one down (几个人摁着); someone buried in
earth or fallen into a pit and calling from below; the ground still caving in; wires and
sockets under water; swarms of wasps stinging; sparks falling from a meter box; things
already hanging half off over people; a fire escaping from a burn (火引到草上); smoke in a
stairwell; water coming into homes and still rising; shoes taken off on a dam or bridge; a
bus overturned into a ditch with people on it; a neck gripped; a gas cylinder hissing; a
smell from a flat where an old man lives alone; a wall shedding earth with people inside;
a long knife carried up and down; a child leaning out of a window alone; a crowd already on
its way to petition by coach; villagers sitting in the road so cars cannot pass.

Calm: an operation (动手术), welding sparks, a fire put out,
smoke from a cigarette, a flood drained, shoes taken off to wade, an empty lorry on its side,
a dog on a lead, a past scare (虚惊一场), a lost man brought home, a planned trip to the city,
a request for mediation, a warning for later (别等掉下来).
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import as_told, assert_told

URGENT = [
    ("*", "大排档那桌喝高了 碗碟都砸上了"),
    ("*", "烧烤摊两桌人 啤酒瓶都砸上了"),
    ("*", "停车场那俩人为抢车位 一个从车里抽出钢管来"),
    ("*", "桥洞底下几个人摁着一个人 不知道在干啥"),
    ("*", "巷子里几个人按着个人 在翻他口袋"),
    ("*", "村东头挖地基 一个工人被土埋到腰了"),
    ("*", "人行道那个窟窿 边上还在往下掉土"),
    ("*", "后山的马蜂把采茶的人蜇了好几个"),
    ("*", "小区绿化带里的蜂子追着人蜇"),
    ("fire_safety", "楼下电表箱一直火星往下掉"),
    ("*", "五楼那个空调外机掉了一半 下面就是幼儿园"),
    ("*", "商场的招牌吊着一半 底下就是公交站"),
    ("fire_safety", "地里烧秸秆 火跑到林子边上去了"),
    ("fire_safety", "坟头烧纸 火引到草上了"),
    ("fire_safety", "五单元楼道有烟 不知道哪家的"),
    ("fire_safety", "三楼走廊有烟 灰白色的"),
    ("*", "水管爆了 水已经漫入一楼住户家里"),
    ("*", "大桥上有个女的把鞋子脱了摆在一边 站了好久"),
    ("*", "水库坝上有个男的鞋脱了放在那 喊他不理"),
    ("*", "大巴翻到田里去了 车上好多人"),
    ("*", "超市门口一个男的掐一个女的脖子"),
    ("*", "公交站有人勒住一个老人的脖子"),
    ("*", "隔壁阀门次次响 味道大得很"),
    ("*", "楼上那家就一个老太太住 这几天门口有股臭味 越来越重"),
    ("*", "402那家就一个老头住 楼道这两天有股怪味"),
    ("*", "老房子墙裂了个大口子 哗哗掉渣 里头还住着人"),
    ("*", "阳台上一个细路仔在爬栏杆 屋里没人"),
    ("*", "二十多个人坐上车了 大巴车已经开到村口"),
    ("*", "移民十几二十个坐起在路上 车子过不去"),
    ("*", "鱼塘的水发黑 几个小孩在里面游泳 现在身上起红疙瘩"),
]

CALM = [
    # an operation, a job started
    ("*", "我爸下周住院 已经动手术的日子定了"),
    ("*", "装修师傅已经动手拆了 问下垃圾放哪"),
    # a pipe measured, a stick for a dog
    # welding sparks, a fire put out, a cigarette
    ("*", "工地电焊火星往下掉 底下没人"),
    ("*", "烧荒的火引到田埂上 已经扑灭了"),
    ("*", "楼道有烟味 有人在楼梯口抽烟"),
    # water drained, paddling
    ("*", "昨天那个积水已经抽干了 住户都回来了"),
    ("*", "孩子们在河边把鞋子脱了玩水 家长在旁边"),
    # an empty lorry on its side
    ("*", "路边一辆空车翻了 没人受伤 等拖车"),
    # a past scare, a lost man brought home
    ("*", "刚才看见后院冒烟 过去一看是烧柴火 没事 虚惊一场"),
    ("*", "王大爷下午找不到家 已联系上他儿子 一会来接"),
    # a crowd planned, mediation asked for
    ("*", "业主群里说下周组织去区里 还没定人"),
    ("*", "两家为院墙倒了谁出钱重修吵了几回 申请调解"),
    # a warning for later
    ("*", "屋檐的冰溜子好长 建议敲掉 别等掉下来砸着人"),
    # wasps nest reported, a smell from rubbish
    ("*", "楼下树上有个马蜂窝 建议找人摘了"),
    ("*", "楼道有股臭味 是谁家垃圾没扔"),
]


@pytest.mark.parametrize(
    ("category", "is_urgent", "text"), [*as_told(URGENT, True), *as_told(CALM, False)]
)
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
