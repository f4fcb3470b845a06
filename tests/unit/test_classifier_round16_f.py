"""Round 16F: categories said in the field's own words (probe_as rough phone, at voice, av a
street's month).

Each situation in the rule writer's own words, with calm look-alikes: a stranger loitering
and rummaging (a suspicious person, not a scavenger to help); a shop sign blocking windows (a
shop sign, not the tea shop's food); a van parked for months gathering dust (a zombie car, not
a stall); people living in a basement or garage; a "风子"/癫佬 acting up; old people who lost
their 集资 money, upset and meeting; a petitioner's visit about 低保; 重点人员 kept at home;
an old woman alone (阿婆家 is not 婆家) with stroke signs; children left alone over the
holidays; two women quarrelling over space (占地方 is not 占地 of land seizures); quilts
and bacon hung on power lines; a rumoured fire in the next village; chemicals poured into a
drain (阴沟) or dripping from a tanker, people covering noses; a stolen drain grate (箅子);
a man with a mental illness smashing things; "兄弟们" as a greeting; a rumour of child
snatchers; a food stall without a licence and flies (Cantonese 乌蝇); a family sick after
a street stall's food; swill collected for gutter oil; elderly pressed to pay by QR code for
health products; a child caught in playground equipment; an abandoned well; the follow-up of
a traffic accident (认定书); a foreigner renting a flat; goods piled on the tactile path.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import as_told, assert_told

TOLD = [
    # a suspicious stranger, not a scavenger
    ("public_security", False, "有个生面孔天天晚上在垃圾站附近转悠 还翻垃圾"),
    ("public_security", False, "最近有个生面孔老在车棚那转悠 翻垃圾桶 问他找谁也不说"),
    # a shop sign is city management whatever the shop sells
    ("urban_management", False, "那家奶茶店的招牌挡着二楼住户的窗户了"),
    # a car left for months
    ("traffic", False, "有辆旧面包车停了半年 占着路边 一直没动"),
    ("traffic", False, "单元门口那辆外地车停了好几个月 落满了灰 占着路边"),
    # people living where nobody should
    ("population_housing", False, "车库里住了好些人 好像都是工地上的"),
    ("population_housing", False, "地下室里住了一大帮人 天天半夜才回来"),
    ("population_housing", False, "楼栋长问下 有户租给了外国人 要登记吗 哈哈"),
    # the mentally ill, in typos and dialect
    ("special_groups", True, "那个风子又站到楼顶边上了 家里人拉不住"),
    ("special_groups", True, "那个癫佬又在路口追着人打"),
    ("special_groups", True, "那个脑子有病的小伙子在菜场砸摊子 手里拿着棍子"),
    # petitions
    ("petition", True, "几十个老人在活动室开会 说理财集资的钱要不回来了 情绪很大"),
    ("petition", False, "明天有几户居民约好去区里尚访 为停车费的事"),
    ("petition", False, "上午来访的老大爷反映低保的事 已转民政"),
    ("petition", False, "重点人员李某这两天都在家 未外出"),
    # the old and the young alone
    ("livelihood", True, "李阿婆家里她一个人 说头晕 手脚没力 讲话含糊 还在呕"),
    ("livelihood", False, "外婆家的小孙子放寒假没人管 天天在街上晃"),
    ("livelihood", False, "放暑假了 楼下那两个孩子没人管 天天在网吧门口晃"),
    ("livelihood", False, "居委会下午给老年人发米 好些人在门口等"),
    # a quarrel over space, not a land grab
    ("dispute", False, "两个大妈为了在小区空地占地方跳舞吵了一架"),
    # washing on the power lines
    ("urban_management", False, "那户人家把床单晾在电线上 风一吹就往下掉"),
    # goods on the tactile path, told again and again
    ("urban_management", False, "超市把货箱堆在盲道上 说了好几回都不听"),
    # a rumoured fire
    ("fire_safety", False, "听说隔壁镇有户房子烧了 不知道真假"),
    # pollution: tanker dripping, noses covered
    ("environment", True, "一辆槽罐车停在路边往下滴不明液体 味道很呛 路过的人捂着鼻子直咳"),
    # public facilities stolen
    ("municipal_facility", False, "小区门口的雨水箅子被人偷了 就剩个窟窿"),
    ("municipal_facility", False, "路口的铁箅子被人撬走了 剩个窟窿"),
    # a fight reported to "brothers"
    ("public_security", True, "兄弟们 烧烤摊那边有人打架 已经见血了"),
    # child snatching rumours are still police business
    ("public_security", False, "家长群里传有辆面包车在学校附近抓孩子 我问了派出所 说是谣言"),
    # fraud dressed as health products
    (
        "public_security",
        True,
        "有人在老年活动室卖保健品 让老人扫码转账 已经有人转了一万多 请快派人",
    ),
    # food
    ("food_drug", False, "街口烧腊档没牌照 乌蝇成堆"),
    ("food_drug", False, "那家面馆天天收泔水 怕是拿去炼油"),
    # trapped in playground equipment; an abandoned well
    ("safety_hazard", True, "小孩的脚卡在小区滑梯的缝里了 出不来"),
    ("safety_hazard", True, "小女孩的手卡在公园秋千链子里了 拿不出来 一直哭"),
    ("safety_hazard", False, "后山那口枯井的盖板烂了 井口敞着"),
    ("safety_hazard", False, "田边那口废井的盖板碎了 井口敞着"),
    # traffic: braking falls, accident paperwork
    ("traffic", True, "小巴司机猛踩刹车 车上两个老太太摔了 一个起不来"),
    ("traffic", False, "上周追尾那事 伤者已经出院了 想问事故认定书什么时候出"),
    # batch 2: more of the same kinds
    ("traffic", False, "小区里有辆报废的三轮车扔在路边大半年了 没人管"),
    ("traffic", False, "单元门口那辆车停了一个多月 占着消防通道旁边的车位"),
    ("traffic", True, "公交急刹车 车厢里几个老人摔了 有一个起不来"),
    ("urban_management", False, "那家店把衣服晾到路灯线上了"),
    ("food_drug", False, "菜场里有个卖卤味的摊子没牌照 苍蝇乱飞"),
    ("public_security", False, "晚上有个不认识的人在车棚翻来翻去 问他干啥他就跑了"),
    ("special_groups", True, "那个风婆子又在菜场门口拿石头砸人"),
    ("safety_hazard", False, "田里那口机井的盖子没了 小孩经常在旁边玩"),
    ("fire_safety", False, "听说镇上有家店烧了 不知道真假"),
    # batch 3: bus braking falls, signs, labour in tea shops, home kitchens, spoiled meals
    ("traffic", True, "早上那趟公交急刹车 车里两个老太太摔倒了 一个喊腿疼"),
    ("traffic", False, "菜场口那辆白面包停了好几天没动 占着出口"),
    ("urban_management", False, "那个大招牌装得太低 挡着人家二楼的窗户"),
    ("labor", False, "那家奶茶店招学生工 时薪才八块"),
    ("food_drug", False, "楼下有户在家做凉皮往外卖 厨房脏得很 没得证"),
    ("food_drug", False, "菜场摊子上卖的野菜说是山上采的 没人认得"),
    ("food_drug", False, "食堂的饭菜一股馊味 学生都不敢吃"),
    ("food_drug", True, "养老院的老人中午吃了饭以后好几个吐了 有的起不来"),
    ("food_drug", False, "学校门口小推车卖的辣条过期了"),
    ("livelihood", False, "那家留守的小兄弟俩天天逃课 奶奶管不住"),
    # batch 4: hidden dwellers, night cutting, typed lifts, escalators, jams, manholes, hydrants
    ("population_housing", False, "隔壁楼的车库晚上亮着灯 门口晾着衣服 像有人住"),
    ("population_housing", False, "那户门口堆了十几双鞋 进出的都是年轻小伙"),
    ("safety_hazard", True, "电踢关人了 5栋 快"),
    ("safety_hazard", True, "超市扶梯突然倒着走 两个老人摔倒了 起不来"),
    ("traffic", False, "节后高速口排了好几公里 半天没挪"),
    ("municipal_facility", True, "一个老人踩空掉进没盖盖子的污水井里了 在下面喊"),
    ("fire_safety", False, "路口的消防栓被货车撞歪了 一直往外喷水"),
    # batch 5: expired extinguishers in kitchens; Cantonese, Wu and north-eastern words
    ("fire_safety", False, "那个小饭店后厨的灭火器都过期了"),
    ("public_security", False, "我哋楼下有个生面口成日行来行去 睇住啲单车"),
    ("fire_safety", False, "后楼梯堆满晒纸皮 走火通道都塞死咗"),
    ("fire_safety", False, "商场的走火梯被货堆住了"),
    ("urban_management", False, "有个阿伯推住架车喺行人路度卖生果"),
    ("livelihood", False, "阿拉隔壁老阿婆一家头住 脚骨不好 买菜不方便"),
    ("livelihood", False, "屯里老李头一个人 炕都凉了 也没人管"),
    # batch 6: half the pavement taken, pipes over it, straw fires spreading
    ("urban_management", False, "面包店门口堆满了纸箱 占了半条人行道"),
    ("urban_management", False, "烤鸭店的排烟管子直接伸到人行道上方"),
    ("fire_safety", True, "烧秸秆的火窜到旁边的草垛上了 越烧越大"),
    # batch 7: open-air barbecue smoke, wind-blown rubbish, ash, smoke in the stairwell,
    # relief after a fire, stoves lit in the corridor, workshop boilers
    ("urban_management", False, "路边烧烤摊的烟熏得二楼窗户都不敢开"),
    ("environment", False, "废品站门口泡沫塑料堆着 一刮风满院子飞"),
    ("livelihood", False, "上周着火那户人家房子烧没了 现在借住在亲戚家 问能不能申请救助"),
    ("fire_safety", False, "对门老太天天在楼道里生炉子 说了也不听"),
    ("fire_safety", True, "楼道里呛得不行 从五楼往下全是 人都往下跑"),
    ("environment", False, "村头那个小作坊天天冒黑烟 不是着火 是烧锅炉"),
    # batch 8: petty theft, fish poaching, stolen batteries, past fights, quiet men turned
    # violent, sacked workers, deposits kept, medicated patients, missing registered patients
    ("public_security", False, "小卖部老板说有个小孩偷拿了两包烟 被他拦住了"),
    ("public_security", False, "车棚里的电瓶昨天夜里又不见了两个"),
    ("public_security", False, "上周大排档那场架 派出所已经处理完了"),
    ("special_groups", True, "三楼那个平时不怎么说话的男的 今天拿着棍子在楼道里追人"),
    ("labor", False, "奶茶店的小妹叫辞了 一分补偿没给"),
    ("labor", False, "快递站老板扣押金不退 离职的小哥要了好几回"),
    ("special_groups", False, "邻居说那个老吴又在楼下骂人 家属说吃了药睡了"),
    ("special_groups", True, "在册的重精患者老赵走失了 家属找了一晚上"),
    ("labor", False, "听说那个服装厂的工人下礼拜要去厂门口讨说法"),
    ("municipal_facility", False, "河边栏杆松了一段 晃悠悠的"),
    # batch 9: typed released prisoner, fire hazards in a group rental
    ("special_groups", False, "那个形满释放的人回来了 住在他妈家"),
    ("fire_safety", False, "那个群租房里私拉电线 插座上插满了充电器"),
    # batch 10: community canteens, rubble and litter, toilets not flushed, bins too few,
    # drips and rebuffs between neighbours, cones on parking spaces, cars too fast, puddles,
    # hydrant caps
    ("livelihood", False, "王奶奶问社区食堂什么时候开张 她一个人做饭不方便"),
    ("environment", False, "有人把拆下来的碎砖烂瓦倒在楼后空地上"),
    ("environment", False, "国庆过后广场上全是饮料瓶和包装袋"),
    ("environment", False, "菜场后面的废品堆老鼠成群"),
    ("environment", False, "那个公厕好几天没冲了 进不去人"),
    ("environment", False, "我们楼下的分类桶根本不够装"),
    ("dispute", False, "楼上的空调水滴在我家雨棚上 叮叮当当一晚上 说了不理"),
    ("dispute", False, "为了广场舞音箱太吵 李大爷下楼说了两句 被怼了一通"),
    ("traffic", False, "有人在楼下摆锥桶占车位 别人都停不了"),
    ("traffic", False, "家长说校门口车开得太快 想加个减速带"),
    ("municipal_facility", False, "一下雨小区门口就一大滩 只能踩着砖头过"),
    ("fire_safety", False, "路口的消防栓盖子没了 接口也锈死了"),
    # batch 11: released men, talking to walls, toilets awash, a son demanding money, drug foil
    ("special_groups", False, "那个出来没多久的小伙子又跟以前那帮人喝酒"),
    ("special_groups", False, "三楼那个大姐最近老是对着墙说话 家里人担心"),
    ("environment", False, "公厕里全是水 隔间门也关不上"),
    ("dispute", True, "老太太说儿子回来找她要钱 不给就把她推倒了 现在还在屋里砸东西"),
    ("public_security", False, "出租屋垃圾桶里老有锡纸 楼道里一股怪味"),
    # a child left alone while a parent is in hospital
    ("livelihood", False, "他爸在医院住了好些天 家里就剩孩子一个人"),
]

# Look-alikes of the new words and precedence words: each stays in its own category. They
# passed before this round and failed with the first, broader versions of the rules (转账,
# 井盖, 来访, 烧烤摊, 几十个人, 健身器材+卡住, 人行道, 一家人, 电梯, 溜冰), which is why
# those words were narrowed.
LOOK_ALIKES = [
    ("municipal_facility", False, "小区健身器材坏了 转盘卡住转不动"),
    ("food_drug", False, "在药店扫码转账买的药 吃了没用 怀疑是假药"),
    ("safety_hazard", True, "路边窨井里往外冒燃气味 越来越浓"),
    ("livelihood", False, "志愿者来访独居老人 给她送了米和油"),
    ("environment", False, "烧烤摊收摊后垃圾扔了一地 臭死了"),
    ("public_security", True, "几十个人在广场上聚众斗殴 有人拿着钢管"),
    ("dispute", False, "邻居在人行道上跟我吵起来了 说我家的狗乱叫"),
    ("public_security", True, "一家人在饭店吃饭 被几个混混打了 有人头破了"),
    ("livelihood", True, "电梯里一个老人突然晕倒了 叫不醒"),
    ("environment", False, "溜冰场门口垃圾堆了好几天"),
    ("urban_management", False, "那个中介什么证都没有 还在小区门口摆桌子拉客"),
]

CALM = [
    ("fire_safety", "上个月隔壁村有房子烧了 现在已经重建好了"),
    ("public_security", "我们已经核实了 那个抓小孩的说法是谣言"),
]


@pytest.mark.parametrize(
    ("category", "is_urgent", "text"), [*TOLD, *as_told(CALM, False), *LOOK_ALIKES]
)
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
