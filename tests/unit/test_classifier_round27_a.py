"""Round 27 (A): crowds, fights, thefts and people at risk in markets, building sites, an
industrial park and a river town in flood season.

Every urgent sentence below was missed by the rules before this round. Urgent: someone held
inside by the people asking for money or an answer (堵在屋里不让出来, 卷帘门拉下来不让里面的人
出去, 锁在板房里不放他走); a worker or a sick man on a building edge or scaffold who will not
come down, or says he will not without his pay (不结账就不下来, 边边上劝不下来); an old man by
rising water who will not leave (水涨…劝不走); a child gone to the river to swim or fish and
not back by dark (冇回来); traders and villagers driving to the government in a long line of
vehicles (往区政府去了 一长溜, 好几车); a crowd told without a number (老板们, 一大帮) blocking an
office over rents and fees; people stabbed with skewers, forks, scissors or broken bottles
(铁签子往人身上戳, 叉子往人身上扎); someone trying to drag or push people into the water;
thieves cutting cables or taking pumps and loading them on a van now; a man trying car doors
one after another; passers-by kicked and hit; motorbikes and e-bikes smashed.

Calm: a road closed to lorries, a cat on a roof, last year's flood, a convoy only planned,
skewers left lying about, a figure of speech (拉下水), the power company cutting cables, an
electrician taking old wires away, guards checking car doors, a request for more patrols,
traders queuing to pay rent, smashers caught long ago, an old man already carried out, a
question about a deed, residents reading a notice, an evacuation list drawn up before the rain.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import as_told, assert_told

URGENT = [
    # held inside, not let go
    ("*", "菜市场管理处的门被摊主们堵了，把收费的那个关在里头不让出来"),
    ("*", "钢材市场几个老板把财务堵在办公室里 不让她走"),
    ("*", "物流园的司机把调度围住了不让他走，嚷着要运费"),
    ("*", "商户把市场办的卷帘门拉下来了 不让里面的人出去"),
    ("*", "工友们把包工头锁在板房里不放他走"),
    # on an edge, will not come down
    ("*", "对面楼盘脚手架上有个师傅说不给工钱就不下来"),
    ("*", "那个装修工人坐在烂尾楼顶层边上，喊都喊不下来"),
    ("*", "脚手架上那个师傅说不结账就不下来"),
    # water rising, will not leave; gone to the river and not back
    ("*", "江水涨到堤脚了，棚子里那个捡破烂的老头劝不走"),
    ("*", "俺伢去江边游泳 到现在冇回来 同学都讲冇看到"),
    # a convoy to the government, a crowd told without a number
    ("*", "菜场摊主开着三轮车往区政府去了，好几车"),
    ("*", "商户们开着货车往市政府去，一长溜，交警都来了"),
    ("*", "做生意的商户们围在管理处门口，说租金涨一倍要讨个说法"),
    ("*", "批发市场的老板们堵在管理处门口，管理费涨了一倍"),
    # stabbed with what is at hand
    ("*", "烧烤摊有个喝多的拿铁签子往人身上戳"),
    ("*", "两个摊主吵起来了，一个拿杀鱼的叉子往人身上扎"),
    ("*", "那个精神病人拿竹签往人身上扎"),
    # dragged or pushed into the water
    ("*", "轮渡上有个醉汉要把人推下河，好多人在拉"),
    ("*", "江堤上两个人扭着，一个要把另一个往江里推"),
    ("*", "桥上那个喝醉的要把人往河里推"),
    ("*", "码头上有个犯病的要把人拽到水里"),
    # cables and pumps taken now
    ("*", "有几个人在剪变压器的铜线，开着三轮车"),
    ("*", "防洪堤边上有人正在拆铁护栏，往车上装"),
    ("*", "堤上有人在割电缆，开个面包车"),
    ("*", "泵站那边几个人正在拆水泵，往车上搬"),
    # car doors tried one after another
    ("*", "工业园停车场有个人挨辆拉车门，我在二楼看到的"),
    ("*", "夜市有人一辆一辆试车门，穿黑衣服的"),
    ("*", "菜场门口停车的地方有人挨个拽车门"),
    # passers-by kicked and hit
    ("*", "步行街几个小混混踹路人，已经踹倒一个"),
    ("*", "夜市门口几个黄毛在打路过的人"),
    ("*", "那个喝醉的在公交站踹行人"),
]

CALM = [
    # a road closed to lorries, a cat on a roof
    ("*", "菜场这条路不让走货车，三轮车能不能进"),
    ("*", "猫爬到楼顶上了不下来，喊都喊不下来"),
    # last year's flood, an evacuation list before the rain, an old man carried out
    ("*", "去年涨水的时候那家老人不肯走，今年提前做做工作"),
    ("*", "暴雨前村里组织转移，要转移群众的名单出来了，有几户不肯走"),
    ("*", "水快淹到铺盖了，那个老头我们已经背出来了"),
    # a convoy only planned, traders queuing, residents reading a notice, a deed delayed
    ("*", "下周村民们准备开车往县政府去，一长串，先报备一下"),
    ("*", "商户们排队在管理处门口交租金"),
    ("*", "业主们围在公告栏看通知，说物业费要涨"),
    ("*", "房产证一直办不下来，业主们想问问进度"),
    # skewers left about, a figure of speech
    ("*", "烧烤签子扔得到处都是，容易扎人"),
    ("*", "那个老板把我拉下水了，借了好多高利贷"),
    # cables cut by the power company, old wires taken by an electrician
    ("*", "供电局的师傅在剪电缆，路要封一会儿"),
    ("*", "电工正在拆旧电线，往车上搬，今天是不是停电"),
    # guards checking car doors, more patrols asked for
    ("*", "保安晚上挨个拉车门检查有没有锁好"),
    ("*", "最近老有人挨个拉车门，能不能多巡逻一下"),
    # smashers and kickers of days ago
    ("*", "前天砸电动车的那几个人抓到没有"),
    ("*", "上周踹路人的那个醉汉抓到了吗"),
]


@pytest.mark.parametrize(
    ("category", "is_urgent", "text"), [*as_told(URGENT, True), *as_told(CALM, False)]
)
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
