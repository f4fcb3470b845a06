"""Round 20 (A): violence and crowds, in the rule writer's own words.

Rules were written for families of reports, not for single misses; every urgent sentence below
was missed by the rules before this round.

Urgent: a fight said the way people say it (在干架, 上手了, 撕吧起来); someone swinging at
whoever comes near (见谁抡谁, 逮谁砸谁); a threat to kill said with the weapon at hand (扎死他,
宰了你, 要你的命) or a knife or shard at someone's neck; a bottle knocked to a jagged end and
pointed at people; an air gun or steel-ball gun fired at people, windows or the street below;
someone held by two men and dragged towards a van while struggling; smashing heard inside a
place while the staff hide; a person with a severe mental illness holding someone and not
letting go, or standing on a roof edge; two families' relatives arriving by the dozen, about to
fight; a group kneeling in a row in matching clothes; people with placards pushing past guards;
villagers sitting on the road or at an expressway exit over money or land; a crowd blocking a
gate over overtime pay owed since last year.

Calm: a new phone one learns to use (很快就上手了), swatting mosquitoes, a neighbour's tree cut
down, glass swept up, an air gun at a fairground balloon stall, a friend carried drunk into a
taxi, renovation noise, a patient taken to hospital last week, relatives at a wedding, kneeling
at a grave or to pay New Year respects, a fan club with placards, people resting on the roadside.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import as_told, assert_told

URGENT = [
    # a fight under way, said in everyday and dialect words
    ("public_security", "篮球场那边几个小年轻在干架 拳头都挥上了"),
    ("*", "菜场门口两个摊主先是对骂 后来都上手了 一个脸上挂了彩"),
    ("*", "两个老太太为了占座上手了 一个把另一个推倒 头磕在台阶上冒血了"),
    ("*", "网吧里俩人撕吧起来了 键盘都砸地上了"),
    ("*", "烧烤店两桌人干架呢 啤酒瓶都砸碎了"),
    # swinging at whoever comes near
    ("public_security", "桥洞底下有个醉汉 见谁砸谁 路人都绕着走"),
    ("*", "那个男的拿着扫把杆子在超市门口见谁抡谁"),
    ("*", "喝多的那人攥着皮带 逮谁抡谁 保安都不敢上"),
    # a threat to kill with the weapon at hand
    ("*", "他拿着把剪子堵在门口 喊着要扎死他老婆"),
    ("*", "他冲着对门吼 今晚就宰了你全家 整栋楼都听得见"),
    ("*", "他堵在楼道里冲前妻喊 要你的命"),
    ("*", "那个人从后面勒住他 一块玻璃抵着脖子 让他别动"),
    # a bottle knocked to a jagged end, pointed at people
    ("*", "他把酒瓶子往桌角一磕 拿着碴子对着那个小伙子"),
    ("*", "喝醉的俩人 一个手里攥着瓶碴子 冲着另一个比划"),
    # air guns and steel balls fired at people, windows, the street below
    ("public_security", "对面楼顶有人拿气枪往楼下打 路过的人都吓跑了"),
    ("*", "有人用钢珠对着我们这栋楼的窗户打 玻璃打穿了好几块"),
    ("*", "对面阳台有人端着气枪瞄着楼下射 好几块玻璃都被打碎了"),
    # dragged towards a van while struggling
    ("public_security", "停车场有个姑娘被两个男的架着往一辆白车里塞 她一直在挣扎"),
    ("*", "公交站那儿两个人一边一个架着个小伙子往面包车上推 小伙子拼命蹬腿"),
    # smashing heard inside a place, the staff hiding
    ("public_security", "KTV包厢里乒乒乓乓响 服务员都躲进吧台后面不敢过去"),
    ("*", "饭店包间里玻璃碎了好几声 服务员都吓得躲到厨房去了"),
    # a person with severe mental illness holding someone, or on a roof edge
    ("special_groups", "那个精神病人抓着个过路的学生不撒手 学生吓哭了"),
    ("special_groups", "精神病那个阿伟 又跑上去站女儿墙了 下面看得心惊"),
    ("*", "那个重精患者骑在五楼阳台的栏杆上 家属在屋里劝"),
    # families' relatives arriving by the dozen, about to fight
    ("dispute", "两家为了宅基地吵起来 双方亲戚叫来二十几个 快压不住了"),
    ("*", "为了地界的事 两边本家都喊来了 一大帮人 眼看控制不住"),
    # kneeling in a row, placards pushing past guards
    ("petition", "大门外头一溜人跪成一排 穿一样的白衣服"),
    ("petition", "售楼处门口 举着同一个楼盘牌子的人在推保安 往里冲"),
    # sitting on the road, blocking an expressway exit over money or land
    ("petition", "收费站出口有村民坐在路中间 说占地的钱没给 车都堵着走不了"),
    ("*", "工人们坐在马路中间 讨工钱 车走不了"),
    # a gate blocked over last year's overtime pay
    ("labor", "厂里七八十个工人堵在大门口 要去年的加班费"),
]

CALM = [
    # learning a new thing, swatting insects, a tree
    ("*", "新买的手机不难用 老人很快就上手了"),
    ("*", "老师傅说这机器好上手 半天就上手了"),
    # venting, not a threat
    ("*", "楼上天天跺脚 气得我真想打死他"),
    ("*", "家里蚊子太多 想打死蚊子都找不着"),
    ("*", "他把她家门口的树砍了 她家意见很大"),
    # glass swept up, an egg cracked
    ("*", "楼下地上全是酒瓶碴子 环卫还没来扫"),
    ("*", "鸡蛋往碗边一磕 对着锅倒进去"),
    # fairground air guns, toy guns
    ("*", "公园门口摆摊打气球的 气枪对着气球打 挺吵"),
    # a drunk friend helped into a car, a child to school
    ("*", "两个同事架着喝醉的老王往出租车上推"),
    # renovation noise, a cat
    ("*", "楼上装修一直敲敲打打 孩子吓得躲在被窝里"),
    # a patient taken in last week, an allowance question
    ("*", "那个精神病人去年抓着人不放的事 后来住院了 现在挺好"),
    ("*", "想问问家里精神病人的监护补贴怎么申请 他以前爬过天台"),
    # relatives at a wedding, kneeling at a grave or for New Year
    ("*", "老家来了二十几个亲戚 喝喜酒 热闹得很"),
    ("*", "清明上坟 一家十几口人跪成一排磕头"),
    # fans with placards, people resting by the road
    ("*", "演唱会门口粉丝举着牌子 跟保安吵起来了"),
    ("*", "几个环卫工坐在马路边上歇脚吃饭"),
]


@pytest.mark.parametrize(
    ("category", "is_urgent", "text"), [*as_told(URGENT, True), *as_told(CALM, False)]
)
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
