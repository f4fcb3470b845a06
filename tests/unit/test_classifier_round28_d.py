"""Round 28 (D): the report goes to the team whose situation it is, said in words no rule knew.

Every FIXED sentence below was given the wrong category by the rules before this round.
Situations: veterinary drugs sold at a stall, antibiotics sold without a prescription, a
kindergarten dosing children, rancid oil and cured meat (哈喇味), a back-street workshop making
cold noodles among flies (食品药品); firecrackers asked about (让不让放炮) (消防); railings in a
school or dormitory that sway at a touch, a loose boulder hanging over a road, a pond's dam
seeping above houses, iron railings with their spikes outwards (安全隐患); a neighbour's leftovers
thrown at the door for stray dogs, cat droppings on a lawn, a dead dog by the road, a factory's
smoke and what it lets out, a tanker's spill running into the village's drinking water (环境); a
septic-tank cover cracked, a bench broken, a manhole cover (警盖) clanking under cars, a heating
station's pipe leaking, tap water running yellow (市政); a stranger's car in one's parking space,
an e-bike and a tricycle scraping, a lorry turning into a cyclist, a motorbike in a ditch
(交通); land fenced off and rooms built outside a courtyard wall, a storey added on a roof,
a wall knocked through into a door, paper burnt at the gate with a request for a place, an
electric hammer at midnight (城管); asking when the office opens, praising dancers, a joke in a
class group, "no need to send anyone" (其他).

KEPT: look-alikes that must keep their category: a gas smell back again (隐患, not 环境), sparks
at a pole with cardboard alight (消防, not 隐患), a swing's chain broken in an estate (市政), a
neighbour in one's parking space (纠纷), barbecue smoke (城管), yellow smoke from a burning air
conditioner (消防), a sign's corner loose (隐患), a question about the 低保 review (民生), a box
of pills that may be fake (食品), chess players who come to blows (治安), a rumour the police
denied (治安), a shed fallen on people under a bridge (隐患), and more.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import as_told, assert_told

FIXED_URGENT = [
    ("safety_hazard", "村里堰塘边上有一段在渗水，坝下面住着几户"),
    ("environment", "翻了的罐车漏了一地药水，顺着沟流到水库里去了，那是全村吃的水"),
    ("traffic", "一辆电动车冲到河沟里了，人压在车下面"),
    ("traffic", "一辆渣土车转弯刮到一个骑车的，人倒在地上"),
]

FIXED_CALM = [
    ("food_drug", "街上有人摆摊卖鸡用的兽药，说是进口的，包装上全是外文"),
    ("food_drug", "镇上那家药房买消炎药不用处方，随便给"),
    ("food_drug", "村口小卖部不要处方就卖抗生素，好多老人天天买着吃"),
    ("food_drug", "婆婆说幼儿园老师每天给孩子喂药，说是预防流感的，也没跟家长说"),
    ("food_drug", "超市买的花生油一股哈喇味，日期还没过"),
    ("food_drug", "巷尾有个小作坊做凉面，苍蝇乱飞，连个招牌都没有"),
    ("fire_safety", "过年城里让不让放炮啊，我们院昨晚放了一地"),
    ("safety_hazard", "宿舍楼走廊栏杆一推就晃，学生老在那靠着打闹"),
    ("safety_hazard", "坡上有块危石悬在那，下面就是村里的路"),
    ("environment", "楼下草坪全是猫屎，有人天天在那喂流浪猫"),
    ("environment", "邻居把剩饭剩菜全扔门口，招来野狗翻得到处都是"),
    ("environment", "马路边死了条狗，好几天了没人管"),
    ("environment", "村东头那家厂子天天冒烟，一开窗满屋子都是味儿"),
    ("environment", "厂里晚上总有股酸味飘过来，不知道排的什么"),
    ("municipal_facility", "小区化粪池井盖裂了，走上去一晃一晃的"),
    ("municipal_facility", "广场上的长椅断了，还没人来修"),
    ("municipal_facility", "我家门口的警盖一有车压就响，一晚上好几次"),
    ("municipal_facility", "热力站门口的管线漏了，热水淌了一地"),
    ("municipal_facility", "这两天自来水一放出来都是黄泥水，没法用"),
    ("traffic", "小区门口的车位被一辆外地车占了好几天，电话打不通"),
    ("traffic", "小三轮跟电瓶车挂了一哈，两边在吵谁赔"),
    ("urban_management", "后面那户在院墙外圈了一块地，又盖了两间房"),
    ("urban_management", "前面那栋楼顶上有人又加了一层，砖都码上了"),
    ("urban_management", "清明好多人在小区门口烧纸，能不能划个地方"),
    ("urban_management", "都十二点了楼上还在装修，电锤响个不停"),
    ("other", "社区过年几号开始上班？要开个证明"),
    ("other", "楼下那个弹琴的小姑娘弹得真好，夸一下"),
    ("other", "刚才冒烟那个是我们自己做饭，别派人来了"),
    ("food_drug", "菜市场有个摊子卖的腊肉一股哈喇味，颜色也发黑"),
    ("food_drug", "小区门口有人摆摊卖猪用的兽药，没有批号"),
    ("safety_hazard", "操场边的铁栅栏坏了几根，尖头朝外，孩子跑过去容易划着"),
    ("safety_hazard", "教学楼三楼的栏杆一碰就晃，课间好多孩子趴着"),
    ("safety_hazard", "山坡上有块石头悬起的，下雨怕滚下来"),
    ("environment", "隔壁院把年夜饭的剩菜全扔门口，引来一群野猫翻"),
    ("municipal_facility", "村里自来水放出来都是黄的，没法喝"),
    ("traffic", "早上电瓶车跟三轮挂了一下，两边在那扯皮"),
    ("urban_management", "隔壁那户又在房顶上加了一层，砖都码好了"),
    ("urban_management", "有家饭店把外墙打通改门了，正在施工"),
    ("other", "社区国庆几号上班？我要办个证明"),
    ("other", "楼下跳舞的阿姨跳得真好，夸夸她们"),
    ("other", "说学校有人打架那个是班群里开玩笑的，老师说了没这回事"),
]

KEPT_URGENT = [
    ("safety_hazard", "厨房燃气灶那边又有味了，闻着像煤气"),
    ("fire_safety", "菜场边上电线杆上的线在冒火花，底下一堆纸壳已经燃起来了"),
    ("fire_safety", "对面楼顶冒黄烟，像是空调外机烧起来了"),
    ("fire_safety", "有人在十字路口烧纸，火苗窜得挺高，旁边就是一堆干草"),
    ("public_security", "公园里两个下棋的老头动手了，一个被推倒在地上"),
    ("safety_hazard", "桥下面有个棚子塌了，压住了两个人"),
    ("safety_hazard", "五楼燃气报警器一直在叫，家里没人，门口能闻到味"),
    ("fire_safety", "学校后门的垃圾桶着了，火苗窜老高，旁边就是电线杆"),
    ("traffic", "一辆轿车冲上人行道撞翻了卖早点的摊子，有人压在车底下"),
    ("safety_hazard", "水库坝底下在渗水，越渗越大，看水的老汉说不对劲"),
]

KEPT_CALM = [
    ("municipal_facility", "小区秋千有根链子断了，小孩差点摔下来"),
    ("dispute", "我的车位被对门邻居占了一个月，两家为这吵了好几回"),
    ("urban_management", "烧烤一条街都在露天烤，烟呛得楼上住户开不了窗"),
    ("safety_hazard", "药店门口招牌有个角的螺丝松了，风一大就晃"),
    ("livelihood", "今年低保复审什么时候开始，要准备哪些材料"),
    ("food_drug", "邻居大妈拿来一盒降压药，说盒子上没批号，问是不是假的"),
    ("public_security", "小区后面棋牌室天天打麻将赌钱，半夜还有人进出"),
    ("public_security", "群里有人传学校附近有人贩子抢孩子，派出所说是谣言"),
    ("urban_management", "小饭馆把桌子板凳摆到人行道上，洗碗的脏水往路上泼"),
    ("environment", "小作坊往沟里排废水，沟里一股怪味"),
    ("traffic", "路口两辆车追尾了，车主在那吵谁的责任"),
    ("municipal_facility", "人行天桥的台阶碎了好几块，晚上看不清容易摔"),
    ("environment", "化工厂附近这几天一股刺鼻的味道，晚上更重"),
]


@pytest.mark.parametrize(
    ("category", "is_urgent", "text"),
    [
        *as_told(FIXED_URGENT, True),
        *as_told(FIXED_CALM, False),
        *as_told(KEPT_URGENT, True),
        *as_told(KEPT_CALM, False),
    ],
)
def test_told(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
