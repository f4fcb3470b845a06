"""What a calm word reaches: a lamp or a stove going out is no fire put out,
onlookers scattering from a knife (周围人都散了) are no fight that ended, and last
year's overtime pay dates what is owed, not when the crowd gathers; a time gone by
that lasts until now (前两天出门 一直没回来) is no time gone by; a mistaken first
thought (还以为放炮) calms only its own clause, a plan (准备去买菜) gives way to what
was seen on the way, 比上回 compares rather than dates, and nothing after a change of
topic (对了) calms what came before it. A time said with 就 dates the state that began
then (前天就出去了没回来), not a danger said elsewhere; a plan said far from the people
counted at a place is not theirs (坐在工地门口 … 有人商量着要去市里). A calm word followed
by 还是 or 也没用 did not help (阀门关了还是有味); someone else's calm word the reporter
doubts right after calms nothing (物业说误报，我闻着是有焦味); 上回 inside 早上回家 or
晚上回来 is no time gone by, and 有人丢了 (someone dumped something) no person lost.
Each urgent sentence below was calmed by the rules before.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import as_told, assert_told

URGENT = [
    # the lights or the stove went out: the danger goes on
    ("fire_safety", "配电柜一直冒火花 一股焦糊味 走廊的灯全灭了"),
    ("livelihood", "五保户老刘冻得说不出话 火炉早就灭了"),
    # the crowd scattered because of the knife
    ("public_security", "俩人拿着刀在菜市场追着砍 人群一下散开了"),
    # a crowd at the gate over pay owed since last year
    ("labor", "工地三十多个工人围在项目部门口 要去年的加班费"),
    # a time gone by that lasts until now
    ("livelihood", "隔壁大爷前两天出门 一直没回来 电话也打不通"),
    ("livelihood", "独居的刘大爷前天出门遛弯 两天了没回来"),
    # Cantonese 打交 is a fight
    ("public_security", "喂 街市门口有人打交 快啲嚟"),
    # after a change of topic (对了) another matter's time calms nothing said before it
    ("fire_safety", "电动车在楼道里着火了 烟很大 对了上周那个灭火器的事还没人管"),
    # a time that only dates who someone is (以前住过精神病院) cancels no pattern said after 现在
    ("special_groups", "以前在精神病院住过的那个女的 现在站在楼道口拿砖头砸过路的"),
    # a sales talk (讲座) told as part of the story calms only its own clause
    ("food_drug", "我妈吃了健康讲座上买的药 现在头晕 叫不醒"),
    # Cantonese 追住 is 追着, 仲喺 is 还在
    ("public_security", "有个后生仔喺停车场追住人打 仲喺度"),
    # a mistaken first thought, then what was found on looking
    ("fire_safety", "我还以为谁家在放炮 过去一看 配电箱在冒火花"),
    # a plan the reporter set out on, then what was seen on the way
    ("livelihood", "我准备去买菜 在路口看到一个老人倒在地上抽抽"),
    # a time compared with, not when it happens
    ("petition", "商场门口退卡的人又来了四十多个 比上回还多 堵着门"),
    # the onlookers scattered (周围人, 路人): the knife is still out
    ("public_security", "有个男的拎着砍刀在夜市里追人 周围人都散了"),
    ("public_security", "两个人在停车场动刀子了 路人都散了"),
    # a time with 就 says when a lasting state began (出去了没回来), not when the danger is
    ("livelihood", "我爸前天就出去了没回来 电话一直关机 他有老年痴呆"),
    # people gathered now; a plan said further on is what some of them talk of next
    ("labor", "二十多个工人坐在工地门口 说包工头跑路了 有人商量着要去市里"),
    # a calm word followed by 还是, 也没用: what was done did not help
    ("safety_hazard", "燃气阀门关了还是有味 整个厨房都是"),
    ("fire_safety", "电闸拉了还是冒烟 一股焦糊味"),
    ("fire_safety", "消防栓接上了也没用 火越烧越大"),
    ("safety_hazard", "灶台底下嘶嘶的 关了阀门还有声音"),
    # 已经有 starts news: an appointment made in the chat group is now a crowd on the road
    ("petition", "村里群里约好了 已经有三十多个人扛着横幅往镇政府走了"),
    # voice-input slips: 冒严 is 冒烟
    ("fire_safety", "楼道里冒严了 一股焦味"),
    # someone else's 误报 that the reporter doubts right after
    ("fire_safety", "配电房一直有焦糊味 电工说误报 我闻着越来越冲"),
    ("fire_safety", "楼道里烟感一直叫 有股烟味 保安说是误报 可是烟越来越大"),
    # 派人来调解 asks for mediation; it reports none done
    ("dispute", "两家人为了地界各叫了一帮亲戚 拿着铁锹对峙 快派人来调解"),
    # 敲了好几回 counts the knocks: no habit
    ("livelihood", "门敲了好几回 没人应 屋里电视开着 老人一个人住"),
    # the reporter's own guess that it is nothing much (估计问题不大) is under-statement
    ("public_security", "工地门口俩人拿着钢管追着打 估计问题不大 先报一下"),
    # a calm word inside a look-alike (宣传 in 宣传牌) is part of another word
    ("safety_hazard", "宣传牌吊了一半 底下就是夜市摊子 人来人往"),
    # a time that dates what is owed, with or without 的 (要上个月工资), dates no fight
    ("labor", "十来个分拣工围着站长要上个月工资 站长说没钱 已经在推搡了"),
    ("labor", "二十多个工人堵着老板要去年工钱 已经动手了"),
    # an absence that began at a time gone by (前天就联系不上了) lasts until now
    ("livelihood", "独居的王大爷敲门不应 他儿子说前天就联系不上了"),
    # 上回 inside 早上回家, 晚上回来 is no "last time"
    ("safety_hazard", "我早上回家一开门一股煤气味 熏得头晕"),
    ("livelihood", "儿子晚上回来一看 独居的老妈躺在地上起不来 叫她也不答应"),
]

CALM = [
    ("fire_safety", "厨房着火了 已经扑灭了 灯也灭了"),
    ("public_security", "刚才两伙人打架 现在人都散了"),
    ("labor", "工人来问去年的加班费怎么算"),
    ("livelihood", "前天老人摔了一跤 已经好了"),
    ("safety_hazard", "上周电梯困过人 一直没修"),
    # rescued, snoring, a chimney (烟筒 is the northern word for 烟囱)
    ("safety_hazard", "电梯困人已解救"),
    ("*", "老汉喝多了在炕上睡 叫不答应 打呼噜呢"),
    ("environment", "砖厂烟筒一天到晚冒黑烟"),
    ("fire_safety", "还以为着火了 原来是烧烤"),
    ("livelihood", "打算明天去看看那个独居老人"),
    ("livelihood", "上周去走访的时候发现老人摔过一跤"),
    ("*", "上回来了四十多个人堵门 这回没来"),
    # look-alikes of 没气了 (no breath) and 斧头 (a weapon): a tyre, a cylinder, firewood
    ("*", "轮胎没气了 找谁打气"),
    ("*", "煤气罐没气了 能不能帮忙换"),
    ("*", "老汉拿斧头劈柴呢"),
    ("*", "网上说有人被水冲远了 不知道真假"),
    ("public_security", "两个人打架了 另外一个已经走了 都处理好了"),
    ("fire_safety", "明天社区有消防讲座 会演示着火怎么逃生"),
    ("livelihood", "上次有个老人在这摔了 现在修好了"),
    ("fire_safety", "楼道着火了 已经扑灭了 对了上周说的纸箱还没清"),
    # 以经 is 已经 typed by sound: the fight is over
    ("public_security", "头先有人打交 以经散咗"),
    # a time with 就 that dates an event of its own clause (着过一次, 有个老人摔了)
    ("fire_safety", "去年就着过一次火 现在没事了"),
    ("livelihood", "上个月就有个老人在这摔了一跤 地砖还是翘着"),
    # the plan is said of the people counted
    ("labor", "厂里二十多个人说工资没发 打算一起去劳动局"),
    # 还是 of the reporter's own next step (还是报一下) undoes no calm word
    ("fire_safety", "楼下垃圾桶冒烟 已经扑灭了 还是报一下"),
    ("*", "阀门关了 味道就没了"),
    # someone else's word not doubted still calms
    ("fire_safety", "群里说三楼着火了 物业说是谣言 大家别转了"),
    ("*", "报警器响了一阵 物业说误报 已经关了"),
    ("*", "刚才说的煤气味搞清楚了 是隔壁在熬中药"),
    ("fire_safety", "烧烤摊着火了 已经扑灭了 应该没事了"),
    ("fire_safety", "社区在做防火宣传 演示着火了怎么逃生"),
    # the time dates the pushing itself; an absence that has ended
    ("labor", "上个月十来个分拣工围着站长要工资 还推搡了几下"),
    ("*", "前天就联系不上的那个王大爷找到了 在他女儿家"),
    # 有人丢了 / 被人丢了 a thing is someone throwing it away, not a person lost
    ("environment", "有人丢了空农药瓶子在河边"),
    ("environment", "河滩上被人丢了好多空农药瓶 臭烘烘的"),
]


@pytest.mark.parametrize(
    ("category", "is_urgent", "text"), [*as_told(URGENT, True), *as_told(CALM, False)]
)
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
