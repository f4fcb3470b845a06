"""Round 16 (E): urgent situations told on a rough phone, by voice, or in a street's month.

Each situation in the rule writer's own words, with calm look-alikes: a burglar still inside
(a prised lock with noises, torchlight or someone walking in a flat whose owners are away, the
caller hiding); a stranger pulling a child towards a van, an alley or a wood; a car stalled in
a flooded underpass with people inside or on its roof, a walker clinging to a railing in fast
water; a psychiatric patient told by the act (swinging at whoever comes near, throwing things
down on the street, a leg over the balcony rail, standing outside a window); an old person
alone and cold (icy hands, shivering, slurred speech); mass fights told with typos (互欧, 群欧,
打群加); smoke from a door gap or window gap; burning paper setting a hillside alight; voice
input hearing 煤气 as 没气 (一股好重的没气味); leaks or dumping making people's eyes hurt or
skin break out; a rider lying still by the road; a tree fallen onto power lines.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import as_told, assert_told

URGENT = [
    # burglar still inside
    ("public_security", "3栋401的门被撬开了 屋里有响动 主人在外地 我们在楼下守着"),
    ("public_security", "隔壁家进贼了 那人还在里头翻抽屉 我不敢出声"),
    ("public_security", "我家锁被撬了 小偷可能还在卧室 我躲在门后面"),
    ("public_security", "幸福里2号楼有户人家门被撬坏了 里面灯在晃 家里没人住"),
    ("public_security", "空房子里半夜有手电光在晃 户主出远门了"),
    ("public_security", "502家里一个月没人住 今晚屋里有人走动的声音"),
    ("public_security", "门开着 屋里被翻得乱七八糟 好像人还在里屋"),
    # stranger pulling a child away
    ("public_security", "一个面生的老头哄小孩说带去买糖 拉着孩子往巷子里走"),
    ("public_security", "有个不认识的女人把一个小女孩往出租车那拉 小孩哭着喊"),
    ("public_security", "一个生面孔的男人抱起个小男孩就往胡同里跑 孩子在哭"),
    ("public_security", "陌生男的一直跟着放学的小妹妹 刚才去拉她手 往胡同里拖"),
    # flooded underpass, car or walker
    ("municipal_facility", "桥洞下面积水过了车窗 一辆白车熄火了 里面的人还坐在车里"),
    ("*", "涵洞里水很急 有个人抱着栏杆过不去"),
    ("*", "下雨地道里积水 一个老人蹚水走到一半站不稳了"),
    # psychiatric patient told by the act
    ("special_groups", "那个精神病的儿子在楼下拿个拖把见人就抡"),
    ("special_groups", "那个犯病的女的站在六楼窗户外面的空调架上"),
    ("*", "那个风子翻出阳台护栏了 坐在外面"),
    ("*", "楼上那个脑子不好的后生把碗碟全掟落街 楼下有人行过"),
    ("*", "精神不太正常的邻居在阳台上 腿跨出去一条了 喊也不理"),
    # old person alone and cold
    ("livelihood", "三号楼王奶奶一个人住 家里没暖气 浑身冰凉 说话含含糊糊的"),
    ("*", "李阿婆家暖气片不热了 零下好几度 就她一个 手冰凉 说话也不利索了"),
    # mass fights told with typos
    ("*", "广场上十来个小年轻群欧 有人流鼻血了"),
    ("*", "巷子里七八个人呼殴 手里有棍子"),
    ("*", "烧烤摊那边两帮人互欧起来了"),
    ("*", "夜市那边一伙人在打群加 十几个"),
    # smoke from a door or window gap, paper burning spreading
    ("fire_safety", "烟从卫生间门缝往外冒 家里没人"),
    ("fire_safety", "上坟的烧纸 烧到了旁边的草垛"),
    ("fire_safety", "有人在坡上烧纸 火烧到林子边上了"),
    # gas heard as 没气 by voice input
    ("safety_hazard", "楼道里一股好重的没气味 敲门也没人开"),
    ("*", "三楼厨房没气味很冲 我们在楼下都闻到了"),
    # poisoning by leaks or dumping
    ("environment", "排水沟里漂着油 下游洗菜的阿姨手上起红疹子"),
    # lying still, tree on wires
    ("*", "路边有个骑电动车的趴那不动 车倒在旁边"),
    ("*", "大风把一棵树吹倒在电线上了 下面是公交站 还在等车的人"),
    # second batch: more ways of telling the same situations
    ("public_security", "我在家听到客厅有动静 门锁好像被人弄开了 我现在锁在卧室里不敢出去"),
    ("public_security", "楼下商铺卷帘门被撬开一半 里面有人拿手电在照"),
    ("public_security", "隔壁阿婆家窗户被人拆了 里头有人在走来走去 阿婆住院去了"),
    ("public_security", "有个贼从窗户爬进王家去了 还没出来"),
    ("public_security", "一个男的把一个小学生往他车里塞 孩子在叫"),
    ("public_security", "有个穿黑衣服的男的抱着别人家孩子就跑 孩子妈在后面追"),
    ("public_security", "一个不认识的老太婆牵着一个三四岁的小孩往公交站走 小孩一直喊妈妈"),
    ("municipal_facility", "涵洞那里有辆车被淹了 里面好像还有人 打不开门"),
    ("special_groups", "精神病患者把自己关在屋里 说要开煤气"),
    ("*", "三楼老张头一个人住 昨晚暖气管爆了 今天早上看他坐在地上发抖"),
    ("*", "楼道里有烟 顺着门缝出来的 是502"),
    ("*", "流浪汉在桥洞下躺那不动 一天了"),
    # third batch: self-harm and poisoning told by the act, water knocking people over
    ("*", "那个抑郁的小姑娘拿绳子往脖子上套 她妈拉不住"),
    ("special_groups", "有精神病的老刘把自己挂在门框上了"),
    ("special_groups", "那个病人在屋里用头一直撞墙 满头是包"),
    ("special_groups", "那个发病的人把自己反锁在厨房 煤气开着"),
    ("safety_hazard", "没气罐好像漏了 一股味"),
    ("*", "隔壁在喷杀虫剂 我家孩子闻了一直吐 脸发白"),
    ("*", "厂里有个罐子漏了 黄色的气 下风口的人都在咳 有个倒了"),
    ("*", "村口的漫水桥上有人被冲倒了"),
    ("livelihood", "独居老太太家里煤炉灭了 人冻得说不出话"),
    # fourth batch: fillers of voice input, and the register of a month's log
    ("*", "嗯那个就是我们楼下那家 门好像被人撬了 里面还有声音 人还没走"),
    ("public_security", "3号楼1单元有人在里面翻箱倒柜 户主在外地打工"),
    ("public_security", "快点来 有人撬开了我家后窗 我听到他在厨房"),
    ("public_security", "那个 就是 有个男的 一直跟着我女儿 刚才还想拉她上车"),
    ("livelihood", "12月8日 独居老人张某 家中无暖气 发现时意识模糊 四肢冰冷"),
    ("public_security", "2号楼疑似入室盗窃 嫌疑人仍在屋内"),
    ("public_security", "巡查发现一男子强行拖拽一名女童 女童哭喊"),
    ("public_security", "一陌生男子试图将一名小学生带离 家长不在场"),
    ("*", "积水路段一车辆熄火 驾驶员无法脱困"),
    ("livelihood", "独居老人低温环境 无人照料 生命体征微弱"),
    ("food_drug", "多名村民饮用井水后出现呕吐腹泻"),
    ("*", "一名男子翻越阳台护栏 情绪激动"),
    # fifth batch: Cantonese and Sichuanese
    ("public_security", "街市后面有班人劈友 揸住刀"),
    ("public_security", "楼下两班古惑仔开片 好多人"),
    ("public_security", "有人爆格 贼仔仲喺屋企入面"),
    ("public_security", "娃儿遭人抱起跑了 他妈在追"),
    # sixth batch: an old person alone, unanswered or confused
    ("livelihood", "一个人住的大爷 拉了一床 人迷迷瞪瞪的"),
    ("livelihood", "老人自己在家 中午打电话没人接 晚上还是没人接 灯亮着"),
    # seventh batch: a brawl told as a tangle
    ("public_security", "两伙人干成一团 场面很乱"),
    ("public_security", "菜市场门口几个小伙子打成了一团 有个躺下了"),
    ("*", "桥洞积水 有个老人骑车冲进去了 现在看不到人"),
    ("special_groups", "社区矫正的小马三天没来报到 家里说人不见两天了"),
]

CALM = [
    ("*", "上个月我家进了贼 还在找那个小偷 想问问派出所有没有进展"),
    ("*", "门锁被撬了 贼已经跑了 东西丢了不少"),
    ("*", "开锁师傅在撬门 户主忘带钥匙了 里面没人"),
    ("*", "我家门锁被撬坏了 物业说还没出来结果"),
    ("*", "奶奶拉着孩子往巷子里走 去买菜"),
    ("*", "陌生人问路 我拉着孩子走开了"),
    ("*", "有个不认识的男的在校门口拉着学生推销课程"),
    ("*", "小区里有个陌生男的一直跟着小女孩 已经被保安拦下来了"),
    ("*", "下穿通道积水 好几辆车熄火 人都出来了 车还泡着"),
    ("*", "那辆车熄火在积水里 人早就出来了"),
    ("*", "村东头上坟烧纸 有点烟 已经灭了"),
    ("*", "我家没气味了 师傅修好了"),
    ("*", "这几天降温 独居的刘奶奶手冰凉 我们给她送了电热毯 现在好多了"),
    ("*", "王大爷一个人住 说话不利索好几年了 想申请护理补贴"),
    ("*", "河里死鱼很多 有人眼睛疼吗 想问问"),
    ("*", "工厂晚上偷偷排东西 河里有死鱼 味道很冲"),
    ("*", "猫爬进隔壁空房子了 里面有动静"),
    ("*", "户主不在家 物业的人拿手电在查电表"),
    ("*", "孩子钻进衣柜里玩 里面有动静"),
    ("*", "房东不在家 租客在里面走来走去"),
    ("*", "邻居奶奶抱着人家孩子去打疫苗"),
    ("*", "陌生人给小孩发传单 孩子拿着就跑了"),
    ("*", "有人把垃圾扔到街上 没人管"),
    ("*", "旁边楼在装修 往楼下砸墙皮"),
    ("*", "门口有棍子挡着路 谁放的"),
    ("*", "河边钓鱼的躺那不动 睡着了"),
    ("*", "邻居抽烟 烟从门缝飘进来"),
    ("*", "立交桥下积水 到车窗了"),
    ("*", "厨房油锅着了 已经灭了"),
    ("*", "阳台上的纸箱烧起来 很快灭了"),
    ("*", "孩子在家玩绳子 往脖子上套 被我骂了一顿 解下来了"),
    ("*", "门板翘了 关不上"),
    ("*", "隔壁在喷杀虫剂 味道大 有点呛"),
    ("*", "煤气开着 火很小 锅里在炖肉"),
    ("*", "我女儿的同学家长想带走她去玩 我同意了"),
    ("*", "爷爷拉着孙子上车去公园"),
    ("*", "户主在外地打工 房子一直空着 想登记一下"),
    ("*", "宣传食物中毒症状和预防知识"),
    ("*", "门锁坏了 孩子在里面写作业 我进不去 想找个开锁的"),
    ("*", "阿姨讲伊拉弄堂里交关人晚上来来去去 伊讲不清爽 侬派人看看"),
    ("*", "前天电梯关人那次 人马上就放出来了 电梯到现在还没修"),
    ("*", "保洁阿姨干活时扭伤了腰 老板不给算工伤 家属来社区咨询"),
    ("*", "菜场门口地上一层油 天冷了要结冰 摔着人咋办"),
    ("*", "那部戏下个月开片"),
    ("*", "孩子被人抱走了 已经找回来了"),
    ("*", "老人一个人住 打电话没人接 后来知道去女儿家了"),
    ("*", "独居的王奶奶这两天有点迷瞪 想让社区帮忙联系她儿子"),
    ("*", "张大爷一个人住 电话没人接 估计在楼下打牌"),
    ("*", "桥洞积水很深 车都绕着走 看不到人过"),
    ("*", "社区矫正对象王某今天按时报到了 说手机不见了 要换号"),
    ("*", "社区矫正人员李某请假外出两天 已批准 电话不通是因为在山里"),
    ("*", "精神病患者刘某的药不见了 家属来问哪里能开"),
]


@pytest.mark.parametrize(
    ("category", "is_urgent", "text"), [*as_told(URGENT, True), *as_told(CALM, False)]
)
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
