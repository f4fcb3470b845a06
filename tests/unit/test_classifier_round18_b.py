"""Round 18B: categories said the way rural phone callers, elderly voice users, flat
semi-formal notes and chat-group relays say them (probe_bh .. probe_bk), each situation in the
rule writer's own words, added as families rather than single lines.

A bus stop, a railing or a street light named as the place no longer turns a fight, a pickpocket
or a jump into a municipal report: the facility must be what was stolen (偷井盖, 护栏让人拆了).
Trade knives (剔骨刀, 杀猪刀, 柴刀), bags snatched and run off with, livestock and crops taken at
night, fish killed with explosives or current are police matters. Neighbours quarrelling, sons
passing their mother between them, contracted ponds and land, and two households fighting over a
plot or a smell are disputes; the neighbour who phoned (邻居打给我) is no party to one. Site
injuries and child labour are labor; covert extra storeys and repairs on the road are city
management; a shed or haystack that 燃了 and an electric blanket that 引着了 are fires. Farm
machinery pinning someone, quarry blasting, furniture falling on a child, water on live fittings,
people down a septic or sewer well and gas alarms are hazards. Offal and medical waste dumped,
paint fumes and chemical outflows are sanitation; potholes and flooded garages municipal; cars
through a railing traffic; bunk-bed flats population; wealth-product victims, relatives and
objectors in a crowd, and 上房 (上访) petition; doctored eels and home slaughter food;
certificates, low blood sugar and children or elders not back from the hills welfare;
drownings in a fish pond, test calls, farm subsidies, wild boar and thanks are not a team's
report.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import assert_told

# Each failed on the rules before this round (category, or urgency with it).
TOLD = [
    ("public_security", True, "地铁站护栏边上两个人扭打起来了 一个鼻子出血"),
    ("public_security", True, "路灯底下几个小年轻围着一个人踹"),
    ("public_security", True, "公交站牌那有个小偷正在掏人家口袋"),
    ("public_security", True, "早市上有个男的拎着剔骨刀跟人吵 刀尖冲着人"),
    ("public_security", False, "商场门口有人拽着人家手提包跑了"),
    ("public_security", False, "夜里有人开三轮来猪圈装猪 不是主家的人"),
    ("public_security", False, "后半夜有人把老王家的牛牵走了"),
    ("public_security", False, "河里有人电打鱼 一片白肚皮"),
    ("public_security", True, "水塘边几个人拿炸药炸鱼 轰的一声"),
    ("public_security", True, "烧烤摊那边有人被砍了 地上都是血"),
    ("dispute", False, "鱼塘承包到期了 前承包人赖着不交"),
    ("dispute", False, "二楼在院里养鸡 一楼嫌臭 两家为这事吵到居委会"),
    ("labor", False, "那个烧烤店雇的都是十五六岁的孩子 干到半夜"),
    ("labor", False, "作坊里用童工 一天干十几个钟头"),
    ("fire_safety", True, "独居老人家里电褥子引着了 人还在里面"),
    ("safety_hazard", True, "拖拉机在地里翻了 老汉扣在底下出不来"),
    ("safety_hazard", True, "农用车在坡上翻了 司机扣底下出不来"),
    ("safety_hazard", False, "采石场放炮 石头崩到村里 把人家玻璃砸了"),
    ("safety_hazard", False, "石料场开山放炮 飞石落到路上"),
    ("safety_hazard", True, "家里衣柜倒了 孩子压在底下哭"),
    ("safety_hazard", True, "书柜倒下来压着老太太了"),
    ("safety_hazard", True, "卫生间漏水 顺着灯座往下滴 还冒火花"),
    ("safety_hazard", True, "楼上渗水渗到插座里 插座进水了 噼啪响"),
    ("safety_hazard", True, "污水井里两个工人下井作业 上面喊没回应"),
    ("environment", False, "杀羊的把羊下水倒在河边 招了一群苍蝇"),
    ("environment", False, "诊所后门扔了一堆用过的针头和棉签"),
    ("environment", False, "卫生院把输液瓶和针头堆在路边"),
    ("municipal_facility", False, "路当中那个坑越来越大 电动车差点栽进去"),
    ("municipal_facility", False, "地下车库挡水板没放 水往里灌"),
    ("traffic", True, "小轿车撞破护栏掉进水塘 人还在车里"),
    ("population_housing", False, "按摩店楼上一套房住了十几个人 上下铺"),
    ("petition", False, "反对加装电梯的那些人把施工队围起来 不让干"),
    ("food_drug", False, "菜市场有人卖打了药的黄鳝"),
    ("livelihood", True, "老爷子上山采蘑菇 一天没回来"),
    ("other", True, "有个娃掉进鱼塘了 捞上来没气了"),
    ("other", True, "有人掉进池塘了 正在按胸口"),
    ("other", False, "这个是干啥的 我孙子给我装的"),
    ("other", False, "今年种粮补贴一亩多少钱"),
    ("other", False, "村里大喇叭天不亮就放歌"),
    ("other", False, "网格员请假 明天由同事代班"),
    ("other", True, "一个男的坐在大桥栏杆外侧 双腿悬空"),
    ("livelihood", False, "残疾人证过期了 去哪里换"),
]

# Variants of the same families that already came out right; the new words must keep them.
KEPT = [
    ("public_security", True, "肉铺老板拿杀猪刀追着一个人跑"),
    ("public_security", True, "村口有人拿柴刀比划 要砍人"),
    ("public_security", True, "一个骑摩托的把大妈的挎包抢了 跑了"),
    ("public_security", False, "有人半夜偷玉米 掰了一大片"),
    ("public_security", False, "大棚里的化肥让人偷了几十袋"),
    ("public_security", True, "两帮人在烧烤摊掐起来了"),
    ("public_security", True, "楼上一直有砸东西的声音 女的在喊 没人敢去"),
    ("dispute", False, "俩邻居为房后的排水沟吵了一上午"),
    ("dispute", False, "两家邻居为了门口那棵树吵到居委会来了"),
    ("dispute", False, "老汉三个儿子谁也不管老娘 推来推去"),
    ("dispute", False, "果园的承包费两家一直谈不拢 天天吵"),
    ("dispute", False, "一楼在公共绿地上种菜 二楼不乐意 两家见面就骂"),
    ("dispute", False, "物业费又涨了 业主跟物业的人吵了一下午"),
    ("dispute", False, "邻居打给我说 那家的狗天天叫 跟狗主人吵了几回了"),
    ("labor", True, "小舅子在工地上摔断了胳膊 包工头不认账"),
    ("labor", True, "在厂里干活摔断了腿 老板说他是临时工不给治"),
    ("urban_management", False, "村东头有户偷着盖三层 没批"),
    ("urban_management", False, "后院那家偷偷搭了个二层的铁皮房"),
    ("urban_management", False, "修车铺天天在门口马路上修车 把道占了一半"),
    ("urban_management", False, "汽修店在人行道上修车 轮胎堆了一地"),
    ("fire_safety", True, "村西头的草垛燃了 火苗子老高"),
    ("fire_safety", True, "猪场的保温棚燃起来了 浓烟滚滚"),
    ("fire_safety", True, "电热毯引着了床单 屋里全是烟"),
    ("safety_hazard", True, "沼气池里有人下去清理 半天没上来"),
    ("safety_hazard", True, "厨房的燃气报警器一直在响 家里只有老人"),
    ("safety_hazard", False, "大风把电线刮断了 耷拉在路上"),
    ("environment", False, "屠宰场把猪下水扔在沟里 臭得不行"),
    ("environment", False, "隔壁喷漆作坊 油漆味熏得头疼"),
    ("environment", False, "家具厂喷漆 漆味刺得眼睛疼"),
    ("environment", False, "化工园区的排污口冒黄水 河里一股药味"),
    ("environment", False, "废品站的脏水流了一地 酸臭酸臭的"),
    ("municipal_facility", False, "村道上一个大坑 下雨积一汪水"),
    ("municipal_facility", True, "暴雨把小区车库灌进水了 车泡着"),
    ("traffic", False, "修路只留一条车道 没有指示牌 车都走错了"),
    ("traffic", True, "货车撞断护栏冲进河了 司机没出来"),
    ("population_housing", False, "那套房子住了好几家人 上下铺摆满了"),
    ("population_housing", False, "楼下的房子租给一大帮打工的 睡高低床"),
    ("petition", True, "几十个老人在银行门口 说买的理财产品钱取不出来"),
    ("petition", True, "一帮家属围在医院门口 要讨说法"),
    ("petition", True, "菜市场要关了 几十个摊主把管理处围了"),
    ("petition", False, "五号楼几户说要去市里上房 反映房子的事"),
    ("petition", True, "村里三十来口人把化工厂厂门堵了 不让车进出"),
    ("food_drug", False, "巷子里有户私宰生猪 天不亮拿出来卖"),
    ("food_drug", False, "有人在家里宰羊 拿出来卖 没检疫"),
    ("food_drug", False, "卖豆芽的用药水泡 还有人用福尔马林泡海鲜"),
    ("livelihood", True, "俩小孩去水库边玩 到现在没回来"),
    ("livelihood", False, "残疾人证到期了 去哪换证"),
    ("livelihood", False, "老年证丢了 怎么补"),
    ("livelihood", False, "九十岁的老太太家里没人 一直在门口喊找闺女"),
    ("livelihood", False, "那个走失的老人找到了 家里人说谢谢"),
    ("special_groups", False, "精神病人家属问监护补贴怎么申请"),
    ("special_groups", False, "患者家属说看护压力大 想问以奖代补"),
    ("other", False, "试一试 能听见吗"),
    ("other", False, "野猪把玉米地拱了"),
    ("other", False, "替我谢谢网格员小李 帮我修好了门"),
]

# Look-alikes of the new words and precedence words: a facility that really was stolen stays
# municipal, a drill notice stays fire, a certificate is no expired food, a crowd of workers at
# the factory gate stays labor, 炸鱼排 is a dish, a loudspeaker selling goods is city management.
LOOK_ALIKES = [
    ("municipal_facility", False, "公交站的座椅被人拆走了两块"),
    ("municipal_facility", False, "有人偷了好几个井盖 路上全是窟窿"),
    ("municipal_facility", False, "护栏让人拆了拿去卖废品"),
    ("municipal_facility", False, "路灯坏了一个月了 晚上黑乎乎的"),
    ("municipal_facility", False, "天桥栏杆锈断了一截"),
    ("municipal_facility", False, "排水口堵了 一下雨路口就积水"),
    ("safety_hazard", False, "阳台护栏外摆了一排花盆 怕掉下来"),
    ("safety_hazard", False, "危房那户老两口就是不肯搬"),
    ("safety_hazard", False, "小孩的手卡在秋千链子里了 拿不出来"),
    ("safety_hazard", True, "路口电线断了掉在地上 有小孩要过"),
    ("other", False, "新开的快餐店炸鱼排挺好吃 推荐大家"),
    ("other", False, "我家的猫跑出去两天没回来了"),
    ("food_drug", False, "超市的面包过期了还在卖"),
    ("labor", False, "工地上的工人把厂门堵了 要工钱"),
    ("environment", False, "一楼在院里种菜 浇的粪水臭得很"),
    ("environment", False, "养鸡场的鸡粪臭得不行 苍蝇乱飞"),
    ("urban_management", False, "楼前的公共绿地被人圈起来种菜"),
    ("urban_management", False, "有人在小区广场拿大喇叭卖货 吵死人"),
    ("urban_management", False, "烧烤摊老板在门口摆桌子 占了人行道"),
    ("urban_management", False, "按摩店门口的招牌太大了 挡着窗户"),
    ("fire_safety", False, "明天上午小区搞消防演练 会放烟雾弹 大家别慌"),
    ("fire_safety", False, "学校下午消防演练 会放烟 别打119"),
    ("traffic", True, "渣土车侧翻 把一辆小车压底下了"),
    ("traffic", False, "路上车太多 绕行都绕不开"),
    ("livelihood", False, "银行门口老太太排队取钱排了好久"),
    ("public_security", False, "理财公司的钱取不出来 疑似非法集资 建议公安查一下"),
    ("livelihood", True, "喊他半天不应 独居的老周倒在屋里了"),
    ("dispute", True, "业主跟门岗为停车费动了手 门岗头破了"),
    ("dispute", False, "两口子为彩礼的事吵起来了"),
    ("other", False, "天太热了 大家注意防暑"),
    ("livelihood", False, "独居老人家里停电了 冰箱里的药要坏"),
]


@pytest.mark.parametrize(("category", "is_urgent", "text"), [*TOLD, *KEPT, *LOOK_ALIKES])
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
