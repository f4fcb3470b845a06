"""Round 19B: the everyday words residents use for each team's reports (probe_bl .. probe_bo:
city phone calls, voice input with regional speech, under-stated notes, a spring week), each
situation in the rule writer's own words, added as families rather than single lines.

Fire is said plainly: 明火, 喷火, 起了火, 在燃烧, 呼呼地烧, 火很大, 一片火海, 泼不灭;
e-bikes are taken up in the lift and charged at home (推进电梯, 扛回家充). Falling shelves,
work at height without a harness or net, a child outside a window guard, an escalator
catching a foot, charcoal burning in a closed room, gas smelt at a lone elder's door,
exposed wires and open pits are hazards. Strangers peering into parked cars, people dragged
into vans, someone pinned down and beaten, a bright blade in a shop are police. Riders
fined, drivers docked, day labour unpaid and a site boss gone with the money are labor;
grills on lawns, a long row of stalls and racks outside the shop door are city management;
cars through a railing, cars never moved and seat belts are traffic; a standing puddle and
an open well municipal; a lone sign-holder, a sit-in before the digger and families blocking
an office petition; barking dogs and brothers who fell out over the money disputes; backyard
slaughter, delivery kitchens in rented rooms and a canteen's diarrhoea food; children of
parents working away and people in temporary housing welfare; 脑子不清白 special groups; a
stranger who collapses or goes into labour, someone sitting with legs over the rail and a
cat that cannot get down are not a team's report.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import assert_told

# Each failed on the rules before this round (category, or urgency with it).
TOLD = [
    ("fire_safety", True, "对面楼的空调外机烧得很旺 噼里啪啦的"),
    ("fire_safety", True, "一片火海 有人被困"),
    ("fire_safety", True, "火太大了 灭不掉"),
    ("safety_hazard", False, "外墙刷漆的工人吊在二十楼 连安全带都没系"),
    ("safety_hazard", True, "商场扶梯把一个小孩的鞋卡住了 脚拔不出来"),
    ("safety_hazard", True, "出租屋里烧着炭盆取暖 门窗都关着 敲门没回应"),
    ("safety_hazard", True, "对门阿婆家一股煤气味道 她一个人住 敲门没人应"),
    ("safety_hazard", False, "路灯杆底下盖板掉了 电线露在外面 小孩老去摸"),
    ("public_security", False, "半夜有个人在地下车库挨个往车里瞅 看着不像业主"),
    ("public_security", True, "几个人把他摁在地上捶"),
    ("labor", True, "配送站十几个骑手说站点罚款太狠 把站门堵了"),
    ("labor", True, "物流公司扣了司机们的钱 二十多个司机堵在公司门口"),
    ("urban_management", False, "天桥底下摆了一长溜卖旧衣服的"),
    ("urban_management", False, "服装店把衣架全推到店门外 人只能走马路"),
    ("traffic", False, "楼下有辆车半年没挪窝 落满了灰"),
    ("municipal_facility", False, "菜场门口积了一滩水 好几天没干"),
    ("municipal_facility", True, "人行道上的井没盖子 一个小孩掉进去了"),
    ("petition", True, "敬老院十几个老人家属堵在院长办公室 说涨价不合理"),
    ("dispute", False, "老人走了 兄弟几个为拆迁补偿款怎么分闹翻了"),
    ("food_drug", False, "隔壁院子里偷偷杀猪 血水都流到下水道里了"),
    ("livelihood", False, "有个小男孩放学不回家 天天在网吧门口晃 父母都在外地"),
    ("livelihood", False, "拆迁后临时安置的几户老人 房子漏雨 想换个地方住"),
    ("special_groups", False, "那个脑子不清白的小伙又在街上追着人骂"),
    ("special_groups", False, "走丢的那个脑子不清白的阿叔 他侄子在车站找到了"),
    ("other", True, "地铁站台上一个男的突然倒了 口吐白沫"),
    ("other", True, "广场上一个孕妇羊水破了 走不动了"),
    ("other", True, "江边有个人坐在栏杆上 腿搭在外面 说要跳"),
    ("other", True, "公园长椅旁边有个人趴着 叫他不应"),
    ("other", False, "我家猫爬到邻居家空调外机上下不来了"),
]

# Variants of the same families that already came out right; the new words must keep them.
KEPT = [
    ("fire_safety", True, "车库正在燃烧 黑烟往外冒"),
    ("fire_safety", True, "后院柴房起了火 老人还在屋里"),
    ("fire_safety", True, "楼下小饭馆厨房喷出火来了 服务员都跑出来了"),
    ("fire_safety", True, "五楼窗户往外喷着火 玻璃都炸了"),
    ("fire_safety", True, "厂房里火很大 工人都撤出来了"),
    ("fire_safety", True, "电动车棚那边火好大 一直在烧"),
    ("fire_safety", True, "油锅着了 拿水泼不灭"),
    ("fire_safety", False, "楼上那户天天把电驴扛回家充电"),
    ("fire_safety", False, "有人把电瓶车推进电梯 拉回家充一晚上"),
    ("fire_safety", True, "电梯井里有烟往上冒 一股焦糊气"),
    ("safety_hazard", True, "仓库的货架倒了 压着一个搬货的"),
    ("safety_hazard", True, "超市里的货架塌下来 砸着两个理货员"),
    ("safety_hazard", True, "五楼小孩从防盗窗钻出去 卡在外面悬空"),
    ("safety_hazard", False, "地铁工地的基坑边上没有围挡 小孩在边上跑"),
    ("safety_hazard", True, "楼塌了 里面有人"),
    ("public_security", False, "车棚里有个陌生男的转悠 一辆一辆往里头瞅 保安说不像住户"),
    ("public_security", True, "出租屋里男的在打她 女的一直喊救命"),
    ("public_security", True, "有人拿镐把子砸人家车窗"),
    ("public_security", True, "一个男的把女孩往面包车里拽 女孩喊不认识他"),
    ("public_security", False, "菜场门口有人发单子 说投资一个月翻倍 明摆着是骗人的"),
    ("public_security", True, "后半夜外面几声响 像枪声 有人在跑"),
    ("labor", False, "保洁阿姨说每天干十二个小时 加班费一分没有"),
    ("labor", False, "几个打零工的说好日结 干完三天一分没给"),
    ("labor", False, "快递站站长卷了钱跑了 分拣的几个人找不到他"),
    ("labor", True, "包工头卷了钱跑了 十来个工人堵在他家楼下"),
    ("urban_management", False, "公园草坪上有人支炉子烤串 草都烤焦了"),
    ("urban_management", False, "楼下有人支个炉子烤肉串 烟往窗户里钻"),
    ("traffic", False, "司机没系安全带 被交警拦下来了"),
    ("traffic", True, "电动三轮跟小轿车撞了 老汉躺着不动 我是跑出租的 刚好路过"),
    ("traffic", False, "夜市一开 整条巷子被车塞满了 谁也过不去"),
    ("municipal_facility", True, "路面突然塌了个坑 一个骑车的连人带车陷下去了"),
    ("petition", False, "有个老太太天天举着牌子在区政府门口站着 说她的事十几年没解决"),
    ("petition", True, "三十多户没签协议的人挡着挖掘机不让拆"),
    ("petition", True, "被淹的几十户住户来了一大帮 非要见领导"),
    ("dispute", False, "二楼养的狗一天叫到晚 楼上楼下几家都不跟他说话了"),
    ("food_drug", False, "有家外卖店其实是在出租屋里做的 没证没招牌"),
    ("food_drug", True, "养老院晚饭后七八个老人拉肚子"),
    ("livelihood", False, "邻居家孩子爸妈在外地打工 天天一个人在店门口坐到天黑"),
    ("environment", False, "厨房下水口返上来的臭味 燃气公司说不是煤气 是下水道的"),
]

# Look-alikes of the new words and precedence words: a hot temper, a fire-breathing show and a
# fat-burning class are no fire, a grill burning well is still a grill on the pavement, a well a
# cyclist fell into stays municipal, workers at a sales office stay labor, a crowd over land money
# stays petition, an inspected pig is no private slaughter, a grill's shed on fire is fire.
LOOK_ALIKES = [
    ("other", False, "大夫说我最近肝火很大 让多喝水"),
    ("other", False, "周末广场有喷火表演 好多人去看"),
    ("other", False, "健身房的燃烧脂肪课程怎么报名"),
    ("urban_management", True, "路边烧烤摊炭火烧得很旺 桌子都摆到人行道上了"),
    ("urban_management", False, "晚上露天烤串 烟大得很 不过不是失火"),
    ("fire_safety", False, "明天上午小区消防演练 会有明火演示 大家别害怕"),
    ("fire_safety", True, "烤串摊的炉子倒了 引着了旁边的棚子"),
    ("traffic", False, "开车不系安全带 交警罚了两百"),
    ("other", False, "招聘兼职 在家就能做 有意私聊"),
    ("livelihood", True, "打她电话没人接 她一个人住 不知道是不是睡着了"),
    ("municipal_facility", True, "井盖没了 一个骑车的掉进去 腿卡在里面拔不出来"),
    ("labor", True, "欠薪的工人在售楼处门口拉横幅 有十几个"),
    ("petition", True, "售楼处门口围了几十个业主 说楼盘烂尾了要退钱"),
    ("safety_hazard", True, "工地基坑塌了一块 一台挖掘机悬在边上 司机还在里面"),
    ("traffic", True, "公交车冲上人行道 撞倒好几个人"),
    ("traffic", True, "电动车和小轿车撞了 骑车的倒地上起不来"),
    ("dispute", False, "邻居家的狗老叫 说了好几次不听 两家吵起来了"),
    ("petition", True, "几十个村民为征地款怎么分 把村委会会计堵在屋里"),
    ("food_drug", False, "过年村里请师傅杀猪 检疫的人来盖了章"),
    ("livelihood", True, "八十多岁的老人出去散步到现在没回来 家属急哭了"),
    ("environment", True, "电镀厂偷排 下游好几家都拉肚子发烧"),
    ("population_housing", False, "外卖站点租了一套房 放了六张上下铺给骑手住"),
    ("public_security", True, "楼顶天台坐了个女孩 哭着打电话 感觉要跳"),
    ("urban_management", False, "楼顶平台有人搭了个棚子 风一吹就晃"),
    ("fire_safety", True, "出租楼一楼停电动车的地方燃了 楼上住了好多人"),
    ("livelihood", False, "独居老人家煤气灶打不着火 想找人来修"),
    ("other", False, "办喜事放礼炮 砰砰响 别担心"),
]


@pytest.mark.parametrize(("category", "is_urgent", "text"), [*TOLD, *KEPT, *LOOK_ALIKES])
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
