"""Round 14: situations from probe_aj/ak/al (flat calm voice, under-stated, mixed).

Each situation in the rule writer's own words, with calm look-alikes: a knife shown at a
till; a victim squatting with hands over the head while a group closes in; "in the hand is a
steel pipe"; a waste station or back kitchen "caught"; people throwing basins of water or
holding a wet towel over a socket (fighting a fire without saying fire); a window flickering
red while the cooks run out; a wisp of smoke over woods that will not clear in the wind; smoke
leaking under a locked shutter; water over the doorstep while people bail it out; basement
water rising towards the meter box; factory fumes making passers-by cough and vomit; a patient
off his medicine hitting people in the street; shoes by the river and nobody in sight; a sign
about to be blown down over a crowd waiting; a bedridden person left alone without food;
workers locking the factory gate once the boss ran off.
"""

from __future__ import annotations

import pytest

from tests.unit.street_classifier import assert_told

URGENT = [
    ("public_security", "便利店刚进来个蒙面的，亮出一把刀让店员把抽屉里的钱拿出来"),
    ("public_security", "巷子口几个人围着一个小伙子，小伙子蹲在地上抱着头"),
    ("public_security", "桥洞底下几个人在打，其中一个手里是铁棍"),
    ("fire_safety", "小区门口那个垃圾房着了，烟往楼上飘"),
    ("fire_safety", "老王家柴房那边几个人拎着桶在泼水，一股焦味"),
    ("fire_safety", "厨房油锅那冒了，他妈妈拿湿抹布在盖"),
    ("fire_safety", "那家面馆窗口一闪一闪地发红，服务员都跑出来了"),
    ("fire_safety", "后山林子上面一股烟一直没散，风还挺大"),
    ("fire_safety", "五金店卷帘门底下往外冒烟，门锁着，找不到老板"),
    ("municipal_facility", "暴雨半天了，楼下那几家门口的水已经漫过门槛，大家在往外舀"),
    ("municipal_facility", "地下车库的水还在涨，快到电箱了，好几辆车还停在里面"),
    ("environment", "工厂那边飘过来一股怪味，路上好几个人都在咳，有个老人说头晕"),
    ("special_groups", "三楼那个精神不好的小伙子停药一周了，刚才在楼下追着人打"),
    ("*", "水库边上放着一双鞋，人没见，喊了也没人答应"),
    ("safety_hazard", "风太大了，商场门口那块广告牌晃得快掉下来，底下好多人在排队"),
    ("livelihood", "卧床的张奶奶，保姆走了，家里没人，一天没吃饭了"),
    ("labor", "包装厂老板跑路了，工人们把厂门锁了不让拉走货，人还在加"),
    ("public_security", "路口三个人正围殴一个骑车的，拉都拉不住"),
    ("safety_hazard", "工地的脚手架塌了，砸在棚子上，底下有没有人还不知道"),
]

CALM = [
    ("*", "超市老板娘在柜台上切西瓜，拿着一把刀"),
    ("*", "课间几个学生在玩游戏，一个蹲着抱着头装乌龟"),
    ("*", "小区门口垃圾房满了，想让环卫来清一下"),
    ("*", "早上看见几个大妈端着盆往门口泼水打扫卫生"),
    ("*", "饭店门口招牌一闪一闪地发红，晚上挺好看"),
    ("*", "傍晚后山林子上面有一缕炊烟，是村里在做饭"),
    ("*", "雨停了，门口的水已经退了，想问问谁来清淤"),
    ("*", "地下室的水费涨了，想问问物业怎么算"),
    ("*", "去年化工厂那边有味，现在已经处理了"),
    ("*", "河边那双鞋是谁的，放在失物招领那了"),
    ("*", "昨天电影里爆炸的场面挺吓人，孩子晚上做噩梦"),
    ("*", "群里说的着火，是人家放烟花，我去看了，没事"),
    ("*", "我老伴瘫在床上好多年了，想问问护理补贴怎么申请"),
    ("*", "王奶奶的老人机打不出电话了，想找人帮忙看看"),
    ("*", "刮大风，广告牌摇摇晃晃的，看着要掉下来，底下已经拉了警戒"),
    ("*", "工地围挡有个缺口，小孩能钻进去，麻烦补一下"),
]


@pytest.mark.parametrize(("category", "text"), URGENT)
def test_situation_is_urgent(category: str, text: str) -> None:
    assert_told(text, category, True)


@pytest.mark.parametrize(("category", "text"), CALM)
def test_look_alike_stays_calm(category: str, text: str) -> None:
    assert_told(text, category, False)


# --- batch 2: who handles it ---

CASES = [
    ("public_security", True, "菜市场门口两个男的扭一块了，地上有血，旁边没人拉得开"),
    ("public_security", True, "夜市那个摊子喝多的人摔了酒瓶，还在跟隔壁桌推搡"),
    ("labor", True, "纸箱厂门口站了二三十号人，说两个月没见着钱，老板电话不接"),
    ("petition", True, "村小学要撤并，一大群家长堵在学校门口，不让拉走课桌"),
    ("special_groups", False, "三单元那个精神状况不稳定的大哥最近挺好，按时吃药"),
    ("environment", False, "厂区后面排水沟里流出来的水是红的，一股怪味"),
    ("safety_hazard", False, "地铁口的扶梯突然往回跑，吓了大家一跳，还好没人摔"),
    ("dispute", False, "为停车收费的事，几个业主跟保安吵起来了"),
    ("public_security", True, "小区后门有个男的拎着长刀在那转，不知道要干嘛"),
]


@pytest.mark.parametrize(("category", "is_urgent", "text"), CASES)
def test_who_handles_it(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)


# --- batch 3: everyday words for who handles it ---

WHO = [
    ("urban_management", "都一点多了，隔壁工地还在打桩，咣咣的，孩子睡不着"),
    ("fire_safety", "商场后面那扇逃生门用铁链锁上了，说是怕人从那走"),
    ("fire_safety", "小区应急通道又让几辆私家车堵了，停了一个礼拜"),
    ("public_security", "隔壁那屋天天半夜有人进出，还听见说今天赢了多少"),
    ("public_security", "这几天有辆黑色轿车老在小区里慢慢转圈，也不下人"),
    ("environment", "楼下烧烤店的排风口正对着我家卧室窗户，天天一股油味"),
    ("food_drug", "街口新开的凉皮店，我看了墙上没挂证，后厨就在院子里"),
    ("special_groups", "楼下那家的小儿子刚从里面放出来，整天在巷子口转"),
    ("livelihood", "打工的老乡孩子放暑假没人看，问社区有没有托管"),
]


@pytest.mark.parametrize(("category", "text"), WHO)
def test_everyday_words_name_who_handles_it(category: str, text: str) -> None:
    assert_told(text, category, False)


# --- batch 4: petrol held during a stand-off; neighbours fighting over irrigation water ---

STANDOFF = [
    ("*", True, "强拆现场有个老汉提着一桶汽油站在门口，说谁拆就跟谁拼了"),
    ("*", True, "违建那家的女主人爬上屋顶，抱着个桶，闻着像汽油，执法队在下面劝"),
    ("*", False, "师傅拎着汽油桶去给割草机加油"),
    ("*", False, "几个孩子在楼道里拿打火机点纸玩，被我撵走了，没烧起来"),
    ("dispute", True, "两家为田里放水的事打起来了，有个老头被推倒在沟里"),
]


@pytest.mark.parametrize(("category", "is_urgent", "text"), STANDOFF)
def test_standoff_and_neighbours(category: str, is_urgent: bool, text: str) -> None:
    assert_told(text, category, is_urgent)
